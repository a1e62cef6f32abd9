/**
 * Undo records: what the add-in overwrote, kept in the document so that 撤销 works after the pane
 * was closed and reopened. Host-independent: a host reads cells into CellContent, these functions
 * decide what to record and what to restore, the host writes.
 *
 * Records are merged across recalculations: when a cell still holds what the add-in wrote last
 * time, its original "before" is kept, so undo gives back the person's content and never the
 * add-in's own earlier result. When a person has since changed the cell, the old record is dropped:
 * their content is the new original, and undo will not overwrite it.
 */
import type { CellValue } from "../core/grid";
import type { CellEdit } from "../core/plan";

export interface CellContent {
  value: CellValue;
  /** formula without "=" */
  formula?: string;
  numFmt?: string;
}

export interface UndoRecord {
  sheet: string;
  cell: string;
  before: CellContent;
  written: CellContent;
}

export function recordKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}

/** Formula text as hosts may echo it back: no "=", no spaces outside strings, upper case outside strings. */
export function normalizeFormula(f: string): string {
  let s = f.trim();
  if (s.startsWith("=")) s = s.slice(1);
  let out = "";
  let inString = false;
  for (const ch of s) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (ch !== " ") out += ch.toUpperCase();
  }
  return out;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return a === b;
}

/** Does the cell still hold what the add-in wrote? Formulas compare by text, values by value. */
export function stillHolds(current: CellContent | undefined, written: CellContent): boolean {
  if (!current) return false;
  if (written.formula) return !!current.formula && normalizeFormula(current.formula) === normalizeFormula(written.formula);
  if (current.formula) return false;
  return sameValue(current.value, written.value);
}

export function writtenContent(edit: CellEdit): CellContent {
  const c: CellContent = { value: edit.value };
  if (edit.formula) c.formula = edit.formula;
  if (edit.numFmt) c.numFmt = edit.numFmt;
  return c;
}

export type CurrentLookup = (sheet: string, cell: string) => CellContent | undefined;

/**
 * The records after a recalculation wrote `edits` on `sheetsRead`. `current` gives what each cell
 * held just before this write.
 */
export function mergeRecords(
  existing: ReadonlyArray<UndoRecord>,
  edits: ReadonlyArray<CellEdit>,
  current: CurrentLookup,
  sheetsRead: ReadonlyArray<string>,
): UndoRecord[] {
  const read = new Set(sheetsRead);
  const kept = new Map<string, UndoRecord>();
  for (const r of existing) {
    if (read.has(r.sheet) && !stillHolds(current(r.sheet, r.cell), r.written)) continue; // a person changed it
    kept.set(recordKey(r.sheet, r.cell), r);
  }
  for (const e of edits) {
    const key = recordKey(e.sheet, e.cell);
    const cur = current(e.sheet, e.cell) ?? { value: e.before.value, formula: e.before.formula };
    const old = kept.get(key);
    const before: CellContent = old ? { ...old.before } : pick(cur);
    if (e.numFmt && before.numFmt === undefined) before.numFmt = cur.numFmt ?? "General";
    const written = writtenContent(e);
    if (!written.numFmt && old?.written.numFmt) written.numFmt = old.written.numFmt;
    kept.delete(key); // re-insert so the latest write comes last
    kept.set(key, { sheet: e.sheet, cell: e.cell.toUpperCase(), before, written });
  }
  return [...kept.values()];
}

function pick(c: CellContent): CellContent {
  const out: CellContent = { value: c.value ?? null };
  if (c.formula) out.formula = c.formula;
  return out;
}

export interface RestorePlan {
  restore: UndoRecord[];
  /** changed by a person since the add-in wrote: left alone */
  skipped: UndoRecord[];
}

export function planRestore(records: ReadonlyArray<UndoRecord>, current: CurrentLookup): RestorePlan {
  const restore: UndoRecord[] = [];
  const skipped: UndoRecord[] = [];
  for (const r of records) (stillHolds(current(r.sheet, r.cell), r.written) ? restore : skipped).push(r);
  return { restore, skipped };
}

/**
 * The number format undo puts back: the one the cell had, "General" when it had none, and only
 * where the add-in set one — a cell it wrote a plain value into keeps whatever format it has now.
 */
export function restoredNumFmt(r: UndoRecord): string | undefined {
  return r.written.numFmt !== undefined || r.before.numFmt !== undefined ? (r.before.numFmt ?? "General") : undefined;
}

/**
 * What to put into a host's formulas array so the cell ends up holding `c` exactly: "=…" for a
 * formula, "" for empty, and text that Excel would turn into a number, date, boolean or formula
 * gets the leading apostrophe that keeps it text.
 */
export function formulaEntry(c: CellContent): string | number | boolean {
  if (c.formula) return `=${c.formula.replace(/^=/, "")}`;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return needsApostrophe(v) ? `'${v}` : v;
  return v;
}

export function needsApostrophe(s: string): boolean {
  const t = s.trim();
  if (t === "") return s !== "";
  if (/^[=+@'-]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/i.test(t)) return true;
  // numbers, percents, currency, fractions, dates and times as Excel would read them
  return /^[$¥￥€£]?[\d.,\s]+%?$/.test(t) || /^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?$/.test(t) || /^\d{1,2}:\d{2}(:\d{2})?$/.test(t) || /^\(?[\d.,]+\)?$/.test(t);
}
