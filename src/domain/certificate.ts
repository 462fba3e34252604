import type { Stars } from "./criteriaVersion";
import type { CouncilLevel } from "./round";

/** Certificates of 3★ and up are valid 36 months from the decision (domain.md "Certificates"). */
export const CERTIFICATE_MONTHS = 36;
/** Re-evaluation dossiers are filed 180–120 days before expiry: the default window `register due` looks at. */
export const RENEWAL_NOTICE_DAYS = 180;

/** One line of the Sổ theo dõi: a product a council's level recognised, with its certificate. */
export interface CertificateEntry {
  readonly name: string;
  readonly producer?: string;
  readonly commune?: string;
  readonly productSet: string;
  readonly criteriaVersion: string;
  readonly stars: Stars;
  readonly score: number;
  readonly council: string;
  readonly level: CouncilLevel;
  /** Số quyết định công nhận, and its date (YYYY-MM-DD). */
  readonly decision: string;
  readonly decisionDate: string;
  /** Last day of validity: decision date + 36 months (YYYY-MM-DD). */
  readonly expiry: string;
  /** Which computed round the line came from (its inputs' fingerprint): the same round is added once. */
  readonly roundKey: string;
  readonly productId: string;
}

/** The date `months` calendar months after an ISO date; a day the month lacks becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export function certificateExpiry(decisionDate: string): string {
  return addMonths(decisionDate, CERTIFICATE_MONTHS);
}

/** Certificates lapsing before `before` (YYYY-MM-DD), soonest first. */
export function dueCertificates(
  entries: readonly CertificateEntry[],
  before: string,
): readonly CertificateEntry[] {
  return entries.filter((entry) => entry.expiry < before).sort((a, b) => a.expiry.localeCompare(b.expiry));
}

/** A calendar date as councils type it: YYYY-MM-DD that exists. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && addDays(text, 0) === text;
}
