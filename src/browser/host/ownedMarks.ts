/**
 * The marks already in a worksheet of the in-memory workbook: the add-in's highlight rules
 * (tagged "ziping:<severity>", src/host/marks.ts) and its notes, whoever wrote them — this page,
 * `ziping fix` or the Excel add-in. The sheet view draws them; undo, clear and the protection
 * checks count them. Read through the file host's readers of rules, notes and cells.
 */
import type { Worksheet } from "exceljs";
import { colLetters } from "../../core/grid";
import type { MarkSeverity } from "../../core/plan";
import { noteString } from "../../files/cellNote";
import { ownedSeverity, rulesOf } from "../../files/conditionalFormats";
import { eachExistingCell } from "../../files/existingCells";
import { isOwnedNote, SEVERITY_ORDER } from "../../host/marks";
import { parseRect } from "../../host/address";

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
      const severity = ownedSeverity(rule);
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

/** A1 address → note text, for every note on the sheet. */
export function notesOf(ws: Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  eachExistingCell(ws, (cell) => {
    const n = noteString(cell);
    if (n !== null) out.set(cell.address, n);
  });
  return out;
}

export function ownedNoteCount(ws: Worksheet): number {
  let n = 0;
  for (const text of notesOf(ws).values()) if (isOwnedNote(text)) n++;
  return n;
}

export function isProtected(ws: Worksheet): boolean {
  return (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true;
}
