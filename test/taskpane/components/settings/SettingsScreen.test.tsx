/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { DEFAULT_POLICY, type Policy } from "../../../../src/domain";
import { SettingsScreen } from "../../../../src/taskpane/components/settings/SettingsScreen";
import { catalogWithSynthetic } from "../../catalogWithSynthetic";
import { deferred, fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("settings screen", () => {
  it("shows the policy is loading, then the workbook's values", async () => {
    const pending = deferred<Policy | undefined>();
    renderPane(<SettingsScreen />, {
      commands: fakeCommands({ readPolicy: () => pending.promise }),
      language: "en",
    });
    expect(screen.getByRole("status").textContent).toContain("Loading");
    pending.resolve({ ...DEFAULT_POLICY, minMembers: 5, divergencePoints: 12 });
    expect(((await screen.findByLabelText(/Minimum members/)) as HTMLInputElement).value).toBe("5");
    expect((screen.getByLabelText(/Divergence threshold/) as HTMLInputElement).value).toBe("12");
  });

  it("says to set up the round first when the workbook has no Round sheet", async () => {
    renderPane(<SettingsScreen />, {
      commands: fakeCommands({ readPolicy: async () => undefined }),
      language: "en",
    });
    expect(await screen.findByText(/No Round sheet yet/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save rules" })).toBeNull();
  });

  it("reports a failure to read the policy with a way to try again", async () => {
    const readPolicy = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(DEFAULT_POLICY);
    renderPane(<SettingsScreen />, { commands: fakeCommands({ readPolicy }), language: "en" });
    fireEvent.click(await screen.findByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Save rules" })).toBeTruthy();
  });

  it("saves the rounding, minimum members and divergence threshold to the workbook", async () => {
    const commands = fakeCommands();
    renderPane(<SettingsScreen />, { commands, language: "en" });
    fireEvent.change(await screen.findByLabelText(/Rounding of the average/), {
      target: { value: "integer-half-up" },
    });
    fireEvent.change(screen.getByLabelText(/Minimum members/), { target: { value: "3" } });
    fireEvent.change(screen.getByLabelText(/Divergence threshold/), { target: { value: "12.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Save rules" }));
    expect(await screen.findByText("Saved to the Round sheet.")).toBeTruthy();
    expect(commands.savePolicy).toHaveBeenCalledWith(
      { ...DEFAULT_POLICY, rounding: "integer-half-up", minMembers: 3, divergencePoints: 12.5 },
      "en",
    );
  });

  it("says which sheet to create, and how, when saving finds no Round sheet", async () => {
    const commands = fakeCommands({ savePolicy: async () => ({ kind: "no-round-sheet", sheet: "Round" }) });
    renderPane(<SettingsScreen />, { commands, language: "en" });
    fireEvent.click(await screen.findByRole("button", { name: "Save rules" }));
    expect(
      await screen.findByText(
        `The workbook no longer has sheet 'Round', so the rules were not saved; nothing was written. On the "Setup" tab, press "Create or update the sheets" to create sheet 'Round' again, then press "Save rules".`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText("Saved to the Round sheet.")).toBeNull();
  });

  it("keeps at least one member as the minimum", async () => {
    const commands = fakeCommands();
    renderPane(<SettingsScreen />, { commands, language: "en" });
    fireEvent.change(await screen.findByLabelText(/Minimum members/), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Save rules" }));
    await waitFor(() => expect(commands.savePolicy).toHaveBeenCalled());
    expect(commands.savePolicy.mock.calls[0][0].minMembers).toBe(1);
  });

  it("lists shipped decisions with their source and the product sets still to import, never synthetic data", async () => {
    renderPane(<SettingsScreen />, { catalog: catalogWithSynthetic(), language: "en" });
    expect(await screen.findByText("Sheets for 22 of 26 product sets")).toBeTruthy();
    expect(screen.getByText("Sheets for 23 of 26 product sets")).toBeTruthy();
    expect(screen.getByText("Sheets for 0 of 6 product sets")).toBeTruthy();
    expect(screen.getByText("1048-01 – Rau, củ, quả, hạt tươi")).toBeTruthy();
    expect(screen.getAllByText(/Criteria set sheet/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/2099/)).toBeNull();
    expect(screen.queryByText(/SYN-/)).toBeNull();
  });

  it("shows the add-in's version", () => {
    renderPane(<SettingsScreen />, { language: "en" });
    expect(screen.getByText(/Version 9\.9\.9/)).toBeTruthy();
  });
});
