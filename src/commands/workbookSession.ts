import type { Catalog } from "../domain";
import type { Language } from "../i18n/language";
import { sheetLabels, type SheetLabels } from "../i18n/sheetLabels";
import { parseWorkbook, type WorkbookReading } from "../workbook/parse/parseWorkbook";
import type { SheetExtent } from "../workbook/plan/sheetDraft";
import { safeSheetName } from "../workbook/plan/sheetName";
import type { SheetGrid, WorkbookPort } from "../workbook/port";

/**
 * One read of the workbook (a single port.readSheets call) and what commands need from it: the parsed
 * round, and sheet names for the plans they are about to write — the current name of a sheet that has the
 * key already (the user may have renamed it), else a fresh name that clashes with nothing.
 */
export class WorkbookSession {
  private readonly taken: Set<string>;
  readonly labels: SheetLabels;

  private constructor(
    readonly grids: readonly SheetGrid[],
    readonly reading: WorkbookReading,
    readonly language: Language,
  ) {
    this.taken = new Set(grids.map((grid) => grid.name));
    this.labels = sheetLabels(language);
  }

  static async open(port: WorkbookPort, catalog: Catalog, language?: Language): Promise<WorkbookSession> {
    const grids = await port.readSheets();
    const reading = parseWorkbook(grids, catalog);
    return new WorkbookSession(grids, reading, language ?? reading.language);
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
      { ...this.reading, layout: { ...this.reading.layout, sheetNames: {}, extents: {} } },
      this.language,
    );
    return fresh;
  }

  extentOf(name: string): SheetExtent | undefined {
    return this.reading.layout.extents[name];
  }
}
