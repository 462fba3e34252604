/**
 * `pane.ready_ms`: the task pane's cold start as a slow office PC sees it. The production build is served
 * from localhost (as the browser tests do) and opened in a fresh Chromium context with the CPU throttled 4×
 * through the DevTools protocol; the figure is the time from navigation start to the first enabled button
 * the user can see. The Office host is the in-memory one (?host=memory) and office.js from Microsoft's CDN
 * fails fast (no network), so the figure is the add-in's own start, without the host's.
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/e2e/launchChromium";
import { serveDist } from "../test/e2e/serveDist";
import { median, round, type Figure } from "./measure";

const CPU_SLOWDOWN = 4;

/** Median over `runs` cold starts (each a new browser context: no cache, no compiled code kept). */
export async function paneReadyMs(dist: string, runs: number): Promise<Figure> {
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) times.push(await coldStartMs(browser, server.url));
    return {
      value: round(median(times), 0),
      note: `${CPU_SLOWDOWN}× CPU throttling, navigation → first enabled button; runs ${times.map((t) => round(t, 0)).join(", ")}`,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function coldStartMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 450, height: 900 }, locale: "vi-VN" });
  try {
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(`${url}/taskpane.html?host=memory&lang=vi`, { waitUntil: "commit" });
    // performance.now() counts from the navigation's start (the page's time origin).
    const ready = await page.waitForFunction(
      () => {
        const usable = [...document.querySelectorAll("button")].some(
          (button) =>
            !button.disabled &&
            button.getAttribute("aria-disabled") !== "true" &&
            button.getBoundingClientRect().width > 0,
        );
        return usable ? performance.now() : false;
      },
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    return (await ready.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
