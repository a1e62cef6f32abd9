/**
 * Block → model. Rows converted from PDFs are often shifted a column or two; each indicator row is
 * read at the shift where its cells make the most sense, and level labels are recognised by their
 * words wherever they stand.
 */
import { cellAt, type SheetGrid, type MergedArea } from "./grid";
import { labelText, displayText, isBlank, cellText } from "./text";
import { readNumber } from "./numbers";
import { parseActual, parseTarget, tierOf } from "./measure";
import type { TableBlock, ColumnMap } from "./locate";
import { FUNDS_ROWS, GRADE_ROW, PROJECT, TOTAL_ROW, level1Of, level2Parent, type IndicatorColumn, type Level1, LEVEL1_NAMES } from "./labels";
import type { CellRef, FundsModel, FundsRowModel, IndicatorModel, TableModel } from "./model";

function ref(grid: SheetGrid, row: number, col: number | undefined): CellRef | null {
  if (col === undefined || col < 0) return null;
  return { row, col, cell: cellAt(grid, row, col) };
}

/** The first cell right of a label that holds something: a value, or a formula even without its result. */
function firstValueRight(grid: SheetGrid, row: number, fromCol: number, toCol: number): CellRef | null {
  for (let c = fromCol; c <= toCol; c++) {
    const cell = cellAt(grid, row, c);
    if (cell && (!isBlank(cell.value) || cell.formula)) return { row, col: c, cell };
  }
  return null;
}

