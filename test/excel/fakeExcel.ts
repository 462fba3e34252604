/**
 * A small in-memory Excel behind the office-js slice the adapter uses (src/excel/excelApi.ts), strict
 * where office-js is strict so tests catch what would break in Excel:
 * - nothing happens until sync(): writes are queued, loads are filled at sync;
 * - reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded;
 * - a string written to a cell is parsed as Excel parses typed input ("=…", "+…", "-…", "@…" become
 *   formulas, "12" a number, "TRUE" a boolean); a leading apostrophe or a Text ("@") number format keeps it
 *   text;
 * - writing to a protected sheet, a missing sheet or a duplicate table name fails the sync;
 * - the host is one Excel (FakeHost): its list separator (a multi-area address joined with another fails,
 *   as desktop Excel under vi-VN regional settings parses "B2:B9,D2:L9" with ";"), the highest ExcelApi
 *   set it has (a member of a newer set throws ApiNotFound when called), and whether it has SharedRuntime;
 * - a sheet protected with a password refuses unprotect() without it, failing the sync at that request.
 * It records every sync with the bytes of cell arrays (values, formulas, number formats) it carried.
 * It does not calculate: a written formula's value is 0 unless a test sets one.
 */
import type {
  ConditionalFormatCollectionApi,
  DataValidationApi,
  ExcelContext,
  FreezePanesApi,
  PageBreakCollectionApi,
  PageLayoutApi,
  ProtectionOptionsApi,
  RangeApi,
  RangeAreasApi,
  RangeFormatApi,
  RunBatch,
  TableApi,
  TableCollectionApi,
  WorkbookApi,
  WorksheetApi,
  WorksheetCollectionApi,
  WorksheetProtectionApi,
} from "../../src/excel/excelApi";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  error?: string;
  quotePrefix?: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  numberFormats: Map<string, string>;
  styles: Map<string, Record<string, unknown>>;
  borders: { address: string; edge: string; style: string }[];
  merges: string[];
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  validations: {
    address: string;
    rule?: DataValidationApi["rule"];
    errorAlert?: DataValidationApi["errorAlert"];
    prompt?: DataValidationApi["prompt"];
  }[];
  conditionalFormats: { address: string; formula?: string; fill?: string; fontColor?: string }[];
  protected: boolean;
  protectOptions?: unknown;
  /** Set by a test: the sheet was protected with this password, and unprotect() without it fails. */
  password?: string;
  freeze?: { rows: number; columns: number } | { at: string };
  page: {
    paperSize?: string;
    orientation?: string;
    zoom?: unknown;
    titleRows?: string;
    titleColumns?: string;
    printOrder?: string;
    /** Rows (1-based) a manual page break sits above. */
    rowBreaks?: number[];
    margins?: Record<string, number>;
    header?: string;
    footer?: string;
  };
  tabColor?: string;
}

export interface SyncRecord {
  /** JSON bytes (UTF-8) of every values / formulas / numberFormat array written in this sync. */
  readonly writeBytes: number;
  /** JSON bytes (UTF-8) of every cell array this sync loaded. */
  readonly readBytes: number;
  readonly operations: number;
}

export class PropertyNotLoaded extends Error {}

/** The Excel the fake plays: desktop Excel under some regional settings, with some requirement sets. */
export interface FakeHost {
  /** The system's list separator, "," (en-US) or ";" (vi-VN, where the decimal symbol is ","). */
  readonly listSeparator?: "," | ";";
  /** The highest ExcelApi requirement set ("1.8" for Excel 2019); newer members throw ApiNotFound. */
  readonly excelApi?: string;
  /** Whether the host runs add-ins on a shared runtime (SharedRuntime 1.1: Microsoft 365, Excel 2021+). */
  readonly sharedRuntime?: boolean;
  /** Excel on the web's request limit: a sync writing more cell bytes fails RequestPayloadSizeLimitExceeded. */
  readonly maxRequestBytes?: number;
}

