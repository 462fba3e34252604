/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { EXCEL_REQUIREMENTS } from "../../../src/excel/requirements";
import { App } from "../../../src/taskpane/app/App";
import { renderPane } from "../renderPane";

// jsdom has no ResizeObserver; Fluent's tab list only needs it to exist.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

// The screens the pane loads on first use: compiled here once, so a tab's chunk arrives as fast as in a browser.
beforeAll(async () => {
  await Promise.all([
    import("../../../src/taskpane/components/validate/ValidateScreen"),
    import("../../../src/taskpane/components/compute/ComputeScreen"),
    import("../../../src/taskpane/components/member/MemberScreen"),
    import("../../../src/taskpane/components/settings/SettingsScreen"),
  ]);
}, 60_000);

// A screen loaded on use renders in React's background pass, after the tab; in jsdom on a machine busy with
// other test workers that can take seconds. A wait, not a measure: speed lives in `npm run bench`.
const LAZY = { timeout: 15_000 };

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("the pane", () => {
  it("reaches every step from labelled tabs and starts on setup", async () => {
    renderPane(<App />, { language: "en" });
    const names = ["Setup", "Validate", "Results", "My column", "Settings"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Round setup");
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    // Every step but setup loads on first use (its own chunk in the build).
    expect(await screen.findByRole("heading", { level: 2, name: "Check the sheets" }, LAZY)).toBeTruthy();
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(1);
  });

  it("shows its title and tabs while the engine and criteria still load, then the setup form", async () => {
    let finishLoading = () => {};
    const loaded = new Promise<void>((resolve) => (finishLoading = resolve));
    renderPane(<App />, { language: "en", loaded });
    expect(screen.getByRole("heading", { level: 1 })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    expect(screen.getByText("Loading…")).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
    finishLoading();
    expect(await screen.findByRole("heading", { level: 2, name: "Round setup" }, LAZY)).toBeTruthy();
    expect(screen.getByText(/Test mode: no Excel/)).toBeTruthy();
  });

  it("loads the member view on demand", async () => {
    renderPane(<App />, { language: "en" });
    fireEvent.click(screen.getByRole("tab", { name: "My column" }));
    expect(await screen.findByRole("heading", { level: 2, name: "My column" }, LAZY)).toBeTruthy();
  });

  it("tells the user when no Excel is behind the pane", () => {
    renderPane(<App />, { host: "memory", language: "en" });
    expect(screen.getByText(/Test mode: no Excel/)).toBeTruthy();
  });

  it("says what an older Excel cannot do, naming the requirement set", () => {
    const missing = EXCEL_REQUIREMENTS.filter((r) => r.feature === "data-validation");
    renderPane(<App />, { host: "excel", language: "en", missingRequirements: missing });
    expect(screen.getByText(/cannot offer a dropdown of allowed points.*\(ExcelApi 1\.8\)/)).toBeTruthy();
    expect(screen.queryByText(/Test mode/)).toBeNull();
  });

  it("marks the page's language for screen readers and follows a switch", async () => {
    renderPane(<App initialScreen="settings" />, { language: "vi" });
    expect(document.documentElement.lang).toBe("vi");
    fireEvent.click(await screen.findByRole("radio", { name: "English" }, LAZY));
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
  });
});
