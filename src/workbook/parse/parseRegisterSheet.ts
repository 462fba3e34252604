import { COUNCIL_LEVELS, type CouncilLevel, type Stars } from "../../domain";
import type { CertificateEntry } from "../../domain/certificate";
import { columnId, keyOfGrid, rowId } from "../hiddenIds";
import { REGISTER_ENTRY_ROW, REGISTER_HEADER_ROW, REGISTER_KEY } from "../plan/registerSheet";
import type { SheetGrid } from "../port";
import { GridIndex } from "./gridIndex";

export interface RegisterReading {
  readonly sheet: string;
  readonly entries: readonly CertificateEntry[];
  /** 0-based row below everything the sheet holds: where the next line goes. */
  readonly nextRow: number;
}

/** The register sheet among a workbook's sheets (found by its marker), or undefined. */
export function findRegisterGrid(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return grids.find((grid) => keyOfGrid(grid) === REGISTER_KEY);
}

/**
 * The register's lines, read by hidden row and column ids: rows a user typed (without the line id) and
 * columns a user added are not lines and are left alone.
 */
export function parseRegisterSheet(grid: SheetGrid): RegisterReading {
  const index = new GridIndex(grid);
  const header = index.firstRow(rowId.header) ?? REGISTER_HEADER_ROW;
  const column = (field: string) => index.column(columnId.field(field));
  const text = (row: number, field: string) => index.text(row, column(field));
  const entries: CertificateEntry[] = [];
  for (let row = header + 1; row < index.rowCount; row += 1) {
    if (index.text(row, index.idColumn) !== REGISTER_ENTRY_ROW) continue;
    const level = text(row, "level");
    const optional = (field: string) => (text(row, field) === "" ? {} : { [field]: text(row, field) });
    entries.push({
      name: text(row, "name"),
      ...optional("producer"),
      ...optional("commune"),
      productSet: text(row, "productSet"),
      criteriaVersion: text(row, "criteriaVersion"),
      stars: Number(text(row, "stars")) as Stars,
      score: Number(text(row, "score")),
      council: text(row, "council"),
      level: ((COUNCIL_LEVELS as readonly string[]).includes(level) ? level : "province") as CouncilLevel,
      decision: text(row, "decision"),
      decisionDate: text(row, "decisionDate"),
      expiry: text(row, "expiry"),
      roundKey: text(row, "roundKey"),
      productId: text(row, "productId"),
    });
  }
  return { sheet: grid.name, entries, nextRow: Math.max(index.rowCount, header + 1) };
}