/** An error as office-js rejects a sync with: `code` is OfficeExtension.ErrorCodes' value. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** "1.10" > "1.9": requirement set versions compare number by number. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const [major, minor = 0] = version.split(".").map(Number);
  const [wantMajor, wantMinor = 0] = minimum.split(".").map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: { name: string; sheet: string; address: string }[] = [];
  readonly syncs: SyncRecord[] = [];
  batches = 0;
  selection?: { sheet: string; address: string };

  readonly host: Required<FakeHost>;

  constructor(sheetNames: readonly string[] = ["Sheet1"], host: FakeHost = {}) {
    this.host = {
      listSeparator: ",",
      excelApi: "1.17",
      sharedRuntime: true,
      maxRequestBytes: Number.POSITIVE_INFINITY,
      ...host,
    };
    for (const name of sheetNames) this.addSheet(name);
  }

  /** A user is typing in a cell: Excel refuses every request (InvalidOperationInCellEditMode) until they stop. */
  editingCell = false;

  /**
   * office-js codes the next syncs fail with, one each, before doing anything (a co-author, a busy host);
   * null lets that sync through.
   */
  readonly refusals: (string | null)[] = [];

  /** Office.context.requirements.isSetSupported as this host answers it. */
  readonly isSetSupported = (name: string, minVersion = "1.1"): boolean => {
    if (name === "ExcelApi") return versionAtLeast(this.host.excelApi, minVersion);
    if (name === "SharedRuntime") return this.host.sharedRuntime && versionAtLeast("1.1", minVersion);
    return false;
  };

  /** Throws as office-js does when an add-in calls a member its host's ExcelApi does not have. */
  requires(version: string, member: string): void {
    if (!versionAtLeast(this.host.excelApi, version))
      throw new FakeOfficeError(
        "ApiNotFound",
        `${member} needs ExcelApi ${version}; this Excel has ${this.host.excelApi}`,
      );
  }

  readonly run: RunBatch = async (batch) => {
    this.batches += 1;
    return batch(new FakeContext(this));
  };

  addSheet(name: string): FakeSheet {
    if (this.find(name)) throw new Error(`InvalidArgument: a sheet named "${name}" already exists`);
    const sheet: FakeSheet = {
      name,
      visibility: "Visible",
      cells: new Map(),
      numberFormats: new Map(),
      styles: new Map(),
      borders: [],
      merges: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      validations: [],
      conditionalFormats: [],
      protected: false,
      page: {},
    };
    this.sheets.push(sheet);
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`ItemNotFound: no sheet named "${name}"`);
    return sheet;
  }

  /** A cell as a test sees it, by "Sheet!B4"-free arguments. */
  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet).cells.get(address.toUpperCase());
  }

  /** Puts a value, formula or error straight into the model (what a user typed), outside any batch. */
  put(sheet: string, address: string, cell: FakeCell): void {
    this.sheet(sheet).cells.set(address.toUpperCase(), cell);
  }

  get maxWriteBytesPerSync(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.writeBytes));
  }

  get maxReadBytesPerSync(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.readBytes));
  }
}

// ---------------------------------------------------------------- addresses

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048575;
const MAX_COLUMN = 16383;

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + char.charCodeAt(0) - 64;
  return n - 1;
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export function a1(row: number, column: number): string {
  return `${letters(column)}${row + 1}`;
}

/** "B4", "B4:H40", "C:C" (whole columns), "5:7" (whole rows), or undefined for the whole sheet. */
export function boxOf(address: string | undefined): Box {
  if (address === undefined) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN };
  const clean = address.replace(/\$/g, "").toUpperCase();
  const [first, second = first] = clean.split(":");
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text);
    if (!match || (!match[1] && !match[2])) throw new Error(`InvalidArgument: bad address "${address}"`);
    return {
      column: match[1] ? columnNumber(match[1]) : undefined,
      row: match[2] ? Number(match[2]) - 1 : undefined,
    };
  };
  const a = part(first);
  const b = part(second);
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROW,
    right: b.column ?? MAX_COLUMN,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function* cellsIn(box: Box): Generator<string> {
  for (let r = box.top; r <= box.bottom; r += 1)
    for (let c = box.left; c <= box.right; c += 1) yield a1(r, c);
}

// ---------------------------------------------------------------- Excel's input parsing

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];

/** What Excel stores for one entry of a values/formulas array: undefined = leave the cell alone. */
function enter(input: unknown, numberFormat: string | undefined): FakeCell | null | undefined {
  if (input === null || input === undefined) return undefined;
  if (input === "") return null;
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new Error(`InvalidArgument: cannot write ${typeof input} to a cell`);
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: input };
  if (/^[=+\-@]./.test(input) && !/^[+-]\d+(\.\d+)?$/.test(input))
    return { value: 0, formula: input.startsWith("=") ? input : `=${input.replace(/^@/, "")}` };
  if (/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (ERRORS.includes(input.toUpperCase())) return { value: input.toUpperCase(), error: input.toUpperCase() };
  return { value: input };
}

function valueOf(cell: FakeCell | undefined): FakeValue {
  if (!cell) return "";
  return cell.error ?? cell.value;
}

