/** RULES.md §2.4: Σ 分值 = 100, and the 一级 split against the configured one (a warning). */
import type { Settings } from "./settings";
import type { LevelSummary } from "./report";
import type { CellRef, TableModel } from "./model";
import { roundHalfUp } from "./rounding";
import { num } from "./funds";
import { LEVEL1_NAMES, type Level1 } from "./labels";
import type { Findings } from "./findings";
import type { EvaluatedIndicator } from "./checkIndicator";
import type { FundsOutcome } from "./checkFunds";

export type LevelGroups = Record<Exclude<Level1, "cost">, EvaluatedIndicator[]>;

/** Indicators by 一级; a 成本指标 一级 counts with 产出. */
export function groupByLevel(indicators: EvaluatedIndicator[]): LevelGroups {
  const groups: LevelGroups = { output: [], benefit: [], satisfaction: [] };
  for (const i of indicators) if (i.model.level1) groups[i.model.level1 === "cost" ? "output" : i.model.level1].push(i);
  return groups;
}

const weightOf = (g: EvaluatedIndicator[], d: number) => roundHalfUp(g.reduce((a, i) => a + (num(i.model.weight) ?? 0), 0), d);

/** Checks both rules and returns Σ 分值 (the basis a 不适用 rescale refers to). */
export function checkWeights(m: TableModel, funds: FundsOutcome, indicators: EvaluatedIndicator[], groups: LevelGroups, s: Settings, F: Findings): number {
  const round = (x: number) => roundHalfUp(x, s.decimals);
  const indicatorWeights = indicators.map((i) => num(i.model.weight) ?? 0);
  const sumW = round((m.funds ? funds.weight ?? 0 : 0) + indicatorWeights.reduce((a, b) => a + b, 0));
  const statedW = num(m.totalWeight);
  if (indicators.length > 0 && (sumW !== 100 || (statedW !== null && round(statedW) !== sumW))) {
    F.add("WEIGHT_SUM", m.totalWeight ?? m.totalScore ?? indicators[0].model.weight, {
      sum: sumW, expected: sumW !== 100 ? 100 : statedW,
    });
  }
  const labelled = indicators.some((i) => i.model.level1 !== null);
  if (s.levelWeights && labelled) {
    const lw = s.levelWeights;
    const actualSplit = {
      funds: m.funds ? round(funds.weight ?? 0) : 0,
      output: weightOf(groups.output, s.decimals),
      benefit: weightOf(groups.benefit, s.decimals),
      satisfaction: weightOf(groups.satisfaction, s.decimals),
    };
    const order: Array<keyof typeof actualSplit> = ["funds", "output", "benefit", "satisfaction"];
    const differing = order.filter((k) => actualSplit[k] !== round(lw[k]));
    if (differing.length > 0) {
      const firstCell = (k: keyof typeof actualSplit): CellRef | null =>
        k === "funds" ? (funds.total?.score ?? null) : (groups[k][0]?.model.score ?? null);
      const cell = differing.map(firstCell).find((c) => c !== null) ?? m.totalWeight ?? m.totalScore;
      const split = (x: Record<string, number>) => `${x.funds}/${x.output}/${x.benefit}/${x.satisfaction}`;
      F.add("LEVEL_WEIGHTS", cell, {
        split: `预算执行率/产出/效益/满意度 = ${split(actualSplit)}`,
        expected: split(lw as unknown as Record<string, number>),
      });
    }
  }
  return sumW;
}

/** Earned vs possible points per 一级 and for 预算执行率, for the pane's bars. */
export function levelSummaries(m: TableModel, funds: FundsOutcome, groups: LevelGroups, d: number): LevelSummary[] {
  const levels: LevelSummary[] = [];
  if (m.funds) levels.push({ level: "预算执行率", weight: roundHalfUp(funds.weight ?? 0, d), earned: funds.score });
  for (const k of ["output", "benefit", "satisfaction"] as const) {
    if (groups[k].length === 0) continue;
    const g = groups[k].filter((i) => !i.judgement.notApplicable);
    levels.push({
      level: LEVEL1_NAMES[k],
      weight: weightOf(groups[k], d),
      earned: g.every((i) => i.final !== null) ? roundHalfUp(g.reduce((a, i) => a + (i.final as number), 0), d) : null,
    });
  }
  return levels;
}
