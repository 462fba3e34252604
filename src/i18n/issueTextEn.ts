import type { IssueText } from "./issueText";
import { dayMonthYear } from "../domain/calendarDate";
import { show } from "./issueText";
import { controlLabels } from "./controlLabels";
import { setupSheetName } from "./setupSheetName";
import { enPastedIssues } from "./pastedIssues";
import { enProductSetIssues } from "./productSetIssues";

const c = controlLabels("en");

export const enIssues: IssueText = {
  "criteria-schema": {
    what: (i) => `Criteria data has the wrong shape at ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Fix that row to the template: part, group, criterion id, name, option, points.",
  },
  "criteria-duplicate-id": {
    what: (i) => `Id ${i.criterion} appears twice in the criteria set.`,
    fix: "Give each criterion its own id (like A.1.2); fix or remove the duplicate row.",
  },
  "criteria-id-mismatch": {
    what: (i) => `Id ${i.criterion} does not belong to ${i.expected}.`,
    fix: "A criterion id starts with its part and group (A.1.2 belongs to group A.1).",
  },
  "criteria-negative-points": {
    what: (i) => `Criterion ${i.criterion} has negative points (${show(i.value)}).`,
    fix: "Every option is worth 0 points or more.",
  },
  "criteria-part-sum": {
    what: (i) =>
      `Part ${i.part}: maximum says ${show(i.value)} but its criteria's best options add up to ${show(i.expected)}.`,
    fix: "Check the options' points against the decision's text.",
  },
  "criteria-total-not-100": {
    what: (i) => `The parts add up to ${show(i.value)} points, not ${show(i.expected)}.`,
    fix: "A criteria set totals 100 points; check each part's maximum.",
  },
  "criteria-part-unknown": {
    what: (i) => `Part ${i.part} is not in criteria version ${i.expected}.`,
    fix: "Use only the parts A, B, C of the chosen decision.",
  },
  "criteria-version-mismatch": {
    what: (i) => `Part ${i.part} is worth ${show(i.value)} points; the decision says ${show(i.expected)}.`,
    fix: "Check that the criteria set is for the chosen decision.",
  },
  "criteria-set-not-indexed": {
    what: (i) => `Product set ${show(i.value)} is not listed under decision ${i.expected}.`,
    fix: "Use a product set code from the decision's list.",
  },
  "version-schema": {
    what: (i) => `Decision file has the wrong shape at ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Fix the file to the ocop-version/1 format.",
  },
  "round-schema": {
    what: (i) => `Round file has the wrong shape at ${i.path ?? "?"}: ${i.expected ?? ""}`,
    fix: "Fix the file to the ocop-round/1 format.",
  },
  "unknown-criteria-version": {
    what: (i) =>
      i.value === undefined || i.value === null || String(i.value).trim() === ""
        ? "No criteria version (decision) is chosen for the round."
        : `Unknown criteria version ${show(i.value)}.`,
    fix: "Choose a supported decision: 1048/2019 or 148/2023.",
  },
  "unknown-product-set": {
    what: (i) => `Product ${i.product}: product set ${show(i.value)} is not part of decision ${i.expected}.`,
    fix: "Pick the product set from the drop-down on the Products sheet; the full list is under Settings → Criteria, or run ocop sets (e.g. ocop sets 26/2026).",
  },
  "criteria-sheet-missing": {
    what: (i) =>
      i.detail === "draft"
        ? `Product ${i.product}: the decision prints set ${show(i.value)} with points missing (needs points); it cannot be scored yet.`
        : `Product ${i.product}: no criteria sheet for product set ${show(i.value)} yet.`,
    fix: "Click Add criteria set (or run ocop criteria sheet), then paste the decision's criteria table, or fill the empty points cells, on the Criteria set sheet and validate again.",
  },
  "duplicate-product-id": {
    what: (i) => `Product id ${i.product} is used twice.`,
    fix: "Give each product its own id on the Products sheet.",
  },
  "duplicate-member-id": {
    what: (i) => `Member id ${i.member} is used twice.`,
    fix: "Give each member its own id on the Council sheet.",
  },
  "unknown-product": {
    what: (i) => `There are scores for product ${i.product}, which is not on the list.`,
    fix: "Add the product to the Products sheet or remove its scores.",
  },
  "unknown-member": {
    what: (i) => `Product ${i.product}: scores from member ${i.member}, who is not on the council.`,
    fix: "Add the member to the Council sheet or remove that column.",
  },
  "unknown-criterion": {
    what: (i) => `Product ${i.product}, member ${i.member}: criterion ${i.criterion} is not on the sheet.`,
    fix: "Do not add or rename criterion rows; re-insert the sheet if its structure was edited.",
  },
  "score-not-a-number": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: ${show(i.value)} is not a score.`,
    fix: "Pick a score from the drop-down list.",
  },
  "score-not-allowed": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: ${show(i.value)} is not an option's points (allowed: ${i.expected}).`,
    fix: "Pick a score from the drop-down list.",
  },
  "member-incomplete": {
    what: (i) =>
      `Product ${i.product}: member ${i.member} scored ${Number(i.expected) - Number(i.detail)} of ${i.expected} criteria (first missing: ${i.criterion}).`,
    fix: "Score every criterion, or clear the whole column if the member does not score this product.",
  },
  "too-few-members": {
    what: (i) =>
      `Product ${i.product}: ${show(i.value)} members scored it completely; at least ${show(i.expected)} needed.`,
    fix: "Wait for more members, or change the minimum on the Round sheet.",
  },
  "member-divergent": {
    what: (i) =>
      `Product ${i.product}: member ${i.member} gave ${show(i.value)} points, more than ${show(i.expected)} from the council's middle total (${show(i.detail)}).`,
    fix: "The council reviews this member's sheet (the middle is the median of the members' totals; with two members, the other's total); the score still counts.",
  },
  "required-criterion-zero": {
    what: (i) =>
      `Product ${i.product}: required criterion ${i.criterion} scored 0, so stars are capped at ${show(i.expected)}.`,
    fix: "Check the required criterion against the product's dossier.",
  },
  "star-minimum-not-met": {
    what: (i) =>
      `Product ${i.product}: criterion ${i.criterion} did not reach the option "${i.option ?? ""}" (${show(i.expected)} points), the minimum for ${show(i.stars)} stars; ${i.detail === "every-member" ? "the lowest member's points" : "the members' mean"} is ${show(i.value)}. Stars are capped at ${Number(i.stars) - 1}.`,
    fix: "The council checks this criterion against the dossier; if it stands, the product is rated lower (26/2026 star marks).",
  },
  "council-level-not-allowed": {
    what: (i) => `This criteria version has no ${show(i.value)} council; only: ${i.expected ?? ""}.`,
    fix: "Choose the province or national level on the Round sheet, or criteria version 148/2023 for dossiers filed before 22/5/2026.",
  },
  "version-not-in-force": {
    what: (i) =>
      `The meeting date ${dayMonthYear(String(i.detail ?? ""))} is outside the term of criteria version ${show(i.value)}${i.expected ? `; on that day ${i.expected} applies` : ""}.`,
    fix: "Check the meeting date and criteria version on the Round sheet; keep the older version only for dossiers the transition allows.",
  },
  "dossier-incomplete": {
    what: (i) => `Product ${i.product}: the dossier lacks mandatory items (${i.value}).`,
    fix: "Add the documents and tick them on the Products sheet.",
  },
  "setup-sheet-missing": {
    what: (i) => `The round's "${setupSheetName(i.detail, "en")}" sheet is missing.`,
    fix: `Press "${c.setUpRound}" on the "${c.setupTab}" tab to recreate it; scored criteria sheets are kept.`,
  },
  "field-invalid": {
    what: (i) => `${show(i.value)} is not a valid ${i.detail ?? "value"}; use one of: ${i.expected ?? ""}.`,
    fix: "Pick a value from the cell's drop-down list.",
  },
  "table-row-without-id": {
    what: () => `This row has data but no id.`,
    fix: "Type an id (product or member) for the row, or delete the row.",
  },
  "product-sheet-missing": {
    what: (i) => `Product ${i.product} has no criteria sheet yet.`,
    fix: `Press "${c.insertCriteria}" on the "${c.setupTab}" tab to add it.`,
  },
  "product-sheet-orphan": {
    what: (i) => `There is a criteria sheet for product ${i.product}, which is not on the list.`,
    fix: "Add the product back on the Products sheet, or delete this sheet; it is not counted.",
  },
  "sheet-duplicated": {
    what: (i) => `This sheet copies criteria sheet ${show(i.detail)}; only the first one is read.`,
    fix: "Delete the copy and enter scores on the original sheet.",
  },
  "hidden-id-altered": {
    what: (i) => `Hidden id ${show(i.value)} was edited.`,
    fix: "Undo the change in hidden column A / row 1, or insert the sheet again (entries are kept).",
  },
  "criterion-row-missing": {
    what: (i) => `Product ${i.product}: the sheet has no row for criterion ${i.criterion} (deleted?).`,
    fix: `Press "${c.insertCriteria}" on the "${c.setupTab}" tab to redraw the sheet; entries are kept.`,
  },
  "criterion-row-unknown": {
    what: (i) =>
      `Product ${i.product}: a row's criterion id ${show(i.criterion)} is not in the criteria set.`,
    fix: "Do not edit the hidden ids of criterion rows; insert the sheet again if its structure was edited.",
  },
  "criterion-row-duplicated": {
    what: (i) =>
      `Product ${i.product}: criterion ${i.criterion} appears twice (copied row?); the second is not read.`,
    fix: "Delete the copied row and enter the score on the original one.",
  },
  "criterion-row-inserted": {
    what: (i) =>
      `Product ${i.product}: scores on an inserted row that belongs to no criterion are not counted.`,
    fix: "Enter the score on the criterion's own row and delete the inserted row.",
  },
  "criterion-rows-moved": {
    what: (i) =>
      `Product ${i.product}: criterion rows were reordered; scores still read right but the sheet's part subtotals may be wrong.`,
    fix: `Press "${c.insertCriteria}" on the "${c.setupTab}" tab to redraw the sheet in order; entries are kept.`,
  },
  "member-column-unknown": {
    what: (i) =>
      `Product ${i.product}: a score column ${i.member ? `for ${show(i.member)} ` : ""}belongs to no council member; its scores are not counted.`,
    fix: "Add the member on the Council sheet and insert the sheets again instead of adding a column by hand.",
  },
  "member-column-missing": {
    what: (i) =>
      `Product ${i.product}: the sheet has no column for member ${i.member}; they count as not scoring.`,
    fix: `Press "${c.insertCriteria}" on the "${c.setupTab}" tab to add the column; entries are kept.`,
  },
  "member-column-duplicated": {
    what: (i) => `Product ${i.product}: member ${i.member} has two score columns; the second is not read.`,
    fix: "Delete the copied column.",
  },
  "formula-overwritten": {
    what: () => `This cell's formula was overwritten by a value; the add-in recomputes it anyway.`,
    fix: "Undo, or insert the sheet again to restore its formulas; entries are kept.",
  },
  "score-number-as-text": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: ${show(i.value)} is a number stored as text.`,
    fix: "Pick the score again from the drop-down list (or format the cell as a number).",
  },
  "score-decimal-comma": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: ${show(i.value)} uses a decimal comma and is not read as a number.`,
    fix: "Pick a score from the drop-down list.",
  },
  "score-date": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: ${show(i.value)} was taken as a date.`,
    fix: "Clear the cell, then pick a score from the drop-down list.",
  },
  "score-error-value": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: the cell shows the error ${show(i.value)}.`,
    fix: "Clear the cell, then pick a score from the drop-down list.",
  },
  "score-formula": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: the score cell holds the formula ${show(i.value)} instead of a picked score.`,
    fix: "Delete the formula and pick a score from the drop-down list; each member scores on their own.",
  },
  "criteria-cell-invalid": {
    what: (i) =>
      `Criteria set: ${show(i.value)} is not valid in column ${i.detail ?? ""} (expected: ${i.expected ?? ""}).`,
    fix: "Fix the cell to the template: part, group, criterion id, name, option, points.",
  },
  "copy-conflict": {
    what: (i) =>
      `Product ${i.product}, member ${i.member}, criterion ${i.criterion}: the member's copy says ${show(i.value)}, the main workbook ${show(i.expected)}; the main workbook's value is kept.`,
    fix: "Agree with the member, then correct the main workbook directly.",
  },
  "copy-not-for-member": {
    what: (i) => `${show(i.detail)} is not a member's copy for this council.`,
    fix: "Choose a file exported for a member from this round.",
  },
  "result-stale": {
    what: (i) =>
      `The result sheet is out of date: scores, products, members or the policy changed after it was computed at ${i.value}.`,
    fix: `Press "${c.compute}" on the "${c.computeTab}" tab again before the council signs.`,
  },
  ...enPastedIssues,
  ...enProductSetIssues,
};
