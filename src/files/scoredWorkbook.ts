/**
 * The core's plan for the sheets of a workbook, applied to the workbook exceljs holds. The core
 * decides everything; this only runs it and writes. Shared by `ziping fix` (scoreWorkbook) and the
 * browser page, which plans and writes in two steps so that it can refuse a protected sheet and
 * record what it overwrites in between (src/browser/host/recalculate.ts). No Node API here: the
 * page bundles it.
 */
import type { Workbook } from "exceljs";
import { analyzeSheet, type CellEdit, type CellMark, type PlanOptions, type SheetGrid, type SheetResult, type Settings, type TableReport } from "../core";
import { dedupeMarks } from "../host/marks";
import { applyEdits } from "./applyEdits";
import { applyMarks, type MarkOptions } from "./applyMarks";

/** The core on one sheet: analyzeSheet, or the function a host was constructed with in its place. */
export type Analyze = (grid: SheetGrid, settings: Partial<Settings>, options: Partial<PlanOptions>) => SheetResult;

export interface WorkbookPlan {
  reports: TableReport[];
  /** the cells to write */
  edits: CellEdit[];
  /** the cells to highlight, one mark per cell */
  marks: CellMark[];
}

/** The core's plan for each grid, in order. */
export function planWorkbook(
  grids: readonly SheetGrid[],
  settings: Partial<Settings>,
  options: Partial<PlanOptions>,
  analyze: Analyze = analyzeSheet,
): WorkbookPlan {
  const reports: TableReport[] = [];
  const edits: CellEdit[] = [];
  const marks: CellMark[] = [];
  for (const grid of grids) {
    const r = analyze(grid, settings, options);
    reports.push(...r.reports);
    marks.push(...r.plan.marks);
    edits.push(...r.plan.edits);
  }
  return { reports, edits, marks: dedupeMarks(marks) };
}

/**
 * The plan written: its cells, then the marks of `sheets` (the sheets recalculated; every sheet
 * when not given), whose old marks are taken off first. Returns how many notes were written.
 */
export function writePlan(workbook: Workbook, plan: Pick<WorkbookPlan, "edits" | "marks">, o: MarkOptions, sheets?: readonly string[]): number {
  applyEdits(workbook, plan.edits);
  return applyMarks(workbook, plan.marks, o, sheets);
}

/** What `fix` does to a workbook: every grid planned, the plan written, every sheet's marks renewed. */
export function scoreWorkbook(
  workbook: Workbook,
  grids: readonly SheetGrid[],
  settings: Partial<Settings>,
  options: Partial<PlanOptions>,
  marks: MarkOptions,
): WorkbookPlan {
  const plan = planWorkbook(grids, settings, options);
  writePlan(workbook, plan, marks);
  return plan;
}
