/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { OperationStatus } from "../../../../src/taskpane/components/common/OperationStatus";
import type { OperationState } from "../../../../src/taskpane/hooks/useOperation";
import { renderPane } from "../../renderPane";

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

const showCount = (count: number) => <p>{`${count} sheets written`}</p>;

function status(state: OperationState<number>, more: { onRetry?: () => void; runsOnOpen?: boolean } = {}) {
  return renderPane(
    <OperationStatus
      state={state}
      runningLabel="Writing the sheets…"
      idle={<p>Not run yet.</p>}
      cancelled={<p>Stopped.</p>}
      {...more}
    >
      {showCount}
    </OperationStatus>,
    { language: "en" },
  );
}

describe("OperationStatus", () => {
  it("shows a spinner with its words, announced as a status, while the command runs", () => {
    status({ kind: "running" });
    expect(screen.getByRole("status").textContent).toContain("Writing the sheets…");
    expect(screen.queryByText(/sheets written/)).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("shows a failure in words with a Try again button that runs the command again", () => {
    const onRetry = jest.fn();
    status({ kind: "failed", message: "Sheet 'Đợt' is protected" }, { onRetry });
    expect(screen.getByText(/Sheet 'Đợt' is protected/)).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("offers no Try again when the screen gives no way to retry", () => {
    status({ kind: "failed", message: "boom" });
    expect(screen.getByText(/boom/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("shows the done content with the command's value, and no spinner", () => {
    status({ kind: "done", value: 3 });
    expect(screen.getByText("3 sheets written")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows what the screen says before a first run, or the spinner when it runs as the screen opens", () => {
    const { unmount } = status({ kind: "idle" });
    expect(screen.getByText("Not run yet.")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    unmount();
    status({ kind: "idle" }, { runsOnOpen: true });
    expect(screen.getByRole("status").textContent).toContain("Writing the sheets…");
    expect(screen.queryByText("Not run yet.")).toBeNull();
  });

  it("shows what the screen says after the user stopped the command", () => {
    status({ kind: "cancelled" });
    expect(screen.getByText("Stopped.")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
