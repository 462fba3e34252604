import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { copyOpenedText } from "../../../i18n/copyDeliveryText";
import type { MemberProgress } from "../../commandBinding/paneCommands";
import { useMemberView, type MemberView } from "../../hooks/useMemberView";
import { isRunning } from "../../hooks/useOperation";
import { useAddin } from "../../host/addinContext";
import { useLanguage } from "../../host/languageContext";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Screen } from "../common/Screen";
import { MemberPicker } from "./MemberPicker";
import { MemberProductList } from "./MemberProductList";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function MemberScreen() {
  const { text } = useLanguage();
  const { commands } = useAddin();
  const view = useMemberView();
  return (
    <Screen title={text.member.title} intro={text.member.intro}>
      <OperationStatus state={view.progress} runningLabel={text.loading} runsOnOpen onRetry={view.refresh}>
        {(progress) =>
          progress.members.length === 0 ? (
            <Notice intent="info">{text.member.noMembers}</Notice>
          ) : (
            <>
              <MemberPicker members={progress.members} value={view.memberId} onChange={view.choose} />
              {view.memberId !== "" && <MemberColumn view={view} progress={progress} />}
            </>
          )
        }
      </OperationStatus>
      {!commands.canExchangeCopies && <Notice intent="info">{text.member.copiesUnavailable}</Notice>}
    </Screen>
  );
}

/** The chosen member's products, the way to their next empty cell, and their own copy to take away. */
function MemberColumn(props: { readonly view: MemberView; readonly progress: MemberProgress }) {
  const { text, language } = useLanguage();
  const { commands } = useAddin();
  const styles = useStyles();
  const { view, progress } = props;
  return (
    <>
      <MemberProductList products={progress.products} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={view.goToNextEmpty} disabled={!progress.nextEmpty}>
          {progress.nextEmpty ? text.member.nextEmpty : text.member.noEmpty}
        </Button>
        {commands.canExchangeCopies && (
          <Button onClick={view.exportCopy} disabled={isRunning(view.exported)}>
            {text.member.exportCopy}
          </Button>
        )}
      </div>
      <OperationStatus state={view.exported} runningLabel={text.member.exporting} onRetry={view.exportCopy}>
        {(exported) =>
          exported.kind === "unknown-member" ? (
            <Notice intent="warning">{text.member.unknownMember(exported.member, exported.sheet)}</Notice>
          ) : (
            <Notice intent="success">
              {exported.delivery === "opened"
                ? copyOpenedText(exported.fileName, language)
                : text.member.exported(exported.fileName)}
            </Notice>
          )
        }
      </OperationStatus>
    </>
  );
}
