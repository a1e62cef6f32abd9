/**
 * A text grid converted to a workbook should come out live: its 执行率, funds 得分, 总分 and 评分等级
 * are numbers somebody typed, and in the new workbook they should be formulas over the sheet's own
 * cells. The core writes as little as possible and leaves a right value alone, so for a conversion
 * the plan is made a second time from a grid whose arithmetic cells hold values that cannot be
 * right (a number moved far off, a grade no band gives): the core then plans its formula there.
 * Blanking them instead would not do: the core finds a shifted 总分 and a 评分等级 by the values
 * beside their labels, so a blank moves them.
 *
 * The second plan may only turn a value into a formula that shows the same value: an edit from it
 * is taken where the first plan writes the same cell, or where the cell as read already shows the
 * edit's value; everything else comes from the first plan. Findings and marks always come from the
 * grid as read. (A core plan option "formulas over right values too" would replace this module;
 * the cells are found by the core's own locate and parse, never guessed here.)
 */
import type { GridCell, SheetGrid } from "../core/grid";
import type { CellEdit } from "../core/plan";
import { locateTables } from "../core/locate";
import { parseTable } from "../core/parse";
import { roundHalfUp } from "../core/rounding";
import { isSettingsSheet } from "../core/workbookSettings";

/** Far outside any rate, score or total, so the core can only call it wrong. */
const OFF = 1_000_003;
/** Not a grade of any band. */
const NO_GRADE = "（待计算）";

function arithmeticCells(grid: SheetGrid): { row: number; col: number; grade: boolean }[] {
  if (isSettingsSheet(grid.name)) return [];
  const out: { row: number; col: number; grade: boolean }[] = [];
  for (const block of locateTables(grid)) {
    const m = parseTable(grid, block);
    for (const r of m.funds?.rows ?? []) {
      if (r.rate) out.push({ ...r.rate, grade: false });
      if (r.score) out.push({ ...r.score, grade: false });
    }
    if (m.totalScore) out.push({ ...m.totalScore, grade: false });
    if (m.grade) out.push({ ...m.grade, grade: true });
  }
  return out;
}

/** The grid with every typed arithmetic value made wrong; blanks, dashes and formulas stay. */
export function unsettledArithmetic(grid: SheetGrid): SheetGrid {
  const cells = grid.cells.map((row) => (row ? [...row] : row));
  for (const { row, col, grade } of arithmeticCells(grid)) {
    const r = cells[row];
    const c = r?.[col];
    if (!r || !c || c.formula) continue;
    if (typeof c.value === "number") r[col] = { ...c, value: c.value + OFF };
    else if (grade && typeof c.value === "string" && c.value.trim() !== "") r[col] = { ...c, value: NO_GRADE };
  }
  return { ...grid, cells };
}

function shows(cell: GridCell | null | undefined, value: CellEdit["value"]): boolean {
  if (!cell || cell.formula) return false;
  if (typeof value === "number" && typeof cell.value === "number") return roundHalfUp(cell.value, 6) === roundHalfUp(value, 6);
  return typeof value === "string" && typeof cell.value === "string" && cell.value.trim() === value;
}

/**
 * The edits to apply: the second plan's where they only make a shown value live, the first
 * plan's everywhere else.
 */
export function liveEdits(grid: SheetGrid, first: readonly CellEdit[], second: readonly CellEdit[]): CellEdit[] {
  const key = (e: { row: number; col: number }) => `${e.row},${e.col}`;
  const firstAt = new Map(first.map((e) => [key(e), e]));
  const out: CellEdit[] = [];
  const taken = new Set<string>();
  for (const e of second) {
    const k = key(e);
    const mine = firstAt.get(k);
    const cell = grid.cells[e.row]?.[e.col];
    if (mine ? mine.value === e.value : shows(cell, e.value)) {
      out.push({ ...e, before: mine?.before ?? { value: cell?.value ?? null } });
      taken.add(k);
    }
  }
  for (const e of first) if (!taken.has(key(e))) out.push(e);
  return out;
}
