/**
 * The plan's cell edits written into an exceljs workbook: a formula always with its cached result
 * (a formula without one reads back empty in every viewer until recalculated), a number format
 * where the plan asks for one, and nothing else of the cell touched — its font, fill, border and
 * alignment stay, and so does its note.
 */
import { ValueType, type Cell, type Workbook, type Worksheet } from "exceljs";
import type { CellEdit } from "../core/plan";
import { parseAddress } from "../core/grid";

export function applyEdits(workbook: Workbook, edits: readonly CellEdit[]): void {
  const sheets = new Map<string, Worksheet>();
  for (const edit of edits) {
    let ws = sheets.get(edit.sheet);
    if (!ws) {
      ws = workbook.getWorksheet(edit.sheet);
      if (!ws) continue;
      sheets.set(edit.sheet, ws);
    }
    applyEdit(ws, edit);
  }
}

function applyEdit(ws: Worksheet, edit: CellEdit): void {
  const cell = ws.getCell(edit.row + 1, edit.col + 1);
  keepSharedFormulaCopies(ws, cell);
  if (edit.formula !== undefined) {
    const result = edit.value === null ? undefined : edit.value;
    cell.value = { formula: edit.formula, result } as Cell["value"];
  } else {
    cell.value = edit.value;
  }
  if (edit.numFmt !== undefined) {
    // exceljs shares one style object among cells read with the same style: copy, then change
    cell.style = { ...cell.style, numFmt: edit.numFmt };
  }
}

/**
 * A cell can be the master of a shared formula (Excel writes the formula once and lets the cells
 * below refer to it). Overwriting the master would leave those cells without a formula, or let
 * exceljs slide the new formula into them: give each of them its own formula first.
 */
function keepSharedFormulaCopies(ws: Worksheet, master: Cell): void {
  if (master.type !== ValueType.Formula) return;
  const model = master.value as { shareType?: string; ref?: string };
  if (model.shareType !== "shared" || !model.ref) return;
  const [from, to] = model.ref.split(":").map((a) => parseAddress(a));
  if (!from) return;
  const last = to ?? from;
  for (let r = from.row + 1; r <= last.row + 1; r++) {
    for (let c = from.col + 1; c <= last.col + 1; c++) {
      // findCell, not getCell: a gap in the range must stay without a cell
      const copy = ws.findCell(r, c);
      if (!copy) continue;
      if (copy === master || copy.type !== ValueType.Formula) continue;
      const v = copy.value as { sharedFormula?: string; result?: unknown };
      if (v.sharedFormula !== master.address) continue;
      copy.value = { formula: copy.formula, result: v.result } as Cell["value"];
    }
  }
}
