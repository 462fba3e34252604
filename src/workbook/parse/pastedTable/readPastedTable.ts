import {
  checkSetBelongs,
  criteriaDocument,
  parseCriteriaSet,
  type CriteriaSet,
  type Issue,
} from "../../../domain";
import { gapIssues, issueAt, shapeIssues, totalsIssues } from "./checkPastedTable";
import { pairPastedPoints } from "./pairPastedPoints";
import { pastedCriteriaSet, type PastedTableContext } from "./pastedCriteriaSet";
import { pastedLines, type PastedGrid } from "./pastedLines";
import { pastedOutline } from "./pastedOutline";

export type PastedTableReading =
  | {
      readonly kind: "ok";
      readonly set: CriteriaSet;
      /** The same set as an `ocop-criteria/1` document. */
      readonly document: Record<string, unknown>;
    }
  | { readonly kind: "failed"; readonly issues: readonly Issue[] };

/**
 * Reads a decision's criteria table as Excel holds it after a paste (or as a tab-separated file): the
 * result is exactly the decision's set, or a refusal whose every issue names the cell and what is wrong.
 * Pure: the sheet, the command line and the tests hand it rows of cells.
 */
export function readPastedTable(grid: PastedGrid, context: PastedTableContext): PastedTableReading {
  const at = issueAt(context.sheet);
  const outline = pastedOutline(pastedLines(grid));
  const shape = shapeIssues(outline, at, {
    rowCount: grid.rows.length,
    origin: { row: grid.top ?? 0, column: grid.left ?? 0 },
  });
  if (shape.length > 0) return { kind: "failed", issues: shape };
  const gaps = gapIssues(pairPastedPoints(outline.slots, outline.values), at);
  if (gaps.length > 0) return { kind: "failed", issues: gaps };
  const totals = totalsIssues(outline, context.version, at);
  if (totals.length > 0) return { kind: "failed", issues: totals };
  const set = pastedCriteriaSet(outline, context);
  const document = criteriaDocument(set);
  // The same checks as shipped data, so a pasted set is never looser than a shipped one.
  const parsed = parseCriteriaSet(document, "workbook");
  const checked = parsed.kind === "failed" ? parsed.issues : checkSetBelongs(set, [context.version]);
  if (checked.length > 0) {
    const where = outline.parts[0].line.cell;
    return { kind: "failed", issues: checked.map((found) => ({ ...found, ...at(found.code, where) })) };
  }
  return { kind: "ok", set, document };
}

/** A tab-separated text as the rows Excel would hold after pasting it at A1. */
export function tsvRows(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}
