import { useCallback, useEffect, useRef, useState } from "react";
import { describeFailure } from "../../i18n/hostErrors";
import { useOptionalLanguage } from "../host/languageContext";
import { CancelledError } from "../commandBinding/cancelledError";

/** Where a long command is: a step name the UI translates, and how far along it is. */
export interface OperationProgress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

/** One command run as the pane shows it; `failed` carries the message of an error nobody expected. */
export type OperationState<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress?: OperationProgress }
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" };

/** True while the command runs: the control that started it waits (disabled) until it ends. */
export function isRunning(state: OperationState<unknown>): boolean {
  return state.kind === "running";
}

export interface Operation<A extends unknown[], T> {
  readonly state: OperationState<T>;
  run(...args: A): Promise<void>;
  cancel(): void;
  reset(): void;
}

/** What a command gets from the hook: a cancel signal and a way to report progress. */
export interface OperationControl {
  readonly signal: AbortSignal;
  progress(progress: OperationProgress): void;
}

/** The user's cancel (CancelledError), or the platform's abort of a fetch or signal (AbortError). */
const isAbort = (error: unknown): boolean =>
  error instanceof CancelledError || (error instanceof Error && error.name === "AbortError");

/**
 * Runs a command and keeps its state for the UI: one run at a time, cancellable, and safe when the
 * screen is left mid-run (a late result never lands on an unmounted component).
 */
export function useOperation<A extends unknown[], T>(
  command: (control: OperationControl, ...args: A) => Promise<T>,
): Operation<A, T> {
  const [state, setState] = useState<OperationState<T>>({ kind: "idle" });
  // Excel's own refusals (cell-edit mode, read-only…) are worded in the pane's language, with what to do.
  const language = useOptionalLanguage() ?? "vi";
  const languageRef = useRef(language);
  languageRef.current = language;
  const controller = useRef<AbortController | undefined>(undefined);
  const commandRef = useRef(command);
  commandRef.current = command;

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (...args: A) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ kind: "running" });
    const live = () => controller.current === current && !current.signal.aborted;
    try {
      const value = await commandRef.current(
        { signal: current.signal, progress: (progress) => live() && setState({ kind: "running", progress }) },
        ...args,
      );
      if (current.signal.aborted) {
        if (controller.current === current) setState({ kind: "cancelled" });
        return;
      }
      if (live()) setState({ kind: "done", value });
    } catch (error) {
      if (controller.current !== current) return;
      if (current.signal.aborted || isAbort(error)) setState({ kind: "cancelled" });
      else setState({ kind: "failed", message: describeFailure(error, languageRef.current) });
    }
  }, []);

  const cancel = useCallback(() => {
    const current = controller.current;
    if (!current) return;
    current.abort();
    setState({ kind: "cancelled" });
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = undefined;
    setState({ kind: "idle" });
  }, []);

  return { state, run, cancel, reset };
}
