import { shippedCatalog } from "../criteria/shippedCatalog";
import { criteriaOf, type Catalog } from "../domain";
import type { Language } from "../i18n";
import { EXIT, UsageError, type CliIo } from "./cliIo";

const words = {
  vi: {
    versionHead: "bộ tiêu chí\tngày\tsố bộ sản phẩm\tcó phiếu\tquyết định",
    setHead: "mã\ttên\tsố tiêu chí\tnguồn\ttình trạng",
    complete: "đủ",
    draft: "cần bổ sung điểm",
    missing: "chưa có (dán vào trang Bộ tiêu chí)",
    shipped: "kèm theo phần mềm",
    unknown: (id: string) => `không có bộ tiêu chí '${id}'; xem danh sách bằng: ocop versions`,
  },
  en: {
    versionHead: "version\tdate\tproduct sets\twith sheets\tdecision",
    setHead: "code\tname\tcriteria\tsource\tstatus",
    complete: "complete",
    draft: "needs points (cần bổ sung điểm)",
    missing: "not shipped (paste it into a Bộ tiêu chí sheet)",
    shipped: "shipped",
    unknown: (id: string) => `no criteria version '${id}'; list them with: ocop versions`,
  },
} as const;

/** `ocop versions`: each decision the add-in knows, and how many of its product sets ship with sheets. */
export function versionsCommand(io: CliIo, language: Language, catalog: Catalog = shippedCatalog()): number {
  const text = words[language];
  io.out.write(`${text.versionHead}\n`);
  for (const version of catalog.versions.filter((v) => !v.synthetic)) {
    const sets = catalog.productSets(version.id);
    const available = sets.filter((entry) => entry.kind === "available").length;
    io.out.write(`${version.id}\t${version.date}\t${sets.length}\t${available}\t${version.decision}\n`);
  }
  return EXIT.ok;
}

/** `ocop sets VERSION`: every product set of a version with its name, criteria count, source and status. */
export function setsCommand(
  versionId: string,
  io: CliIo,
  language: Language,
  catalog: Catalog = shippedCatalog(),
): number {
  const text = words[language];
  const version = catalog.version(versionId);
  if (!version || version.synthetic) throw new UsageError(() => text.unknown(versionId));
  io.out.write(`${text.setHead}\n`);
  for (const entry of catalog.productSets(version.id)) {
    const draft = catalog.draft(version.id, entry.ref.code);
    const count =
      entry.kind === "available"
        ? criteriaOf(entry.set).length
        : draft
          ? draft.parts.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.criteria.length, 0), 0)
          : "";
    const status = entry.kind === "available" ? text.complete : draft ? text.draft : text.missing;
    const source = entry.kind === "available" || draft ? text.shipped : "";
    io.out.write(`${entry.ref.code}\t${oneLine(entry.ref.name)}\t${count}\t${source}\t${status}\n`);
  }
  return EXIT.ok;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}
