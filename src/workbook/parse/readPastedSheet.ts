import type { CriteriaVersion } from "../../domain";
import { issue } from "../../domain";
import type { GridIndex } from "./gridIndex";
import type { CriteriaSetReading } from "./parseCriteriaSetSheet";
import { readPastedTable } from "./pastedTable/readPastedTable";

const OUR_CRITERION_ID = /^[A-Z]\.\d+\.\d+$/;

/**
 * Whether what lies under a Bộ tiêu chí sheet's header is something pasted (the decision's own table, or
 * text that is not a table at all) rather than the flat table the add-in writes, whose criterion ids
 * (A.1.2) fill their column. A blank body is neither: the template is not filled in yet.
 */
export function holdsPastedTable(grid: GridIndex, header: number, idColumn: number | undefined): boolean {
  let filled = false;
  for (let row = header + 1; row < grid.rowCount; row += 1) {
    if (idColumn !== undefined && OUR_CRITERION_ID.test(grid.text(row, idColumn))) return false;
    for (let column = grid.firstColumn; column < grid.columnCount && !filled; column += 1)
      filled = grid.text(row, column) !== "";
  }
  return filled;
}

export interface PastedSheetFields {
  readonly version: { readonly text: string; readonly cell?: string };
  readonly code: string;
  readonly name: string;
  readonly group: string;
}

/** Reads the pasted table below the header with the version and product set the header names. */
export function readPastedSheet(
  grid: GridIndex,
  header: number,
  fields: PastedSheetFields,
  versions: readonly CriteriaVersion[],
): CriteriaSetReading {
  const version = versions.find((v) => v.id === fields.version.text);
  if (!version)
    return {
      kind: "failed",
      issues: [
        issue("unknown-criteria-version", "error", {
          value: fields.version.text,
          sheet: grid.name,
          ...(fields.version.cell ? { cell: fields.version.cell } : {}),
        }),
      ],
    };
  const rows = grid.grid.values.slice(header + 1).map((line) => line.slice(grid.firstColumn));
  const reading = readPastedTable(
    { rows, top: header + 1, left: grid.firstColumn },
    {
      version,
      code: fields.code,
      ...(fields.name ? { name: fields.name } : {}),
      ...(fields.group ? { group: fields.group } : {}),
      source: `${grid.name}: ${version.decision}`,
      sheet: grid.name,
    },
  );
  return reading.kind === "ok" ? { kind: "ok", set: reading.set, issues: [] } : reading;
}
