import { Button } from "@fluentui/react-components";
import { isError } from "../../../domain";
import type { ValidationReport } from "../../commandBinding/paneCommands";
import { isRunning } from "../../hooks/useOperation";
import { useValidation } from "../../hooks/useValidation";
import { useLanguage } from "../../host/languageContext";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Screen } from "../common/Screen";
import { IssueGroups } from "./IssueGroups";
import { StatusCountsTable } from "./StatusCountsTable";

export function ValidateScreen() {
  const { text } = useLanguage();
  const validation = useValidation();
  const { state } = validation;
  return (
    <Screen title={text.validate.title} intro={text.validate.intro}>
      <Button appearance="primary" onClick={validation.run} disabled={isRunning(state)}>
        {text.validate.run}
      </Button>
      <OperationStatus
        state={state}
        runningLabel={text.validate.running}
        idle={<Notice intent="info">{text.validate.notRun}</Notice>}
        onRetry={validation.run}
      >
        {(report) => (
          <>
            <ValidationHeadline report={report} />
            <StatusCountsTable
              caption={text.validate.countsCaption}
              rowHeader={text.validate.products}
              rows={[{ key: "all", label: text.validate.allProducts, ...report.products }]}
            />
            {report.members.length > 0 && (
              <StatusCountsTable
                caption={text.validate.perMember}
                rowHeader={text.validate.member}
                rows={report.members.map((member) => ({ key: member.id, label: member.name, ...member }))}
              />
            )}
            <IssueGroups
              issues={report.issues}
              memberNames={new Map(report.members.map((member) => [member.id, member.name]))}
              onSelect={validation.select}
            />
          </>
        )}
      </OperationStatus>
    </Screen>
  );
}

/** Progress first ("0/3 sản phẩm đã chấm xong"), then errors and warnings, or that all is clear. */
function ValidationHeadline(props: { readonly report: ValidationReport }) {
  const { text } = useLanguage();
  const { issues, products, notStarted } = props.report;
  const total = products.complete + products.incomplete + products.invalid;
  const errors = issues.filter(isError).length;
  return (
    <>
      <Notice intent="info" title={text.validate.progress(products.complete, total)}>
        {notStarted > 0 ? text.validate.notStarted(notStarted) : ""}
      </Notice>
      {issues.length === 0 && notStarted === 0 && <Notice intent="success">{text.validate.allClear}</Notice>}
      {issues.length > 0 && (
        <Notice intent={errors > 0 ? "error" : "warning"}>
          {text.validate.summary(errors, issues.length - errors)}
        </Notice>
      )}
    </>
  );
}
