type Settled<T> =
  | { readonly state: "pending" }
  | { readonly state: "resolved"; readonly value: T }
  | { readonly state: "rejected"; readonly error: unknown };

const settled = new WeakMap<Promise<unknown>, Settled<unknown>>();

/**
 * The value of a promise inside a React render, suspending the nearest <Suspense> until it settles (React
 * 18's contract: throw the promise, render again once it resolves). A rejected promise throws its error.
 */
export function suspendUntil<T>(promise: Promise<T>): T {
  const known = settled.get(promise) as Settled<T> | undefined;
  if (known?.state === "resolved") return known.value;
  if (known?.state === "rejected") throw known.error;
  if (!known) {
    settled.set(promise, { state: "pending" });
    promise.then(
      (value) => settled.set(promise, { state: "resolved", value }),
      (error: unknown) => settled.set(promise, { state: "rejected", error }),
    );
  }
  throw promise;
}
