import { criteriaOf, evaluateMemberSheet } from "../../domain";
import { cellAddress } from "../../workbook/cellAddress";
import type { WorkbookReading } from "../../workbook/parse/parseWorkbook";
import type { MemberProgress, ProductProgress } from "./paneCommands";

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * One member's column across every product sheet: how far they are, and the first empty score cell in
 * product order and then criterion order (the order the printed sheet reads).
 */
export function memberProgressOf(reading: WorkbookReading, memberId: string | undefined): MemberProgress {
  const { round, catalog, layout } = reading;
  const member = round.members.find((m) => m.id === memberId);
  if (!member) return { members: round.members, products: [] };
  let nextEmpty: MemberProgress["nextEmpty"];
  const products = round.products.map((product) => {
    const set = catalog.criteriaSet(round.criteriaVersion, product.productSet);
    const criteria = set ? criteriaOf(set) : [];
    const entries = round.scores[product.id]?.[member.id];
    const sheet = evaluateMemberSheet(
      set ?? {
        version: "",
        decision: "",
        productSet: { code: "", name: "", group: "" },
        source: "",
        synthetic: false,
        origin: "shipped",
        parts: [],
      },
      entries,
      { product: product.id, member: member.id },
    );
    const state: ProductProgress =
      !set || sheet.kind === "absent"
        ? "empty"
        : sheet.kind === "complete"
          ? "complete"
          : sheet.kind === "incomplete"
            ? "partial"
            : "invalid";
    const missing = criteria.filter((criterion) => blank(entries?.[criterion.id])).length;
    const place = layout.criteria[product.id];
    const column = place?.memberColumns[member.id];
    if (!nextEmpty && place && column !== undefined) {
      const empty = criteria.find(
        (criterion) => blank(entries?.[criterion.id]) && place.criterionRows[criterion.id] !== undefined,
      );
      if (empty) nextEmpty = { sheet: place.sheet, cell: cellAddress(place.criterionRows[empty.id], column) };
    }
    return { id: product.id, name: product.name, state, missing, criteria: criteria.length };
  });
  return { members: round.members, products, ...(nextEmpty ? { nextEmpty } : {}) };
}
