import { useCallback, useState } from "react";
import type { ComputeOutcome } from "../commandBinding/paneCommands";
import { useAddin } from "../host/addinContext";
import { useLanguage } from "../host/languageContext";
import { useOperation, type OperationState } from "./useOperation";

export interface Compute {
  readonly state: OperationState<ComputeOutcome>;
  /** True after the user chose to keep an edited result sheet. */
  readonly kept: boolean;
  readonly run: () => void;
  readonly cancel: () => void;
  readonly confirmReplace: () => void;
  readonly keepEdited: () => void;
  readonly goTo: (sheet: string, cell: string) => void;
}

/**
 * Compute with progress and cancel. When the result sheet was edited by hand the command writes nothing and
 * says so; the user decides, and only then is it run again allowed to overwrite.
 */
export function useCompute(): Compute {
  const { commands } = useAddin();
  const { language } = useLanguage();
  const [kept, setKept] = useState(false);
  const operation = useOperation((control, replaceEdited: boolean) =>
    commands.compute({
      language,
      signal: control.signal,
      replaceEdited,
      onProgress: (step, done, total) => control.progress({ step, done, total }),
    }),
  );
  const { run, cancel, reset } = operation;
  return {
    state: operation.state,
    kept,
    run: useCallback(() => {
      setKept(false);
      void run(false);
    }, [run]),
    cancel,
    confirmReplace: useCallback(() => void run(true), [run]),
    keepEdited: useCallback(() => {
      reset();
      setKept(true);
    }, [reset]),
    goTo: useCallback(
      (sheet: string, cell: string) => void commands.selectCell(sheet, cell).catch(() => undefined),
      [commands],
    ),
  };
}
