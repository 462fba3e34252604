export type CouncilLevel = "commune" | "district" | "province" | "national";
export const COUNCIL_LEVELS: readonly CouncilLevel[] = ["commune", "district", "province", "national"];

export type ProductKind = "new" | "upgrade" | "renewal";
export const PRODUCT_KINDS: readonly ProductKind[] = ["new", "upgrade", "renewal"];

/**
 * 26/2026 minimum options: whose reading on a criterion must reach a marked option. The decision does not
 * say (domain.md open question 5): by default the members' mean, as the score itself is a mean.
 */
export type MinimumOptionReading = "mean" | "every-member";
export const MINIMUM_OPTION_READINGS: readonly MinimumOptionReading[] = ["mean", "every-member"];

export type RoundingPolicy = "none" | "integer-half-up" | "2-decimals-half-up";
export const ROUNDING_POLICIES: readonly RoundingPolicy[] = ["none", "integer-half-up", "2-decimals-half-up"];

/** Hội đồng đánh giá, phân hạng */
export interface Council {
  readonly level: CouncilLevel;
  readonly name: string;
  readonly date?: string;
  /** Cơ quan ban hành: the body the council belongs to, as printed top left ("UBND huyện Hàm Yên"). */
  readonly issuer?: string;
  /** Địa danh: the place in the documents' date line ("Hàm Yên, ngày 15 tháng 10 năm 2024"). */
  readonly place?: string;
}

/** Thành viên hội đồng */
export interface Member {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
}

/** Hồ sơ sản phẩm: the dossier items the seed letters ask for (true = present). */
export interface Dossier {
  readonly facilityCertificate?: boolean;
  readonly qualityDeclaration?: boolean;
  readonly testReport?: boolean;
  readonly environmentPlan?: boolean;
  readonly productStory?: boolean;
  readonly communeConfirmation?: boolean;
}

/** Sản phẩm dự thi */
export interface Product {
  readonly id: string;
  readonly name: string;
  readonly producer?: string;
  readonly commune?: string;
  readonly productSet: string;
  readonly kind?: ProductKind;
  readonly dossier?: Dossier;
}

/** A raw entry as found: numbers are normal; anything else is reported, never coerced. */
export type ScoreValue = number | string | boolean | null;

/** scores[product][member][criterion] = points */
export type Scores = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, ScoreValue>>>>>>;

/** Per-round policy, stored with the round (domain.md "Council practice"). */
export interface Policy {
  readonly rounding: RoundingPolicy;
  readonly minMembers: number;
  readonly divergencePoints: number;
  /** When true, a product missing a mandatory dossier item is not rated. */
  readonly dossierBlocks: boolean;
  /** 26/2026 minimum options per star level: the members' mean (default) or every member must reach them. */
  readonly minimumOptionReading: MinimumOptionReading;
}

export const DEFAULT_POLICY: Policy = {
  rounding: "none",
  minMembers: 1,
  divergencePoints: 15,
  dossierBlocks: false,
  minimumOptionReading: "mean",
};

/** Đợt đánh giá: what a council scored (formats.md `ocop-round/1`). */
export interface Round {
  readonly criteriaVersion: string;
  readonly council: Council;
  readonly roundNumber?: string;
  readonly deadline?: string;
  readonly members: readonly Member[];
  readonly products: readonly Product[];
  readonly scores: Scores;
  readonly policy?: Partial<Policy>;
}

export function policyOf(round: Round): Policy {
  return { ...DEFAULT_POLICY, ...(round.policy ?? {}) };
}
