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

type Field = { text: string; cell?: string };
type Columns = Partial<Record<CriteriaSetColumn, number>>;

/** What the table reader shares between its steps: the grid, where each column is, the issues found. */
interface TableReader {
  readonly grid: GridIndex;
  readonly columns: Columns;
  readonly versionInfo: CriteriaVersion | undefined;
  readonly parts: DraftPart[];
  /** Where each draft path (parts[0].groups[1]…) was read, so an issue found later names its cell. */
  readonly pathCells: Map<string, string>;
  readonly bad: (row: number, column: CriteriaSetColumn, value: unknown, expected: string) => void;
  readonly labels: ReturnType<typeof sheetLabels>["criteriaSet"];
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
  const field = (name: CriteriaSetField): Field => headerField(grid, name);
  const columns = tableColumns(grid);
  const header = grid.firstRow(rowId.header) ?? CRITERIA_SET_HEADER_ROW;
  const version = field("version");
  // The decision's own table pasted as it is: read it the way the decision prints it.
  if (holdsPastedTable(grid, header, columns.criterionId))
    return readPastedSheet(
      grid,
      header,
      {
        version,
        code: field("productSetCode").text,
        name: field("productSetName").text,
        group: field("productSetGroup").text,
      },
      versions,
    );
  const issues: Issue[] = [];
  const reader = tableReader(
    grid,
    columns,
    versions.find((v) => v.id === version.text),
    issues,
    language,
  );
  if (readTableRows(reader, header) === 0) return { kind: "empty" };
  const doc = draftDocument(reader, field, version.text);
  if (issues.length > 0) return { kind: "failed", issues };
  const locate = issueLocator(reader, doc.parts, field);
  const parsed = parseCriteriaSet(doc, "workbook");
  if (parsed.kind === "failed") return { kind: "failed", issues: parsed.issues.map(locate) };
  const belongs = checkSetBelongs(parsed.value, versions).map(locate);
  if (belongs.length > 0) return { kind: "failed", issues: belongs };
  return { kind: "ok", set: withSheetDetails(parsed.value, reader.parts), issues: [] };
}

/** A header-block field: the first filled cell right of its label, or the cell where it should be typed. */
function headerField(grid: GridIndex, name: CriteriaSetField): Field {
  const row = grid.firstRow(rowId.field(name));
  if (row === undefined) return { text: "" };
  for (let column = grid.firstColumn + 1; column < grid.columnCount; column += 1) {
    const text = grid.text(row, column);
    if (text !== "") return { text, cell: cellAddress(row, column) };
  }
  return { text: "", cell: cellAddress(row, grid.firstColumn + 1) };
}

function tableColumns(grid: GridIndex): Columns {
  const columns: Columns = {};
  for (const name of CRITERIA_SET_COLUMNS) columns[name] = grid.column(columnId.field(name));
  return columns;
}

function tableReader(
  grid: GridIndex,
  columns: Columns,
  versionInfo: CriteriaVersion | undefined,
  issues: Issue[],
  language: Language,
): TableReader {
  const labels = sheetLabels(language).criteriaSet;
  const bad = (row: number, column: CriteriaSetColumn, value: unknown, expected: string) =>
    issues.push(
      issue("criteria-cell-invalid", "error", {
        sheet: grid.name,
        cell: cellAddress(row, columns[column] ?? grid.firstColumn),
        value: value === null || value === undefined ? "" : String(value),
        detail: labels[column],
        expected,
      }),
    );
  return { grid, columns, versionInfo, parts: [], pathCells: new Map(), bad, labels };
}

/** Reads every non-blank row below the header into the draft parts; returns how many rows it read. */
function readTableRows(reader: TableReader, header: number): number {
  const used = Object.values(reader.columns).filter((c): c is number => c !== undefined);
  let rowsRead = 0;
  for (let row = header + 1; row < reader.grid.rowCount; row += 1) {
    if (reader.grid.isBlankRow(row, used)) continue;
    rowsRead += 1;
    const part = readPart(reader, row);
    const group = part && readGroup(reader, row, part);
    const criterion = group && readCriterion(reader, row, group);
    if (criterion) readOption(reader, row, criterion);
  }
  return rowsRead;
}

const cellText = (reader: TableReader, row: number, column: CriteriaSetColumn): string =>
  reader.grid.text(row, reader.columns[column]);

function remember(reader: TableReader, path: string, row: number, column: CriteriaSetColumn): void {
  reader.pathCells.set(path, cellAddress(row, reader.columns[column] ?? reader.grid.firstColumn));
}

/** A filled part cell opens a new part; a blank one continues the part above. */
function readPart(reader: TableReader, row: number): DraftPart | undefined {
  const { parts } = reader;
  const partText = cellText(reader, row, "part");
  if (partText !== "") {
    const match = PART.exec(partText);
    if (!match) reader.bad(row, "part", partText, "A, B, C…");
    else {
      const id = match[1].toUpperCase();
      const name = match[2].trim() || reader.versionInfo?.parts.find((p) => p.id === id)?.name || id;
      parts.push({ id, name, groups: [] });
      remember(reader, `parts[${parts.length - 1}]`, row, "part");
    }
  }
  const part = parts[parts.length - 1];
  if (!part) reader.bad(row, "part", partText, "A, B, C…");
  return part;
}

