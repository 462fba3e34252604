import { Button } from "@fluentui/react-components";
import { isError } from "../../../domain";
import { useValidation } from "../../hooks/useValidation";
import { useLanguage } from "../../host/languageContext";
import { Busy } from "../common/Busy";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Screen } from "../common/Screen";
import { IssueGroups } from "./IssueGroups";
import { StatusCountsTable } from "./StatusCountsTable";

export function ValidateScreen() {
  const { text } = useLanguage();
  const validation = useValidation();
  const { state } = validation;
  return (
    <Screen title={text.validate.title} intro={text.validate.intro}>
      <Button appearance="primary" onClick={validation.run} disabled={state.kind === "running"}>
        {text.validate.run}
      </Button>
      {state.kind === "idle" && <Notice intent="info">{text.validate.notRun}</Notice>}
      {state.kind === "running" && <Busy label={text.validate.running} />}
      {state.kind === "failed" && <FailureMessage message={state.message} onRetry={validation.run} />}
      {state.kind === "done" && (
        <>
          {state.value.issues.length === 0 ? (
            <Notice intent="success">{text.validate.allClear}</Notice>
          ) : (
            <Notice intent={state.value.issues.some(isError) ? "error" : "warning"}>
              {text.validate.summary(
                state.value.issues.filter(isError).length,
                state.value.issues.filter((found) => !isError(found)).length,
              )}
            </Notice>
          )}
          <StatusCountsTable
            caption={text.validate.countsCaption}
            rowHeader={text.validate.products}
            rows={[{ key: "all", label: text.validate.allProducts, ...state.value.products }]}
          />
          {state.value.members.length > 0 && (
            <StatusCountsTable
              caption={text.validate.perMember}
              rowHeader={text.validate.member}
              rows={state.value.members.map((member) => ({ key: member.id, label: member.name, ...member }))}
            />
          )}
          <IssueGroups
            issues={state.value.issues}
            memberNames={new Map(state.value.members.map((member) => [member.id, member.name]))}
            onSelect={validation.select}
          />
        </>
      )}
    </Screen>
  );
}
