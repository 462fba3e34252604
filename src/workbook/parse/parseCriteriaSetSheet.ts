import {
  bestPoints,
  checkSetBelongs,
  issue,
  parseCriteriaSet,
  type CriteriaSet,
  type CriteriaVersion,
  type Issue,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { sheetLabels, yesNoFromCell } from "../../i18n/sheetLabels";
import { cellAddress } from "../cellAddress";
import { columnId, rowId } from "../hiddenIds";
import {
  CRITERIA_SET_COLUMNS,
  CRITERIA_SET_HEADER_ROW,
  type CriteriaSetColumn,
  type CriteriaSetField,
} from "../plan/criteriaSetSheet";
import type { GridIndex } from "./gridIndex";
import { criterionDetails, minStarsOf, withSheetDetails } from "./criteriaSetDetails";
import { holdsPastedTable, readPastedSheet } from "./readPastedSheet";

export type CriteriaSetReading =
  | { readonly kind: "ok"; readonly set: CriteriaSet; readonly issues: readonly Issue[] }
  | { readonly kind: "failed"; readonly issues: readonly Issue[] }
  /** A template nobody has filled in yet: not an error. */
  | { readonly kind: "empty" };

const PART = /^\s*(?:phần|part)?\s*([A-Z])(?:\s*[.:)\-–—]\s*|\s+|$)(.*)$/i;
const GROUP = /^\s*([A-Z]\.\d+)\.?(?:\s*[:)\-–—]\s*|\s+|$)(.*)$/i;

interface DraftCriterion {
  id: string;
  name: string;
  required: boolean;
  options: { text: string; points: number; minStars?: 3 | 4 | 5 }[];
  decisionNumber?: string;
  notes?: string[];
}
interface DraftGroup {
  id: string;
  name: string;
  criteria: DraftCriterion[];
}
interface DraftPart {
  id: string;
  name: string;
  groups: DraftGroup[];
}

/**
 * Reads a Bộ tiêu chí sheet a council typed or pasted: the header block (version, decision, product set,
 * source) and the table below it, where a blank part, group, id or name repeats the row above (as in the
 * official tables with merged cells). The result goes through the same parseCriteriaSet and
 * checkSetBelongs as shipped data, and each issue names the sheet and cell it comes from.
 */
