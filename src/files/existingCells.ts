/**
 * The cells exceljs holds for a sheet, blank ones included, without creating any. Its public
 * calls skip blank cells, or (asked to include empty ones) create a cell in every gap; its row
 * keeps the cells it read in `_cells`. Reading must never add to the workbook: the file host
 * writes it back, and the browser's sheet view draws it.
 */
import type { Cell, Row, Worksheet } from "exceljs";

/**
 * A row's cells as the file holds them: a blank 执行率 cell formatted 0.00% tells the core to
 * write a fraction there, and a blank Text cell that a formula needs a number format first.
 */
export function existingCells(row: Row): Cell[] {
  return ((row as unknown as { _cells?: (Cell | undefined)[] })._cells ?? []).filter((c): c is Cell => c !== undefined);
}

/** Every cell of the sheet exceljs holds, row by row (a note may sit on a blank cell). */
export function eachExistingCell(ws: Worksheet, fn: (cell: Cell) => void): void {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (row) for (const cell of existingCells(row)) fn(cell);
  }
}
