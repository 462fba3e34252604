import { chromium, type Browser } from "playwright-core";

/** The system's Chromium, headless and offline-quiet, as the browser tests and the pane's bench open it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
