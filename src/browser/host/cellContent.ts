/**
 * Cells of the in-memory workbook as the undo records see them (value, formula, number format),
 * read through the file host's own cell reader, and undo records turned back into the plan's cell
 * edits so that the file host's writer (applyEdits) puts them back.
 */
import type { Workbook } from "exceljs";
import { parseAddress } from "../../core/grid";
import type { CellEdit } from "../../core/plan";
import { restoredNumFmt, type CellContent, type UndoRecord } from "../../host/undo";
import { gridCell } from "../../files/xlsxCell";

/** What a cell holds now; undefined for a sheet or address that does not exist. */
export function contentAt(workbook: Workbook, sheet: string, cell: string): CellContent | undefined {
  const ws = workbook.getWorksheet(sheet);
  const p = parseAddress(cell);
  if (!ws || !p) return undefined;
  const found = ws.findCell(p.row + 1, p.col + 1);
  const g = found ? gridCell(found) : null;
  if (!g) return { value: null };
  const out: CellContent = { value: g.value };
  if (g.formula) out.formula = g.formula;
  if (g.numFmt) out.numFmt = g.numFmt;
  return out;
}

/**
 * Each record's "before" as an edit: value (with its formula, cached result kept), and the
 * number format undo puts back — the same rule as the Excel host's (src/host/undo.ts).
 */
export function restoreEdits(records: ReadonlyArray<UndoRecord>): CellEdit[] {
  return records.flatMap((r): CellEdit[] => {
    const p = parseAddress(r.cell);
    if (!p) return [];
    const edit: CellEdit = { sheet: r.sheet, cell: r.cell, row: p.row, col: p.col, kind: "score", value: r.before.value ?? null, before: { value: r.written.value } };
    if (r.before.formula) edit.formula = r.before.formula;
    const numFmt = restoredNumFmt(r);
    if (numFmt !== undefined) edit.numFmt = numFmt;
    return [edit];
  });
}
