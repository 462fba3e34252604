import type { Council, Member } from "./round";

/** A role that names the council's chair ("Chủ tịch Hội đồng (Phó Chủ tịch UBND huyện)"), not a vice-chair. */
const CHAIR = /^(chủ tịch|chair)/;
const SECRETARY = /^(thư ký|secretary)/;

const roleOf = (member: Member) => (member.role ?? "").normalize("NFC").trim().toLowerCase();

/** The member whose role starts with "Chủ tịch" (or "Chair"): the first such, as the Council sheet lists. */
export function chairOf(members: readonly Member[]): Member | undefined {
  return members.find((member) => CHAIR.test(roleOf(member)));
}

/** The member whose role starts with "Thư ký" (or "Secretary"). */
export function secretaryOf(members: readonly Member[]): Member | undefined {
  return members.find((member) => SECRETARY.test(roleOf(member)));
}

/** "huyện Minh Hoà" in a council's name: the administrative unit it belongs to. */
const UNIT = /(?<!\p{L})(thành phố|thị xã|thị trấn|huyện|quận|tỉnh|xã|phường)\s+([^,;()\n]+)/giu;

function unitOf(council: Council): { unit: string; name: string } | undefined {
  const found = [...council.name.normalize("NFC").matchAll(UNIT)];
  const last = found[found.length - 1];
  const name = last?.[2].trim();
  return last && name ? { unit: last[1], name } : undefined;
}

/**
 * Cơ quan ban hành, as the top left of a paper prints it: the round's own, else the People's Committee of
 * the unit the council's name says ("… huyện Minh Hoà" → "UBND huyện Minh Hoà"); undefined when neither
 * says (the paper then leaves a blank to fill by hand — never an invented body).
 */
export function councilIssuer(council: Council): string | undefined {
  if (council.issuer?.trim()) return council.issuer.trim();
  const unit = unitOf(council);
  return unit ? `UBND ${unit.unit.toLowerCase()} ${unit.name}` : undefined;
}

/** Địa danh of the date line: the round's own, else the unit's name in the council's name. */
export function councilPlace(council: Council): string | undefined {
  if (council.place?.trim()) return council.place.trim();
  return unitOf(council)?.name;
}
