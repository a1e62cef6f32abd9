/**
 * One exceljs cell → the core's GridCell: the value a person sees, the formula behind it and its
 * number format. The core interprets formats itself (0.8619 shown as "0.00%" stays 0.8619).
 */
import { ValueType, type Cell, type CellValue as XlsxValue } from "exceljs";
import type { CellValue, GridCell } from "../core/grid";

export function gridCell(cell: Cell): GridCell | null {
  if (cell.type === ValueType.Merge) return null; // exceljs repeats the master's value here
  const numFmt = meaningfulFormat(cell.numFmt);
  if (cell.type === ValueType.Formula) {
    const result = (cell.value as { result?: unknown }).result;
    const out: GridCell = { value: result === undefined ? null : plainValue(result as XlsxValue), formula: cell.formula };
    if (numFmt) out.numFmt = numFmt;
    return out;
  }
  const value = plainValue(cell.value);
  if (value === null && !numFmt) return null;
  return numFmt ? { value, numFmt } : { value };
}

function meaningfulFormat(fmt: string | undefined): string | undefined {
  return fmt && fmt !== "General" ? fmt : undefined;
}

/** Rich text, hyperlinks, dates and errors flattened to what the cell displays as data. */
export function plainValue(v: XlsxValue | unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return richText(o.richText);
    if ("hyperlink" in o || "text" in o) return plainValue(o.text ?? null);
    if ("error" in o) return typeof o.error === "string" ? o.error : String(o.error);
    if ("formula" in o || "sharedFormula" in o) return plainValue(o.result ?? null);
  }
  return null;
}

function richText(runs: unknown[]): string {
  return runs.map((r) => (r && typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : "")).join("");
}

/** exceljs gives dates as UTC instants of the sheet's wall-clock time. */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
