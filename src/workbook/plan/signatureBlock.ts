import { chairOf, secretaryOf } from "../../domain/councilRoles";
import type { Member } from "../../domain";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import type { DocumentFrame } from "./documentFrame";

/** Points left empty between "(Ký, ghi rõ họ tên)" and the name: room for a signature and a seal. */
const ROOM_TO_SIGN = 70;

/**
 * The signatures at the end of a council's paper: THƯ KÝ HỘI ĐỒNG left, TM. HỘI ĐỒNG / CHỦ TỊCH right,
 * each with "(Ký, ghi rõ họ tên)" in italics, room to sign, then the name from the Council sheet's roles
 * (dotted when no member holds the role). Each person appears once. The block prints on one page with
 * the line above it, so no signature stands alone on a page. Returns the row after the names.
 */
export function writeSignatures(
  frame: DocumentFrame,
  row: number,
  members: readonly Member[],
  language: Language,
): number {
  const labels = documentLabels(language);
  const sign = labels.signature;
  const name = (member: Member | undefined) => member?.name ?? labels.blank;
  let next = frame.space(row, 12);
  next = frame.pair(next, "", {}, sign.onBehalf, { bold: true, uppercase: true });
  next = frame.pair(next, sign.secretary, { bold: true, uppercase: true }, sign.chair, {
    bold: true,
    uppercase: true,
  });
  next = frame.pair(next, sign.sign, { italic: true }, sign.sign, { italic: true });
  next = frame.space(next, ROOM_TO_SIGN);
  const after = frame.pair(next, name(secretaryOf(members)), { bold: true }, name(chairOf(members)), {
    bold: true,
  });
  frame.draft.keepTogether(Math.max(0, row - 1), after - 1);
  return after;
}
