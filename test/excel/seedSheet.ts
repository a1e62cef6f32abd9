/** Seed tables typed into a fake sheet as Excel would hold them (numbers as numbers). */
import { readFileSync } from "fs";
import { SEED_PATH } from "../helpers/seed";
import { colLetters } from "../../src/core/grid";
import type { FakeWorkbook, FSheet } from "./fakeExcel";

export const SEED_LINES = readFileSync(SEED_PATH, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
export const SEED_ROWS = SEED_LINES.length;

export interface SeedTable {
  /** 1-based rows */
  funds: number;
  firstIndicator: number;
  total: number;
  grade: number;
}

/** Where the seed's tables keep their funds row, first indicator, 总分 and 评分等级 (1-based rows). */
export function seedTables(offset = 0): SeedTable[] {
  const out: SeedTable[] = [];
  let cur: Partial<SeedTable> = {};
  SEED_LINES.forEach((line, i) => {
    const f = line.split("\t");
    const row = i + 1 + offset;
    if ((f[1] ?? "").startsWith("年度资金总额")) cur.funds = row;
    if ((f[0] ?? "").replace(/\s/g, "").startsWith("一级指标")) cur.firstIndicator = row + 1;
    if ((f[0] ?? "").replace(/\s/g, "") === "总分") cur.total = row;
    if ((f[0] ?? "").replace(/\s/g, "") === "评分等级") {
      cur.grade = row;
      out.push(cur as SeedTable);
      cur = {};
    }
  });
  return out;
}

function typed(v: string): string | number {
  const t = v.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : v;
}

/** The seed, `copies` times one below the other (4 tables per copy). */
export function addSeedSheet(wb: FakeWorkbook, name: string, copies = 1): FSheet {
  const s = wb.addSheet(name);
  for (let k = 0; k < copies; k++) {
    SEED_LINES.forEach((line, i) => {
      line.split("\t").forEach((v, c) => {
        if (v === "") return;
        s.cells.set(`${colLetters(c)}${k * SEED_ROWS + i + 1}`, { value: typed(v), numFmt: "General" });
      });
    });
  }
  return s;
}
