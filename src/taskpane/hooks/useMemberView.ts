import { useCallback, useEffect, useState } from "react";
import type { ExportCopyOutcome, MemberProgress } from "../commandBinding/paneCommands";
import { useAddin } from "../host/addinContext";
import { BROWSER_COPY_HOST, deliverCopy, type CopyDelivery } from "../host/copyDelivery";
import { useLanguage } from "../host/languageContext";
import { useOperation, type OperationState } from "./useOperation";

export interface MemberView {
  readonly memberId: string;
  readonly choose: (memberId: string) => void;
  readonly progress: OperationState<MemberProgress>;
  readonly refresh: () => void;
  readonly goToNextEmpty: () => void;
  /** The copy and how it reached the user (opened as a new workbook to save, or downloaded), or why none. */
  readonly exported: OperationState<ExportedCopy>;
  readonly exportCopy: () => void;
}

export type ExportedCopy =
  | { readonly kind: "delivered"; readonly fileName: string; readonly delivery: CopyDelivery }
  | Exclude<ExportCopyOutcome, { kind: "exported" }>;

/** "My column": one member's progress, the next cell to fill, and their own copy to take away. */
export function useMemberView(): MemberView {
  const { commands, deliverCopy: deliver } = useAddin();
  const { language } = useLanguage();
  const [memberId, setMemberId] = useState("");
  const progress = useOperation((_control, id: string) => commands.memberProgress(id || undefined));
  const exported = useOperation(async (_control, id: string): Promise<ExportedCopy> => {
    const outcome = await commands.exportMemberCopy(id, language);
    if (outcome.kind !== "exported") return outcome;
    const copy = { fileName: outcome.fileName, bytes: outcome.bytes };
    const delivery = await (deliver ? deliver(copy) : deliverCopy(copy, BROWSER_COPY_HOST));
    return { kind: "delivered", fileName: copy.fileName, delivery };
  });
  const runProgress = progress.run;

  useEffect(() => {
    void runProgress(memberId);
  }, [memberId, runProgress]);

  const refresh = useCallback(() => void runProgress(memberId), [memberId, runProgress]);
  const next = progress.state.kind === "done" ? progress.state.value.nextEmpty : undefined;

  return {
    memberId,
    choose: setMemberId,
    progress: progress.state,
    refresh,
    goToNextEmpty: () => {
      if (next) void commands.selectCell(next.sheet, next.cell).catch(() => undefined);
    },
    exported: exported.state,
    exportCopy: () => void exported.run(memberId),
  };
}
