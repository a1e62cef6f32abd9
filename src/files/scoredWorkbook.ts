/**
 * The core's plan for every sheet of a workbook, applied to the workbook exceljs holds, and the
 * workbook's bytes afterwards. The core decides everything; this only runs it and writes.
 */
import type { Workbook } from "exceljs";
import { analyzeSheet, type CellEdit, type CellMark, type PlanOptions, type SheetGrid, type Settings, type TableReport } from "../core";
import { applyEdits } from "./applyEdits";
import { applyMarks, type MarkOptions } from "./applyMarks";
import { deflateStored } from "./zip";

export interface ScoreResult {
  reports: TableReport[];
  /** cells written */
  edits: number;
  /** cells highlighted */
  marks: number;
}

export function scoreWorkbook(
  workbook: Workbook,
  grids: readonly SheetGrid[],
  settings: Partial<Settings>,
  plan: Partial<PlanOptions>,
  marks: MarkOptions,
): ScoreResult {
  const reports: TableReport[] = [];
  const allEdits: CellEdit[] = [];
  const allMarks: CellMark[] = [];
  for (const grid of grids) {
    const r = analyzeSheet(grid, settings, plan);
    reports.push(...r.reports);
    allMarks.push(...r.plan.marks);
    allEdits.push(...r.plan.edits);
  }
  applyEdits(workbook, allEdits);
  applyMarks(workbook, allMarks, marks);
  return { reports, edits: allEdits.length, marks: new Set(allMarks.map((m) => `${m.sheet}\u0000${m.cell}`)).size };
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  keepPageNumbering(workbook);
  return packWorkbook(workbook);
}

/**
 * exceljs' bytes, compressed by Node's own zlib: exceljs is asked to store its parts and they
 * are deflated afterwards (zip.ts, deflateStored), several times faster than its JavaScript deflate.
 */
export async function packWorkbook(workbook: Workbook): Promise<Buffer> {
  const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return deflateStored(stored) ?? stored;
}

/**
 * exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1" for it,
 * which makes every sheet restart its printed page numbers at 1. Leave the number out again
 * where the file did not ask for it.
 */
function keepPageNumbering(workbook: Workbook): void {
  for (const ws of workbook.worksheets) {
    const setup = ws.pageSetup as { useFirstPageNumber?: boolean; firstPageNumber?: number } | undefined;
    if (setup && !setup.useFirstPageNumber) delete setup.firstPageNumber;
  }
}
