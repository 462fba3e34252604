import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { OperationProgress } from "../../hooks/useOperation";
import { useLanguage } from "../../host/languageContext";

export interface ComputeProgressProps {
  readonly progress?: OperationProgress;
  onCancel(): void;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The current step in words and a bar; without a total yet the bar moves without a value. */
export function ComputeProgress(props: ComputeProgressProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const { progress } = props;
  const stepName = progress ? (text.compute.steps[progress.step] ?? progress.step) : text.loading;
  const message =
    progress && progress.total > 0 ? text.compute.step(stepName, progress.done, progress.total) : stepName;
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div className={styles.box}>
      <Field label={text.compute.progressLabel} validationMessage={message} validationState="none">
        <ProgressBar value={value} thickness="large" aria-valuetext={message} />
      </Field>
      <Button onClick={props.onCancel}>{text.compute.cancel}</Button>
    </div>
  );
}
