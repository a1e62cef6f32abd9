/**
 * The plain grid every host hands to the core: what a sheet holds, nothing about how it was read.
 * Rows and columns are 0-based here; addresses (A1) appear only at the edges (reports, plans).
 */
export type CellValue = string | number | boolean | null;

export interface GridCell {
  /** The value a person sees: for a formula, its cached result (null when the file holds none). */
  value: CellValue;
  /** Formula text without the leading "=", when the cell holds one. */
  formula?: string;
  /** Number format code, e.g. "0.00%"; a percent format means the value is a fraction. */
  numFmt?: string;
}

/** A merged area, 0-based and inclusive. Only its top-left cell carries the value. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** cells[row][col]; missing rows or cells are empty. */
  cells: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | null | undefined>;
  merges?: ReadonlyArray<MergedArea>;
  /**
   * True when cells carry their real types (an .xlsx, Excel): then a number stored as text is a
   * finding. False for text grids (.csv/.tsv), where every cell is text by nature.
   */
  typed?: boolean;
}

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell | undefined {
  const r = grid.cells[row];
  if (!r) return undefined;
  return r[col] ?? undefined;
}

export function rowCount(grid: SheetGrid): number {
  return grid.cells.length;
}

export function colCount(grid: SheetGrid): number {
  let max = 0;
  for (const r of grid.cells) if (r && r.length > max) max = r.length;
  return max;
}

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

/** Parse "G18" → {row: 17, col: 6}; null for anything else. */
export function parseAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(a.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
