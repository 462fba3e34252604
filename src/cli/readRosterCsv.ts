import { readFileSync } from "fs";
import type { Member, Product, ProductKind } from "../domain";
import { UsageError } from "./cliIo";
import { parseCsv } from "./parseCsv";

/**
 * Product and member lists as councils keep them: a spreadsheet saved as CSV, with English column names
 * (id, name, producer, commune, productSet, kind / id, name, role) or the Vietnamese headings the
 * secretary is likely to type (Mã, Tên sản phẩm, Chủ thể, Xã, Bộ sản phẩm, Loại / Họ và tên, Chức vụ).
 * An id column is optional: rows are numbered P01…, M1… in the file's order.
 */
const productColumns = {
  id: ["id", "ma", "masanpham", "masp"],
  name: ["name", "ten", "tensanpham", "sanpham"],
  producer: ["producer", "chuthe", "tenchuthe", "coso"],
  commune: ["commune", "xa", "xaphuong", "diachi"],
  productSet: ["productset", "bosanpham", "mabosanpham", "bo"],
  kind: ["kind", "loai", "hinhthuc", "loaidanhgia"],
} as const;

const memberColumns = {
  id: ["id", "ma", "mathanhvien"],
  name: ["name", "hoten", "hovaten", "ten", "thanhvien"],
  role: ["role", "chucvu", "vaitro", "nhiemvu"],
} as const;

const kinds: Readonly<Record<string, ProductKind>> = {
  new: "new",
  moi: "new",
  upgrade: "upgrade",
  nanghang: "upgrade",
  renewal: "renewal",
  caplai: "renewal",
};

/**
 * Products from a CSV; `defaultSet` (the command's --set) fills an empty or missing product-set column.
 * Without it, rows that name no set are refused all at once, by line, so the secretary fixes them in one go.
 */
export function readProductsCsv(
  path: string,
  defaultSet: string | undefined,
  knownSets: readonly string[] = [],
): Product[] {
  const { header, rows } = table(path, productColumns, ["name"]);
  const cellOf = (row: readonly string[], column: keyof typeof productColumns) => field(row, header[column]);
  const withoutSet = rows.flatMap((row, i) => (cellOf(row, "productSet") || defaultSet ? [] : [i + 2]));
  if (withoutSet.length > 0) {
    const lines = withoutSet.join(", ");
    throw new UsageError((t) => t.errors.noProductSet(path, lines, knownSets.join(", ")), "input");
  }
  return rows.map((row, i): Product => {
    const line = i + 2;
    const cell = (column: keyof typeof productColumns) => cellOf(row, column);
    const kindText = cell("kind");
    const kind = kindText ? kinds[fold(kindText)] : undefined;
    if (kindText && !kind) throw new UsageError((t) => t.errors.kindValue(path, line, kindText), "input");
    return {
      id: cell("id") || `P${String(i + 1).padStart(2, "0")}`,
      name: cell("name"),
      ...(cell("producer") ? { producer: cell("producer") } : {}),
      ...(cell("commune") ? { commune: cell("commune") } : {}),
      productSet: cell("productSet") || (defaultSet ?? ""),
      ...(kind ? { kind } : {}),
    };
  });
}

export function readMembersCsv(path: string): Member[] {
  const { header, rows } = table(path, memberColumns, ["name"]);
  return rows.map((row, i): Member => {
    const role = field(row, header.role);
    return {
      id: field(row, header.id) || `M${i + 1}`,
      name: field(row, header.name),
      ...(role ? { role } : {}),
    };
  });
}

function table<K extends string>(
  path: string,
  columns: Readonly<Record<K, readonly string[]>>,
  required: readonly NoInfer<K>[],
): { header: Record<K, number>; rows: string[][] } {
  const records = parseCsv(readText(path));
  if (records.length === 0) throw new UsageError((t) => t.errors.csvEmpty(path), "input");
  const [headings, ...rows] = records;
  const folded = headings.map(fold);
  const header = {} as Record<K, number>;
  for (const key of Object.keys(columns) as K[])
    header[key] = folded.findIndex((heading) => columns[key].includes(heading));
  const missing = required.filter((key) => header[key] < 0);
  if (missing.length > 0)
    throw new UsageError((t) => t.errors.noColumn(path, missing.join(", "), headings.join(", ")), "input");
  return { header, rows: rows.filter((row) => row.some((value) => value.trim() !== "")) };
}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError((t) => t.errors.cannotRead(path, reason), "input");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV" is saved in the Windows code page and mangles Vietnamese; "CSV UTF-8" keeps it.
    throw new UsageError((t) => t.errors.notUtf8(path), "input");
  }
}

function field(row: readonly string[], index: number): string {
  return index >= 0 ? (row[index] ?? "").trim() : "";
}

/** "Tên sản phẩm" → "tensanpham": headings match whatever the accents, case and spacing. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
