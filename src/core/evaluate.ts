/**
 * Score and check one parsed table: the numbers of RULES.md §2–§4 and the findings of the
 * contract's code table, one module per rule family (checkFunds, checkIndicator, checkWeights);
 * here the total and grade. Produces the report and what the plan needs to write.
 */
import { address } from "./grid";
import type { Settings } from "./settings";
import type { IndicatorReport, TableReport } from "./report";
import type { CellRef, FundsRowModel, TableModel } from "./model";
import { roundHalfUp } from "./rounding";
import { labelText } from "./text";
import { num } from "./funds";
import { gradeFor } from "./grade";
import { Findings, at } from "./findings";
import { checkFunds, type EvaluatedFundsRow } from "./checkFunds";
import { checkIndicator, type EvaluatedIndicator } from "./checkIndicator";
import { checkWeights, groupByLevel, levelSummaries } from "./checkWeights";

export type { EvaluatedFundsRow } from "./checkFunds";
export type { EvaluatedIndicator } from "./checkIndicator";

export interface EvaluatedTable {
  report: TableReport;
  fundsRows: EvaluatedFundsRow[];
  fundsTotal: FundsRowModel | null;
  fundsScore: number | null;
  fundsWeight: number | null;
  indicators: EvaluatedIndicator[];
  total: number | null;
  grade: string | null;
  /** weight left out as 不适用 and the basis the total is rescaled to (null: no rescale) */
  rescale: { naWeight: number; basis: number } | null;
}

export function evaluateTable(m: TableModel, s: Settings, typed = false): EvaluatedTable {
  const d = s.decimals;
  const F = new Findings(typed);
  const round = (x: number) => roundHalfUp(x, d);

  const funds = checkFunds(m, s, F);
  const indicators: EvaluatedIndicator[] = [];
  const reports: IndicatorReport[] = [];
  for (const ind of m.indicators) {
    const r = checkIndicator(ind, s, F);
    indicators.push(r.evaluated);
    reports.push(r.report);
  }
  const groups = groupByLevel(indicators);
  const sumW = checkWeights(m, funds, indicators, groups, s, F);

  // —— total and grade (RULES.md §2.6–§2.8): the rounded sum, graded after rounding ——
  const counted = indicators.filter((i) => !i.judgement.notApplicable);
  const naWeight = round(indicators.filter((i) => i.judgement.notApplicable).reduce((a, i) => a + (num(i.model.weight) ?? 0), 0));
  const rescale = naWeight > 0 && s.rescaleNotApplicable && sumW - naWeight > 0 ? { naWeight, basis: sumW } : null;
  let total: number | null = null;
  const fundsKnown = !m.funds || funds.score !== null;
  if (indicators.length > 0 && fundsKnown && counted.every((i) => i.final !== null)) {
    let sum = (funds.score ?? 0) + counted.reduce((a, i) => a + (i.final as number), 0);
    if (rescale) sum = (sum * rescale.basis) / (rescale.basis - rescale.naWeight);
    total = round(sum);
  }
  const enteredTotal = num(m.totalScore);
  F.numberAsText(m.totalScore);
  if (total !== null && enteredTotal !== null && round(enteredTotal) !== total) {
    F.add("TOTAL_MISMATCH", m.totalScore, { entered: enteredTotal, computed: total });
  }
  const grade = total === null ? null : gradeFor(total, s.gradeBands);
  const enteredGrade = m.grade ? labelText(m.grade.cell?.value) : "";
  if (m.grade && grade !== null && enteredGrade !== "" && enteredGrade !== grade) {
    F.add("GRADE_MISMATCH", m.grade, { entered: enteredGrade, computed: grade, total });
  }

  // —— formulas saved without their results ——
  for (const r of uncachedFormulaCells(m)) F.add("UNCACHED_FORMULA", r);

  const levels = levelSummaries(m, funds, groups, d);
  const report: TableReport = {
    sheet: m.sheet,
    range: `${address(m.top, m.left)}:${address(m.bottom, m.right)}`,
    project: m.project,
    funds: m.funds
      ? {
          budget: funds.budget === null ? null : round(funds.budget),
          executed: funds.executed === null ? null : round(funds.executed),
          rate: {
            cell: at(funds.total?.rate ?? null),
            entered: funds.rows.find((r) => r.model === funds.total)?.entered ?? null,
            computed: funds.rate === null ? null : round(funds.rate),
          },
          weight: funds.weight === null ? null : round(funds.weight),
          score: { cell: at(funds.total?.score ?? null), entered: numRounded(funds.total?.score ?? null, d), computed: funds.score },
          unit: m.funds.unit,
        }
      : null,
    indicators: reports,
    total: { cell: at(m.totalScore), entered: enteredTotal === null ? null : round(enteredTotal), computed: total },
    grade: { cell: at(m.grade), entered: enteredGrade === "" ? null : enteredGrade, computed: grade },
    levels,
    findings: F.list,
  };
  return {
    report, fundsRows: funds.rows, fundsTotal: funds.total, fundsScore: funds.score, fundsWeight: funds.weight,
    indicators, total, grade, rescale,
  };
}

function numRounded(r: CellRef | null, d: number): number | null {
  const n = num(r);
  return n === null ? null : roundHalfUp(n, d);
}

/** The cells the table reads whose formula has no cached result. */
function uncachedFormulaCells(m: TableModel): CellRef[] {
  const refs: Array<CellRef | null> = [m.totalScore, m.totalWeight, m.grade];
  for (const r of m.funds?.rows ?? []) refs.push(r.initial, r.budget, r.executed, r.weight, r.rate, r.score);
  for (const i of m.indicators) refs.push(i.weight, i.score, i.actual, i.target);
  return refs.filter((r): r is CellRef => !!r && !!r.cell?.formula && (r.cell.value === null || r.cell.value === undefined));
}

