import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ImportOutcome } from "../../commands/paneCommands";
import type { OperationState } from "../../hooks/useOperation";
import { useLanguage } from "../../host/languageContext";
import { Busy } from "../common/Busy";
import { FailureMessage } from "../common/FailureMessage";
import { Notice } from "../common/Notice";
import { Section } from "../common/Section";
import { IssueGroups } from "../validate/IssueGroups";

export interface ImportCopiesProps {
  readonly state: OperationState<ImportOutcome>;
  onFiles(files: readonly File[]): void;
  onSelect(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  input: {
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The secretary collects members' .xlsx copies; each cell is checked before it lands in the workbook. */
export function ImportCopies(props: ImportCopiesProps) {
  const { text } = useLanguage();
  const styles = useStyles();
  const id = useId();
  const { state } = props;
  return (
    <Section title={text.member.secretary}>
      <label htmlFor={id}>
        <Text weight="semibold">{text.member.importCopies}</Text>
      </label>
      <Text id={`${id}-hint`}>{text.member.importHint}</Text>
      <input
        id={id}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) props.onFiles(files);
          event.currentTarget.value = "";
        }}
      />
      {state.kind === "running" && <Busy label={text.loading} />}
      {state.kind === "failed" && <FailureMessage message={state.message} />}
      {state.kind === "done" && (
        <>
          <Notice intent="success">{text.member.imported(state.value.members, state.value.entries)}</Notice>
          {state.value.issues.length > 0 && (
            <>
              <Notice intent="warning">{text.member.importSkipped(state.value.issues.length)}</Notice>
              <IssueGroups issues={state.value.issues} onSelect={props.onSelect} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
