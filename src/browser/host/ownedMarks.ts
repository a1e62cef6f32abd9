/**
 * The marks already in a worksheet of the in-memory workbook: the add-in's highlight rules
 * (tagged "ziping:<severity>", src/host/marks.ts) and its notes, whoever wrote them — this page,
 * `ziping fix` or the Excel add-in. The sheet view draws them; a recalculation of one sheet hands
 * the other sheets' marks back to applyMarks, which always rewrites the marks of every sheet.
 */
import type { Cell, ConditionalFormattingOptions, Row, Worksheet } from "exceljs";
import { colLetters } from "../../core/grid";
import type { CellMark, MarkSeverity } from "../../core/plan";
import { isOwnedNote, NOTE_PREFIX, ownedRuleSeverity, SEVERITY_ORDER } from "../../host/marks";
import { parseRect } from "../../host/address";

/** The sheet's rules as exceljs holds them (its typings only declare add and remove). */
function rulesOf(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

export interface OwnedRules {
  /** rules the add-in owns */
  count: number;
  /** A1 address → the most severe mark over it */
  cells: Map<string, MarkSeverity>;
}

export function ownedRules(ws: Worksheet): OwnedRules {
  const cells = new Map<string, MarkSeverity>();
  let count = 0;
  for (const cf of rulesOf(ws)) {
    for (const rule of cf.rules) {
      const f: unknown = rule.type === "expression" ? rule.formulae?.[0] : null;
      const severity = ownedRuleSeverity(typeof f === "string" ? f : null);
      if (!severity) continue;
      count++;
      for (const part of String(cf.ref).split(/[\s,]+/)) {
        const r = parseRect(part);
        if (!r) continue;
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            const a = `${colLetters(col)}${row + 1}`;
            const prev = cells.get(a);
            if (!prev || SEVERITY_ORDER.indexOf(severity) < SEVERITY_ORDER.indexOf(prev)) cells.set(a, severity);
          }
        }
      }
    }
  }
  return { count, cells };
}

/** A note's text whether exceljs holds it as a string or as rich text runs; null for no note. */
export function noteOf(cell: Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: unknown }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => (typeof t.text === "string" ? t.text : "")).join("") : "";
}

/** Every cell exceljs holds, blank ones too (a note may sit on a blank cell). */
export function eachExistingCell(ws: Worksheet, fn: (cell: Cell) => void): void {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r) as (Row & { _cells?: (Cell | undefined)[] }) | undefined;
    for (const cell of row?._cells ?? []) if (cell) fn(cell);
  }
}

/** A1 address → note text, for every note on the sheet. */
export function notesOf(ws: Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  eachExistingCell(ws, (cell) => {
    const n = noteOf(cell);
    if (n !== null) out.set(cell.address, n);
  });
  return out;
}

export function ownedNoteCount(ws: Worksheet): number {
  let n = 0;
  for (const text of notesOf(ws).values()) if (isOwnedNote(text)) n++;
  return n;
}

/** The sheet's marks as the plan would give them, so applyMarks can write them again unchanged. */
export function marksOf(ws: Worksheet): CellMark[] {
  const notes = notesOf(ws);
  return [...ownedRules(ws).cells].map(([cell, severity]) => {
    const r = parseRect(cell);
    const text = notes.get(cell);
    const body = text !== undefined && isOwnedNote(text) ? text.slice(NOTE_PREFIX.length).replace(/^\n/, "") : "";
    return { sheet: ws.name, cell, row: r?.top ?? 0, col: r?.left ?? 0, severity, note: body, noteEn: body };
  });
}

export function isProtected(ws: Worksheet): boolean {
  return (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
}
