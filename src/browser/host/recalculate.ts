/**
 * 重新计算 in the in-memory workbook: the grids read by the file host's reader (workbookGrids),
 * the core's plan, and the plan written by the file host's writers (applyEdits, applyMarks) —
 * the same cells, formulas with cached results, highlight rules and notes `ziping fix` writes.
 * Like the Excel host it also records what it overwrote (undo records in the settings sheet) and
 * refuses, before writing anything, when a sheet it must write to is protected.
 */
import type { SheetGrid } from "../../core/grid";
import type { CellEdit, CellMark, Plan, PlanOptions } from "../../core/plan";
import type { TableReport } from "../../core/report";
import type { Settings } from "../../core/settings";
import { applyEdits } from "../../files/applyEdits";
import { applyMarks } from "../../files/applyMarks";
import { workbookGrids } from "../../files/readXlsx";
import { readDataSheet, writeDataSheet, type DataSheetState } from "../../host/dataSheet";
import { dedupeMarks, isOwnedNote } from "../../host/marks";
import { mergeRecords } from "../../host/undo";
import { HostError, type RecalcOptions, type RecalcResult, type Scope } from "../../host/WorkbookHost";
import type { WorkbookDoc } from "../WorkbookDoc";
import { contentAt } from "./cellContent";
import { readData, sameRows, writeData } from "./dataSheet";
import { isProtected, marksOf, noteOf, ownedNoteCount, ownedRules } from "./ownedMarks";

export type Analyze = (grid: SheetGrid, settings: Partial<Settings>, options: Partial<PlanOptions>) => { reports: TableReport[]; plan: Plan };

export function recalculate(doc: WorkbookDoc, analyze: Analyze, scope: Scope, settings: Partial<Settings>, options: RecalcOptions, english: boolean): RecalcResult {
  const wb = doc.workbook;
  const read = workbookGrids(wb);
  // readGrids.ts (which has isReadError) reads from disk: not in the page
  if (!("grids" in read)) throw new HostError("failed", read.en);
  const names = scope === "workbook" ? doc.sheetNames() : [doc.active];
  const grids = read.grids.filter((g) => names.includes(g.name));

  const reports: TableReport[] = [];
  const edits: CellEdit[] = [];
  const marks: CellMark[] = [];
  for (const grid of grids) {
    const res = analyze(grid, settings, { formulas: options.formulas });
    reports.push(...res.reports);
    edits.push(...res.plan.edits.map((e) => ({ ...e, sheet: grid.name })));
    marks.push(...dedupeMarks(res.plan.marks.map((m) => ({ ...m, sheet: grid.name }))));
  }
  if (reports.length === 0) throw new HostError("noTable", "no 自评表", names.length === 1 ? names[0] : undefined);
  for (const name of names) {
    const ws = wb.getWorksheet(name);
    const touches = edits.some((e) => e.sheet === name) || marks.some((m) => m.sheet === name) || (!!ws && (ownedRules(ws).count > 0 || ownedNoteCount(ws) > 0));
    if (ws && touches && isProtected(ws)) throw new HostError("protected", "sheet is protected", name);
  }

  // undo records: what each cell held just before this write
  const data = readData(wb);
  const state = readDataSheet(data.columnA);
  const records = mergeRecords(state.records, edits, (sheet, cell) => contentAt(wb, sheet, cell), names);
  const marked = new Set(state.markedSheets);
  for (const m of marks) marked.add(m.sheet);
  const next: DataSheetState = { ...state, records, markedSheets: [...marked], recordedAt: edits.length > 0 ? null : state.recordedAt };
  const rows = writeDataSheet(next);
  const needData = !sameRows(rows, data.columnA) && (data.ws !== null || records.length > 0 || marks.length > 0);
  if (needData && data.ws && isProtected(data.ws)) throw new HostError("protected", "settings sheet is protected", data.ws.name);

  // a note goes only where nobody else has one (applyMarks keeps theirs)
  const notes = marks.filter((m) => {
    const cell = wb.getWorksheet(m.sheet)?.findCell(m.row + 1, m.col + 1);
    const existing = cell ? noteOf(cell) : null;
    return existing === null || isOwnedNote(existing);
  }).length;
  // applyMarks rewrites the marks of every sheet: the sheets not read keep theirs
  const kept = wb.worksheets.filter((ws) => !names.includes(ws.name)).flatMap(marksOf);

  if (needData) writeData(wb, data, rows, true);
  applyEdits(wb, edits);
  applyMarks(wb, [...kept, ...marks], { english });
  doc.changed();
  return { reports, sheets: grids.map((g) => g.name), written: edits.length, marked: marks.length, notes, writtenCells: edits.map((e) => ({ sheet: e.sheet, cell: e.cell })) };
}
