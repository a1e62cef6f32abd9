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
import type { Cell, ConditionalFormattingOptions, ConditionalFormattingRule, Workbook, Worksheet } from "exceljs";
import type { CellMark, MarkSeverity } from "../core/plan";
import { MARK_STYLES, dedupeMarks, isOwnedNote, noteText, ownedRuleSeverity, ruleFormula, ruleGroups } from "../host/marks";

/** Sheet addresses may be long in a file; hosts limit a rule's range to a few thousand characters. */
const MAX_RULE_ADDRESS = 8000;

export interface MarkOptions {
  english: boolean;
  /** false when the file holds no note at all: then no cell needs to be searched for old ones */
  hasNotes?: boolean;
}

export function applyMarks(workbook: Workbook, marks: readonly CellMark[], o: MarkOptions): void {
  for (const ws of workbook.worksheets) removeOwnedMarks(ws, o.hasNotes !== false);
  const groups = ruleGroups(marks, MAX_RULE_ADDRESS);
  for (const g of groups) {
    const ws = workbook.getWorksheet(g.sheet);
    if (ws) addRule(ws, g.severity, g.address.split(",").join(" "));
  }
  for (const m of dedupeMarks(marks)) {
    const ws = workbook.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.row + 1, m.col + 1);
    const existing = noteString(cell);
    if (existing === null || isOwnedNote(existing)) cell.note = noteText(m, o.english);
  }
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

/** The sheet's rules as exceljs holds them (its typings only declare add and remove). */
function rulesOf(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

/** After every rule the sheet has, so a person's own rules keep their order and precedence. */
function nextPriority(ws: Worksheet): number {
  let max = 0;
  for (const cf of rulesOf(ws)) for (const r of cf.rules) max = Math.max(max, r.priority ?? 0);
  return max + 1;
}

function isOwnedRule(r: ConditionalFormattingRule): boolean {
  if (r.type !== "expression") return false;
  const f: unknown = r.formulae?.[0];
  return ownedRuleSeverity(typeof f === "string" ? f : null) !== null;
}

function removeOwnedMarks(ws: Worksheet, notes: boolean): void {
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

/** A note's text whether exceljs holds it as a string or as rich text runs; null for no note. */
function noteString(cell: Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: unknown }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => (typeof t.text === "string" ? t.text : "")).join("") : "";
}

/**
 * exceljs has no call to delete a note. It keeps a note in the cell's `_comment`, and a note it
 * read also in the value's model, from which it would write it again.
 */
function removeNote(cell: Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}
