import { readFileSync } from "fs";
import { join } from "path";
import { writeCriteriaSetSheet } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { IssueCode } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { tsvRows } from "../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../src/workbook/plan/criteriaSetSheet";
import type { BadInputCase } from "./badInputs";
import { editable, typeValue, type Grids } from "./gridEdits";
import { commandOptions } from "./validRound";

const SHEET = "Bộ tiêu chí 1048-01";
/** The paste's first cell: column B of the row below the Bộ tiêu chí header (column A holds hidden ids). */
const TOP = CRITERIA_SET_HEADER_ROW + 1;
const LEFT = 1;
/** Where a cell of the pasted file lands (1-based file row, 0-based file column). */
const landed = (fileRow: number, fileColumn: number) => cellAddress(TOP + fileRow - 1, LEFT + fileColumn);

/** A Bộ tiêu chí sheet for 1048-01 with the decision's table pasted under it, changed by `edit` first. */
async function pasted(base: Grids, edit: (rows: string[][]) => void): Promise<Grids> {
  const workbook = MemoryWorkbook.fromGrids(base);
  const version = shippedCatalog().version("1048/2019")!;
  const ref = version.productSets.find((p) => p.code === "1048-01")!;
  await writeCriteriaSetSheet(workbook, {
    ...commandOptions(),
    set: { version: version.id, decision: version.decision, productSet: ref, source: "paste" },
  });
  const grids = editable(await workbook.readSheets());
  const rows = tsvRows(readFileSync(join(__dirname, "../fixtures/pasted/1048-01.tsv"), "utf8"));
  edit(rows);
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== "") typeValue(grids, SHEET, landed(r + 1, c), value);
    }),
  );
  return grids;
}

function pasteCase(
  name: string,
  input: string,
  edit: (rows: string[][]) => void,
  code: IssueCode,
  cell: string,
): BadInputCase {
  return {
    group: "data",
    name,
    input,
    make: { grids: (base) => pasted(base, edit) },
    expected: () => ({ code, sheet: SHEET, cell }),
  };
}

/**
 * The decision's 1048-01 table pasted into a Bộ tiêu chí sheet, broken the ways a paste goes wrong. Each is
 * refused with its own issue at its cell; the products keep the shipped set, and no other cell changes.
 */
export const pastedTableCases: BadInputCase[] = [
  pasteCase(
    "pasted table: a points cell deleted",
    "1048-01 table pasted, 6.2's option 'Phù hợp' without its '5 Điểm'",
    (rows) => (rows[129][1] = ""),
    "pasted-option-without-points",
    landed(130, 0),
  ),
  pasteCase(
    "pasted table: an option duplicated",
    "1048-01 table pasted with 6.1's option 'Đồng đều' twice",
    (rows) => rows.splice(125, 0, [...rows[124]]),
    "pasted-option-duplicated",
    landed(126, 0),
  ),
  pasteCase(
    "pasted table: a part short by one point",
    "1048-01 table pasted, 6.2's best option and printed total 8 → 7 (part C adds up to 39)",
    (rows) => {
      rows[125][1] = "7 điểm";
      rows[130][1] = "7 Điểm";
    },
    "pasted-part-sum",
    landed(119, 1),
  ),
  pasteCase(
    "pasted table: text in a points cell",
    "1048-01 table pasted, 'ba Điểm' typed for 6.2's '3 Điểm'",
    (rows) => (rows[128][1] = "ba Điểm"),
    "pasted-points-not-number",
    landed(129, 1),
  ),
  pasteCase(
    "pasted table: 5,000 rows of unrelated text",
    "5,000 rows of text that is not a criteria table pasted instead",
    (rows) =>
      rows.splice(0, rows.length, ...Array.from({ length: 5000 }, (_, i) => [`Dòng ${i} không liên quan`])),
    "pasted-no-criteria",
    landed(1, 0),
  ),
];
