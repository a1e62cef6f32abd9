/**
 * The add-in's very hidden settings sheet (src/host/dataSheet.ts) in the in-memory workbook:
 * column A read as values, written as text, the sheet added or removed like the Excel host does.
 */
import type { Workbook, Worksheet } from "exceljs";
import { SETTINGS_SHEET_NAME } from "../../core/workbookSettings";
import { plainValue } from "../../files/xlsxCell";

export interface DataSheet {
  ws: Worksheet | null;
  /** column A, top to bottom */
  columnA: unknown[];
}

export function readData(workbook: Workbook): DataSheet {
  const ws = workbook.getWorksheet(SETTINGS_SHEET_NAME) ?? null;
  if (!ws) return { ws: null, columnA: [] };
  const columnA: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) columnA.push(plainValue(ws.findCell(r, 1)?.value ?? null));
  return { ws, columnA };
}

/** Rows from A1 down, as text; with clearBelow, rows the sheet held beyond them are emptied. */
export function writeData(workbook: Workbook, data: DataSheet, rows: ReadonlyArray<string>, clearBelow: boolean): void {
  const ws = data.ws ?? workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
  const n = clearBelow ? Math.max(rows.length, data.columnA.length) : rows.length;
  for (let i = 0; i < n; i++) {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = "@";
    cell.value = rows[i] ?? null;
  }
}

export function removeData(workbook: Workbook, data: DataSheet): void {
  if (data.ws) workbook.removeWorksheet(data.ws.id);
}
