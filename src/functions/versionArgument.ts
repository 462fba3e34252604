import type { CriteriaVersion } from "../domain/criteriaVersion";
import type { FunctionCatalog } from "./functionCatalog";
import type { Language } from "../i18n/language";
import { isBlankCell, textCell } from "./cellArgument";
import { failure, value, type FunctionResult } from "./functionResult";

/**
 * The criteria version a formula names: its id ("148/2023") or the decision's number alone ("148", which
 * Excel may hand over as the number 148). Blank means the newest official version, the one new rounds use.
 */
export function versionArgument(
  cell: unknown,
  catalog: FunctionCatalog,
  language: Language,
): FunctionResult<CriteriaVersion> {
  const official = catalog.versions.filter((v) => !v.synthetic);
  const known = official.map((v) => v.id).join(", ");
  if (isBlankCell(cell)) {
    const newest = [...official].sort((a, b) => b.date.localeCompare(a.date))[0];
    return newest
      ? value(newest)
      : failure("notAvailable", { code: "unknown-version", value: "", known }, language);
  }
  const text = textCell(cell, "version", language);
  if (text.kind === "error") return text;
  const wanted = text.value;
  const found = catalog.version(wanted) ?? official.find((v) => v.id.split("/")[0] === wanted);
  return found
    ? value(found)
    : failure("notAvailable", { code: "unknown-version", value: wanted, known }, language);
}
