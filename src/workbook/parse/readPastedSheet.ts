import type { CriteriaVersion } from "../../domain";
import { issue } from "../../domain";
import type { GridIndex } from "./gridIndex";
import type { CriteriaSetReading } from "./parseCriteriaSetSheet";
import { readPastedTable } from "./pastedTable/readPastedTable";

const OPTION_BOX = /^\s*[□☐◻▢❏❑\uF06F\uF0A8]/u;
const OUR_CRITERION_ID = /^[A-Z]\.\d+\.\d+$/;

/**
 * Whether the table under a Bộ tiêu chí sheet's header is the decision's own table pasted in (options
 * "□ …"), rather than the flat table the add-in writes (criterion ids like A.1.2 in their column).
 */
export function holdsPastedTable(grid: GridIndex, header: number, idColumn: number | undefined): boolean {
  let boxes = 0;
  for (let row = header + 1; row < grid.rowCount; row += 1) {
    if (idColumn !== undefined && OUR_CRITERION_ID.test(grid.text(row, idColumn))) return false;
    for (let column = grid.firstColumn; column < grid.columnCount; column += 1)
      if (OPTION_BOX.test(grid.text(row, column))) boxes += 1;
  }
  return boxes > 0;
}

export interface PastedSheetFields {
  readonly version: { readonly text: string; readonly cell?: string };
  readonly code: string;
  readonly name: string;
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
      source: `${grid.name}: ${version.decision}`,
      sheet: grid.name,
    },
  );
  return reading.kind === "ok" ? { kind: "ok", set: reading.set, issues: [] } : reading;
}
