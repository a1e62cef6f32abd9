/**
 * The Excel formulas a recalculation writes. Only functions that Excel 2010+, WPS and LibreOffice
 * compute alike (ROUND, MIN, SUM, IF): no IFS, no LET, no dynamic arrays. Every total is ROUNDed
 * so that Excel grades the same rounded number the checker grades.
 */
import { address } from "./grid";
import type { Settings } from "./settings";
import type { CellRef } from "./model";

const a = (r: CellRef) => address(r.row, r.col);

/** SUM arguments in reading order: a run of cells straight down one column becomes a range. */
export function sumArguments(cells: CellRef[]): string[] {
  const sorted = cells;
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur && cur.col === prev.col && cur.row === prev.row + 1) continue;
    const first = sorted[start];
    out.push(first === prev ? a(first) : `${a(first)}:${a(prev)}`);
    start = i;
  }
  return out;
}

export function excelFormulas(s: Settings) {
  const d = s.decimals;
  return {
    ratePercent: (executed: CellRef, budget: CellRef) => `ROUND(${a(executed)}/${a(budget)}*100,${d})`,
    rateFraction: (executed: CellRef, budget: CellRef) => `ROUND(${a(executed)}/${a(budget)},${d + 2})`,
    fundsScore(executed: CellRef, budget: CellRef, weight: CellRef | null, weightValue: number): string {
      const rate = `${a(executed)}/${a(budget)}`;
      const w = weight ? a(weight) : String(weightValue);
      if (s.fundsScoring === "steps") {
        const steps = [...s.fundsSteps].sort((x, y) => y.minRate - x.minRate);
        let expr = "0";
        for (let i = steps.length - 1; i >= 0; i--) expr = `IF(${rate}>=${steps[i].minRate / 100},${steps[i].share},${expr})`;
        return `ROUND(${w}*${expr},${d})`;
      }
      return `ROUND(MIN(MAX(${rate},0),1)*${w},${d})`;
    },
    total(parts: CellRef[], rescale: { naWeight: number; basis: number } | null): string {
      const sum = `SUM(${sumArguments(parts).join(",")})`;
      return rescale ? `ROUND(${sum}*${rescale.basis}/${rescale.basis - rescale.naWeight},${d})` : `ROUND(${sum},${d})`;
    },
    grade(total: CellRef): string {
      const bands = [...s.gradeBands].sort((x, y) => y.min - x.min);
      let expr = `"${bands[bands.length - 1].grade.replace(/"/g, '""')}"`;
      for (let i = bands.length - 2; i >= 0; i--) {
        expr = `IF(${a(total)}>=${bands[i].min},"${bands[i].grade.replace(/"/g, '""')}",${expr})`;
      }
      return expr;
    },
  };
}
