/**
 * The plan's marks written into an exceljs workbook the way the add-in writes them
 * (src/host/marks.ts): one conditional-format rule per sheet and severity, tagged with an
 * always-true formula (LEN("ziping:error")>0) so the add-in's 清除标记 and a later `fix` find
 * them again, and a note starting 【绩效自评助手】 on each marked cell. A cell's own fill, font and
 * note are never changed: removing the rules restores the look exactly, and a cell that already
 * has somebody's note keeps it (the report and the pane carry the message).
 *
 * A workbook `fix` scored before carries old marks: they are taken off first, so a second run
 * shows the current findings only.
 */
import type { ConditionalFormattingRule, Workbook, Worksheet } from "exceljs";
import type { CellMark, MarkSeverity } from "../core/plan";
import { MARK_STYLES, dedupeMarks, isOwnedNote, noteText, ruleFormula, ruleGroups } from "../host/marks";
import { noteString, removeNote } from "./cellNote";
import { ownedSeverity, rulesOf } from "./conditionalFormats";

/** Sheet addresses may be long in a file; hosts limit a rule's range to a few thousand characters. */
const MAX_RULE_ADDRESS = 8000;

export interface MarkOptions {
  english: boolean;
  /** false when the file holds no note at all: then no cell needs to be searched for old ones */
  hasNotes?: boolean;
}

/**
 * The marks of `sheets` (every sheet when not given) rewritten: each sheet's old marks off, then
 * the rules and notes of those `marks` that name it. Other sheets are left as they are, so the
 * browser can recalculate one sheet at a time. Returns how many notes were written — a cell with
 * somebody else's note keeps it.
 */
export function applyMarks(workbook: Workbook, marks: readonly CellMark[], o: MarkOptions, sheets?: readonly string[]): number {
  let notes = 0;
  for (const ws of workbook.worksheets) if (!sheets || sheets.includes(ws.name)) notes += applySheetMarks(ws, marks, o);
  return notes;
}

function applySheetMarks(ws: Worksheet, marks: readonly CellMark[], o: MarkOptions): number {
  removeOwnedMarks(ws, o.hasNotes !== false);
  const mine = marks.filter((m) => m.sheet === ws.name);
  for (const g of ruleGroups(mine, MAX_RULE_ADDRESS)) addRule(ws, g.severity, g.address.split(",").join(" "));
  let notes = 0;
  for (const m of dedupeMarks(mine)) {
    const cell = ws.getCell(m.row + 1, m.col + 1);
    const existing = noteString(cell);
    if (existing !== null && !isOwnedNote(existing)) continue;
    cell.note = noteText(m, o.english);
    notes++;
  }
  return notes;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function addRule(ws: Worksheet, severity: MarkSeverity, ref: string): void {
  const style = MARK_STYLES[severity];
  const priority = nextPriority(ws);
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [ruleFormula(severity).replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } },
          font: { color: { argb: argb(style.font) } },
        },
      },
    ],
  });
}

/** After every rule the sheet has, so a person's own rules keep their order and precedence. */
function nextPriority(ws: Worksheet): number {
  let max = 0;
  for (const cf of rulesOf(ws)) for (const r of cf.rules) max = Math.max(max, r.priority ?? 0);
  return max + 1;
}

function isOwnedRule(r: ConditionalFormattingRule): boolean {
  return ownedSeverity(r) !== null;
}

/** The add-in's rules and (with `notes`) its notes off the sheet; everybody else's stay. */
export function removeOwnedMarks(ws: Worksheet, notes = true): void {
  const cfs = rulesOf(ws);
  if (cfs.some((cf) => cf.rules.some(isOwnedRule))) {
    const kept = cfs.map((cf) => ({ ...cf, rules: cf.rules.filter((r) => !isOwnedRule(r)) })).filter((cf) => cf.rules.length > 0);
    ws.removeConditionalFormatting(null);
    for (const cf of kept) ws.addConditionalFormatting(cf);
  }
  if (!notes) return;
  // empty cells too: a note on a blank cell is as much ours
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (isOwnedNote(noteString(cell))) removeNote(cell);
    }),
  );
}
