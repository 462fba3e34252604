import type { IssueText } from "./issueText";
import { show } from "./issueText";

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
    what: (i) => `Unknown criteria version ${show(i.value)}.`,
    fix: "Choose a supported decision: 1048/2019 or 148/2023.",
  },
  "unknown-product-set": {
    what: (i) => `Product ${i.product}: product set ${show(i.value)} is not part of decision ${i.expected}.`,
    fix: "Correct the product set code on the Products sheet.",
  },
  "criteria-sheet-missing": {
    what: (i) => `Product ${i.product}: no criteria sheet for product set ${show(i.value)} yet.`,
    fix: "Type the official criteria into the Criteria set sheet, then validate again.",
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
      `Product ${i.product}: member ${i.member} gave ${show(i.value)} points, more than ${show(i.expected)} from the others' mean (${show(i.detail)}).`,
    fix: "The council reviews this member's sheet; the score still counts.",
  },
  "required-criterion-zero": {
    what: (i) =>
      `Product ${i.product}: required criterion ${i.criterion} scored 0, so stars are capped at ${show(i.expected)}.`,
    fix: "Check the required criterion against the product's dossier.",
  },
  "dossier-incomplete": {
    what: (i) => `Product ${i.product}: the dossier lacks mandatory items (${i.value}).`,
    fix: "Add the documents and tick them on the Products sheet.",
  },
};
