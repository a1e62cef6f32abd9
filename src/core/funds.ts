/** RULES.md §2: 执行率, the funds score, and the arithmetic of the money columns. */
import type { Settings } from "./settings";
import { roundHalfUp } from "./rounding";
import { readNumber } from "./numbers";
import type { CellRef, FundsModel, FundsRowModel } from "./model";

/** 执行率 in percent, unrounded; null for a zero or missing budget (no rate there). */
export function executionRate(budget: number | null, executed: number | null): number | null {
  if (budget === null || executed === null || budget === 0) return null;
  return (executed / budget) * 100;
}

/** The funds score from the unrounded rate: min(rate, 100%) × 分值, or Jiangxi-style steps. */
export function fundsScore(ratePercent: number, weight: number, s: Settings): number {
  if (s.fundsScoring === "steps") {
    const steps = [...s.fundsSteps].sort((a, b) => b.minRate - a.minRate);
    const step = steps.find((st) => ratePercent >= st.minRate - 1e-9);
    return roundHalfUp((step ? step.share : 0) * weight, s.decimals);
  }
  return roundHalfUp((Math.min(Math.max(ratePercent, 0), 100) / 100) * weight, s.decimals);
}

export const num = (r: CellRef | null): number | null => {
  const n = r ? readNumber(r.cell) : null;
  return n ? n.value : null;
};

/**
 * The 执行率 a person entered, in percent. Plain numbers under a "(%)" head are percents; a
 * fraction (0.8619) under a head without one is read as a fraction when that is what fits.
 */
export function enteredRate(row: FundsRowModel, f: FundsModel, computed: number | null): number | null {
  const n = row.rate ? readNumber(row.rate.cell) : null;
  if (!n) return null;
  if (n.percent || f.ratePercentHead) return n.value;
  if (n.value <= 1.5 && computed !== null && computed > 1.5) return Number((n.value * 100).toPrecision(15));
  return n.value;
}

export function totalRow(f: FundsModel): FundsRowModel | null {
  return f.rows.find((r) => r.kind === "total") ?? f.rows[0] ?? null;
}
