import { source as axeSource } from "axe-core";
import type { Page } from "playwright-core";

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core on the page as it is now and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<readonly AxeFinding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  // Evaluated through the DevTools protocol, not as an inline <script>: the pane's Content-Security-Policy
  // (rightly) refuses inline scripts, and the page under test must keep its real policy.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    // Tabster (Fluent's focus manager) puts aria-hidden focus sentinels (<i data-tabster-dummy>) around
    // arrow-key groups such as the tab list; focus landing on one is moved on at once, so no user meets it.
    const results = await axe.run(
      { include: [["body"]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(" ")),
      }));
  });
}
