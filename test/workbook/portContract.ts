import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "../../src/workbook/port";
import { emptyPlan } from "../excel/syntheticPlans";

/**
 * One adapter under the WorkbookPort contract, with the few probes a port does not answer itself
 * (whether a cell is open on a protected sheet, which columns are hidden).
 */
export interface PortUnderTest {
  readonly name: string;
  /** A workbook with no sheets. */
  create(): WorkbookPort;
  /** The same workbook as a user would next open it (the file adapter saves and loads it again). */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
  /** Whether the sheet is protected, and whether a user could type into the cell once it is. */
  protection(port: WorkbookPort, sheet: string, cell: string): Promise<{ sheet: boolean; cellOpen: boolean }>;
  hiddenColumns(port: WorkbookPort, sheet: string): Promise<readonly number[]>;
}

const SHEET = "Phiếu P01";
const LARGE_ROWS = 1000;
/** exceljs saves and loads the large sheet in seconds on a loaded machine: room for it, not a time rule. */
const LARGE_SHEET_TIMEOUT_MS = 30_000;

function plan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return { ...emptyPlan(SHEET, "criteria:P01"), ...overrides };
}

async function gridOf(port: WorkbookPort, sheet = SHEET): Promise<SheetGrid> {
  const [grid] = await port.readSheets([sheet]);
  if (!grid) throw new Error(`no sheet ${sheet} read back`);
  return grid;
}

/** The rules every WorkbookPort keeps; each adapter's own test adds only what is particular to it. */
export function describePortContract(subject: PortUnderTest): void {
  const written = async (...plans: SheetPlan[]): Promise<WorkbookPort> => {
    const port = subject.create();
    await port.writeSheets(plans);
    return subject.reopen(port);
  };

  describe(`${subject.name} keeps the WorkbookPort contract`, () => {
    it("reads back what a plan wrote, anchored at A1: values as values, formulas as formula text", async () => {
      const port = await written(
        plan({
          blocks: [{ at: "B2", rows: [[{ value: "Bưởi" }, { value: 4 }, { formula: "=SUM(C2:C2)" }]] }],
        }),
      );
      const grid = await gridOf(port);
      expect(grid.values[1].slice(0, 3)).toEqual([null, "Bưởi", 4]);
      expect(grid.formulas[1][3]).toBe("=SUM(C2:C2)");
      expect(grid.formulas[1].slice(0, 3)).toEqual([null, null, null]);
      expect(grid.visible).toBe(true);
    });

    it("keeps text that looks like a formula or a number as the text the user typed", async () => {
      const typed = ["=1+1", "+84 912 345 678", "-5 điểm", "@tên", "0123"];
      const port = await written(plan({ blocks: [{ at: "A1", rows: typed.map((value) => [{ value }]) }] }));
      const grid = await gridOf(port);
      expect(grid.values.map((row) => row[0])).toEqual(typed);
      expect(grid.formulas.every((row) => row[0] === null)).toBe(true);
    });

    it("keeps control characters, line breaks and emoji in text", async () => {
      const typed = ["Bưởi\u0001Diễn\u001f", "tab\tand\nline", "_x0041_ stays as typed", "😀 Phở"];
      const port = await written(plan({ blocks: [{ at: "A1", rows: typed.map((value) => [{ value }]) }] }));
      expect((await gridOf(port)).values.map((row) => row[0])).toEqual(typed);
    });

    it("keeps a user's entry under a keep cell and everything outside the cleared region", async () => {
      const port = subject.create();
      await port.writeSheets([plan({ blocks: [{ at: "A1", rows: [[{ value: "x" }, { value: 3 }]] }] })]);
      await port.writeSheets([
        plan({ name: "Ghi chú", key: "notes", blocks: [{ at: "A1", rows: [[{ value: "n" }]] }] }),
      ]);
      await port.writeSheets([
        plan({ clear: ["A1:A5"], blocks: [{ at: "A1", rows: [[{ value: "y" }, { keep: true }]] }] }),
      ]);
      const reopened = await subject.reopen(port);
      expect((await gridOf(reopened)).values[0].slice(0, 2)).toEqual(["y", 3]);
      expect((await gridOf(reopened, "Ghi chú")).values[0][0]).toBe("n");
    });

    it("protects a sheet and leaves only its input cells open", async () => {
      const port = await written(
        plan({
          protect: true,
          blocks: [{ at: "A1", rows: [[{ value: "Tiêu chí" }, { value: null }]] }],
          formats: [{ range: "B1", locked: false }],
        }),
      );
      expect(await subject.protection(port, SHEET, "B1")).toEqual({ sheet: true, cellOpen: true });
      expect(await subject.protection(port, SHEET, "A1")).toEqual({ sheet: true, cellOpen: false });
    });

    it("writes hidden ids into a hidden column and reads them back for the parser", async () => {
      const port = await written(
        plan({
          hiddenColumns: [0],
          blocks: [{ at: "A1", rows: [[{ value: "ocop:criteria:P01" }], [{ value: "criterion:A.1.1" }]] }],
        }),
      );
      expect(await subject.hiddenColumns(port, SHEET)).toContain(0);
      expect((await gridOf(port)).values.map((row) => row[0])).toEqual([
        "ocop:criteria:P01",
        "criterion:A.1.1",
      ]);
    });

    it(
      "writes and reads back a large sheet whole (1,000 rows × 12 columns)",
      async () => {
        const rows = Array.from({ length: LARGE_ROWS }, (_, r) =>
          Array.from({ length: 12 }, (_, c) => ({ value: c === 0 ? `row ${r}` : r * 12 + c })),
        );
        const grid = await gridOf(await written(plan({ blocks: [{ at: "A1", rows }] })));
        expect(grid.values).toHaveLength(LARGE_ROWS);
        expect(grid.values[LARGE_ROWS - 1]).toEqual(rows[LARGE_ROWS - 1].map((cell) => cell.value));
        expect(grid.values[0][11]).toBe(11);
      },
      LARGE_SHEET_TIMEOUT_MS,
    );

    it("reads only the sheets asked for and skips a name that is not there", async () => {
      const port = await written(plan(), plan({ name: "Ghi chú", key: "notes" }));
      expect((await port.readSheets(["Ghi chú", "Không có"])).map((grid) => grid.name)).toEqual(["Ghi chú"]);
      expect((await port.readSheets()).map((grid) => grid.name)).toEqual([SHEET, "Ghi chú"]);
    });

    it("deletes the sheets named, leaves the others, and does not throw for a name already gone", async () => {
      const port = await written(plan(), plan({ name: "Ghi chú", key: "notes" }));
      await expect(port.deleteSheets([SHEET, "Không có"])).resolves.toBeUndefined();
      expect((await port.readSheets()).map((grid) => grid.name)).toEqual(["Ghi chú"]);
    });

    it("selects a cell on a sheet that exists without throwing", async () => {
      const port = await written(plan());
      await expect(port.select(SHEET, "C7")).resolves.toBeUndefined();
    });

    it("refuses a plan whose block is not at an A1 address, naming what it got", async () => {
      const port = subject.create();
      await expect(
        port.writeSheets([plan({ blocks: [{ at: "??", rows: [[{ value: "x" }]] }] })]),
      ).rejects.toThrow('expected an A1 cell address such as "B4", got "??"');
    });
  });
}
