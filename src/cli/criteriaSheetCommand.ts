import { writeCriteriaSetSheet } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import type { Language } from "../i18n";
import type { CriteriaSetHeader } from "../workbook/plan/criteriaSetSheet";
import type { ParsedArgs } from "./args";
import { requiredFlag, wantedVersion } from "./criteriaImportCommand";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { openWorkbook, saveWorkbook } from "./openWorkbook";

/**
 * `ocop criteria sheet W.xlsx --version V --set CODE [--from-shipped]`: adds a Bộ tiêu chí sheet for a
 * product set, blank (to paste the decision's table into) or filled from the shipped set.
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
  const ref = version.productSets.find((p) => p.code === code);
  const shipped = catalog.criteriaSet(version.id, code);
  if (args.flags["from-shipped"] && !shipped)
    throw new UsageError(
      language === "vi"
        ? `bộ ${code} không kèm theo phần mềm; bỏ --from-shipped rồi dán bảng của quyết định vào trang Bộ tiêu chí (danh sách: ocop sets ${version.id})`
        : `set ${code} is not shipped; leave out --from-shipped and paste the decision's table into the sheet (list: ocop sets ${version.id})`,
    );
  const header: CriteriaSetHeader = {
    version: version.id,
    decision: version.decision,
    productSet: {
      code,
      name: typeof args.flags.name === "string" ? args.flags.name : (ref?.name ?? ""),
      group: ref?.group ?? "",
    },
    source: version.decision,
  };
  const workbook = await openWorkbook(path, language);
  const outcome = await writeCriteriaSetSheet(workbook, {
    catalog,
    language,
    set: args.flags["from-shipped"] && shipped ? shipped : header,
  });
  await saveWorkbook(workbook, path, language);
  io.err.write(
    language === "vi"
      ? `Đã thêm trang '${outcome.sheet}' vào ${path}: dán bảng tiêu chí của quyết định vào dưới dòng tiêu đề.\n`
      : `Added sheet '${outcome.sheet}' to ${path}: paste the decision's criteria table below its header row.\n`,
  );
  return EXIT.ok;
}
