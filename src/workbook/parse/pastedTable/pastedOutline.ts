import type { PastedCell, PastedLine, PastedPoints } from "./pastedLines";

export type SlotKind = "part" | "group" | "criterion" | "option";

/** A place in the table that may carry a `N Điểm` value: a heading's total or an option's points. */
export interface PointsSlot {
  kind: SlotKind;
  readonly line: PastedLine;
  /** Filled by pairing the points column with the headings and options. */
  points?: PastedPoints;
}

export interface OutlineOption {
  readonly line: PastedLine;
  readonly text: string;
  /** The star mark printed at the end of the option ("***"), if any. */
  readonly mark?: string;
  readonly slot: PointsSlot;
}

export interface OutlineCriterion {
  readonly number: string;
  readonly name: string;
  readonly line: PastedLine;
  readonly notes: string[];
  readonly options: OutlineOption[];
  readonly slot: PointsSlot;
}

export interface OutlineGroup {
  readonly number: string;
  readonly name: string;
  readonly line: PastedLine;
  readonly criteria: OutlineCriterion[];
  /** The heading's own total, when the group holds numbered criteria (1.1, 1.2…). */
  slot?: PointsSlot;
}

export interface OutlinePart {
  readonly id: string;
  name: string;
  readonly line: PastedLine;
  /** Points printed in the part's title: "(35 Điểm)". */
  printed?: number;
  readonly groups: OutlineGroup[];
  readonly slot: PointsSlot;
}

/** The table as headings, options and notes, before any points are paired with them. */
export interface PastedOutline {
  name?: string;
  sector?: string;
  readonly exclusion: string[];
  readonly parts: OutlinePart[];
  /** Every slot in reading order, and every points value in reading order. */
  readonly slots: PointsSlot[];
  readonly values: PastedPoints[];
  readonly strayText: (PastedCell & { readonly value: string })[];
  /** Options or criteria found where no criterion or group is open. */
  readonly misplaced: PastedLine[];
}

const MARK = /\s*\(?\s*(\*+|★+)\s*\)?\s*$/u;
const TITLE_POINTS = /\(\s*(\d+(?:[.,]\d+)?)\s*điểm\s*\)/iu;

/**
 * Reads the lines of a pasted decision table into parts, groups, criteria, options and notes, the way the
 * decision prints them: text before "Phần A" is the header (set name, exclusion), a numbered group "7. …"
 * followed directly by options is itself a criterion, and any other text under a criterion is its note.
 */
export function pastedOutline(lines: readonly PastedLine[]): PastedOutline {
  const outline: PastedOutline = {
    exclusion: [],
    parts: [],
    slots: [],
    values: [],
    strayText: [],
    misplaced: [],
  };
  const state = new OutlineState(outline);
  for (const line of lines) {
    if (line.kind === "end" && outline.parts.length > 0) break;
    if (outline.parts.length === 0 && line.kind !== "part") {
      readHeader(outline, line);
      continue;
    }
    if (line.kind !== "part-total") {
      outline.values.push(...line.points);
      outline.strayText.push(...line.strayText);
    }
    state.read(line);
  }
  return outline;
}

function readHeader(outline: PastedOutline, line: PastedLine): void {
  const text = line.number ? `${line.number}. ${line.text}` : line.text;
  const name = /bộ sản phẩm\s*:\s*(.+)$/iu.exec(text);
  if (name) outline.name = name[1].trim();
  else if (/^\(\s*ngành\s*:/iu.test(text)) outline.sector = text.replace(/^\(|\)$/g, "").trim();
  else if (/bị loại khi/iu.test(text)) outline.exclusion.push(text);
}

class OutlineState {
  private part: OutlinePart | undefined;
  private group: OutlineGroup | undefined;
  private criterion: OutlineCriterion | undefined;
  private lastGroup = 0;
  private awaitingTitle = false;

  constructor(private readonly outline: PastedOutline) {}

  read(line: PastedLine): void {
    switch (line.kind) {
      case "part":
        return this.startPart(line);
      case "group":
        return this.startGroup(line);
      case "criterion":
        return this.startCriterion(line);
      case "option":
        return this.addOption(line);
      case "part-total":
        this.group = undefined;
        this.criterion = undefined;
        return;
      case "text":
        return this.addText(line);
      default:
        return;
    }
  }

  private slot(kind: SlotKind, line: PastedLine): PointsSlot {
    const slot: PointsSlot = { kind, line };
    this.outline.slots.push(slot);
    return slot;
  }

  private startPart(line: PastedLine): void {
    const part: OutlinePart = {
      id: line.number ?? "?",
      name: "",
      line,
      groups: [],
      slot: this.slot("part", line),
    };
    this.setTitle(part, line.text);
    this.outline.parts.push(part);
    this.part = part;
    this.group = undefined;
    this.criterion = undefined;
    this.awaitingTitle = part.name === "";
  }

  private setTitle(part: OutlinePart, text: string): void {
    const printed = TITLE_POINTS.exec(text);
    if (printed) part.printed = Number(printed[1].replace(",", "."));
    part.name = text
      .replace(TITLE_POINTS, "")
      .replace(/[\s:]+$/u, "")
      .trim();
  }

  private startGroup(line: PastedLine): void {
    const number = Number(line.number);
    if (!this.part || number <= this.lastGroup) return this.addText(line, `${line.number}. ${line.text}`);
    this.lastGroup = number;
    this.awaitingTitle = false;
    const criterion = this.newCriterion(line.number ?? "", line.text, line);
    this.group = { number: line.number ?? "", name: line.text, line, criteria: [criterion] };
    this.part.groups.push(this.group);
  }

  private newCriterion(number: string, name: string, line: PastedLine): OutlineCriterion {
    this.criterion = { number, name, line, notes: [], options: [], slot: this.slot("criterion", line) };
    return this.criterion;
  }

  private startCriterion(line: PastedLine): void {
    const group = this.group;
    if (!group || line.number?.split(".")[0] !== group.number) {
      this.outline.misplaced.push(line);
      return;
    }
    const implicit = group.criteria.length === 1 && group.criteria[0].number === group.number;
    if (implicit) {
      // "1. TỔ CHỨC SẢN XUẤT" heads numbered criteria: it is a group, and any text under it a note of 1.1.
      const [heading] = group.criteria.splice(0, 1);
      heading.slot.kind = "group";
      group.slot = heading.slot;
      group.criteria.push(this.newCriterion(line.number ?? "", line.text, line));
      this.criterion?.notes.push(...heading.notes);
      return;
    }
    group.criteria.push(this.newCriterion(line.number ?? "", line.text, line));
  }

  private addOption(line: PastedLine): void {
    if (!this.criterion) {
      this.outline.misplaced.push(line);
      return;
    }
    const mark = MARK.exec(line.text);
    const text = mark ? line.text.slice(0, mark.index).trim() : line.text;
    this.criterion.options.push({ line, text, mark: mark?.[1], slot: this.slot("option", line) });
  }

  private addText(line: PastedLine, text: string = line.text): void {
    if (text === "") return;
    if (this.part && this.awaitingTitle) {
      this.setTitle(this.part, text);
      this.awaitingTitle = false;
      return;
    }
    this.criterion?.notes.push(text);
  }
}
