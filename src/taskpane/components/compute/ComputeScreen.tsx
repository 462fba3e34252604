import { Button } from "@fluentui/react-components";
import { useCompute } from "../../hooks/useCompute";
import { useLanguage } from "../../host/languageContext";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
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
      <Button appearance="primary" onClick={compute.run} disabled={state.kind === "running"}>
        {text.compute.run}
      </Button>
      {state.kind === "running" && <ComputeProgress progress={state.progress} onCancel={compute.cancel} />}
      {state.kind === "cancelled" && <Notice intent="info">{text.compute.cancelled}</Notice>}
      {state.kind === "failed" && <FailureMessage message={state.message} onRetry={compute.run} />}
      {compute.kept && <Notice intent="info">{text.compute.kept}</Notice>}
      {state.kind === "done" && state.value.kind === "needs-confirmation" && (
        <ReplaceResultDialog
          editedCells={state.value.editedCells}
          onReplace={compute.confirmReplace}
          onKeep={compute.keepEdited}
        />
      )}
      {state.kind === "done" && state.value.kind === "no-round" && (
        <Notice intent="warning" title={text.compute.noRoundTitle}>
          {text.compute.noRound}
        </Notice>
      )}
      {state.kind === "done" && state.value.kind === "computed" && (
        <ResultSummary summary={state.value.summary} onGoTo={compute.goTo} />
      )}
      {state.kind === "done" && state.value.kind === "computed" && <NextLevelRound />}
    </Screen>
  );
}
