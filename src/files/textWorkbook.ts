/**
 * A text grid (.csv/.tsv/.txt) becomes a workbook when `fix` writes it: a text file can carry
 * neither formulas nor highlights. Cells that are plainly numbers are written as numbers with a
 * format that shows them as the text did ("100.00" → 100 shown as 100.00, "86.19%" → 0.8619 shown
 * as 86.19%), so the core, run again on the typed grid, plans live formulas over them. Anything
 * else (targets like "=100.00(%)", codes with leading zeros, "215,457.6" written with a full-width
 * comma…) stays text, exactly as read.
 */
import { Workbook } from "exceljs";
import type { CellValue, GridCell, SheetGrid } from "../core/grid";

interface Typed {
  value: CellValue;
  numFmt?: string;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;
const PERCENT = /^([+-]?)(\d+)(?:\.(\d+))?%$/;
/** Excel keeps 15 significant digits: longer digit strings are identifiers, not numbers. */
const MAX_DIGITS = 15;

function decimalsFormat(base: string, decimals: string | undefined): string {
  return decimals ? `${base}.${"0".repeat(decimals.length)}` : base;
}

function tooLong(whole: string, decimals: string | undefined): boolean {
  return whole.replace(/^0+/, "").length + (decimals?.length ?? 0) > MAX_DIGITS;
}

/** A leading zero ("007") marks a code, except for "0" and "0.5". */
function isCode(whole: string): boolean {
  return whole.length > 1 && whole.startsWith("0");
}

export function typedValue(text: string): Typed {
  const t = text.trim();
  let m = PLAIN.exec(t);
  if (m && !isCode(m[2]) && !tooLong(m[2], m[3])) {
    const value = Number(t);
    return m[3] ? { value, numFmt: decimalsFormat("0", m[3]) } : { value };
  }
  m = GROUPED.exec(t);
  if (m && !tooLong(m[2].replace(/,/g, ""), m[3])) return { value: Number(t.replace(/,/g, "")), numFmt: decimalsFormat("#,##0", m[3]) };
  m = PERCENT.exec(t);
  if (m && !isCode(m[2]) && !tooLong(m[2], m[3])) {
    // 86.19% → 0.8619, rounded so the binary value is the nearest to what the text says
    const value = Number((Number(t.slice(0, -1)) / 100).toPrecision(MAX_DIGITS));
    return { value, numFmt: decimalsFormat("0", m[3]) + "%" };
  }
  return { value: text };
}

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
export function sheetNameFor(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31);
  return clean === "" ? "Sheet1" : clean;
}

export interface TextWorkbook {
  workbook: Workbook;
  /** The grid as the workbook holds it (typed), for the core to plan against. */
  grid: SheetGrid;
}

export function textWorkbook(source: SheetGrid): TextWorkbook {
  const name = sheetNameFor(source.name);
  const workbook = new Workbook();
  // printed one page wide, as the forms are
  const ws = workbook.addWorksheet(name, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const cells: (GridCell | null)[][] = [];
  const widths: number[] = [];
  source.cells.forEach((row, r) => {
    const out: (GridCell | null)[] = [];
    cells.push(out);
    row?.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === "") return;
      const typed = typeof cell.value === "string" ? typedValue(cell.value) : { value: cell.value };
      const xc = ws.getCell(r + 1, c + 1);
      xc.value = typed.value;
      if (typed.numFmt) xc.numFmt = typed.numFmt;
      out[c] = typed.numFmt ? { value: typed.value, numFmt: typed.numFmt } : { value: typed.value };
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(String(cell.value)));
    });
  });
  // wide enough to read, never wider than a long sentence
  widths.forEach((w, c) => {
    if (w !== undefined) ws.getColumn(c + 1).width = Math.min(Math.max(w + 2, 8), 40);
  });
  return { workbook, grid: { name, cells, typed: true } };
}

/** Columns a text takes in Excel's default font: CJK characters count two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.split("\n")[0]) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}