export function parseCriteriaSetSheet(
  grid: GridIndex,
  versions: readonly CriteriaVersion[],
  language: Language = "vi",
): CriteriaSetReading {
  const labels = sheetLabels(language).criteriaSet;
  const sheet = grid.name;
  const issues: Issue[] = [];
  const field = (name: CriteriaSetField): { text: string; cell?: string } => {
    const row = grid.firstRow(rowId.field(name));
    if (row === undefined) return { text: "" };
    for (let column = grid.firstColumn + 1; column < grid.columnCount; column += 1) {
      const text = grid.text(row, column);
      if (text !== "") return { text, cell: cellAddress(row, column) };
    }
    return { text: "", cell: cellAddress(row, grid.firstColumn + 1) };
  };
  const columns: Partial<Record<CriteriaSetColumn, number>> = {};
  for (const name of CRITERIA_SET_COLUMNS) columns[name] = grid.column(columnId.field(name));
  const header = grid.firstRow(rowId.header) ?? CRITERIA_SET_HEADER_ROW;
  const used = Object.values(columns).filter((c): c is number => c !== undefined);

  const version = field("version");
  // The decision's own table pasted as it is: read it the way the decision prints it.
  if (holdsPastedTable(grid, header, columns.criterionId))
    return readPastedSheet(
      grid,
      header,
      { version, code: field("productSetCode").text, name: field("productSetName").text },
      versions,
    );
  const versionInfo = versions.find((v) => v.id === version.text);
  const parts: DraftPart[] = [];
  const pathCells = new Map<string, string>();
  const bad = (row: number, column: CriteriaSetColumn, value: unknown, expected: string) =>
    issues.push(
      issue("criteria-cell-invalid", "error", {
        sheet,
        cell: cellAddress(row, columns[column] ?? grid.firstColumn),
        value: value === null || value === undefined ? "" : String(value),
        detail: labels[column],
        expected,
      }),
    );
  let rowsRead = 0;
  for (let row = header + 1; row < grid.rowCount; row += 1) {
    if (grid.isBlankRow(row, used)) continue;
    rowsRead += 1;
    const text = (column: CriteriaSetColumn) => grid.text(row, columns[column]);
    const partText = text("part");
    if (partText !== "") {
      const match = PART.exec(partText);
      if (!match) bad(row, "part", partText, "A, B, C…");
      else {
        const id = match[1].toUpperCase();
        const name = match[2].trim() || versionInfo?.parts.find((p) => p.id === id)?.name || id;
        parts.push({ id, name, groups: [] });
        pathCells.set(`parts[${parts.length - 1}]`, cellAddress(row, columns.part ?? grid.firstColumn));
      }
    }
    const part = parts[parts.length - 1];
    if (!part) {
      bad(row, "part", partText, "A, B, C…");
      continue;
    }
    const groupText = text("group");
    if (groupText !== "") {
      const match = GROUP.exec(groupText);
      if (!match) bad(row, "group", groupText, `${part.id}.1, ${part.id}.2…`);
      else {
        part.groups.push({ id: match[1].toUpperCase(), name: match[2].trim() || match[1], criteria: [] });
        pathCells.set(
          `parts[${parts.length - 1}].groups[${part.groups.length - 1}]`,
          cellAddress(row, columns.group ?? grid.firstColumn),
        );
      }
    }
    const group = part.groups[part.groups.length - 1];
    if (!group) {
      bad(row, "group", groupText, `${part.id}.1, ${part.id}.2…`);
      continue;
    }
    const criterionId = text("criterionId");
    if (criterionId !== "") {
      const name = text("criterionName");
      if (name === "") bad(row, "criterionName", name, labels.criterionName);
      const required = yesNoFromCell(grid.value(row, columns.required ?? -1));
      const marked = text("required");
      group.criteria.push({
        id: criterionId,
        name: name || criterionId,
        required: required === true || /^\(?\*\)?$/.test(marked),
        options: [],
        ...criterionDetails(text("decisionNumber"), text("criterionNotes")),
      });
      pathCells.set(
        `parts[${parts.length - 1}].groups[${part.groups.length - 1}].criteria[${group.criteria.length - 1}]`,
        cellAddress(row, columns.criterionId ?? grid.firstColumn),
      );
    }
    const criterion = group.criteria[group.criteria.length - 1];
    if (!criterion) {
      bad(row, "criterionId", criterionId, `${group.id}.1`);
      continue;
    }
    const option = text("option");
    const pointsValue = grid.value(row, columns.points ?? -1);
    const points =
      typeof pointsValue === "number"
        ? pointsValue
        : pointsValue === null || String(pointsValue).trim() === ""
          ? NaN
          : Number(String(pointsValue).trim().replace(",", "."));
    if (option === "") bad(row, "option", option, labels.option);
    if (!Number.isFinite(points)) bad(row, "points", pointsValue, "0, 1, 2…");
    const minStars = minStarsOf(grid.value(row, columns.minStars ?? -1));
    if (minStars === "bad") bad(row, "minStars", text("minStars"), "***, ****, *****");
    if (option !== "" && Number.isFinite(points)) {
      criterion.options.push({
        text: option,
        points,
        ...(minStars && minStars !== "bad" ? { minStars } : {}),
      });
      pathCells.set(
        `parts[${parts.length - 1}].groups[${part.groups.length - 1}].criteria[${group.criteria.length - 1}].options[${criterion.options.length - 1}]`,
        cellAddress(row, columns.option ?? grid.firstColumn),
      );
    }
  }
  if (rowsRead === 0) return { kind: "empty" };

  const doc = {
    format: "ocop-criteria/1",
    version: version.text,
    decision: field("decision").text || versionInfo?.decision || "",
    productSet: {
      code: field("productSetCode").text,
      name: field("productSetName").text,
      group: field("productSetGroup").text,
    },
    source: field("source").text || sheet,
    ...(field("notes").text ? { notes: field("notes").text } : {}),
    parts: parts.map((part) => ({
      ...part,
      // The sheet lists options, not part maxima: each part is worth its best options, and
      // checkSetBelongs holds that against the decision's part points.
      maxPoints: part.groups.reduce(
        (sum, group) =>
          sum +
          group.criteria.reduce(
            (s, c) => s + (c.options.length > 0 ? bestPoints({ ...c, options: c.options }) : 0),
            0,
          ),
        0,
      ),
    })),
  };
  const locate = (found: Issue): Issue => {
    if (found.cell) return found;
    const path = found.path ?? "";
    let cell: string | undefined;
    for (let cut = path; cut !== "" && !cell;) {
      cell = pathCells.get(cut);
      const shorter = cut.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
      if (shorter === cut) break;
      cut = shorter;
    }
    if (!cell && found.part) {
      const index = parts.findIndex((p) => p.id === found.part);
      cell = pathCells.get(`parts[${index}]`);
    }
    if (!cell && found.code === "criteria-duplicate-id" && found.path) cell = pathCells.get(found.path);
    if (!cell && found.code === "criteria-total-not-100") {
      // The total is off because a part is: name the first part whose points differ from the decision's.
      const off = doc.parts.findIndex(
        (p) => versionInfo?.parts.find((v) => v.id === p.id)?.maxPoints !== p.maxPoints,
      );
      cell = pathCells.get(`parts[${Math.max(0, off)}]`);
    }
    if (!cell && (found.code === "unknown-criteria-version" || found.path?.startsWith("version")))
      cell = version.cell;
    if (!cell && (found.code === "criteria-set-not-indexed" || found.path?.startsWith("productSet")))
      cell = field("productSetCode").cell;
    return { ...found, sheet, ...(cell ? { cell } : {}) };
  };
  if (issues.length > 0) return { kind: "failed", issues };
  const parsed = parseCriteriaSet(doc, "workbook");
  if (parsed.kind === "failed") return { kind: "failed", issues: parsed.issues.map(locate) };
  const belongs = checkSetBelongs(parsed.value, versions).map(locate);
  if (belongs.length > 0) return { kind: "failed", issues: belongs };
  return { kind: "ok", set: withSheetDetails(parsed.value, parts), issues: [] };
}
