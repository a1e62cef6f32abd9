/** RULES.md §2 on the funds block: 执行率 per row, the funds score, the money columns' sums. */
import type { Settings } from "./settings";
import type { CellRef, FundsRowModel, TableModel } from "./model";
import { roundHalfUp } from "./rounding";
import { enteredRate, executionRate, fundsScore, num, totalRow } from "./funds";
import type { Findings } from "./findings";

export interface EvaluatedFundsRow {
  model: FundsRowModel;
  /** computed 执行率, rounded; null where there is no rate */
  rate: number | null;
  entered: number | null;
}

export interface FundsOutcome {
  rows: EvaluatedFundsRow[];
  /** the 年度资金总额 row (or the first funds row) */
  total: FundsRowModel | null;
  budget: number | null;
  executed: number | null;
  /** 执行率 of the total row, unrounded */
  rate: number | null;
  weight: number | null;
  score: number | null;
}

export function checkFunds(m: TableModel, s: Settings, F: Findings): FundsOutcome {
  const round = (x: number) => roundHalfUp(x, s.decimals);
  const fundsRows: EvaluatedFundsRow[] = [];
  const fr = m.funds ? totalRow(m.funds) : null;
  let fundsWeight: number | null = null;
  let fundsScoreValue: number | null = null;
  let budget: number | null = null;
  let executed: number | null = null;
  let totalRate: number | null = null;
  if (m.funds && fr) {
    for (const row of m.funds.rows) {
      const b = num(row.budget);
      const e = num(row.executed);
      const raw = executionRate(b, e);
      const rate = raw === null ? null : round(raw);
      const entered = enteredRate(row, m.funds, raw);
      fundsRows.push({ model: row, rate, entered: entered === null ? null : round(entered) });
      for (const c of [row.initial, row.budget, row.executed]) F.numberAsText(c);
      if (rate !== null && entered !== null && round(entered) !== rate) {
        F.add("RATE_MISMATCH", row.rate, { entered, computed: rate, executed: e, budget: b });
      }
      if (b !== null && e !== null && b > 0 && round(e) > round(b)) {
        F.add("EXECUTED_OVER_BUDGET", row.executed, { executed: e, budget: b, rate });
      }
    }
    budget = num(fr.budget);
    executed = num(fr.executed);
    const raw = executionRate(budget, executed);
    totalRate = raw;
    fundsWeight = num(fr.weight) ?? s.fundsWeight;
    F.numberAsText(fr.weight);
    F.numberAsText(fr.score);
    if (raw !== null) fundsScoreValue = fundsScore(raw, fundsWeight, s);
    const enteredScore = num(fr.score);
    if (fundsScoreValue !== null && enteredScore !== null && round(enteredScore) !== fundsScoreValue) {
      F.add("FUNDS_SCORE_MISMATCH", fr.score, { entered: enteredScore, computed: fundsScoreValue, rate: round(raw!) });
    }
    if (s.rateReasonThreshold !== null && raw !== null && round(raw) < s.rateReasonThreshold) {
      F.add("RATE_BELOW_THRESHOLD", fr.rate ?? fr.executed, { rate: round(raw), threshold: s.rateReasonThreshold });
    }
    // 年度资金总额 = Σ sources, column by column
    if (fr.kind === "total") {
      const sources = m.funds.rows.filter((r) => r !== fr);
      const columns: Array<[keyof FundsRowModel, string]> = [["initial", "年初预算数"], ["budget", "全年预算数"], ["executed", "全年执行数"]];
      const done = new Set<number>();
      if (sources.length > 0) {
        for (const [key, name] of columns) {
          const cell = fr[key] as CellRef | null;
          if (!cell || done.has(cell.col)) continue;
          done.add(cell.col);
          const total = num(cell);
          const parts = sources.map((r) => num(r[key] as CellRef | null) ?? 0);
          const sum = round(parts.reduce((a, b) => a + b, 0));
          if (total !== null && round(total) !== sum) F.add("FUNDS_SUM", cell, { column: name, entered: total, computed: sum });
          else if (total === null && sum !== 0) F.add("FUNDS_SUM", cell, { column: name, entered: null, computed: sum });
        }
      }
    }
  }
  return { rows: fundsRows, total: fr, budget, executed, rate: totalRate, weight: fundsWeight, score: fundsScoreValue };
}
