import type { ReactNode } from "react";
import type { OperationProgress, OperationState } from "../../hooks/useOperation";
import { Busy } from "./Busy";
import { FailureMessage } from "./FailureMessage";

export interface OperationStatusProps<T> {
  readonly state: OperationState<T>;
  /** The words beside the spinner while the command runs. */
  readonly runningLabel: string;
  /** Another try after a failure; without it the failure is shown with no button. */
  readonly onRetry?: () => void;
  /** The command runs as the screen opens, so the moment before it starts shows the spinner too. */
  readonly runsOnOpen?: boolean;
  /** What shows before the first run (nothing unless given). */
  readonly idle?: ReactNode;
  /** What shows after the user stopped the command (nothing unless given). */
  readonly cancelled?: ReactNode;
  /** A running view of its own (compute's steps, bar and cancel button) in place of the spinner. */
  readonly running?: (progress: OperationProgress | undefined) => ReactNode;
  /** The finished command's value as the screen shows it. */
  readonly children?: (value: T) => ReactNode;
}

/**
 * Where a pane command stands, shown the same way on every screen: a spinner with its words while it runs,
 * the error in words with "Thử lại" when it failed, and the screen's own content once it is done. The state
 * lives in useOperation; this only renders it, as Fluent splits a component's state hook from its render.
 */
export function OperationStatus<T>(props: OperationStatusProps<T>) {
  const { state } = props;
  switch (state.kind) {
    case "idle":
      return props.runsOnOpen ? <Busy label={props.runningLabel} /> : <>{props.idle}</>;
    case "running":
      return props.running ? <>{props.running(state.progress)}</> : <Busy label={props.runningLabel} />;
    case "failed":
      return <FailureMessage message={state.message} onRetry={props.onRetry} />;
    case "cancelled":
      return <>{props.cancelled}</>;
    case "done":
      return <>{props.children?.(state.value)}</>;
  }
}
