import type { Catalog } from "../domain";
import type { Language } from "../i18n/language";
import { sheetLabels, type SheetLabels } from "../i18n/sheetLabels";
import { kindOfKey } from "../workbook/hiddenIds";
import { parseWorkbook, type WorkbookReading } from "../workbook/parse/parseWorkbook";
import type { SheetExtent } from "../workbook/plan/sheetDraft";
import { safeSheetName } from "../workbook/plan/sheetName";
import type { SheetGrid, WorkbookPort } from "../workbook/port";

/**
 * One read of the workbook (a single port.readSheets call) and what commands need from it: the parsed
 * round, and sheet names for the plans they are about to write — the current name of a sheet that has the
 * key already (the user may have renamed it), else a fresh name that clashes with nothing. It keeps the
 * grids of every sheet but the criteria sheets, which are parsed once and never needed again as cells: on
 * a thousand products they are most of the read and would stay in memory for the whole command.
 */
export class WorkbookSession {
  private readonly taken: Set<string>;
  readonly labels: SheetLabels;

  private constructor(
    names: readonly string[],
    private readonly grids: readonly SheetGrid[],
    readonly reading: WorkbookReading,
    readonly language: Language,
  ) {
    this.taken = new Set(names);
    this.labels = sheetLabels(language);
  }

  static async open(port: WorkbookPort, catalog: Catalog, language?: Language): Promise<WorkbookSession> {
    const grids = await port.readSheets();
    const reading = parseWorkbook(grids, catalog);
    const criteriaSheets = new Set(
      Object.entries(reading.layout.sheetNames)
        .filter(([key]) => kindOfKey(key) === "criteria")
        .map(([, name]) => name),
    );
    const kept = grids.filter((grid) => !criteriaSheets.has(grid.name));
    const names = grids.map((grid) => grid.name);
    return new WorkbookSession(names, kept, reading, language ?? reading.language);
  }

  /** The sheet's cells as read when the session opened; undefined for a criteria sheet or no such sheet. */
  gridOf(name: string): SheetGrid | undefined {
    return this.grids.find((grid) => grid.name === name);
  }

  /** The name to write the sheet with this key under. */
  nameFor(key: string, wanted: string): string {
    const existing = this.reading.layout.sheetNames[key];
    if (existing) return existing;
    const name = safeSheetName(wanted, this.taken);
    this.taken.add(name);
    return name;
  }

  /** The same reading, naming sheets as for an empty workbook (a member's copy is a new file). */
  forNewWorkbook(): WorkbookSession {
    const fresh = new WorkbookSession(
      [],
      [],
      { ...this.reading, layout: { ...this.reading.layout, sheetNames: {}, extents: {} } },
      this.language,
    );
    return fresh;
  }

  extentOf(name: string): SheetExtent | undefined {
    return this.reading.layout.extents[name];
  }
}
