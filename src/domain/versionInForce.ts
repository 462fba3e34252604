import type { CriteriaVersion } from "./criteriaVersion";
import { issue, type Issue } from "./issue";
import type { CouncilLevel } from "./round";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the decision applies to a meeting on `date` (YYYY-MM-DD), both ends of its term inclusive. */
export function isInForce(version: CriteriaVersion, date: string): boolean {
  const { from, until } = version.inForce;
  return date >= from && (until === undefined || date <= until);
}

/** Where a meeting on `date` (YYYY-MM-DD) falls in the decision's term. */
export type VersionStanding = "in-force" | "not-yet" | "ended";

export function versionStanding(version: CriteriaVersion, date: string): VersionStanding {
  if (isInForce(version, date)) return "in-force";
  return date < version.inForce.from ? "not-yet" : "ended";
}

/**
 * The version to propose for a round meeting on `date`: the newest official decision in force that day.
 * During a transition (26/2026 Điều 12: 148/2023 still serves dossiers filed before 22/5/2026 until
 * 21/7/2026) that is the new decision; the older one stays selectable. Without a date (or before any
 * decision) it is the newest official version.
 */
export function versionInForce(
  versions: readonly CriteriaVersion[],
  date: string | undefined,
): CriteriaVersion | undefined {
  const official = [...versions]
    .filter((version) => !version.synthetic)
    .sort((a, b) => b.inForce.from.localeCompare(a.inForce.from));
  if (!date || !ISO_DATE.test(date)) return official[0];
  return official.find((version) => isInForce(version, date)) ?? official[0];
}

/**
 * A round whose meeting date falls outside its version's term is probably on the wrong decision (148/2023
 * after 21/7/2026, 26/2026 before 22/5/2026, 1048/2019 after 148/2023 replaced it): a warning, since a
 * council may still record an old round. Names the version in force that day.
 */
export function versionDateIssues(
  version: CriteriaVersion,
  date: string | undefined,
  versions: readonly CriteriaVersion[],
): Issue[] {
  if (!date || !ISO_DATE.test(date) || version.synthetic || isInForce(version, date)) return [];
  const proposed = versionInForce(versions, date);
  return [
    issue("version-not-in-force", "warning", {
      value: version.id,
      detail: date,
      ...(proposed && proposed.id !== version.id ? { expected: proposed.id } : {}),
    }),
  ];
}

/** A council level the decision does not have (26/2026: province and central only) is an error. */
export function councilLevelIssues(version: CriteriaVersion, level: string): Issue[] {
  if ((version.levels as readonly string[]).includes(level)) return [];
  return [issue("council-level-not-allowed", "error", { value: level, expected: version.levels.join(", ") })];
}

/** The level a new round under the version starts at: district where it scores, else its first (province). */
export function defaultCouncilLevel(version: CriteriaVersion): CouncilLevel {
  return version.levels.includes("district") ? "district" : version.levels[0];
}
