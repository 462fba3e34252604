import { Button } from "@fluentui/react-components";
import type { ComputeOutcome } from "../../commandBinding/paneCommands";
import { useCompute, type Compute } from "../../hooks/useCompute";
import { isRunning } from "../../hooks/useOperation";
import { useLanguage } from "../../host/languageContext";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Screen } from "../common/Screen";
import { ComputeProgress } from "./ComputeProgress";
import { NextLevelRound } from "./NextLevelRound";
import { ReplaceResultDialog } from "./ReplaceResultDialog";
import { ResultSummary } from "./ResultSummary";

export function ComputeScreen() {
  const { text } = useLanguage();
  const compute = useCompute();
  const { state } = compute;
  return (
    <Screen title={text.compute.title} intro={text.compute.intro}>
      <Button appearance="primary" onClick={compute.run} disabled={isRunning(state)}>
        {text.compute.run}
      </Button>
      <OperationStatus
        state={state}
        runningLabel={text.loading}
        running={(progress) => <ComputeProgress progress={progress} onCancel={compute.cancel} />}
        cancelled={<Notice intent="info">{text.compute.cancelled}</Notice>}
        onRetry={compute.run}
      >
        {(outcome) => <ComputeOutcomeView outcome={outcome} compute={compute} />}
      </OperationStatus>
      {compute.kept && <Notice intent="info">{text.compute.kept}</Notice>}
    </Screen>
  );
}

/** What compute answered: the result, a question about hand edits, or that there is no round yet. */
function ComputeOutcomeView(props: { readonly outcome: ComputeOutcome; readonly compute: Compute }) {
  const { text } = useLanguage();
  const { outcome, compute } = props;
  switch (outcome.kind) {
    case "needs-confirmation":
      return (
        <ReplaceResultDialog
          editedCells={outcome.editedCells}
          onReplace={compute.confirmReplace}
          onKeep={compute.keepEdited}
        />
      );
    case "no-round":
      return (
        <Notice intent="warning" title={text.compute.noRoundTitle}>
          {text.compute.noRound}
        </Notice>
      );
    case "computed":
      return (
        <>
          <ResultSummary summary={outcome.summary} onGoTo={compute.goTo} />
          <NextLevelRound />
        </>
      );
  }
}
