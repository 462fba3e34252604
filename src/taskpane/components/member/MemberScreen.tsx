import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { copyOpenedText } from "../../../i18n/copyDeliveryText";
import { useMemberView } from "../../hooks/useMemberView";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { Busy } from "../common/Busy";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Screen } from "../common/Screen";
import { MemberPicker } from "./MemberPicker";
import { MemberProductList } from "./MemberProductList";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function MemberScreen() {
  const { text, language } = useLanguage();
  const { commands } = useAddin();
  const copies = commands.canExchangeCopies;
  const view = useMemberView();
  const styles = useStyles();
  const { progress } = view;
  return (
    <Screen title={text.member.title} intro={text.member.intro}>
      {progress.kind === "failed" && <FailureMessage message={progress.message} onRetry={view.refresh} />}
      {(progress.kind === "running" || progress.kind === "idle") && <Busy label={text.loading} />}
      {progress.kind === "done" && progress.value.members.length === 0 && (
        <Notice intent="info">{text.member.noMembers}</Notice>
      )}
      {progress.kind === "done" && progress.value.members.length > 0 && (
        <>
          <MemberPicker members={progress.value.members} value={view.memberId} onChange={view.choose} />
          {view.memberId !== "" && (
            <>
              <MemberProductList products={progress.value.products} />
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  onClick={view.goToNextEmpty}
                  disabled={!progress.value.nextEmpty}
                >
                  {progress.value.nextEmpty ? text.member.nextEmpty : text.member.noEmpty}
                </Button>
                {copies && (
                  <Button onClick={view.exportCopy} disabled={view.exported.kind === "running"}>
                    {text.member.exportCopy}
                  </Button>
                )}
              </div>
              {view.exported.kind === "done" && (
                <Notice intent="success">
                  {view.exported.value.delivery === "opened"
                    ? copyOpenedText(view.exported.value.fileName, language)
                    : text.member.exported(view.exported.value.fileName)}
                </Notice>
              )}
              {view.exported.kind === "failed" && <FailureMessage message={view.exported.message} />}
            </>
          )}
        </>
      )}
      {!copies && <Notice intent="info">{text.member.copiesUnavailable}</Notice>}
    </Screen>
  );
}
