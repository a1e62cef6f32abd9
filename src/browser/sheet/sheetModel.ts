/**
 * One worksheet of the in-memory workbook as the sheet view draws it: the text each cell shows,
 * merged areas as spans, the cell's own bold, alignment and solid fill, the add-in's highlight
 * (read back from its rules, so a file scored by `ziping fix` or by Excel shows its marks too)
 * and notes. Pure: no React, no DOM.
 */
import { ValueType, type Cell, type Workbook, type Worksheet } from "exceljs";
import { colLetters } from "../../core/grid";
import type { MarkSeverity } from "../../core/plan";
import { gridCell } from "../../files/xlsxCell";
import { notesOf, ownedRules } from "../host/ownedMarks";
import { displayText } from "./displayText";

/** The view draws at most this much of a sheet (the checks and writes cover all of it). */
export const MAX_ROWS = 500;
export const MAX_COLS = 40;

export interface ViewCell {
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
  bold: boolean;
  align?: "left" | "center" | "right";
  /** the cell's own solid fill, "#RRGGBB" */
  fill?: string;
  mark?: MarkSeverity;
  note?: string;
}

export interface SheetModel {
  name: string;
  /** column widths in pixels, from column A */
  widths: number[];
  /** rows from 1; each holds the cells to draw (cells covered by a merge are left out) */
  rows: { number: number; cells: ViewCell[] }[];
  truncated: boolean;
}

type Span = { rows: number; cols: number };

function spans(ws: Worksheet, rows: number, cols: number): { master: Map<string, Span>; covered: Set<string> } {
  const master = new Map<string, Span>();
  const covered = new Set<string>();
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.findCell(r, c);
      if (!cell || cell.type !== ValueType.Merge) continue;
      covered.add(cell.address);
      const m = cell.master;
      const s = master.get(m.address) ?? { rows: 1, cols: 1 };
      s.rows = Math.max(s.rows, r - Number(m.row) + 1);
      s.cols = Math.max(s.cols, c - Number(m.col) + 1);
      master.set(m.address, s);
    }
  }
  return { master, covered };
}

function solidFill(cell: Cell): string | undefined {
  const f = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  const argb = f?.type === "pattern" && f.pattern === "solid" ? f.fgColor?.argb : undefined;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2)}` : undefined;
}

function viewCell(cell: Cell | undefined, address: string, span: Span | undefined): ViewCell {
  const g = cell ? gridCell(cell) : null;
  const align = cell?.alignment?.horizontal;
  return {
    address,
    text: g ? displayText(g.value, g.numFmt) : "",
    rowSpan: span?.rows ?? 1,
    colSpan: span?.cols ?? 1,
    numeric: typeof g?.value === "number",
    bold: cell?.font?.bold === true,
    align: align === "left" || align === "center" || align === "right" ? align : undefined,
    fill: cell ? solidFill(cell) : undefined,
  };
}

export function sheetModel(workbook: Workbook, name: string): SheetModel | null {
  const ws = workbook.getWorksheet(name);
  if (!ws) return null;
  const rowCount = Math.max(1, Math.min(ws.rowCount, MAX_ROWS));
  const colCount = Math.max(1, Math.min(ws.columnCount, MAX_COLS));
  const { master, covered } = spans(ws, rowCount, colCount);
  const marks = ownedRules(ws).cells;
  const notes = notesOf(ws);
  const rows: SheetModel["rows"] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: ViewCell[] = [];
    for (let c = 1; c <= colCount; c++) {
      const address = `${colLetters(c - 1)}${r}`;
      if (covered.has(address)) continue;
      const v = viewCell(ws.findCell(r, c), address, master.get(address));
      v.rowSpan = Math.min(v.rowSpan, rowCount - r + 1);
      v.colSpan = Math.min(v.colSpan, colCount - c + 1);
      v.mark = marks.get(address);
      v.note = notes.get(address);
      cells.push(v);
    }
    rows.push({ number: r, cells });
  }
  // ws.columns, not ws.getColumn: drawing must never add anything to the workbook
  const columns = (ws.columns as ReadonlyArray<{ width?: number } | undefined> | null) ?? [];
  const widths = Array.from({ length: colCount }, (_, i) => Math.round((columns[i]?.width ?? 9) * 7.5 + 5));
  return { name, widths, rows, truncated: ws.rowCount > MAX_ROWS || ws.columnCount > MAX_COLS };
}
