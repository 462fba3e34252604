import {
  COUNCIL_LEVELS,
  DEFAULT_POLICY,
  issue,
  MINIMUM_OPTION_READINGS,
  ROUNDING_POLICIES,
  type Council,
  type Issue,
  type Policy,
} from "../../domain";
import { LANGUAGES, type Language } from "../../i18n/language";
import { choiceFromLabel, sheetLabels, yesNoFromCell } from "../../i18n/sheetLabels";
import { cellAddress } from "../cellAddress";
import { columnId, rowId } from "../hiddenIds";
import { ROUND_COLUMNS, ROUND_FIELDS, ROUND_FIRST_FIELD_ROW, type RoundField } from "../plan/roundSheet";
import type { GridIndex } from "./gridIndex";
import { isoDateFromTyped } from "../../domain/calendarDate";
import { serialToIsoDate } from "./scoreCell";

/** What the Round sheet says, with defaults where a field is blank. */
export interface RoundSheetReading {
  readonly council: Council;
  readonly criteriaVersion: string;
  readonly roundNumber?: string;
  readonly deadline?: string;
  readonly policy: Policy;
  readonly language: Language;
  readonly fieldCells: Readonly<Partial<Record<RoundField, string>>>;
  readonly issues: readonly Issue[];
}

/** Reads the Round sheet by its field ids; a value a drop-down would refuse becomes an issue on its cell. */
export function parseRoundSheet(grid: GridIndex): RoundSheetReading {
  const issues: Issue[] = [];
  const valueColumn = grid.column(columnId.field("value")) ?? ROUND_COLUMNS.value;
  const languageRow = grid.firstRow(rowId.field("language"));
  const languageCell = languageRow === undefined ? "" : grid.text(languageRow, valueColumn).toLowerCase();
  const language: Language = (LANGUAGES as readonly string[]).includes(languageCell)
    ? (languageCell as Language)
    : "vi";
  // Messages name a field in the workbook's own language.
  const labels = sheetLabels(language);
  const fieldCells: Partial<Record<RoundField, string>> = {};
  const rowIdRows = new Set(grid.rowIds.map((entry) => entry.row));
  const raw = (field: RoundField) => {
    let row = grid.firstRow(rowId.field(field));
    if (row === undefined) {
      // The hidden row id was cleared (not moved): read the row where the plan put it, and say so.
      const planned = grid.idRow + ROUND_FIRST_FIELD_ROW + ROUND_FIELDS.indexOf(field);
      if (rowIdRows.has(planned) || grid.text(planned, grid.idColumn + ROUND_COLUMNS.label) === "")
        return { value: null, cell: undefined };
      row = planned;
      if (!fieldCells[field])
        issues.push(
          issue("hidden-id-altered", "warning", {
            sheet: grid.name,
            value: rowId.field(field),
            cell: cellAddress(row, grid.idColumn),
          }),
        );
    }
    const cell = cellAddress(row, valueColumn);
    fieldCells[field] = cell;
    return { value: grid.value(row, valueColumn), cell };
  };
  const invalid = (field: RoundField, value: unknown, cell: string | undefined, expected: string) =>
    issues.push(
      issue("field-invalid", "error", {
        sheet: grid.name,
        cell,
        value: String(value),
        detail: labels.round[field],
        expected,
      }),
    );
  const text = (field: RoundField): string | undefined => {
    const { value } = raw(field);
    if (value === null) return undefined;
    const typed = String(value).trim();
    return typed === "" ? undefined : typed;
  };
  const date = (field: RoundField): string | undefined => {
    const { value, cell } = raw(field);
    if (typeof value === "number") {
      // Excel's dates end at 9999-12-31 (day 2958465); a number past it is no date, and no Date can hold it.
      if (Number.isFinite(value) && value >= 0 && value <= 2_958_465) return serialToIsoDate(value);
      invalid(field, value, cell, "dd/mm/yyyy");
      return undefined;
    }
    if (value === null || String(value).trim() === "") return undefined;
    // Older workbooks hold ISO text; a secretary may type 20/10/2026 into a cell Excel kept as text.
    const typed = String(value).trim();
    return isoDateFromTyped(typed) ?? typed;
  };
  const choice = <K extends string>(
    field: RoundField,
    pick: Parameters<typeof choiceFromLabel<K>>[0],
    codes: readonly K[],
    fallback: K,
  ): K => {
    const { value, cell } = raw(field);
    if (value === null || String(value).trim() === "") return fallback;
    const found = choiceFromLabel(pick, String(value));
    if (found) return found;
    invalid(field, value, cell, codes.join(", "));
    return fallback;
  };
  const count = (field: RoundField, fallback: number, integer: boolean): number => {
    const { value, cell } = raw(field);
    if (value === null || String(value).trim() === "") return fallback;
    const number = typeof value === "number" ? value : Number(String(value).trim().replace(",", "."));
    if (Number.isFinite(number) && number >= 0 && (!integer || Number.isInteger(number))) return number;
    invalid(field, value, cell, integer ? "0, 1, 2…" : "≥ 0");
    return fallback;
  };

  const level = choice("councilLevel", (l) => l.levels, COUNCIL_LEVELS, "district");
  const name = text("councilName") ?? "";
  const issuer = text("issuer");
  const place = text("place");
  const roundNumber = text("roundNumber");
  const meeting = date("date");
  const deadline = date("deadline");
  const criteriaVersion = text("criteriaVersion") ?? "";
  const rounding = choice("rounding", (l) => l.roundings, ROUNDING_POLICIES, DEFAULT_POLICY.rounding);
  const minMembers = count("minMembers", DEFAULT_POLICY.minMembers, true);
  const divergencePoints = count("divergencePoints", DEFAULT_POLICY.divergencePoints, false);
  const blocks = raw("dossierBlocks");
  let dossierBlocks = DEFAULT_POLICY.dossierBlocks;
  const flag = yesNoFromCell(blocks.value);
  if (flag === "invalid") invalid("dossierBlocks", blocks.value, blocks.cell, `${labels.yes}, ${labels.no}`);
  else if (flag !== undefined) dossierBlocks = flag;
  const minimumOptionReading = choice(
    "minimumOptionReading",
    (l) => l.minimumOptionReadings,
    MINIMUM_OPTION_READINGS,
    DEFAULT_POLICY.minimumOptionReading,
  );
  raw("language");
  return {
    council: {
      level,
      name,
      ...(meeting ? { date: meeting } : {}),
      ...(issuer ? { issuer } : {}),
      ...(place ? { place } : {}),
    },
    criteriaVersion,
    ...(roundNumber ? { roundNumber } : {}),
    ...(deadline ? { deadline } : {}),
    policy: { rounding, minMembers, divergencePoints, dossierBlocks, minimumOptionReading },
    language,
    fieldCells,
    issues,
  };
}
