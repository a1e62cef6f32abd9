/**
 * 重新计算 in the in-memory workbook: the grids read by the file host's reader (workbookGrids),
 * planned and written by the file host's own two steps (planWorkbook, writePlan) — the same cells,
 * formulas with cached results, highlight rules and notes `ziping fix` writes. Between the two
 * steps, like the Excel host, it refuses before writing anything when a sheet it must write to is
 * protected, and records what it is about to overwrite (undo records in the settings sheet).
 */
import type { Settings } from "../../core/settings";
import { isReadError } from "../../files/readError";
import { workbookGrids } from "../../files/readXlsx";
import { planWorkbook, writePlan, type Analyze } from "../../files/scoredWorkbook";
import { readDataSheet, sameRows, writeDataSheet, type DataSheetState } from "../../host/dataSheet";
import { mergeRecords } from "../../host/undo";
import { HostError, type RecalcOptions, type RecalcResult, type Scope } from "../../host/WorkbookHost";
import type { WorkbookDoc } from "../WorkbookDoc";
import { contentAt } from "./cellContent";
import { readData, writeData } from "./dataSheet";
import { isProtected, ownedNoteCount, ownedRules } from "./ownedMarks";

export function recalculate(doc: WorkbookDoc, analyze: Analyze, scope: Scope, settings: Partial<Settings>, options: RecalcOptions, english: boolean): RecalcResult {
  const wb = doc.workbook;
  const read = workbookGrids(wb);
  if (isReadError(read)) throw new HostError("failed", read.en);
  const names = scope === "workbook" ? doc.sheetNames() : [doc.active];
  const grids = read.grids.filter((g) => names.includes(g.name));

  const { reports, edits, marks } = planWorkbook(grids, settings, { formulas: options.formulas }, analyze);
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

  if (needData) writeData(wb, data, rows, true);
  // only the sheets read get new marks: the others keep theirs
  const notes = writePlan(wb, { edits, marks }, { english }, names);
  doc.changed();
  return { reports, sheets: grids.map((g) => g.name), written: edits.length, marked: marks.length, notes, writtenCells: edits.map((e) => ({ sheet: e.sheet, cell: e.cell })) };
}
