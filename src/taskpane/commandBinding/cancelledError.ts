/**
 * A pane command stopped by the user (the command's outcome was "aborted"). useOperation shows it as
 * cancelled, not as a failure; recognise it with `instanceof`, never by its message.
 */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}
