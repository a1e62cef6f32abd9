/**
 * No input may throw: 5,000 random and mutated grids (cells deleted, rows shifted or duplicated,
 * junk text, huge numbers, truncation), and every finding's cell lies inside its table and the grid.
 */
import { analyzeSheet, parseAddress, type GridCell, type SheetGrid } from "../../src/core";
import { seedGrid } from "../helpers/seed";

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: Array<GridCell["value"]> = [
  "总分", "合计", "评分等级", "一级指标", "得分", "分值", "执行率(%)", "年度资金总额", "项目名称", "达成指标", "部分达成", "未完成",
  "=100%", "≥", "≤0", "不适用", "—", "/", "0", "无", "１２３", "1,2,3", "%", "(%)", "万元", "-0", "1e400", "NaN", "Infinity",
  1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 0, 0.1, 123456789.123, Number.NaN, Number.POSITIVE_INFINITY, true, false, "",
  "\u0000", "😀", "a".repeat(300), "=SUM(A1:A2)", "满意度指标", "数量指标", "成本指标", "财政项目支出绩效自评表",
];

function clone(g: SheetGrid): GridCell[][] {
  return g.cells.map((r) => (r ?? []).map((c) => (c ? { ...c } : { value: null })));
}

function mutate(base: SheetGrid, r: () => number, typed: boolean): SheetGrid {
  let rows = clone(base);
  const ops = 1 + Math.floor(r() * 12);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(r() * Math.max(rows.length, 1));
    switch (Math.floor(r() * 8)) {
      case 0: // delete a cell
        if (rows[i]) rows[i][Math.floor(r() * rows[i].length)] = { value: null };
        break;
      case 1: // shift a row left or right
        if (rows[i]) rows[i] = r() < 0.5 ? rows[i].slice(1) : [{ value: null }, ...rows[i]];
        break;
      case 2: // duplicate a row
        if (rows[i]) rows.splice(i, 0, rows[i].map((c) => ({ ...c })));
        break;
      case 3: // junk into a cell
        if (rows[i]) rows[i][Math.floor(r() * (rows[i].length + 2))] = { value: pick(JUNK) };
        break;
      case 4: // truncate the sheet
        rows = rows.slice(0, Math.floor(r() * rows.length));
        break;
      case 5: // delete a row
        rows.splice(i, 1);
        break;
      case 6: // a formula with or without its result, a format
        if (rows[i]) rows[i][Math.floor(r() * rows[i].length)] = { value: r() < 0.5 ? null : pick(JUNK), formula: "A1+1", numFmt: pick(["0.00%", "@", "General", undefined]) };
        break;
      default: // a huge number
        if (rows[i]) rows[i][Math.floor(r() * rows[i].length)] = { value: typed ? pick([1e300, -1e300, 5e-324]) : pick(["1e300", "999999999999999999999", "-1"]) };
    }
  }
  const merges = r() < 0.3 ? [{ top: 0, left: 0, bottom: 2, right: 2 }, { top: 5, left: 10, bottom: 3, right: 1 }] : undefined;
  return { name: "m", cells: rows, merges, typed };
}

function randomGrid(r: () => number): SheetGrid {
  const h = Math.floor(r() * 40);
  const cells: GridCell[][] = [];
  for (let i = 0; i < h; i++) {
    const w = Math.floor(r() * 14);
    cells.push(Array.from({ length: w }, () => ({ value: r() < 0.4 ? null : JUNK[Math.floor(r() * JUNK.length)] })));
  }
  return { name: "r", cells, typed: r() < 0.5 };
}

function checkInvariants(g: SheetGrid) {
  const { reports, plan } = analyzeSheet(g);
  const height = g.cells.length;
  for (const t of reports) {
    const [a, b] = t.range.split(":").map((x) => parseAddress(x)!);
    expect(a.row).toBeLessThanOrEqual(b.row);
    expect(b.row).toBeLessThan(height);
    for (const f of t.findings) {
      const c = parseAddress(f.cell);
      expect(c).not.toBeNull();
      const inside = c!.row >= a.row && c!.row <= b.row && c!.col >= a.col && c!.col <= b.col;
      if (!inside) throw new Error(`finding ${f.code} at ${f.cell} outside ${t.range}`);
      expect(typeof f.message).toBe("string");
    }
    for (const n of [t.total.computed, t.funds?.score.computed, ...t.indicators.map((i) => i.score.final)]) {
      if (n !== null && n !== undefined && !Number.isFinite(n)) throw new Error(`a computed number is ${n} in ${t.range}`);
    }
  }
  for (const e of plan.edits) expect(e.row).toBeGreaterThanOrEqual(0);
}

describe("no grid makes the core throw", () => {
  const seed = seedGrid();
  it("2,500 mutated copies of the seed", () => {
    for (let s = 1; s <= 2500; s++) {
      const g = mutate(seed, rng(s), s % 2 === 0);
      try {
        checkInvariants(g);
      } catch (e) {
        throw new Error(`mutation seed ${s}: ${(e as Error).message}`);
      }
    }
  });
  it("2,500 random grids", () => {
    for (let s = 1; s <= 2500; s++) {
      const g = randomGrid(rng(100000 + s));
      try {
        checkInvariants(g);
      } catch (e) {
        throw new Error(`random seed ${s}: ${(e as Error).message}`);
      }
    }
  });
  it("empty and degenerate grids give no table", () => {
    expect(analyzeSheet({ name: "e", cells: [] }).reports).toEqual([]);
    expect(analyzeSheet({ name: "e", cells: [null, undefined, [], [null]] }).reports).toEqual([]);
  });
});
