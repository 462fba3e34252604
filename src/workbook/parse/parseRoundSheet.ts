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
  const language = languageOf(grid);
  const fields = new RoundFields(grid, language);
  const level = fields.choice("councilLevel", (l) => l.levels, COUNCIL_LEVELS, "district");
  const name = fields.text("councilName") ?? "";
  const issuer = fields.text("issuer");
  const place = fields.text("place");
  const roundNumber = fields.text("roundNumber");
  const meeting = fields.date("date");
  const deadline = fields.date("deadline");
  const criteriaVersion = fields.text("criteriaVersion") ?? "";
  const policy = readPolicy(fields);
  fields.raw("language");
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
    policy,
    language,
    fieldCells: fields.fieldCells,
    issues: fields.issues,
  };
}

/** The workbook's language, from its field (Vietnamese when blank or unknown). */
function languageOf(grid: GridIndex): Language {
  const valueColumn = grid.column(columnId.field("value")) ?? ROUND_COLUMNS.value;
  const languageRow = grid.firstRow(rowId.field("language"));
  const languageCell = languageRow === undefined ? "" : grid.text(languageRow, valueColumn).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(languageCell) ? (languageCell as Language) : "vi";
}

function readPolicy(fields: RoundFields): Policy {
  const rounding = fields.choice("rounding", (l) => l.roundings, ROUNDING_POLICIES, DEFAULT_POLICY.rounding);
  const minMembers = fields.count("minMembers", DEFAULT_POLICY.minMembers, true);
  const divergencePoints = fields.count("divergencePoints", DEFAULT_POLICY.divergencePoints, false);
  const dossierBlocks = fields.yesNo("dossierBlocks", DEFAULT_POLICY.dossierBlocks);
  const minimumOptionReading = fields.choice(
    "minimumOptionReading",
    (l) => l.minimumOptionReadings,
    MINIMUM_OPTION_READINGS,
    DEFAULT_POLICY.minimumOptionReading,
  );
  return { rounding, minMembers, divergencePoints, dossierBlocks, minimumOptionReading };
}

/** Reads one Round field at a time, remembering where each was read and what was wrong with it. */
class RoundFields {
  readonly issues: Issue[] = [];
  readonly fieldCells: Partial<Record<RoundField, string>> = {};
  private readonly valueColumn: number;
  private readonly rowIdRows: Set<number>;
  // Messages name a field in the workbook's own language.
  private readonly labels: ReturnType<typeof sheetLabels>;

  constructor(
    private readonly grid: GridIndex,
    language: Language,
  ) {
    this.valueColumn = grid.column(columnId.field("value")) ?? ROUND_COLUMNS.value;
    this.rowIdRows = new Set(grid.rowIds.map((entry) => entry.row));
    this.labels = sheetLabels(language);
  }

  raw(field: RoundField): { value: ReturnType<GridIndex["value"]>; cell: string | undefined } {
    const { grid, valueColumn } = this;
    let row = grid.firstRow(rowId.field(field));
    if (row === undefined) {
      // The hidden row id was cleared (not moved): read the row where the plan put it, and say so.
      const planned = grid.idRow + ROUND_FIRST_FIELD_ROW + ROUND_FIELDS.indexOf(field);
      if (this.rowIdRows.has(planned) || grid.text(planned, grid.idColumn + ROUND_COLUMNS.label) === "")
        return { value: null, cell: undefined };
      row = planned;
      if (!this.fieldCells[field])
        this.issues.push(
          issue("hidden-id-altered", "warning", {
            sheet: grid.name,
            value: rowId.field(field),
            cell: cellAddress(row, grid.idColumn),
          }),
        );
    }
    const cell = cellAddress(row, valueColumn);
    this.fieldCells[field] = cell;
    return { value: grid.value(row, valueColumn), cell };
  }

  text(field: RoundField): string | undefined {
    const { value } = this.raw(field);
    if (value === null) return undefined;
    const typed = String(value).trim();
    return typed === "" ? undefined : typed;
  }

  date(field: RoundField): string | undefined {
    const { value, cell } = this.raw(field);
    if (typeof value === "number") {
      // Excel's dates end at 9999-12-31 (day 2958465); a number past it is no date, and no Date can hold it.
      if (Number.isFinite(value) && value >= 0 && value <= 2_958_465) return serialToIsoDate(value);
      this.invalid(field, value, cell, "dd/mm/yyyy");
      return undefined;
    }
    if (value === null || String(value).trim() === "") return undefined;
    // Older workbooks hold ISO text; a secretary may type 20/10/2026 into a cell Excel kept as text.
    const typed = String(value).trim();
    return isoDateFromTyped(typed) ?? typed;
  }

  choice<K extends string>(
    field: RoundField,
    pick: Parameters<typeof choiceFromLabel<K>>[0],
    codes: readonly K[],
    fallback: K,
  ): K {
    const { value, cell } = this.raw(field);
    if (value === null || String(value).trim() === "") return fallback;
    const found = choiceFromLabel(pick, String(value));
    if (found) return found;
    this.invalid(field, value, cell, codes.join(", "));
    return fallback;
  }

  count(field: RoundField, fallback: number, integer: boolean): number {
    const { value, cell } = this.raw(field);
    if (value === null || String(value).trim() === "") return fallback;
    const number = typeof value === "number" ? value : Number(String(value).trim().replace(",", "."));
    if (Number.isFinite(number) && number >= 0 && (!integer || Number.isInteger(number))) return number;
    this.invalid(field, value, cell, integer ? "0, 1, 2…" : "≥ 0");
    return fallback;
  }

  yesNo(field: RoundField, fallback: boolean): boolean {
    const { value, cell } = this.raw(field);
    const flag = yesNoFromCell(value);
    if (flag === "invalid") this.invalid(field, value, cell, `${this.labels.yes}, ${this.labels.no}`);
    else if (flag !== undefined) return flag;
    return fallback;
  }

  private invalid(field: RoundField, value: unknown, cell: string | undefined, expected: string): void {
    this.issues.push(
      issue("field-invalid", "error", {
        sheet: this.grid.name,
        cell,
        value: String(value),
        detail: this.labels.round[field],
        expected,
      }),
    );
  }
}
