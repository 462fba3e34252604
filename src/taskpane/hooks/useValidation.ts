import { useCallback } from "react";
import type { ValidationReport } from "../commandBinding/paneCommands";
import { useAddin } from "../host/addinContext";
import { useOperation, type OperationState } from "./useOperation";

export interface Validation {
  readonly state: OperationState<ValidationReport>;
  readonly run: () => void;
  readonly select: (sheet: string, cell: string) => void;
}

/** Runs the validate command; issues stay typed so switching language re-words them without a re-run. */
export function useValidation(): Validation {
  const { commands } = useAddin();
  const operation = useOperation(() => commands.validate());
  const select = useCallback(
    (sheet: string, cell: string) => {
      // Selecting is a convenience: if Excel refuses (cell on a hidden sheet), the list stays usable.
      commands.selectCell(sheet, cell).catch(() => undefined);
    },
    [commands],
  );
  return { state: operation.state, run: () => void operation.run(), select };
}
