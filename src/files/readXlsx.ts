/**
 * An .xlsx file's bytes → one typed grid per worksheet, merges with the value in the top-left
 * cell only, and the add-in's settings from its hidden sheet (which is not a grid to check).
 */
import { Workbook, ValueType, type Worksheet } from "exceljs";
import type { GridCell, MergedArea, SheetGrid } from "../core/grid";
import { isSettingsSheet } from "../core/workbookSettings";
import { corruptOrUnparsable } from "./xlsxErrors";
import { readErrors, type ReadError } from "./readError";
import { readSettingsSheet } from "./settingsSheet";
import { existingCells } from "./existingCells";
import { gridCell } from "./xlsxCell";

export interface WorkbookGrids {
  grids: SheetGrid[];
  workbookSettings: unknown;
  warnings: string[];
}

export async function readXlsxGrids(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookGrids | ReadError> {
  const workbook = await loadWorkbook(bytes);
  return workbook instanceof Workbook ? workbookGrids(workbook) : workbook;
}

/**
 * The workbook as exceljs holds it: `fix` edits this and writes it back, the browser page keeps it.
 * The bytes are a Node Buffer (a Uint8Array) on the command line and an ArrayBuffer in the page.
 */
export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<Workbook | ReadError> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type; its zip reader (JSZip) takes either at run time
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    return corruptOrUnparsable(e);
  }
  return workbook;
}

export function workbookGrids(workbook: Workbook): WorkbookGrids | ReadError {
  // exceljs opens any zip (a renamed .docx too) as a workbook with no sheets
  if (workbook.worksheets.length === 0) return readErrors.noWorksheet;
  const grids: SheetGrid[] = [];
  const warnings: string[] = [];
  let workbookSettings: unknown = null;
  for (const ws of workbook.worksheets) {
    if (isSettingsSheet(ws.name)) {
      const s = readSettingsSheet(ws);
      workbookSettings = s.settings;
      if (s.problem) warnings.push(s.problem);
      continue;
    }
    grids.push(worksheetGrid(ws));
  }
  return { grids, workbookSettings, warnings };
}

function worksheetGrid(ws: Worksheet): SheetGrid {
  const cells: (GridCell | null)[][] = [];
  const merges = new Map<string, MergedArea>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    for (const cell of existingCells(row)) {
      const c = Number(cell.col) - 1;
      if (cell.type === ValueType.Merge) {
        const master = cell.master.fullAddress;
        growMerge(merges, master.row - 1, master.col - 1, r, c);
        continue;
      }
      const g = gridCell(cell);
      if (g) (cells[r] ??= [])[c] = g;
    }
  });
  // eachRow skips empty rows: make them empty rows rather than holes in the outer array
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  return { name: ws.name, cells, merges: [...merges.values()], typed: true };
}

/** Built from the merged-over cells exceljs reports, so no private field of exceljs is needed. */
function growMerge(merges: Map<string, MergedArea>, top: number, left: number, r: number, c: number): void {
  const key = `${top},${left}`;
  const m = merges.get(key);
  if (!m) {
    merges.set(key, { top, left, bottom: Math.max(top, r), right: Math.max(left, c) });
    return;
  }
  if (r > m.bottom) m.bottom = r;
  if (c > m.right) m.right = c;
}
