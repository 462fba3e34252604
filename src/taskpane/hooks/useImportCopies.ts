import type { ImportOutcome, MemberCopyFile } from "../commandBinding/paneCommands";
import { useAddin } from "../host/addinContext";
import { useLanguage } from "../host/languageContext";
import { useOperation, type OperationState } from "./useOperation";

export interface ImportCopiesView {
  readonly state: OperationState<ImportOutcome>;
  readonly importFiles: (files: readonly File[]) => void;
  readonly select: (sheet: string, cell: string) => void;
}

/** The secretary brings members' .xlsx copies back into the workbook; each cell is checked on the way in. */
export function useImportCopies(onImported?: () => void): ImportCopiesView {
  const { commands } = useAddin();
  const { language } = useLanguage();
  const imported = useOperation(async (_control, files: readonly File[]) => {
    const read: MemberCopyFile[] = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    return commands.importMemberCopies(read, language);
  });
  return {
    state: imported.state,
    importFiles: (files) => void imported.run(files).then(() => onImported?.()),
    select: (sheet, cell) => void commands.selectCell(sheet, cell).catch(() => undefined),
  };
}
