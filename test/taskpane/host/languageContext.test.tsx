/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { initialLanguage } from "../../../src/taskpane/host/languageContext";
import { LanguagePicker } from "../../../src/taskpane/components/settings/LanguagePicker";
import { memoryStorage, renderPane } from "../renderPane";

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("initialLanguage", () => {
  it("follows Office's display language when the user never chose", () => {
    expect(initialLanguage("en-US", memoryStorage())).toBe("en");
    expect(initialLanguage("vi-VN", memoryStorage())).toBe("vi");
  });
  it("defaults to Vietnamese for languages the pane does not speak", () => {
    expect(initialLanguage("fr-FR", memoryStorage())).toBe("vi");
    expect(initialLanguage(undefined, undefined)).toBe("vi");
  });
  it("prefers the language the user chose before over Office's", () => {
    expect(initialLanguage("vi-VN", memoryStorage({ "ocop-scoring.language": "en" }))).toBe("en");
  });
  it("ignores a remembered value it does not know", () => {
    expect(initialLanguage("en-GB", memoryStorage({ "ocop-scoring.language": "de" }))).toBe("en");
  });
});

describe("switching language", () => {
  it("shows the pane in English after choosing English, and remembers it", () => {
    const storage = memoryStorage();
    renderPane(<LanguagePicker />, { language: "vi", storage });
    expect(screen.getByText("Ngôn ngữ")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByText("Language")).toBeTruthy();
    expect(storage.getItem("ocop-scoring.language")).toBe("en");
    expect(initialLanguage("vi-VN", storage)).toBe("en");
  });
});