function readGroup(reader: TableReader, row: number, part: DraftPart): DraftGroup | undefined {
  const groupText = cellText(reader, row, "group");
  if (groupText !== "") {
    const match = GROUP.exec(groupText);
    if (!match) reader.bad(row, "group", groupText, `${part.id}.1, ${part.id}.2…`);
    else {
      part.groups.push({ id: match[1].toUpperCase(), name: match[2].trim() || match[1], criteria: [] });
      remember(reader, `${lastPath(reader)}.groups[${part.groups.length - 1}]`, row, "group");
    }
  }
  const group = part.groups[part.groups.length - 1];
  if (!group) reader.bad(row, "group", groupText, `${part.id}.1, ${part.id}.2…`);
  return group;
}

function readCriterion(reader: TableReader, row: number, group: DraftGroup): DraftCriterion | undefined {
  const text = (column: CriteriaSetColumn) => cellText(reader, row, column);
  const criterionId = text("criterionId");
  if (criterionId !== "") {
    const name = text("criterionName");
    if (name === "") reader.bad(row, "criterionName", name, reader.labels.criterionName);
    const required = yesNoFromCell(reader.grid.value(row, reader.columns.required ?? -1));
    group.criteria.push({
      id: criterionId,
      name: name || criterionId,
      required: required === true || /^\(?\*\)?$/.test(text("required")),
      options: [],
      ...criterionDetails(text("decisionNumber"), text("criterionNotes")),
    });
    remember(reader, `${lastPath(reader, 2)}.criteria[${group.criteria.length - 1}]`, row, "criterionId");
  }
  const criterion = group.criteria[group.criteria.length - 1];
  if (!criterion) reader.bad(row, "criterionId", criterionId, `${group.id}.1`);
  return criterion;
}

function readOption(reader: TableReader, row: number, criterion: DraftCriterion): void {
  const option = cellText(reader, row, "option");
  const pointsValue = reader.grid.value(row, reader.columns.points ?? -1);
  const points = pointsOf(pointsValue);
  if (option === "") reader.bad(row, "option", option, reader.labels.option);
  if (!Number.isFinite(points)) reader.bad(row, "points", pointsValue, "0, 1, 2…");
  const minStars = minStarsOf(reader.grid.value(row, reader.columns.minStars ?? -1));
  if (minStars === "bad") reader.bad(row, "minStars", cellText(reader, row, "minStars"), "***, ****, *****");
  if (option !== "" && Number.isFinite(points)) {
    criterion.options.push({ text: option, points, ...(minStars && minStars !== "bad" ? { minStars } : {}) });
    const path = `${lastPath(reader, 3)}.options[${criterion.options.length - 1}]`;
    remember(reader, path, row, "option");
  }
}

/** Points typed as a number, or as text with a decimal comma; NaN when blank or not a number. */
function pointsOf(value: unknown): number {
  if (typeof value === "number") return value;
  if (value === null || value === undefined || String(value).trim() === "") return NaN;
  return Number(String(value).trim().replace(",", "."));
}

/** The draft path of the last part (depth 1), its last group (2) or that group's last criterion (3). */
function lastPath(reader: TableReader, depth = 1): string {
  const part = reader.parts[reader.parts.length - 1];
  let path = `parts[${reader.parts.length - 1}]`;
  if (depth < 2) return path;
  const group = part.groups[part.groups.length - 1];
  path += `.groups[${part.groups.length - 1}]`;
  if (depth < 3) return path;
  return `${path}.criteria[${group.criteria.length - 1}]`;
}

type DraftDocument = ReturnType<typeof draftDocument>;

/** The drafts as an ocop-criteria/1 document, so the sheet goes through the same checks as shipped data. */
function draftDocument(reader: TableReader, field: (name: CriteriaSetField) => Field, version: string) {
  return {
    format: "ocop-criteria/1",
    version,
    decision: field("decision").text || reader.versionInfo?.decision || "",
    productSet: {
      code: field("productSetCode").text,
      name: field("productSetName").text,
      group: field("productSetGroup").text,
    },
    source: field("source").text || reader.grid.name,
    ...(field("notes").text ? { notes: field("notes").text } : {}),
    parts: reader.parts.map((part) => ({
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
}

/** Gives an issue found on the document the sheet and cell it was read from. */
function issueLocator(
  reader: TableReader,
  docParts: DraftDocument["parts"],
  field: (name: CriteriaSetField) => Field,
): (found: Issue) => Issue {
  const { pathCells, parts, versionInfo } = reader;
  return (found) => {
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
      const off = docParts.findIndex(
        (p) => versionInfo?.parts.find((v) => v.id === p.id)?.maxPoints !== p.maxPoints,
      );
      cell = pathCells.get(`parts[${Math.max(0, off)}]`);
    }
    if (!cell && (found.code === "unknown-criteria-version" || found.path?.startsWith("version")))
      cell = field("version").cell;
    if (!cell && (found.code === "criteria-set-not-indexed" || found.path?.startsWith("productSet")))
      cell = field("productSetCode").cell;
    return { ...found, sheet: reader.grid.name, ...(cell ? { cell } : {}) };
  };
}
