/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useOperation, type OperationControl } from "../../../src/taskpane/hooks/useOperation";
import { deferred } from "../fakeCommands";
import { CancelledError } from "../../../src/taskpane/commandBinding/cancelledError";

describe("useOperation", () => {
  it("goes from idle to running to done with the command's value", async () => {
    const pending = deferred<number>();
    const { result } = renderHook(() => useOperation(() => pending.promise));
    expect(result.current.state).toEqual({ kind: "idle" });
    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = result.current.run();
    });
    expect(result.current.state.kind).toBe("running");
    await act(async () => {
      pending.resolve(42);
      await run;
    });
    expect(result.current.state).toEqual({ kind: "done", value: 42 });
  });

  it("keeps the message of an unexpected failure", async () => {
    const { result } = renderHook(() => useOperation(async () => Promise.reject(new Error("Excel is busy"))));
    await act(() => result.current.run());
    expect(result.current.state).toEqual({ kind: "failed", message: "Excel is busy" });
  });

  it("shows a command that throws CancelledError as cancelled, not as a failure", async () => {
    const { result } = renderHook(() => useOperation(async () => Promise.reject(new CancelledError())));
    await act(() => result.current.run());
    expect(result.current.state).toEqual({ kind: "cancelled" });
  });

  it("shows an error whose message is only 'cancelled' as the failure it is", async () => {
    const { result } = renderHook(() => useOperation(async () => Promise.reject(new Error("cancelled"))));
    await act(() => result.current.run());
    expect(result.current.state).toEqual({ kind: "failed", message: "cancelled" });
  });

  it("passes progress through while running", async () => {
    const pending = deferred<void>();
    let control: OperationControl | undefined;
    const { result } = renderHook(() =>
      useOperation((given: OperationControl) => {
        control = given;
        return pending.promise;
      }),
    );
    act(() => void result.current.run());
    act(() => control?.progress({ step: "score", done: 3, total: 10 }));
    expect(result.current.state).toEqual({
      kind: "running",
      progress: { step: "score", done: 3, total: 10 },
    });
  });

  it("cancels: the signal is aborted and a late result is ignored", async () => {
    const pending = deferred<string>();
    let control: OperationControl | undefined;
    const { result } = renderHook(() =>
      useOperation((given: OperationControl) => {
        control = given;
        return pending.promise;
      }),
    );
    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = result.current.run();
    });
    act(() => result.current.cancel());
    expect(control?.signal.aborted).toBe(true);
    await act(async () => {
      pending.resolve("too late");
      await run;
    });
    expect(result.current.state).toEqual({ kind: "cancelled" });
  });

  it("aborts a running command when the screen goes away", () => {
    let control: OperationControl | undefined;
    const { result, unmount } = renderHook(() =>
      useOperation((given: OperationControl) => {
        control = given;
        return new Promise<void>(() => undefined);
      }),
    );
    act(() => void result.current.run());
    unmount();
    expect(control?.signal.aborted).toBe(true);
  });
});
