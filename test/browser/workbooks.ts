/**
 * What the browser tests share: workbooks opened the way the page opens them (the file host's
 * loader), and a snapshot of what a workbook shows — every cell's value, formula and number format,
 * the conditional-format rules and the notes — to compare two workbooks whole.
 */
import * as fs from "fs";
import * as path from "path";
import { ValueType, type Workbook } from "exceljs";
import { isSettingsSheet } from "../../src/core/workbookSettings";
import { isReadError } from "../../src/files/readError";
import { loadWorkbook } from "../../src/files/readXlsx";
import { gridCell } from "../../src/files/xlsxCell";
import { noteString } from "../../src/files/cellNote";
import { eachExistingCell } from "../../src/files/existingCells";
import { WorkbookDoc } from "../../src/browser/WorkbookDoc";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "assets", "sample", "pujin-2023-sample.xlsx");
export const FIXTURE = (name: string): string => path.join(ROOT, "test", "fixtures", "xlsx", `${name}.xlsx`);

export async function openBytes(bytes: Buffer | ArrayBuffer): Promise<Workbook> {
  const wb = await loadWorkbook(bytes);
  if (isReadError(wb)) throw new Error(wb.en);
  return wb;
}

export async function openDoc(file: string): Promise<WorkbookDoc> {
  return new WorkbookDoc(await openBytes(fs.readFileSync(file)), path.basename(file));
}

export interface SheetSnapshot {
  cells: Record<string, unknown>;
  rules: unknown[];
}

/** Every sheet but the add-in's settings sheet, as a person (or Excel) would see it. */
export function snapshot(wb: Workbook): Record<string, SheetSnapshot> {
  const out: Record<string, SheetSnapshot> = {};
  for (const ws of wb.worksheets) {
    if (isSettingsSheet(ws.name)) continue;
    const cells: Record<string, unknown> = {};
    eachExistingCell(ws, (cell) => {
      if (cell.type === ValueType.Merge) return;
      const g = gridCell(cell);
      const note = noteString(cell);
      if (g || note !== null) cells[cell.address] = { ...(g ?? {}), ...(note !== null ? { note } : {}) };
    });
    const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: { type: string; priority?: number; formulae?: unknown[]; style?: unknown }[] }[] }).conditionalFormattings ?? [];
    const rules = cfs.map((cf) => ({ ref: cf.ref, rules: cf.rules.map((r) => ({ type: r.type, priority: r.priority, formulae: r.formulae, style: r.style })) }));
    out[ws.name] = { cells, rules };
  }
  return out;
}

/** The workbook written and read back, as a downloaded copy would be. */
export async function roundTrip(wb: Workbook): Promise<Workbook> {
  return openBytes(Buffer.from(await wb.xlsx.writeBuffer()));
}
