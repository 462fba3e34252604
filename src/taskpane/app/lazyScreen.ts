import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** A screen whose code loads on first use, out of the pane's first script. */
export interface LazyScreen {
  readonly Screen: LazyExoticComponent<ComponentType>;
  /** Starts the download; the pane calls it once the first screen is usable, so a tab opens at once. */
  preload(): Promise<unknown>;
}

export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (Screen) => ({ default: Screen }),
      (error: unknown) => {
        // A chunk that failed to arrive (a dropped connection) is asked for again on the next open.
        loading = undefined;
        throw error;
      },
    ));
  return { Screen: lazy(preload), preload };
}