function typeOf(cell: FakeCell | undefined): string {
  if (!cell) return "Empty";
  if (cell.error) return "Error";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return cell.value === "" ? "Empty" : "String";
}

// ---------------------------------------------------------------- client objects

class FakeContext implements ExcelContext {
  readonly workbook: WorkbookApi;
  private queue: (() => void)[] = [];
  private bytes = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      tables: new FakeTables(this),
    };
  }

  enqueue(operation: () => void, bytes = 0): void {
    this.queue.push(operation);
    this.bytes += bytes;
  }

  /** Bytes of cell arrays loaded by the sync running now. */
  loadedBytes = 0;

  async sync(): Promise<void> {
    const operations = this.queue;
    const writeBytes = this.bytes;
    this.queue = [];
    this.bytes = 0;
    this.loadedBytes = 0;
    const { excel } = this;
    if (excel.editingCell)
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "a cell is being edited");
    const refusal = excel.refusals.shift();
    if (refusal) throw new FakeOfficeError(refusal, "the request was refused");
    if (writeBytes > excel.host.maxRequestBytes)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${writeBytes} bytes in one request`);
    for (const operation of operations) operation();
    this.excel.syncs.push({ writeBytes, readBytes: this.loadedBytes, operations: operations.length });
  }
}

/** Holds what a load filled in; reading anything else throws, as office-js does. */
class Loaded {
  private readonly snapshot = new Map<string, unknown>();

  protected read<T>(property: string): T {
    if (!this.snapshot.has(property))
      throw new PropertyNotLoaded(
        `PropertyNotLoaded: "${property}" was not loaded, or read before the context.sync() that loads it`,
      );
    return this.snapshot.get(property) as T;
  }

  fill(property: string, value: unknown): void {
    this.snapshot.set(property, value);
  }
}

function propertiesOf(list: string): string[] {
  return list
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

class FakeWorksheets extends Loaded implements WorksheetCollectionApi {
  constructor(private readonly context: FakeContext) {
    super();
  }

  get items(): readonly WorksheetApi[] {
    return this.read("items");
  }

  load(propertyNames: string): this {
    const wanted = propertiesOf(propertyNames).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(() => {
      const items = this.context.excel.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.context, () => model);
        for (const property of wanted) sheet.fillPath(property, model);
        return sheet;
      });
      this.fill("items", items);
    });
    return this;
  }

  add(name?: string): WorksheetApi {
    const sheetName = name ?? `Sheet${this.context.excel.sheets.length + 1}`;
    this.context.enqueue(() => this.context.excel.addSheet(sheetName));
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(sheetName));
  }

  getItem(key: string): WorksheetApi {
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(key));
  }
}

/** The six margin properties of a page layout, each recorded under its own name when set. */
function withMarginSetters<T extends object>(target: T, record: (edge: string, points: number) => void): T {
  for (const edge of ["top", "bottom", "left", "right", "header", "footer"])
    Object.defineProperty(target, `${edge}Margin`, {
      set: (points: number) => record(edge, points),
      enumerable: true,
    });
  return target;
}

class FakeWorksheet extends Loaded implements WorksheetApi {
  readonly protection: FakeProtection;
  private readonly panes: FreezePanesApi;
  private readonly layout: PageLayoutApi;
  readonly tables: { add(address: string, hasHeaders: boolean): { name: string } };

  constructor(
    private readonly context: FakeContext,
    readonly model: () => FakeSheet,
  ) {
    super();
    this.protection = new FakeProtection(context, model);
    const change = (apply: (sheet: FakeSheet) => void) => context.enqueue(() => apply(model()));
    const freeze = (value: FakeSheet["freeze"]) => change((sheet) => (sheet.freeze = value));
    this.panes = {
      freezeRows: (count = 1) => freeze({ rows: count, columns: 0 }),
      freezeColumns: (count = 1) => freeze({ rows: 0, columns: count }),
      freezeAt: (range) => freeze({ at: typeof range === "string" ? range : "?" }),
      unfreeze: () => freeze(undefined),
    };
    this.layout = {
      set paperSize(value: string) {
        change((sheet) => (sheet.page.paperSize = value));
      },
      set orientation(value: string) {
        change((sheet) => (sheet.page.orientation = value));
      },
      set zoom(value: PageLayoutApi["zoom"]) {
        change((sheet) => (sheet.page.zoom = value));
      },

      setPrintTitleRows: (rows: string) => change((sheet) => (sheet.page.titleRows = rows)),
      setPrintTitleColumns: (columns: string) => change((sheet) => (sheet.page.titleColumns = columns)),
      set printOrder(value: string) {
        change((sheet) => (sheet.page.printOrder = value));
      },
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(value: string) {
            change((sheet) => (sheet.page.header = value));
          },
          set centerFooter(value: string) {
            change((sheet) => (sheet.page.footer = value));
          },
        },
      },
    } as unknown as PageLayoutApi;
    withMarginSetters(this.layout, (edge, points) =>
      change((sheet) => (sheet.page.margins = { ...sheet.page.margins, [edge]: points })),
    );
    this.tables = {
      add: (address: string) => {
        const table = { name: `Table${context.excel.tables.length + 1}`, sheet: "", address };
        context.enqueue(() => {
          table.sheet = model().name;
          const overlapping = context.excel.tables.find(
            (t) => t.sheet === table.sheet && overlaps(boxOf(t.address), boxOf(address)),
          );
          if (overlapping)
            throw new FakeOfficeError("InvalidOperation", `${address} overlaps table "${overlapping.name}"`);
          context.excel.tables.push(table);
        });
        return {
          set name(value: string) {
            context.enqueue(() => {
              if (
                context.excel.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())
              )
                throw new Error(`InvalidArgument: a table named "${value}" already exists`);
              table.name = value;
            });
          },
        } as { name: string };
      },
    };
  }

  get freezePanes(): FreezePanesApi {
    this.context.excel.requires("1.7", "Worksheet.freezePanes");
    return this.panes;
  }

  get pageLayout(): PageLayoutApi {
    this.context.excel.requires("1.9", "Worksheet.pageLayout");
    return this.layout;
  }

  get horizontalPageBreaks(): PageBreakCollectionApi {
    this.context.excel.requires("1.9", "Worksheet.horizontalPageBreaks");
    const change = (apply: (sheet: FakeSheet) => void) => this.context.enqueue(() => apply(this.model()));
    return {
      add: (address: string) =>
        change((sheet) => {
          const row = Number(/^[A-Z]+(\d+)$/.exec(address)?.[1]);
          if (!Number.isInteger(row))
            throw new FakeOfficeError("InvalidArgument", `no page break at "${address}"`);
          sheet.page.rowBreaks = [...(sheet.page.rowBreaks ?? []), row];
        }),
      removePageBreaks: () => change((sheet) => (sheet.page.rowBreaks = [])),
    };
  }

  fillPath(path: string, model: FakeSheet): void {
    if (path === "name") this.fill("name", model.name);
    else if (path === "visibility") this.fill("visibility", model.visibility);
    else if (path === "protection/protected") this.protection.fill("protected", model.protected);
    else if (path === "protection/options") this.protection.fill("options", model.protectOptions ?? {});
    else throw new Error(`the fake cannot load worksheet property "${path}"`);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.context.enqueue(() => renameSheet(this.context.excel, this.model(), value));
  }

  copy(positionType?: string): WorksheetApi {
    this.context.excel.requires("1.7", "Worksheet.copy");
    const copied = copySheet(this.context, this.model, positionType);
    return new FakeWorksheet(this.context, copied);
  }

  get visibility(): string {
    return this.read("visibility");
  }

  get tabColor(): string {
    return this.read("tabColor");
  }

  set tabColor(value: string) {
    this.context.excel.requires("1.7", "Worksheet.tabColor");
    this.context.enqueue(() => (this.model().tabColor = value));
  }

  getRange(address?: string): RangeApi {
    return new FakeRange(this.context, this.model, () => boxOf(address));
  }

  getUsedRangeOrNullObject(): RangeApi {
    this.context.excel.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(this.context, this.model, () => usedBox(this.model()));
  }

  getRanges(address: string): RangeAreasApi {
    this.context.excel.requires("1.9", "Worksheet.getRanges");
    const { listSeparator } = this.context.excel.host;
    const other = listSeparator === "," ? ";" : ",";
    return new FakeRangeAreas(this.context, this.model, () => {
      if (address.includes(other))
        throw new FakeOfficeError(
          "InvalidArgument",
          `"${address}" is not a list of ranges where the list separator is "${listSeparator}"`,
        );
      return address.split(listSeparator).map((part) => boxOf(part));
    });
  }

  activate(): void {
    this.context.enqueue(() => (this.context.excel.selection = { sheet: this.model().name, address: "" }));
  }

  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.model();
      const { sheets } = this.context.excel;
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }
}

function usedBox(sheet: FakeSheet): Box | null {
  if (sheet.cells.size === 0) return null;
  const boxes = [...sheet.cells.keys()].map((address) => boxOf(address));
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
  };
}

class FakeProtection extends Loaded implements WorksheetProtectionApi {
  constructor(
    private readonly context: FakeContext,
    private readonly model: () => FakeSheet,
  ) {
    super();
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): ProtectionOptionsApi {
    return this.read("options");
  }

  load(propertyNames: string): this {
    const wanted = propertiesOf(propertyNames);
    this.context.enqueue(() => {
      const sheet = this.model();
      if (wanted.includes("protected")) this.fill("protected", sheet.protected);
      if (wanted.includes("options")) this.fill("options", sheet.protectOptions ?? {});
    });
    return this;
  }

  protect(options?: unknown): void {
    this.context.enqueue(() => {
      const sheet = this.model();
      if (sheet.protected) throw new Error("InvalidOperation: the sheet is already protected");
      sheet.protected = true;
      sheet.protectOptions = options;
    });
  }

  unprotect(password?: string): void {
    this.context.enqueue(() => {
      const sheet = this.model();
      // What Excel answers a wrong or missing password with is not documented; any refusal will do.
      // Recent Excel refuses to unprotect a sheet that is not protected (office-js #6784).
      if (!sheet.protected)
        throw new FakeOfficeError("AccessDenied", `sheet "${sheet.name}" is not protected`);
      if (sheet.password !== undefined && password !== sheet.password)
        throw new FakeOfficeError("InvalidArgument", `sheet "${sheet.name}" is protected with a password`);
      sheet.protected = false;
    });
  }
}

class FakeRange extends Loaded implements RangeApi {
  readonly format: RangeFormatApi;
  private readonly validation: DataValidationApi;
  private readonly conditions: ConditionalFormatCollectionApi;

  constructor(
    private readonly context: FakeContext,
    private readonly model: () => FakeSheet,
    private readonly box: () => Box | null,
  ) {
    super();
    const change = (apply: (sheet: FakeSheet, box: Box) => void) => this.mutate(apply);
    const style = (key: string) => (value: unknown) => this.styleCells(key, value);
    const setters = <T extends object>(keys: Record<string, string>): T => {
      const target = {};
      for (const [property, key] of Object.entries(keys))
        Object.defineProperty(target, property, { set: style(key), enumerable: true });
      return target as T;
    };
    const format = setters<RangeFormatApi>({
      wrapText: "wrap",
      horizontalAlignment: "horizontal",
      verticalAlignment: "vertical",
    });
    Object.defineProperties(format, {
      font: {
        value: setters({
          bold: "bold",
          italic: "italic",
          color: "fontColor",
          size: "fontSize",
          name: "fontName",
          underline: "underline",
        }),
      },
      fill: { value: setters({ color: "fill" }) },
      protection: { value: setters({ locked: "locked" }) },
      columnWidth: {
        set: (points: number) =>
          this.mutate((sheet, box) => {
            for (let c = box.left; c <= box.right; c += 1) sheet.columnWidths.set(c, points);
          }),
      },
      borders: {
        value: {
          getItem: (edge: string) => ({
            set style(value: string) {
              change((sheet, box) => sheet.borders.push({ address: boxAddress(box), edge, style: value }));
            },
            set weight(_value: string) {
              change(() => undefined);
            },
          }),
        },
      },
    });
    this.format = format;

    const validation = (apply: (entry: FakeSheet["validations"][number]) => void) =>
      change((sheet, box) => {
        const address = boxAddress(box);
        let entry = sheet.validations.find((v) => v.address === address);
        if (!entry) sheet.validations.push((entry = { address }));
        apply(entry);
      });
    this.validation = {
      clear: () =>
        change((sheet, box) => {
          sheet.validations = sheet.validations.filter((v) => !overlaps(boxOf(v.address), box));
        }),
      set rule(value: DataValidationApi["rule"]) {
        validation((entry) => {
          if (entry.rule)
            throw new Error("InvalidOperation: clear the range's data validation before a new rule");
          entry.rule = value;
        });
      },
      set errorAlert(value: DataValidationApi["errorAlert"]) {
        if (value.title.length > 32 || value.message.length > 225)
          throw new Error("InvalidArgument: data validation alert too long");
        validation((entry) => (entry.errorAlert = value));
      },
      set prompt(value: DataValidationApi["prompt"]) {
        validation((entry) => (entry.prompt = value));
      },
    } as DataValidationApi;

    this.conditions = {
      add: (type: string) => {
        if (type !== "Custom") throw new Error(`the fake only knows custom conditional formats, not ${type}`);
        const entry: FakeSheet["conditionalFormats"][number] = { address: "" };
        change((sheet, box) => {
          entry.address = boxAddress(box);
          sheet.conditionalFormats.push(entry);
        });
        const set = (apply: () => void) => change(apply);
        return {
          custom: {
            rule: {
              set formula(value: string) {
                set(() => (entry.formula = value));
              },
            },
            format: {
              fill: {
                set color(value: string) {
                  set(() => (entry.fill = value));
                },
              },
              font: {
                set color(value: string) {
                  set(() => (entry.fontColor = value));
                },
              },
            },
          },
        } as ReturnType<ConditionalFormatCollectionApi["add"]>;
      },
      clearAll: () =>
        change((sheet, box) => {
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !overlaps(boxOf(f.address), box));
        }),
    };
  }

  get dataValidation(): DataValidationApi {
    this.context.excel.requires("1.8", "Range.dataValidation");
    return this.validation;
  }

  get conditionalFormats(): ConditionalFormatCollectionApi {
    this.context.excel.requires("1.6", "Range.conditionalFormats");
    return this.conditions;
  }

  /** Queues a change to the sheet; it fails at sync if the sheet is protected, as Excel refuses it. */
  private mutate(apply: (sheet: FakeSheet, box: Box) => void, bytes = 0): void {
    this.context.enqueue(() => {
      const sheet = this.model();
      if (sheet.protected) throw new Error(`InvalidOperation: sheet "${sheet.name}" is protected`);
      const box = this.box();
      if (!box) throw new Error("InvalidObjectPath: the range is a null object");
      apply(sheet, box);
    }, bytes);
  }

  private styleCells(key: string, value: unknown): void {
    this.mutate((sheet, box) => {
      for (const address of cellsIn(box)) {
        const style = sheet.styles.get(address);
        if (style) style[key] = value;
        else sheet.styles.set(address, { [key]: value });
      }
    });
  }

  private writeArray(kind: "values" | "formulas" | "numberFormat", rows: unknown[][]): void {
    this.mutate(
      (sheet, box) => {
        const height = box.bottom - box.top + 1;
        const width = box.right - box.left + 1;
        if (rows.length !== height || rows.some((row) => row.length !== width))
          throw new Error(`InvalidArgument: a ${rows.length}-row array does not fit ${boxAddress(box)}`);
        rows.forEach((row, r) =>
          row.forEach((input, c) => {
            const address = a1(box.top + r, box.left + c);
            if (kind === "numberFormat") {
              if (input !== null) sheet.numberFormats.set(address, String(input));
              return;
            }
            const entered = enter(input, sheet.numberFormats.get(address));
            if (entered === null) sheet.cells.delete(address);
            else if (entered) sheet.cells.set(address, entered);
          }),
        );
      },
      Buffer.byteLength(JSON.stringify(rows)),
    );
  }

  set values(rows: unknown[][]) {
    this.writeArray("values", rows);
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set formulas(rows: unknown[][]) {
    this.writeArray("formulas", rows);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set numberFormat(rows: unknown[][]) {
    this.writeArray("numberFormat", rows);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  set columnHidden(hidden: boolean) {
    this.mutate((sheet, box) => {
      for (let c = box.left; c <= box.right; c += 1)
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
    });
  }
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set rowHidden(hidden: boolean) {
    this.mutate((sheet, box) => {
      for (let r = box.top; r <= box.bottom; r += 1)
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
    });
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }

  load(propertyNames: string): this {
    const wanted = propertiesOf(propertyNames);
    this.context.enqueue(() => this.fillNow(wanted));
    return this;
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasApi {
    this.context.excel.requires("1.9", "Range.getSpecialCellsOrNullObject");
    return new FakeRangeAreas(this.context, this.model, () => {
      const box = this.box();
      if (!box) throw new Error("InvalidObjectPath: the range is a null object");
      return specialCells(this.model(), box, cellType, cellValueType);
    });
  }

  /** Fills `wanted` from the model now: at sync, for this range or for an area of a RangeAreas. */
  fillNow(wanted: readonly string[]): void {
    const sheet = this.model();
    const box = this.box();
    if (wanted.includes("isNullObject")) this.fill("isNullObject", box === null);
    if (!box) return;
    const grid = <T>(of: (address: string) => T): T[][] =>
      Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => of(a1(box.top + r, box.left + c))),
      );
    // Cell arrays count toward the sync's response size, as they do in Excel on the web.
    const cellArray = <T>(of: (address: string) => T): T[][] => {
      const rows = grid(of);
      this.context.loadedBytes += Buffer.byteLength(JSON.stringify(rows));
      return rows;
    };
    for (const property of wanted) {
      if (property === "isNullObject") continue;
      else if (property === "rowIndex") this.fill(property, box.top);
      else if (property === "columnIndex") this.fill(property, box.left);
      else if (property === "rowCount") this.fill(property, box.bottom - box.top + 1);
      else if (property === "columnCount") this.fill(property, box.right - box.left + 1);
      else if (property === "values")
        this.fill(
          property,
          cellArray((a) => valueOf(sheet.cells.get(a))),
        );
      else if (property === "valueTypes")
        this.fill(
          property,
          cellArray((a) => typeOf(sheet.cells.get(a))),
        );
      else if (property === "formulas")
        // Text comes back without its apostrophe, as office-js returns it.
        this.fill(
          property,
          cellArray((a) => sheet.cells.get(a)?.formula ?? valueOf(sheet.cells.get(a))),
        );
      else if (property === "numberFormat")
        this.fill(
          property,
          cellArray((a) => sheet.numberFormats.get(a) ?? "General"),
        );
      else throw new Error(`the fake cannot load range property "${property}"`);
    }
  }

  clear(): void {
    this.mutate((sheet, box) => {
      for (const address of [...sheet.cells.keys()])
        if (overlaps(boxOf(address), box)) sheet.cells.delete(address);
      for (const address of [...sheet.styles.keys()])
        if (overlaps(boxOf(address), box)) sheet.styles.delete(address);
      for (const address of [...sheet.numberFormats.keys()])
        if (overlaps(boxOf(address), box)) sheet.numberFormats.delete(address);
      sheet.borders = sheet.borders.filter((b) => !overlaps(boxOf(b.address), box));
    });
  }

  merge(): void {
    this.mutate((sheet, box) => {
      const address = boxAddress(box);
      if (sheet.merges.some((m) => m !== address && overlaps(boxOf(m), box)))
        throw new Error(`InvalidOperation: ${address} overlaps another merged area`);
      if (!sheet.merges.includes(address)) sheet.merges.push(address);
    });
  }

  unmerge(): void {
    this.mutate((sheet, box) => (sheet.merges = sheet.merges.filter((m) => !overlaps(boxOf(m), box))));
  }

  select(): void {
    this.context.enqueue(() => {
      const box = this.box();
      this.context.excel.selection = { sheet: this.model().name, address: box ? boxAddress(box) : "" };
    });
  }
}

function boxAddress(box: Box): string {
  const first = a1(box.top, box.left);
  const last = a1(box.bottom, box.right);
  return first === last ? first : `${first}:${last}`;
}

class FakeTables extends Loaded implements TableCollectionApi {
  constructor(private readonly context: FakeContext) {
    super();
  }
  getItem(key: string): TableApi {
    const { context } = this;
    const find = () => {
      const table = context.excel.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
      if (!table) throw new FakeOfficeError("ItemNotFound", `no table named "${key}"`);
      return table;
    };
    return {
      convertToRange: () =>
        context.enqueue(() => {
          const table = find();
          if (context.excel.sheet(table.sheet).protected)
            throw new Error(`InvalidOperation: sheet "${table.sheet}" is protected`);
          context.excel.tables.splice(context.excel.tables.indexOf(table), 1);
        }),
    };
  }
  get items(): readonly { readonly name: string }[] {
    return this.read("items");
  }
  load(): this {
    this.context.enqueue(() =>
      this.fill(
        "items",
        this.context.excel.tables.map((t) => ({ name: t.name })),
      ),
    );
    return this;
  }
}

// ---------------------------------------------------------------- sheet copies (Worksheet.copy)

/**
 * Queues Worksheet.copy as Excel does it: a deep copy of everything on the sheet (cells, number formats,
 * styles, borders, merges, widths, hidden rows and columns, validations, conditional formats, protection
 * with its options, page setup, panes, tab colour), named "<name> (2)" (or the next free number, the name
 * cut to Excel's 31 characters), placed last for "End", first for "Beginning" or "None" (office-js: "None"
 * inserts at the beginning). The request carries no cell arrays, so it adds one operation and no bytes.
 * Returns the copy's model, there from the sync that runs the copy on.
 */
function copySheet(context: FakeContext, model: () => FakeSheet, positionType = "None"): () => FakeSheet {
  if (!["End", "Beginning", "None"].includes(positionType))
    throw new Error(`the fake copies sheets to "End", "Beginning" or "None", not "${positionType}"`);
  let copied: FakeSheet | undefined;
  context.enqueue(() => {
    const source = model();
    const { excel } = context;
    if (excel.tables.some((table) => table.sheet === source.name))
      throw new Error("the fake cannot copy a sheet with tables (Excel gives the copies new names)");
    copied = { ...deepCopy(source), name: copyName(excel, source.name) };
    if (positionType === "End") excel.sheets.push(copied);
    else excel.sheets.unshift(copied);
  });
  return () => {
    if (!copied) throw new Error("InvalidObjectPath: the copied sheet is used before the sync that makes it");
    return copied;
  };
}

function copyName(excel: FakeExcel, name: string): string {
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!excel.find(candidate)) return candidate;
  }
}

function renameSheet(excel: FakeExcel, sheet: FakeSheet, name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name))
    throw new Error(`InvalidArgument: "${name}" is not a sheet name Excel takes`);
  const other = excel.find(name);
  if (other && other !== sheet) throw new Error(`InvalidArgument: a sheet named "${name}" already exists`);
  sheet.name = name;
}

/** Maps, sets, arrays and plain objects copied all the way down, in their order. */
function deepCopy<T>(value: T): T {
  if (value instanceof Map)
    return new Map([...value].map(([key, entry]) => [key, deepCopy(entry)])) as unknown as T;
  if (value instanceof Set) return new Set([...value].map(deepCopy)) as unknown as T;
  if (Array.isArray(value)) return value.map(deepCopy) as unknown as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, deepCopy(entry)])) as T;
  return value;
}

// ---------------------------------------------------------------- range areas: getRanges, special cells

/**
 * Several rectangles of one sheet (Worksheet.getRanges, Range.getSpecialCellsOrNullObject). `boxes` runs at
 * sync and returns null when no cell matches: the object is then a null object, and its areas, like any
 * property office-js did not fill, throw PropertyNotLoaded. Each area's loaded cell arrays count toward the
 * sync's read bytes.
 */
class FakeRangeAreas extends Loaded implements RangeAreasApi {
  constructor(
    private readonly context: FakeContext,
    private readonly model: () => FakeSheet,
    private readonly boxes: () => Box[] | null,
  ) {
    super();
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  get areas(): { readonly items: readonly RangeApi[] } {
    const items = () => this.read<RangeApi[]>("areas");
    return {
      get items() {
        return items();
      },
    };
  }

  load(propertyNames: string): this {
    const wanted = propertiesOf(propertyNames);
    const itemProperties = wanted
      .filter((property) => property.startsWith("areas/items/"))
      .map((property) => property.slice("areas/items/".length));
    const unknown = wanted.filter((p) => p !== "isNullObject" && !p.startsWith("areas/items/"));
    if (unknown.length > 0) throw new Error(`the fake cannot load range areas property "${unknown[0]}"`);
    this.context.enqueue(() => {
      const boxes = this.boxes();
      if (wanted.includes("isNullObject")) this.fill("isNullObject", boxes === null);
      if (!boxes || itemProperties.length === 0) return;
      this.fill(
        "areas",
        boxes.map((box) => {
          const area = new FakeRange(this.context, this.model, () => box);
          area.fillNow(itemProperties);
          return area;
        }),
      );
    });
    return this;
  }
}

/**
 * The cells of `box` that are formulas or constants (optionally only those showing an error), as Excel
 * groups them: rectangles of alike cells (here: runs along a row, stacked when rows repeat them), or null.
 */
function specialCells(sheet: FakeSheet, box: Box, cellType: string, valueType?: string): Box[] | null {
  if (cellType !== "Formulas" && cellType !== "Constants")
    throw new Error(`the fake only finds Formulas and Constants cells, not ${cellType}`);
  if (valueType !== undefined && valueType !== "Errors")
    throw new Error(`the fake only filters special cells by Errors, not ${valueType}`);
  const matching = [...sheet.cells.entries()]
    .filter(([, cell]) => (cellType === "Formulas") === (cell.formula !== undefined))
    .filter(([, cell]) => valueType === undefined || cell.error !== undefined)
    .map(([address]) => boxOf(address))
    .filter((cell) => overlaps(cell, box))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  if (matching.length === 0) return null;
  const runs: Box[] = [];
  for (const cell of matching) {
    const last = runs[runs.length - 1];
    if (last && last.top === cell.top && last.right === cell.left - 1) last.right = cell.left;
    else runs.push({ ...cell });
  }
  const stacked: Box[] = [];
  for (const run of runs) {
    const above = stacked.find(
      (b) => b.bottom === run.top - 1 && b.left === run.left && b.right === run.right,
    );
    if (above) above.bottom = run.bottom;
    else stacked.push(run);
  }
  return stacked;
}
