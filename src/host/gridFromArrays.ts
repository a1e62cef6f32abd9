/**
 * Turn what a spreadsheet host hands back for a used range — 2-D arrays of values, formulas and
 * number formats, anchored at some top-left cell, plus merged areas — into the core's SheetGrid,
 * anchored at A1 so every address the core prints is the sheet's own.
 */
import type { CellValue, GridCell, MergedArea, SheetGrid } from "../core/grid";
import type { CellContent } from "./undo";
import { parseRect, splitAreas } from "./address";

export interface RangeArrays {
  /** 0-based row and column of the range's top-left cell */
  rowIndex: number;
  columnIndex: number;
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  formulas?: ReadonlyArray<ReadonlyArray<unknown>>;
  numberFormat?: ReadonlyArray<ReadonlyArray<unknown>>;
}

function toValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** One cell of the arrays as the core and the undo records see it. */
export function contentAt(a: RangeArrays, r: number, c: number): CellContent {
  const value = toValue(a.values[r]?.[c]);
  const f = a.formulas?.[r]?.[c];
  const n = a.numberFormat?.[r]?.[c];
  const out: CellContent = { value };
  if (typeof f === "string" && f.startsWith("=") && f.length > 1) out.formula = f.slice(1);
  if (typeof n === "string" && n !== "" && n !== "General") out.numFmt = n;
  return out;
}

/** Merge several row bands (read in chunks) into one set of arrays. */
export function joinBands(bands: ReadonlyArray<RangeArrays>): RangeArrays | null {
  if (bands.length === 0) return null;
  const sorted = [...bands].sort((a, b) => a.rowIndex - b.rowIndex);
  return {
    rowIndex: sorted[0].rowIndex,
    columnIndex: sorted[0].columnIndex,
    values: sorted.flatMap((b) => b.values),
    formulas: sorted.flatMap((b) => b.formulas ?? b.values.map(() => [])),
    numberFormat: sorted.flatMap((b) => b.numberFormat ?? b.values.map(() => [])),
  };
}

/** "Sheet1!A1:C1, Sheet1!A5:B6" (a host's merged-areas address) → merged areas. */
export function mergesFromAddress(address: string | null | undefined): MergedArea[] {
  if (!address) return [];
  const out: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const r = parseRect(part);
    if (r && (r.bottom > r.top || r.right > r.left)) out.push(r);
  }
  return out;
}

export function gridFromArrays(name: string, a: RangeArrays | null, merges: MergedArea[] = []): SheetGrid {
  const cells: (GridCell | null)[][] = [];
  if (a) {
    for (let r = 0; r < a.values.length; r++) {
      const row: (GridCell | null)[] = new Array(a.columnIndex).fill(null);
      const len = a.values[r]?.length ?? 0;
      for (let c = 0; c < len; c++) {
        const content = contentAt(a, r, c);
        if (content.value === null && !content.formula && !content.numFmt) {
          row.push(null);
          continue;
        }
        const cell: GridCell = { value: content.value };
        if (content.formula) cell.formula = content.formula;
        if (content.numFmt) cell.numFmt = content.numFmt;
        row.push(cell);
      }
      cells[a.rowIndex + r] = row;
    }
  }
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  return { name, cells, merges, typed: true };
}
