import type { RoundResult } from "../domain";
import { documentLabels } from "../i18n/documentLabels";
import { sheetLabels } from "../i18n/sheetLabels";
import { sheetKey } from "../workbook/hiddenIds";
import { planMemberScoresSheet } from "../workbook/plan/memberScoresSheet";
import { planMinutesSheet } from "../workbook/plan/minutesSheet";
import { planProposalListSheet, type ProposalList } from "../workbook/plan/proposalListSheet";
import { planResultSheet } from "../workbook/plan/resultSheet";
import { keepUserRows } from "../workbook/plan/keepUserRows";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { WorkbookSession } from "./workbookSession";

export interface DocumentFacts {
  readonly result: RoundResult;
  readonly fingerprint: string;
  /** ISO time these inputs were first computed. */
  readonly computedAt: string;
}

/**
 * The papers a compute writes (and rewrites): Kết quả, its annex Bảng điểm thành viên, Biên bản họp Hội
 * đồng and the two Danh sách đề nghị. Their language is the round's (the Round sheet's language field),
 * whatever language the person running compute reads messages in. Kết quả comes first: its name is the
 * one a compute reports. Rows a user typed under a paper move down when it grows (keepUserRows).
 */
export function documentPlans(session: WorkbookSession, facts: DocumentFacts): SheetPlan[] {
  const { round, catalog } = session.reading;
  const language = session.reading.language;
  const names = { ...sheetLabels(language).sheetNames, ...documentLabels(language).sheetNames };
  const version = catalog.version(round.criteriaVersion);
  const placed = (key: string, wanted: string) => {
    const name = session.nameFor(key, wanted);
    return { name, previous: session.extentOf(name) };
  };
  const common = { round, result: facts.result, language, version, computedAt: facts.computedAt };
  const list = (which: ProposalList) =>
    planProposalListSheet({
      ...common,
      ...placed(sheetKey.proposals(which), which === "recognition" ? names.recognition : names.upward),
      list: which,
      productSetNames: productSetNames(session),
    });
  const plans = [
    planResultSheet({
      ...common,
      ...placed(sheetKey.result, names.result),
      fingerprint: facts.fingerprint,
    }),
    planMemberScoresSheet({ ...common, ...placed(sheetKey.memberScores, names.memberScores) }),
    planMinutesSheet({ ...common, ...placed(sheetKey.minutes, names.minutes) }),
    list("recognition"),
    list("upward"),
  ];
  return plans.map((plan) => keepUserRows(plan, session.gridOf(plan.name), session.extentOf(plan.name)));
}

function productSetNames(session: WorkbookSession): Record<string, string> {
  const { round, catalog } = session.reading;
  const names: Record<string, string> = {};
  for (const product of round.products) {
    const set = catalog.criteriaSet(round.criteriaVersion, product.productSet);
    if (set) names[product.productSet] = set.productSet.name;
  }
  return names;
}
