import { certificateExpiry, type CertificateEntry } from "../domain/certificate";
import type { CouncilLevel, Member, Product, Round } from "../domain";
import type { Language } from "../i18n/language";
import { registerLabels } from "../i18n/chainText";
import {
  findRegisterGrid,
  parseRegisterSheet,
  type RegisterReading,
} from "../workbook/parse/parseRegisterSheet";
import { planRegisterSheet, REGISTER_HEADER_ROW } from "../workbook/plan/registerSheet";
import { safeSheetName } from "../workbook/plan/sheetName";
import type { WorkbookPort } from "../workbook/port";
import { resultProblem, type ComputedRound } from "./readComputedRound";

export type RegisterRefusalReason =
  "no-round" | "no-result" | "stale-result" | "already-added" | "nothing-recognised";

export type AddToRegisterOutcome =
  | { readonly kind: "added"; readonly sheet: string; readonly entries: readonly CertificateEntry[] }
  | { readonly kind: "refused"; readonly reason: RegisterRefusalReason; readonly detail?: string };

export interface Decision {
  /** Số quyết định ("Số 123/QĐ-UBND") and its date (YYYY-MM-DD). */
  readonly number: string;
  readonly date: string;
}

/** The register's lines as they stand (none for a workbook without a register sheet). */
export async function readRegister(port: WorkbookPort): Promise<RegisterReading | undefined> {
  const grid = findRegisterGrid(await port.readSheets());
  return grid ? parseRegisterSheet(grid) : undefined;
}

/**
 * `ocop register add`: appends the products the round's council recognised (engine's result, which must
 * be the result sheet's own: present and fresh) with the decision and the certificate's expiry. The same
 * computed round (same inputs' fingerprint) is added once; lines already there are never rewritten.
 */
export async function addToRegister(
  register: WorkbookPort,
  computed: ComputedRound,
  decision: Decision,
  language: Language,
): Promise<AddToRegisterOutcome> {
  const refusal = refusalOf(computed);
  if (refusal) return refusal;
  const existing = await readRegister(register);
  const roundKey = computed.assessment.fingerprint;
  const repeat = existing?.entries.find((entry) => entry.roundKey === roundKey);
  if (repeat) return { kind: "refused", reason: "already-added", detail: repeat.decision };
  const entries = recognisedEntries(computed, decision);
  if (entries.length === 0) return { kind: "refused", reason: "nothing-recognised" };
  const sheet = existing?.sheet ?? safeSheetName(registerLabels(language).sheetName, new Set());
  await register.writeSheets([
    planRegisterSheet({
      name: sheet,
      language,
      entries,
      firstRow: existing?.nextRow ?? REGISTER_HEADER_ROW + 1,
      existing: existing?.entries.length ?? 0,
    }),
  ]);
  return { kind: "added", sheet, entries };
}

function refusalOf(computed: ComputedRound): AddToRegisterOutcome | undefined {
  const problem = resultProblem(computed);
  return problem ? { kind: "refused", ...problem } : undefined;
}

function recognisedEntries(computed: ComputedRound, decision: Decision): CertificateEntry[] {
  const { round } = computed.session.reading;
  return computed.assessment.result.products.flatMap((result) => {
    const product = round.products.find((p) => p.id === result.id);
    if (result.status !== "scored" || result.outcome !== "recognize" || !product) return [];
    return [
      {
        name: product.name,
        ...(product.producer ? { producer: product.producer } : {}),
        ...(product.commune ? { commune: product.commune } : {}),
        productSet: product.productSet,
        criteriaVersion: round.criteriaVersion,
        stars: result.stars,
        score: result.score,
        council: round.council.name,
        level: round.council.level,
        decision: decision.number,
        decisionDate: decision.date,
        expiry: certificateExpiry(decision.date),
        roundKey: computed.assessment.fingerprint,
        productId: product.id,
      },
    ];
  });
}

export interface RenewalRequest {
  readonly council: (level: CouncilLevel) => string;
  readonly version?: string;
  readonly date?: string;
  readonly members?: readonly Member[];
}

/** A round re-evaluating certificates that lapse: each product once, as a `renewal`, at the level that recognised it. */
export function renewalRound(entries: readonly CertificateEntry[], request: RenewalRequest): Round {
  const level = entries[0]?.level ?? "province";
  const width = Math.max(2, String(entries.length).length);
  const products: Product[] = entries.map((entry, i) => ({
    id: `P${String(i + 1).padStart(width, "0")}`,
    name: entry.name,
    ...(entry.producer ? { producer: entry.producer } : {}),
    ...(entry.commune ? { commune: entry.commune } : {}),
    productSet: entry.productSet,
    kind: "renewal",
  }));
  return {
    criteriaVersion: request.version ?? entries[0]?.criteriaVersion ?? "",
    council: { level, name: request.council(level), ...(request.date ? { date: request.date } : {}) },
    members: request.members ?? [],
    products,
    scores: {},
  };
}
