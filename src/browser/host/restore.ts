/**
 * 撤销本次计算 and 清除标记 / 提交前清理 in the in-memory workbook, following the Excel host
 * (src/excel/ExcelHost.ts): records come from the settings sheet; a cell a person changed since is
 * left alone; the marks go by the file host's removeOwnedMarks, which takes off every rule and
 * note the add-in owns and nothing else.
 */
import { applyEdits } from "../../files/applyEdits";
import { removeOwnedMarks } from "../../files/applyMarks";
import { isDefaultState, readDataSheet, sameRows, writeDataSheet, type DataSheetState } from "../../host/dataSheet";
import { planRestore } from "../../host/undo";
import { HostError, type ClearResult, type UndoResult } from "../../host/WorkbookHost";
import { isSettingsSheet } from "../../core/workbookSettings";
import type { WorkbookDoc } from "../WorkbookDoc";
import { contentAt, restoreEdits } from "./cellContent";
import { readData, removeData, writeData } from "./dataSheet";
import { isProtected, ownedNoteCount, ownedRules } from "./ownedMarks";

export function undo(doc: WorkbookDoc): UndoResult {
  const wb = doc.workbook;
  const data = readData(wb);
  const state = readDataSheet(data.columnA);
  if (!data.ws || (state.records.length === 0 && state.markedSheets.length === 0)) return { restored: 0, skipped: 0 };
  const names = new Set([...state.records.map((r) => r.sheet), ...state.markedSheets].filter((n) => wb.getWorksheet(n)));
  const present = state.records.filter((r) => names.has(r.sheet));
  const plan = planRestore(present, (sheet, cell) => contentAt(wb, sheet, cell));
  for (const name of names) {
    const ws = wb.getWorksheet(name);
    if (ws && isProtected(ws)) throw new HostError("protected", "sheet is protected", name);
  }
  if (isProtected(data.ws)) throw new HostError("protected", "settings sheet is protected", data.ws.name);

  writeData(wb, data, writeDataSheet({ ...state, records: [], markedSheets: [], recordedAt: null }), true);
  applyEdits(wb, restoreEdits(plan.restore));
  // the marks of the recorded recalculations go; other sheets keep theirs
  for (const ws of wb.worksheets) if (names.has(ws.name)) removeOwnedMarks(ws);
  doc.changed();
  return { restored: plan.restore.length, skipped: plan.skipped.length + (state.records.length - present.length) };
}

/** Remove every mark the add-in owns; with records, the undo records too (提交前清理). */
export function clear(doc: WorkbookDoc, records: boolean): ClearResult {
  const wb = doc.workbook;
  const sheets = wb.worksheets.filter((ws) => !isSettingsSheet(ws.name));
  const found = sheets.map((ws) => ({ ws, rules: ownedRules(ws).count, notes: ownedNoteCount(ws) }));
  for (const f of found) if ((f.rules > 0 || f.notes > 0) && isProtected(f.ws)) throw new HostError("protected", "sheet is protected", f.ws.name);
  const data = readData(wb);
  const state = readDataSheet(data.columnA);
  const next: DataSheetState = records ? { ...state, records: [], markedSheets: [], recordedAt: null } : { ...state, markedSheets: [] };
  const rows = writeDataSheet(next);
  const drop = records && isDefaultState(next);
  if (data.ws && (drop || !sameRows(rows, data.columnA)) && isProtected(data.ws)) throw new HostError("protected", "settings sheet is protected", data.ws.name);

  for (const ws of wb.worksheets) removeOwnedMarks(ws);
  if (data.ws && drop) removeData(wb, data);
  else if (data.ws && !sameRows(rows, data.columnA)) writeData(wb, data, rows, true);
  doc.changed();
  return {
    marks: found.reduce((a, f) => a + f.rules, 0),
    notes: found.reduce((a, f) => a + f.notes, 0),
    records: records ? state.records.length : 0,
  };
}
