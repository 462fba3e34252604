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

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("the pane", () => {
  it("reaches every step from labelled tabs and starts on setup", async () => {
    renderPane(<App />, { language: "en" });
    const names = ["Setup", "Validate", "Results", "My column", "Settings"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Round setup");
    fireEvent.click(screen.getByRole("tab", { name: "Validate" }));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Check the sheets");
  });

  it("loads the member view on demand", async () => {
    renderPane(<App />, { language: "en" });
    fireEvent.click(screen.getByRole("tab", { name: "My column" }));
    expect(await screen.findByRole("heading", { level: 2, name: "My column" })).toBeTruthy();
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

  it("marks the page's language for screen readers and follows a switch", () => {
    renderPane(<App initialScreen="settings" />, { language: "vi" });
    expect(document.documentElement.lang).toBe("vi");
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
  });
});
