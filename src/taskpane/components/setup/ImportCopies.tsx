import { Button, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { useImportCopies } from "../../hooks/useImportCopies";
import { isRunning } from "../../hooks/useOperation";
import { useLanguage } from "../../host/languageContext";
import { Notice } from "../common/Notice";
import { OperationStatus } from "../common/OperationStatus";
import { Section } from "../common/Section";
import { IssueGroups } from "../validate/IssueGroups";

/**
 * The secretary collects members' .xlsx copies; each cell is checked before it lands in the workbook. A
 * Fluent button opens the file chooser: the browser's own file input speaks the browser's language
 * ("Choose Files / No file chosen") and looks like no other control of the pane.
 */
export function ImportCopies(props: { onImported?(): void }) {
  const { text } = useLanguage();
  const view = useImportCopies(props.onImported);
  const input = useRef<HTMLInputElement>(null);
  const { state } = view;
  // Another try means choosing the files again: the browser keeps no hold on the ones chosen before.
  const chooseFiles = () => input.current?.click();
  return (
    <Section title={text.member.secretary}>
      <Text>{text.member.importHint}</Text>
      <Button onClick={chooseFiles} disabled={isRunning(state)}>
        {text.member.importCopies}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="import-copies-files"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length > 0) view.importFiles(files);
          event.currentTarget.value = "";
        }}
      />
      <OperationStatus state={state} runningLabel={text.loading} onRetry={chooseFiles}>
        {(imported) => (
          <>
            <Notice intent="success">{text.member.imported(imported.members, imported.entries)}</Notice>
            {imported.issues.length > 0 && (
              <>
                <Notice intent="warning">{text.member.importSkipped(imported.issues.length)}</Notice>
                <IssueGroups issues={imported.issues} onSelect={view.select} />
              </>
            )}
          </>
        )}
      </OperationStatus>
    </Section>
  );
}
