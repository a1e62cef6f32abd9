/**
 * Highlights and notes the add-in owns. Highlights are conditional-format rules, never changed
 * fills: Office.js cannot tell "no fill" from a white fill, so a fill the add-in overwrote could
 * never be put back exactly, while a rule can simply be deleted. Each rule's formula carries a tag
 * ("ziping:<severity>") that is always TRUE and lets any host find its own rules again — after the
 * pane was closed, after the file was saved, in another host.
 */
import type { CellMark, MarkSeverity } from "../core/plan";
import type { Rect } from "./address";
import { rectAddress } from "./address";
import { groupBlocks, blockBottom, blockRight } from "./blocks";

export interface MarkStyle {
  /** background fill of the rule */
  fill: string;
  /** font colour of the rule */
  font: string;
}

/** Excel's own "light red / yellow / green fill" presets, and a light blue for info. */
export const MARK_STYLES: Readonly<Record<MarkSeverity, MarkStyle>> = Object.freeze({
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
  written: { fill: "#C6EFCE", font: "#006100" },
});

export const SEVERITY_ORDER: ReadonlyArray<MarkSeverity> = ["error", "warning", "info", "written"];

const TAG = /"ziping:(error|warning|info|written)"/i;

/** The rule formula for one severity: always TRUE, tagged so the add-in recognises it. */
export function ruleFormula(severity: MarkSeverity): string {
  return `=LEN("ziping:${severity}")>0`;
}

/** The severity of a rule the add-in wrote, or null for anyone else's rule. */
export function ownedRuleSeverity(formula: string | null | undefined): MarkSeverity | null {
  if (!formula) return null;
  const m = TAG.exec(formula);
  return m ? (m[1].toLowerCase() as MarkSeverity) : null;
}

/** Every note the add-in writes starts with this; no other note is ever touched. */
export const NOTE_PREFIX = "【绩效自评助手】";

export function isOwnedNote(content: string | null | undefined): boolean {
  return typeof content === "string" && content.startsWith(NOTE_PREFIX);
}

export function noteText(mark: CellMark, english: boolean): string {
  const body = (english ? mark.noteEn || mark.note : mark.note || mark.noteEn).trim();
  return `${NOTE_PREFIX}\n${body}`;
}

/** One mark per cell: the most severe wins, notes of the same cell are joined. */
export function dedupeMarks(marks: ReadonlyArray<CellMark>): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.sheet}\u0000${m.cell}`;
    const prev = byCell.get(key);
    if (!prev) {
      byCell.set(key, { ...m });
      continue;
    }
    const keep = SEVERITY_ORDER.indexOf(m.severity) < SEVERITY_ORDER.indexOf(prev.severity) ? m.severity : prev.severity;
    byCell.set(key, {
      ...prev,
      severity: keep,
      note: joinLines(prev.note, m.note),
      noteEn: joinLines(prev.noteEn, m.noteEn),
    });
  }
  return [...byCell.values()];
}

function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b || a.split("\n").includes(b)) return a;
  return `${a}\n${b}`;
}

export interface RuleGroup {
  sheet: string;
  severity: MarkSeverity;
  /** Multi-area address without sheet, e.g. "G10:H10,G18:G22"; each at most maxChars long. */
  address: string;
  cells: number;
}

/**
 * The rules a recalculation adds: one per sheet and severity, over the blocks of its cells,
 * split so no address string grows past maxChars (hosts limit the length of a range address).
 */
export function ruleGroups(marks: ReadonlyArray<CellMark>, maxChars = 2000): RuleGroup[] {
  const out: RuleGroup[] = [];
  const bySheetSeverity = new Map<string, CellMark[]>();
  for (const m of dedupeMarks(marks)) {
    const key = `${m.sheet}\u0000${m.severity}`;
    const list = bySheetSeverity.get(key) ?? [];
    list.push(m);
    bySheetSeverity.set(key, list);
  }
  for (const list of bySheetSeverity.values()) {
    const { sheet, severity } = list[0];
    const rects: Rect[] = groupBlocks(list.map((m) => ({ row: m.row, col: m.col, item: m }))).map((b) => ({
      top: b.top,
      left: b.left,
      bottom: blockBottom(b),
      right: blockRight(b),
    }));
    let parts: string[] = [];
    let cells = 0;
    let len = 0;
    const flush = () => {
      if (parts.length) out.push({ sheet, severity, address: parts.join(","), cells });
      parts = [];
      cells = 0;
      len = 0;
    };
    for (const r of rects) {
      const a = rectAddress(r);
      if (len + a.length + 1 > maxChars) flush();
      parts.push(a);
      len += a.length + 1;
      cells += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    }
    flush();
  }
  return out;
}
