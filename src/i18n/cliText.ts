import type { Language } from "./language";

/**
 * Every word the `ocop` command prints that is not an issue's own text: help, usage errors, the result
 * table's headings and the lines that say what was written. Vietnamese is the default; `--lang en` or
 * OCOP_LANG=en switches. Functions take the facts so each language orders them its own way.
 */
export interface CliText {
  readonly help: (demoFile: string) => string;
  /** Appended to a usage error, so one line says what went wrong and how to get help. */
  readonly helpHint: string;
  readonly summary: (errors: number, warnings: number) => string;
  readonly tableHeadings: readonly [string, string, string, string, string, string, string];
  readonly resultsWritten: (target: string, sheet: string) => string;
  readonly notAllRated: (unrated: number, total: number) => string;
  readonly created: (out: string, products: number, members: number) => string;
  readonly demoWritten: (out: string, products: number, members: number, sheet: string) => string;
  readonly errors: UsageErrorText;
}

export interface UsageErrorText {
  readonly unknownCommand: (command: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly needsValue: (option: string) => string;
  readonly oneFile: (count: number) => string;
  readonly optionsOnly: (command: string) => string;
  readonly demoOutOnly: string;
  readonly langValue: (value: string) => string;
  readonly outForRoundFile: string;
  readonly initNeedsOut: string;
  readonly outExists: (out: string) => string;
  readonly roundBringsLists: (flags: string) => string;
  readonly initNeedsLists: string;
  readonly unknownVersion: (version: string, known: string) => string;
  readonly levelValue: (value: string, levels: string) => string;
  readonly dateValue: (value: string) => string;
  readonly unknownSet: (code: string, version: string, known: string) => string;
  readonly cannotRead: (path: string, reason: string) => string;
  readonly notJson: (path: string, detail: string) => string;
  readonly roundInvalid: (path: string, line: string) => string;
  readonly noProductSet: (path: string, lines: string, known: string) => string;
  readonly kindValue: (path: string, line: number, kind: string) => string;
  readonly csvEmpty: (path: string) => string;
  readonly noColumn: (path: string, missing: string, found: string) => string;
  readonly notUtf8: (path: string) => string;
  readonly batchOut: (verb: string) => string;
  readonly forwardNeedsOut: string;
  readonly forwardNeedsInputs: string;
  readonly flagDateValue: (flag: string, value: string) => string;
  readonly registerOneFile: string;
  readonly registerVerb: (verb: string) => string;
  readonly registerAddNeeds: string;
  readonly roundOutExists: (out: string) => string;
  readonly criteriaVerb: string;
}

const viHelp = (demoFile: string) => `Cách dùng:
  ocop demo [--out TỆP.xlsx]                         tạo đợt mẫu (12 sản phẩm, 7 thành viên), tính và in kết
                                                     quả (tệp mặc định ${demoFile})
  ocop init --round ĐỢT.json --out W.xlsx            sổ làm việc chứa đợt đánh giá, kèm điểm đã chấm
  ocop init [--version V] --products SANPHAM.csv --members HOIDONG.csv --out W.xlsx
            [--set MÃ_BỘ] [--level district] [--council TÊN] [--date 20/10/2026] [--force]
                                                     sổ làm việc sẵn sàng để chấm (danh sách CSV UTF-8);
                                                     danh sách không có cột Bộ sản phẩm thì cần --set;
                                                     không có --version: bộ tiêu chí hiệu lực vào --date
  ocop compute ĐỢT.json|W.xlsx [--out W2.xlsx] [--json]
                                                     tính kết quả; với sổ làm việc, ghi trang Kết quả (ghi
                                                     đè an toàn, các trang khác giữ nguyên); --json in
                                                     ocop-result/1
  ocop validate ĐỢT.json|W.xlsx                      liệt kê các lỗi và cảnh báo của đợt
  ocop export W.xlsx                                 in đợt của sổ làm việc dạng JSON ocop-round/1
  ocop criteria import BANG.tsv --version V --set MÃ_BỘ [--name TÊN] [--out BO.json]
                                                     đọc bảng tiêu chí của quyết định (chép từ bản Word/PDF,
                                                     phân cách bằng tab) thành ocop-criteria/1
  ocop criteria sheet W.xlsx --version V --set MÃ_BỘ [--from-shipped] [--name TÊN] [--group NHÓM]
                                                     thêm trang Bộ tiêu chí để dán bảng vào
  ocop versions                                      các bộ tiêu chí (quyết định) phần mềm biết
  ocop sets V                                        các bộ sản phẩm của một quyết định: mã, tên, số tiêu
                                                     chí, nguồn, đủ hay còn thiếu
  ocop validate|compute W1.xlsx W2.xlsx…|THƯ_MỤC [--json]
                                                     nhiều sổ làm việc: mỗi sổ một dòng và dòng tổng; mã
                                                     thoát là mã xấu nhất; --json in mảng ocop-result/1
  ocop export W.xlsx --csv [--out DANHSACH.csv]      danh sách kết quả dạng CSV (UTF-8 có BOM)
  ocop forward KETQUA.xlsx…|THƯ_MỤC --out CAPTREN.xlsx [--level province|national] [--council TÊN]
            [--date 20/10/2026] [--version V] [--members HOIDONG.csv] [--force]
                                                     đợt của cấp trên từ kết quả đã tính: các sản phẩm
                                                     đề nghị lên, kèm nơi gửi; sản phẩm trùng được nêu rõ
  ocop forward TRUNGUONG.xlsx --returned --out TRAVE.xlsx|TRAVE.csv
                                                     sản phẩm Hội đồng trung ương trả về cấp tỉnh
  ocop register add KETQUA.xlsx --register SO.xlsx --decision "Số …/QĐ-UBND" --date 20/10/2026
                                                     ghi các sản phẩm cấp này công nhận vào sổ theo dõi
  ocop register due SO.xlsx [--before 20/10/2026] [--round DOTMOI.xlsx] [--force]
                                                     giấy chứng nhận hết hạn trước ngày đó (mặc định: trong
                                                     180 ngày); --round tạo đợt đánh giá lại với chúng
  forward và register thoát 1 khi một tệp bị từ chối (chưa có kết quả, kết quả cũ, bộ tiêu chí khác,
  đợt đã có trong sổ) và 2 khi không đọc được tệp.
  Mọi lệnh nhận --lang vi|en (mặc định: biến OCOP_LANG, nếu không có thì vi).
  Mã thoát: 0 xong, mọi sản phẩm đã xếp hạng; 1 đợt còn lỗi cần sửa, hoặc (compute) còn sản phẩm chưa
  xếp hạng — kết quả vẫn được in và ghi; 2 không đọc được tệp hoặc lệnh sai cách dùng.`;

const enHelp = (demoFile: string) => `Usage:
  ocop demo [--out FILE.xlsx]                        build the sample round (12 products, 7 members),
                                                     compute it and print the results (default ${demoFile})
  ocop init --round ROUND.json --out W.xlsx          a workbook holding the round, scores included
  ocop init [--version V] --products P.csv --members M.csv --out W.xlsx
            [--set CODE] [--level district] [--council NAME] [--date 20/10/2026] [--force]
                                                     a workbook ready to score (CSV UTF-8 lists); a list
                                                     without a product-set column needs --set; without
                                                     --version: the criteria in force on --date
  ocop compute ROUND.json|W.xlsx [--out W2.xlsx] [--json]
                                                     score a round; on a workbook, write the result sheet
                                                     (in place, atomically, other sheets untouched);
                                                     --json prints ocop-result/1
  ocop validate ROUND.json|W.xlsx                    list the round's errors and warnings
  ocop export W.xlsx                                 print the workbook's round as ocop-round/1 JSON
  ocop criteria import TABLE.tsv --version V --set CODE [--name NAME] [--out SET.json]
                                                     read a decision's criteria table (copied from its
                                                     Word/PDF copy, tab-separated) into ocop-criteria/1
  ocop criteria sheet W.xlsx --version V --set CODE [--from-shipped] [--name NAME] [--group GROUP]
                                                     add a Bộ tiêu chí sheet to paste the table into
  ocop versions                                      the criteria versions the add-in knows
  ocop sets V                                        a version's product sets: code, name, criteria,
                                                     source, complete or not
  ocop validate|compute W1.xlsx W2.xlsx…|FOLDER [--json]
                                                     many workbooks: one line each and a total; exit status
                                                     the worst; --json prints an array of ocop-result/1
  ocop export W.xlsx --csv [--out LIST.csv]          the result list as CSV (UTF-8 with BOM)
  ocop forward RESULT.xlsx…|FOLDER --out NEXT.xlsx [--level province|national] [--council NAME]
            [--date 20/10/2026] [--version V] [--members M.csv] [--force]
                                                     the next level's round from computed results: products
                                                     sent up, with where they came from; duplicates flagged
  ocop forward CENTRAL.xlsx --returned --out BACK.xlsx|BACK.csv
                                                     products the central council returns to the province
  ocop register add RESULT.xlsx --register SO.xlsx --decision "Số …/QĐ-UBND" --date 20/10/2026
                                                     add the products this level recognised to the register
  ocop register due SO.xlsx [--before 20/10/2026] [--round NEXT.xlsx] [--force]
                                                     certificates lapsing before the date (default: in 180
                                                     days); --round starts a renewal round with them
  forward and register exit 1 when a file is refused (no result, stale, another version, a round
  already in the register) and 2 when a file cannot be read.
  Every command takes --lang vi|en (default: OCOP_LANG, else vi).
  Exit codes: 0 done, every product rated; 1 the round has errors to fix, or (compute) a product is not
  rated — the results are still printed and written; 2 unreadable input or bad usage.`;

const vi: CliText = {
  help: viHelp,
  helpHint: "Xem cách dùng: ocop --help",
  summary: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  tableHeadings: ["Thứ hạng", "Mã", "Sản phẩm", "Số người chấm", "Điểm TB", "Sao", "Kết quả"],
  resultsWritten: (target, sheet) => `Đã ghi kết quả vào ${target} (trang '${sheet}').`,
  notAllRated: (unrated, total) =>
    `${unrated}/${total} sản phẩm chưa được xếp hạng (chưa chấm xong hoặc có lỗi): xem danh sách ở trên, sửa rồi chạy lại.`,
  created: (out, products, members) => `Đã tạo ${out}: ${products} sản phẩm, ${members} thành viên.`,
  demoWritten: (out, products, members, sheet) =>
    `Đã ghi sổ làm việc mẫu ${out}: ${products} sản phẩm, ${members} thành viên, trang '${sheet}'.`,
  errors: {
    unknownCommand: (command) => `không có lệnh '${command}'`,
    unknownOption: (option) => `không có tuỳ chọn --${option}`,
    needsValue: (option) => `--${option} cần một giá trị`,
    oneFile: (count) => `cần đúng một tệp, nhận được ${count}`,
    optionsOnly: (command) => `lệnh ${command} chỉ nhận tuỳ chọn (--…), không nhận tên tệp`,
    demoOutOnly: "lệnh demo chỉ nhận --out",
    langValue: (value) => `--lang nhận vi hoặc en, không nhận '${value}'`,
    outForRoundFile: "--out dùng cho sổ làm việc; tệp đợt .json được tính mà không bị thay đổi",
    initNeedsOut: "lệnh init cần --out W.xlsx",
    outExists: (out) => `${out} đã có; chọn --out khác hoặc thêm --force để ghi đè`,
    roundBringsLists: (flags) => `--round đã có hội đồng và danh sách; bỏ ${flags}`,
    initNeedsLists:
      "lệnh init cần --round ĐỢT.json, hoặc [--version V] --products SANPHAM.csv --members HOIDONG.csv",
    unknownVersion: (version, known) => `không có bộ tiêu chí '${version}' (có: ${known})`,
    levelValue: (value, levels) => `--level nhận ${levels}, không nhận '${value}'`,
    dateValue: (value) => `--date nhận ngày dạng 20/10/2026 hoặc 2026-10-20, không nhận '${value}'`,
    unknownSet: (code, version, known) =>
      `--set: bộ sản phẩm '${code}' không có phiếu tiêu chí của quyết định ${version} (có: ${known})`,
    cannotRead: (path, reason) => `không đọc được ${path}: ${reason}`,
    notJson: (path, detail) => `${path} không phải JSON: ${detail}`,
    roundInvalid: (path, line) => `${path}: ${line}`,
    noProductSet: (path, lines, known) =>
      `${path}, dòng ${lines}: không có mã bộ sản phẩm (cột "Bộ sản phẩm"); ghi mã vào cột đó, hoặc thêm --set MÃ nếu mọi sản phẩm cùng một bộ (có: ${known})`,
    kindValue: (path, line, kind) =>
      `${path}, dòng ${line}: loại "${kind}" không phải mới / nâng hạng / cấp lại (new/upgrade/renewal)`,
    csvEmpty: (path) => `${path} rỗng: cần một dòng tiêu đề và mỗi dòng một mục`,
    noColumn: (path, missing, found) => `${path}: dòng tiêu đề thiếu cột ${missing} (đang có: ${found})`,
    notUtf8: (path) =>
      `${path} không phải văn bản UTF-8: trong Excel, lưu lại dạng "CSV UTF-8 (Comma delimited)"`,
    batchOut: (verb) => `--out chỉ dùng cho một sổ làm việc; ${verb} trên nhiều tệp ghi vào từng tệp`,
    forwardNeedsOut: "lệnh forward cần --out CAPTREN.xlsx (hoặc --out DANHSACH.csv cùng --returned)",
    forwardNeedsInputs: "lệnh forward cần một hoặc nhiều sổ làm việc đã tính kết quả",
    flagDateValue: (flag, value) =>
      `--${flag} nhận ngày dạng 20/10/2026 hoặc 2026-10-20, không nhận '${value}'`,
    registerOneFile: "register add KETQUA.xlsx … hoặc register due SO.xlsx …: đúng một tệp",
    registerVerb: (verb) => `register nhận add hoặc due, không nhận '${verb}'`,
    registerAddNeeds: 'register add cần --register SO.xlsx --decision "Số …/QĐ-UBND" --date 20/10/2026',
    roundOutExists: (out) => `${out} đã có; chọn --round khác hoặc thêm --force để ghi đè`,
    criteriaVerb: "ocop criteria nhận import BANG.tsv … hoặc sheet W.xlsx …",
  },
};

const en: CliText = {
  help: enHelp,
  helpHint: "See how to use it: ocop --help --lang en",
  summary: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
  tableHeadings: ["Rank", "Id", "Product", "Members", "Score", "Stars", "Outcome"],
  resultsWritten: (target, sheet) => `Results written to ${target} (sheet '${sheet}').`,
  notAllRated: (unrated, total) =>
    `${unrated}/${total} products are not rated (scoring unfinished or errors): see the list above, fix and run again.`,
  created: (out, products, members) => `Created ${out}: ${products} products, ${members} members.`,
  demoWritten: (out, products, members, sheet) =>
    `Sample workbook written to ${out}: ${products} products, ${members} members, sheet '${sheet}'.`,
  errors: {
    unknownCommand: (command) => `unknown command '${command}'`,
    unknownOption: (option) => `unknown option --${option}`,
    needsValue: (option) => `--${option} needs a value`,
    oneFile: (count) => `expected one file, got ${count}`,
    optionsOnly: (command) => `${command} takes options (--…) only, not file names`,
    demoOutOnly: "demo takes --out only",
    langValue: (value) => `--lang takes vi or en, not '${value}'`,
    outForRoundFile: "--out is for workbooks; a round file is scored without being changed",
    initNeedsOut: "init needs --out W.xlsx",
    outExists: (out) => `${out} already exists; choose another --out or add --force to replace it`,
    roundBringsLists: (flags) => `--round brings its own council and lists; drop ${flags}`,
    initNeedsLists: "init needs --round R.json, or [--version V] --products P.csv --members M.csv",
    unknownVersion: (version, known) => `unknown criteria version '${version}' (known: ${known})`,
    levelValue: (value, levels) => `--level takes ${levels}, not '${value}'`,
    dateValue: (value) => `--date takes a date as 20/10/2026 or 2026-10-20, not '${value}'`,
    unknownSet: (code, version, known) =>
      `--set: product set '${code}' has no criteria sheet in decision ${version} (available: ${known})`,
    cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
    notJson: (path, detail) => `${path} is not JSON: ${detail}`,
    roundInvalid: (path, line) => `${path}: ${line}`,
    noProductSet: (path, lines, known) =>
      `${path}, line ${lines}: no product set (column productSet / "Bộ sản phẩm"); fill it in, or add --set CODE when every product is in one set (available: ${known})`,
    kindValue: (path, line, kind) =>
      `${path}, line ${line}: kind "${kind}" is not new/upgrade/renewal (mới / nâng hạng / cấp lại)`,
    csvEmpty: (path) => `${path} is empty: expected a header line and one row per entry`,
    noColumn: (path, missing, found) => `${path}: no column ${missing} in the header line (found: ${found})`,
    notUtf8: (path) => `${path} is not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)"`,
    batchOut: (verb) => `--out takes one workbook; ${verb} on many files writes each in place`,
    forwardNeedsOut: "forward needs --out NEXT.xlsx (or --out LIST.csv with --returned)",
    forwardNeedsInputs: "forward needs one or more computed workbooks",
    flagDateValue: (flag, value) => `--${flag} takes a date as 20/10/2026 or 2026-10-20, not '${value}'`,
    registerOneFile: "register add RESULT.xlsx … | register due SO.xlsx …: one file",
    registerVerb: (verb) => `register takes add or due, not '${verb}'`,
    registerAddNeeds: 'register add needs --register SO.xlsx --decision "Số …/QĐ-UBND" --date 20/10/2026',
    roundOutExists: (out) => `${out} already exists; choose another --round or add --force to replace it`,
    criteriaVerb: "ocop criteria takes import TABLE.tsv … or sheet W.xlsx …",
  },
};

const texts: Readonly<Record<Language, CliText>> = { vi, en };

export function cliText(language: Language): CliText {
  return texts[language];
}
