import type { Dossier } from "./round";

/** Hồ sơ bắt buộc: the items without which the seed letters do not accept a dossier. */
export const MANDATORY_DOSSIER_ITEMS = ["facilityCertificate", "qualityDeclaration", "testReport"] as const;
/** Hồ sơ bổ sung: items that support the dossier. */
export const SUPPORTING_DOSSIER_ITEMS = ["environmentPlan", "productStory", "communeConfirmation"] as const;

export type DossierItem =
  (typeof MANDATORY_DOSSIER_ITEMS)[number] | (typeof SUPPORTING_DOSSIER_ITEMS)[number];

/** The mandatory items a dossier lacks; a product with no dossier recorded lacks nothing we know of. */
export function missingMandatoryItems(dossier: Dossier | undefined): readonly DossierItem[] {
  if (!dossier) return [];
  return MANDATORY_DOSSIER_ITEMS.filter((item) => dossier[item] !== true);
}