function mergeAt(merges: ReadonlyArray<MergedArea> | undefined, row: number, col: number): MergedArea | null {
  if (!merges) return null;
  for (const m of merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return null;
}

function parseFunds(grid: SheetGrid, b: TableBlock): FundsModel | null {
  if (b.fundsHeaderRow === null) return null;
  const cols = b.fundsColumns;
  const head = b.fundsHeaderRow;
  let unit: string | null = null;
  let ratePercentHead = false;
  for (let c = b.left; c <= b.right; c++) {
    const t = labelText(cellAt(grid, head, c)?.value);
    if (/万元/.test(t)) unit = "万元";
    else if (/[(（]元[)）]|单位[:：]?元/.test(t)) unit = "元";
    if (c === cols.rate && /%|百分比/.test(t)) ratePercentHead = true;
  }
  const rows: FundsRowModel[] = [];
  for (let r = head + 1; r < b.indicatorHeaderRow; r++) {
    let kind: FundsRowModel["kind"] | null = null;
    let label = "";
    const dataCols = [cols.initial, cols.budget, cols.executed].filter((x): x is number => x !== undefined);
    const firstData = dataCols.length > 0 ? Math.min(...dataCols) : b.right + 1;
    for (let c = b.left; c < firstData && kind === null; c++) {
      const t = labelText(cellAt(grid, r, c)?.value);
      if (t === "") continue;
      for (const [re, k] of FUNDS_ROWS) {
        if (re.test(t.replace(/^其中[:：]?/, ""))) {
          kind = t.startsWith("其中") && k === "total" ? null : k;
          label = displayText(cellAt(grid, r, c)?.value);
          break;
        }
      }
    }
    if (kind === null) {
      if (rows.length > 0) break; // the funds block ends at the first row that is not a funds row
      continue;
    }
    rows.push({
      kind,
      label,
      row: r,
      initial: ref(grid, r, cols.initial),
      budget: ref(grid, r, cols.budget ?? cols.initial),
      executed: ref(grid, r, cols.executed),
      weight: ref(grid, r, cols.weight),
      rate: ref(grid, r, cols.rate),
      score: ref(grid, r, cols.score),
    });
  }
  return { unit, ratePercentHead, rows };
}

const isNumeric = (r: CellRef | null): boolean => {
  const n = r ? readNumber(r.cell) : null;
  return n !== null && !n.percent;
};

function textOf(r: CellRef | null): string {
  return r ? cellText(r.cell) : "";
}

function isLevelWord(t: string): boolean {
  return level1Of(t) !== null || level2Parent(t) !== null;
}

/** How plausible the row reads at shift s: weight and score numbers, a target, an actual, a name. */
function fitness(grid: SheetGrid, row: number, cols: ColumnMap<IndicatorColumn>, s: number, width: number): number {
  const at = (k: IndicatorColumn) => {
    const c = cols[k];
    return c === undefined ? null : c + s;
  };
  for (const k of ["name", "target", "actual", "weight", "score"] as IndicatorColumn[]) {
    const c = at(k);
    if (c !== null && (c < 0 || c >= width)) return -100;
  }
  let f = 0;
  const weight = ref(grid, row, at("weight") ?? undefined);
  const score = ref(grid, row, at("score") ?? undefined);
  if (isNumeric(weight)) f += 4;
  if (isNumeric(score)) f += 2;
  else if (score && !isBlank(score.cell?.value)) f -= 1;
  const target = textOf(ref(grid, row, at("target") ?? undefined));
  if (target !== "" && tierOf(target) === null && !isLevelWord(labelText(target))) {
    const t = parseTarget(target);
    f += t.kind === "number" && t.explicitOp ? 3 : 2;
  }
  const actual = textOf(ref(grid, row, at("actual") ?? undefined));
  if (actual !== "" && !/^[=≥≤<>]/.test(actual)) {
    const a = parseActual(actual);
    if (a.kind === "tier" || a.kind === "number") f += 2;
    else if (a.kind === "words") f += 1;
  }
  const name = labelText(textOf(ref(grid, row, at("name") ?? undefined)));
  if (name !== "" && !isLevelWord(name) && readNumber({ value: name }) === null) f += 1;
  return f;
}

const SHIFTS = [0, -1, 1, -2, 2];
/** weight (4) + target (2) + actual (2) + name (1): everything but a score is where the header says */
const GOOD_FIT = 9;

function parseIndicators(grid: SheetGrid, b: TableBlock): IndicatorModel[] {
  const width = b.sheetWidth;
  const cols = b.indicatorColumns;
  const end = b.totalRow ?? b.gradeRow ?? b.bottom + 1;
  const out: IndicatorModel[] = [];
  let level1: Level1 | null = null;
  let level1Label: string | null = null;
  let level2: string | null = null;
  for (let r = b.indicatorHeaderRow + 1; r < end; r++) {
    let best = 0;
    let bestFit = -Infinity;
    for (const s of SHIFTS) {
      const f = fitness(grid, r, cols, s, width);
      if (f > bestFit) {
        bestFit = f;
        best = s;
      }
      if (s === 0 && f >= GOOD_FIT) break; // a row that reads well where its header says is not shifted
    }
    const at = (k: IndicatorColumn) => (cols[k] === undefined ? undefined : cols[k]! + best);
    const weight = ref(grid, r, at("weight"));
    const target = ref(grid, r, at("target"));
    const actual = ref(grid, r, at("actual"));
    const hasWeight = isNumeric(weight);
    const hasTarget = textOf(target) !== "" && !isLevelWord(labelText(textOf(target)));
    const hasActual = textOf(actual) !== "";
    const nameCol = at("name") ?? at("target");
    const nameRef = cols.name !== undefined ? ref(grid, r, at("name")) : null;
    const nameText = textOf(nameRef);
    if (!hasWeight && !(hasTarget && hasActual)) continue; // a fragment left by a label broken across lines, or an empty row

    // level labels: any cell left of the name that speaks the 一级/二级 vocabulary
    let rowLevel2: string | null = null;
    for (let c = b.left; c < (nameCol ?? 0); c++) {
      const raw = cellAt(grid, r, c)?.value;
      const t = labelText(raw);
      if (t === "") continue;
      const l1 = level1Of(t);
      if (l1) {
        level1 = l1;
        level1Label = t;
        level2 = null;
        continue;
      }
      const parent = level2Parent(t);
      if (parent) {
        rowLevel2 = t;
        if (level1 !== parent) {
          level1 = parent;
          level1Label = LEVEL1_NAMES[parent];
        }
        continue;
      }
      if (c === at("level2") || c === cols.level2) rowLevel2 = t; // an unknown 二级 label in its column
      else if ((c === at("level1") || c === cols.level1) && /指标$/.test(t)) {
        level1Label = t;
        level1 = null;
      }
    }
    if (rowLevel2 !== null) level2 = rowLevel2;

    const opRef = ref(grid, r, at("op"));
    const unitRef = ref(grid, r, at("unit"));
    const targetText = textOf(target) + textOf(unitRef);
    const reasons: CellRef[] = [];
    const rc = at("reason");
    if (rc !== undefined && rc >= 0 && rc < width) reasons.push(ref(grid, r, rc)!);
    const rc2 = cols.reason2 === undefined ? -1 : cols.reason2 + best;
    if (rc2 >= 0 && rc2 < width) reasons.push(ref(grid, r, rc2)!);
    out.push({
      row: r,
      level1,
      level1Label,
      level2,
      name: nameText,
      targetText,
      targetOp: opRef ? textOf(opRef) || null : null,
      target,
      actual,
      weight,
      score: ref(grid, r, at("score")),
      reasons,
    });
  }
  return out;
}

/** 总分 row: its 分值 and 得分 at the header's columns, or, in a shifted row, the numbers after the label. */
function parseTotal(grid: SheetGrid, b: TableBlock): { weight: CellRef | null; score: CellRef | null } {
  if (b.totalRow === null) return { weight: null, score: null };
  const r = b.totalRow;
  const cols = b.indicatorColumns;
  const w = ref(grid, r, cols.weight);
  const s = ref(grid, r, cols.score);
  if (isNumeric(w) || isNumeric(s)) return { weight: w, score: s };
  const nums: CellRef[] = [];
  let labelSeen = false;
  for (let c = b.left; c <= b.right + 2; c++) {
    const cell = cellAt(grid, r, c);
    const t = labelText(cell?.value);
    if (!labelSeen) {
      if (TOTAL_ROW.test(t)) labelSeen = true;
      continue;
    }
    if (isNumeric({ row: r, col: c, cell })) nums.push({ row: r, col: c, cell });
  }
  if (nums.length >= 2) return { weight: nums[nums.length - 2], score: nums[nums.length - 1] };
  if (nums.length === 1) return { weight: w, score: nums[0] };
  return { weight: w, score: s };
}

function parseGrade(grid: SheetGrid, b: TableBlock): CellRef | null {
  if (b.gradeRow === null) return null;
  const r = b.gradeRow;
  let labelCol = -1;
  for (let c = b.left; c <= b.right; c++) {
    if (GRADE_ROW.test(labelText(cellAt(grid, r, c)?.value))) {
      labelCol = c;
      break;
    }
  }
  if (labelCol < 0) return null;
  const found = firstValueRight(grid, r, labelCol + 1, b.right + 2);
  if (found) return found;
  // a blank grade: the cell just right of the label (of its merged area, when merged)
  const m = mergeAt(grid.merges, r, labelCol);
  return ref(grid, r, m ? m.right + 1 : labelCol + 1);
}

function parseProject(grid: SheetGrid, b: TableBlock): string | null {
  if (b.projectRow === null) return null;
  const r = b.projectRow;
  for (let c = b.left; c <= b.right; c++) {
    const label = labelText(cellAt(grid, r, c)?.value);
    if (PROJECT.test(label)) {
      const inline = label.replace(/^项目名称[:：]?/, "");
      if (inline !== "") return displayText(cellAt(grid, r, c)?.value).replace(/^项目\s*名称\s*[:：]?\s*/, "");
      const v = firstValueRight(grid, r, c + 1, b.right + 2);
      if (!v) return null;
      const t = displayText(v.cell?.value);
      return t === "" ? null : t;
    }
  }
  return null;
}

export function parseTable(grid: SheetGrid, b: TableBlock): TableModel {
  const total = parseTotal(grid, b);
  const funds = parseFunds(grid, b);
  const indicators = parseIndicators(grid, b);
  const grade = parseGrade(grid, b);
  // the table's extent covers every cell it reads, shifted rows included, so findings stay inside it
  let right = b.right;
  const refs: Array<CellRef | null> = [total.weight, total.score, grade];
  for (const r of funds?.rows ?? []) refs.push(r.initial, r.budget, r.executed, r.weight, r.rate, r.score);
  for (const i of indicators) refs.push(i.target, i.actual, i.weight, i.score, ...i.reasons);
  for (const r of refs) if (r && r.col > right) right = r.col;
  return {
    sheet: grid.name,
    top: b.top,
    bottom: b.bottom,
    left: b.left,
    right,
    project: parseProject(grid, b),
    funds,
    indicators,
    totalWeight: total.weight,
    totalScore: total.score,
    totalRow: b.totalRow,
    grade,
  };
}
