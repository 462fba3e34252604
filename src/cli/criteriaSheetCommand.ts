import { addCriteriaSetSheet } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import type { Language } from "../i18n";
import type { ParsedArgs } from "./args";
import { requiredFlag, wantedVersion } from "./criteriaImportCommand";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { openWorkbook, saveWorkbook } from "./openWorkbook";

/**
 * `ocop criteria sheet W.xlsx --version V --set CODE [--from-shipped] [--name NAME] [--group GROUP]`: adds a Bộ tiêu chí
 * sheet for a product set (the pane's "Thêm bộ tiêu chí"): blank to paste the decision's table into,
 * filled from the shipped set, or pre-filled from a set shipped with a gap, whose cells to fill it names.
 */
export async function criteriaSheetCommand(
  path: string,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  const version = wantedVersion(args, language);
  const code = requiredFlag(args, "set", language);
  const catalog = shippedCatalog();
  const fromShipped = args.flags["from-shipped"] === true;
  if (fromShipped && !catalog.criteriaSet(version.id, code) && !catalog.draft(version.id, code))
    throw new UsageError(() =>
      language === "vi"
        ? `bộ ${code} không kèm theo phần mềm; bỏ --from-shipped rồi dán bảng của quyết định vào trang Bộ tiêu chí (danh sách: ocop sets ${version.id})`
        : `set ${code} is not shipped; leave out --from-shipped and paste the decision's table into the sheet (list: ocop sets ${version.id})`,
    );
  const workbook = await openWorkbook(path, language);
  const outcome = await addCriteriaSetSheet(workbook, {
    catalog,
    language,
    version: version.id,
    productSet: code,
    fromShipped,
    ...(typeof args.flags.name === "string" ? { name: args.flags.name } : {}),
    ...(typeof args.flags.group === "string" ? { group: args.flags.group } : {}),
  });
  if (outcome.kind !== "written") throw new UsageError(() => outcome.version, "input");
  await saveWorkbook(workbook, path, language);
  const gaps = outcome.gaps.join("; ");
  io.err.write(
    language === "vi"
      ? `Đã thêm trang '${outcome.sheet}' vào ${path}: ${gaps ? `điền các ô điểm còn thiếu (${gaps})` : "dán bảng tiêu chí của quyết định vào dưới dòng tiêu đề"}.\n`
      : `Added sheet '${outcome.sheet}' to ${path}: ${gaps ? `fill the missing points (${gaps})` : "paste the decision's criteria table below its header row"}.\n`,
  );
  return EXIT.ok;
}
