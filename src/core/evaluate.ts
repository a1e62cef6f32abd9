/**
 * Score and check one parsed table: the numbers of RULES.md §2–§4 and the findings of the
 * contract's code table. Produces the report and what the plan needs to write.
 */
import { address } from "./grid";
import type { Settings } from "./settings";
import type { Finding, FindingCode, IndicatorReport, LevelSummary, Severity, TableReport } from "./report";
import type { CellRef, FundsRowModel, IndicatorModel, TableModel } from "./model";
import { roundHalfUp } from "./rounding";
import { readNumber } from "./numbers";
import { cellText, displayText, isRealReason, labelText } from "./text";
import { parseActual, parseTarget, type Target, type Actual } from "./measure";
import { judgeIndicator, type IndicatorJudgement } from "./indicatorScore";
import { enteredRate, executionRate, fundsScore, num, totalRow } from "./funds";
import { gradeFor } from "./grade";
import { message, fmt } from "./messages";
import { LEVEL1_NAMES, type Level1 } from "./labels";

export interface EvaluatedFundsRow {
  model: FundsRowModel;
  /** computed 执行率, rounded; null where there is no rate */
  rate: number | null;
  entered: number | null;
}

export interface EvaluatedIndicator {
  model: IndicatorModel;
  judgement: IndicatorJudgement;
  entered: number | null;
  final: number | null;
}

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

const SEVERITY_OF: Record<FindingCode, Severity> = {
  TOTAL_MISMATCH: "error", GRADE_MISMATCH: "error", WEIGHT_SUM: "error", LEVEL_WEIGHTS: "warning",
  RATE_MISMATCH: "error", FUNDS_SCORE_MISMATCH: "error", FUNDS_SUM: "error", EXECUTED_OVER_BUDGET: "warning",
  RATE_BELOW_THRESHOLD: "warning", SCORE_OVER_WEIGHT: "error", SCORE_ABOVE_RULE: "error", SCORE_OUT_OF_TIER: "error",
  SCORE_BELOW_RULE_WITH_REASON: "info", SCORE_BELOW_RULE_NO_REASON: "warning", REASON_MISSING: "warning",
  SCORE_NEEDS_CHOICE: "warning", PENDING: "info", UNREADABLE_TARGET: "warning", UNREADABLE_ACTUAL: "warning",
  UNIT_MISMATCH: "warning", UNCACHED_FORMULA: "warning", NUMBER_AS_TEXT: "warning", NOT_APPLICABLE: "info",
};

const TIER_ZH = { met: "达成年度指标", partial: "部分达成年度指标", failed: "未达成年度指标" } as const;
const TIER_EN = { met: "target met", partial: "partly met", failed: "not met" } as const;

const at = (r: CellRef | null): string | null => (r ? address(r.row, r.col) : null);

class Findings {
  readonly list: Finding[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly s: Settings) {}
  add(code: FindingCode, cell: CellRef | null, params: Record<string, string | number | null | undefined> = {}, severity?: Severity): void {
    if (!cell) return;
    const a = address(cell.row, cell.col);
    const key = `${code}@${a}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, severity: severity ?? SEVERITY_OF[code], cell: a, ...message(code, params) });
  }
}

export function evaluateTable(m: TableModel, s: Settings, typed = false): EvaluatedTable {
  const d = s.decimals;
  const F = new Findings(s);
  const round = (x: number) => roundHalfUp(x, d);

  // —— numbers stored as text (only meaningful where cells carry real types) ——
  const asTextCheck = (r: CellRef | null) => {
    if (!typed || !r) return;
    const n = readNumber(r.cell);
    if (n && n.asText) F.add("NUMBER_AS_TEXT", r, { text: displayText(r.cell?.value) });
  };

  // —— funds ——
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
      [row.initial, row.budget, row.executed].forEach(asTextCheck);
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
    asTextCheck(fr.weight);
    asTextCheck(fr.score);
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

  // —— indicators ——
  const indicators: EvaluatedIndicator[] = [];
  const reports: IndicatorReport[] = [];
  for (const ind of m.indicators) {
    const targetRaw = ind.targetText;
    const target: Target = parseTarget(targetRaw, ind.targetOp ?? undefined);
    const actualText = ind.actual ? cellText(ind.actual.cell) : "";
    const actual: Actual = parseActual(actualText);
    const weight = num(ind.weight);
    const scoreCell = ind.score;
    const entered = num(scoreCell);
    const hasFormula = !!scoreCell?.cell?.formula;
    const j = judgeIndicator(target, actual, weight, { name: ind.name, level2: ind.level2 }, s);
    const hasReason = ind.reasons.some((r) => isRealReason(r.cell?.value));
    const reasonRef = ind.reasons[0] ?? null;
    const reasonOrScore = reasonRef ?? scoreCell;
    asTextCheck(ind.weight);
    asTextCheck(scoreCell);

    let final: number | null = entered;
    let belowNoReason = false;
    const targetDisplay = (ind.targetOp && !/^定性/.test(labelText(ind.targetOp)) ? displayText(ind.targetOp) : "") + targetRaw;

    if (j.notApplicable) {
      final = null;
      F.add("NOT_APPLICABLE", ind.actual ?? ind.target, { name: ind.name, rescaled: s.rescaleNotApplicable ? 1 : 0 });
    } else if (j.pending) {
      F.add("PENDING", ind.actual, { name: ind.name });
    } else {
      if (j.unreadable === "target") F.add("UNREADABLE_TARGET", ind.target, { text: targetRaw });
      if (j.unreadable === "actual") F.add("UNREADABLE_ACTUAL", ind.actual, { text: actualText, target: targetDisplay });
      if (j.unitMismatch) {
        const tu = target.kind === "number" ? target.unit : null;
        const au = actual.kind === "number" ? actual.unit : null;
        F.add("UNIT_MISMATCH", ind.actual, { targetUnit: tu, actualUnit: au });
      }
      if (entered !== null && weight !== null && (round(entered) > round(weight) || entered < 0)) {
        F.add("SCORE_OVER_WEIGHT", scoreCell, { entered, weight });
      } else if (j.qualitative && j.min !== null && j.max !== null) {
        const t = j.status as "met" | "partial" | "failed";
        if (entered === null) {
          if (j.rule === null) F.add("SCORE_NEEDS_CHOICE", scoreCell, { tier: TIER_ZH[t], tierEn: TIER_EN[t], min: j.min, max: j.max });
          else final = j.rule;
        } else {
          const e = round(entered);
          const out = e < j.min || e > j.max || (j.maxOpen && e >= j.max && !(t === "failed" && j.max === 0));
          if (out) F.add("SCORE_OUT_OF_TIER", scoreCell, { tier: TIER_ZH[t], tierEn: TIER_EN[t], min: j.min, max: j.max, entered });
          else if (j.rule !== null && e < j.rule) belowNoReason = belowRule(F, s, e, j.rule, hasReason, scoreCell, reasonOrScore);
        }
      } else if (j.rule !== null) {
        if (entered === null) final = j.rule;
        else {
          const e = round(entered);
          if (e > j.rule) {
            const why = j.status === "below" ? "实际完成值未达到指标值" : "";
            const whyEn = j.status === "below" ? "the target was missed" : "";
            F.add("SCORE_ABOVE_RULE", scoreCell, { entered, rule: j.rule, why, whyEn });
          } else if (e < j.rule) {
            belowNoReason = belowRule(F, s, e, j.rule, hasReason, scoreCell, reasonOrScore);
          }
        }
      }
    }
    if (hasFormula && scoreCell?.cell?.value === null && final === null && j.rule !== null && !j.qualitative) final = j.rule;

    const missed = j.status === "below" || j.status === "above" || j.status === "partial" || j.status === "failed";
    const needsReason = !j.notApplicable && !j.pending &&
      (missed || (final !== null && weight !== null && round(final) < round(weight)));
    if (needsReason && !hasReason && !belowNoReason) {
      const why = j.status === "above" ? "实际完成值超过指标值较多" :
        j.status === "partial" || j.status === "failed" ? "未完全达成年度指标" :
        j.status === "below" ? "未达到年度指标值" : "得分低于分值";
      const whyEn = j.status === "above" ? "the target was exceeded" :
        j.status === "partial" || j.status === "failed" ? "the target was not fully met" :
        j.status === "below" ? "the target was missed" : "the score is below the weight";
      F.add("REASON_MISSING", reasonOrScore, { name: ind.name, why, whyEn });
    }

    indicators.push({ model: ind, judgement: j, entered, final: j.notApplicable ? null : final });
    reports.push({
      row: ind.row + 1,
      level1: ind.level1 ? LEVEL1_NAMES[ind.level1] : ind.level1Label,
      level2: ind.level2,
      name: ind.name,
      target: targetDisplay === "" ? null : targetDisplay,
      actual: actualText === "" ? null : actualText,
      weight: weight === null ? null : round(weight),
      status: j.status,
      score: {
        cell: at(scoreCell),
        entered: entered === null ? null : round(entered),
        rule: j.rule,
        min: j.min,
        max: j.max,
        final: j.notApplicable ? null : final === null ? null : round(final),
      },
      needsReason,
      hasReason,
      reasonCell: at(reasonRef),
      ...(j.pending ? { pending: true } : {}),
      ...(j.notApplicable ? { notApplicable: true } : {}),
    });
  }

  // —— weights: Σ 分值 = 100, and the 一级 split ——
  const indicatorWeights = indicators.map((i) => num(i.model.weight) ?? 0);
  const sumW = round((m.funds ? fundsWeight ?? 0 : 0) + indicatorWeights.reduce((a, b) => a + b, 0));
  const statedW = num(m.totalWeight);
  if (indicators.length > 0 && (sumW !== 100 || (statedW !== null && round(statedW) !== sumW))) {
    F.add("WEIGHT_SUM", m.totalWeight ?? m.totalScore ?? indicators[0].model.weight, {
      sum: sumW, expected: sumW !== 100 ? 100 : statedW,
    });
  }
  const groups: Record<Level1, EvaluatedIndicator[]> = { output: [], benefit: [], satisfaction: [], cost: [] };
  for (const i of indicators) if (i.model.level1) groups[i.model.level1 === "cost" ? "output" : i.model.level1].push(i);
  const groupWeight = (g: EvaluatedIndicator[]) => round(g.reduce((a, i) => a + (num(i.model.weight) ?? 0), 0));
  const labelled = indicators.some((i) => i.model.level1 !== null);
  if (s.levelWeights && labelled) {
    const lw = s.levelWeights;
    const actualSplit = { funds: m.funds ? round(fundsWeight ?? 0) : 0, output: groupWeight(groups.output), benefit: groupWeight(groups.benefit), satisfaction: groupWeight(groups.satisfaction) };
    const order: Array<keyof typeof actualSplit> = ["funds", "output", "benefit", "satisfaction"];
    const differing = order.filter((k) => actualSplit[k] !== round(lw[k]));
    if (differing.length > 0) {
      const firstCell = (k: keyof typeof actualSplit): CellRef | null =>
        k === "funds" ? (fr?.score ?? null) : (groups[k][0]?.model.score ?? null);
      const cell = differing.map(firstCell).find((c) => c !== null) ?? m.totalWeight ?? m.totalScore;
      const split = (x: Record<string, number>) => `${x.funds}/${x.output}/${x.benefit}/${x.satisfaction}`;
      F.add("LEVEL_WEIGHTS", cell, {
        split: `预算执行率/产出/效益/满意度 = ${split(actualSplit)}`,
        expected: split(lw as unknown as Record<string, number>),
      });
    }
  }

  // —— total and grade ——
  const counted = indicators.filter((i) => !i.judgement.notApplicable);
  const naWeight = round(indicators.filter((i) => i.judgement.notApplicable).reduce((a, i) => a + (num(i.model.weight) ?? 0), 0));
  const rescale = naWeight > 0 && s.rescaleNotApplicable && sumW - naWeight > 0 ? { naWeight, basis: sumW } : null;
  let total: number | null = null;
  const fundsKnown = !m.funds || fundsScoreValue !== null;
  if (indicators.length > 0 && fundsKnown && counted.every((i) => i.final !== null)) {
    let sum = (fundsScoreValue ?? 0) + counted.reduce((a, i) => a + (i.final as number), 0);
    if (rescale) sum = (sum * rescale.basis) / (rescale.basis - rescale.naWeight);
    total = round(sum);
  }
  const enteredTotal = num(m.totalScore);
  asTextCheck(m.totalScore);
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

  const levels: LevelSummary[] = [];
  if (m.funds) levels.push({ level: "预算执行率", weight: round(fundsWeight ?? 0), earned: fundsScoreValue });
  for (const k of ["output", "benefit", "satisfaction"] as const) {
    const g = groups[k].filter((i) => !i.judgement.notApplicable);
    if (groups[k].length === 0) continue;
    levels.push({
      level: LEVEL1_NAMES[k],
      weight: groupWeight(groups[k]),
      earned: g.every((i) => i.final !== null) ? round(g.reduce((a, i) => a + (i.final as number), 0)) : null,
    });
  }

  const report: TableReport = {
    sheet: m.sheet,
    range: `${address(m.top, m.left)}:${address(m.bottom, m.right)}`,
    project: m.project,
    funds: m.funds
      ? {
          budget: budget === null ? null : round(budget),
          executed: executed === null ? null : round(executed),
          rate: {
            cell: at(fr?.rate ?? null),
            entered: fundsRows.find((r) => r.model === fr)?.entered ?? null,
            computed: totalRate === null ? null : round(totalRate),
          },
          weight: fundsWeight === null ? null : round(fundsWeight),
          score: { cell: at(fr?.score ?? null), entered: numRounded(fr?.score ?? null, d), computed: fundsScoreValue },
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
    report, fundsRows, fundsTotal: fr, fundsScore: fundsScoreValue, fundsWeight, indicators, total, grade, rescale,
  };
}

function numRounded(r: CellRef | null, d: number): number | null {
  const n = num(r);
  return n === null ? null : roundHalfUp(n, d);
}

/** A score below the rule: a documented judgement (info; warning when strict) or a silent one. Returns true when silent. */
function belowRule(F: Findings, s: Settings, entered: number, rule: number, hasReason: boolean, scoreCell: CellRef | null, reasonCell: CellRef | null): boolean {
  if (hasReason) {
    F.add("SCORE_BELOW_RULE_WITH_REASON", scoreCell, { entered, rule }, s.scorePolicy === "strict" ? "warning" : "info");
    return false;
  }
  F.add("SCORE_BELOW_RULE_NO_REASON", reasonCell, { entered, rule });
  return true;
}

/** The cells the table reads whose formula has no cached result. */
function uncachedFormulaCells(m: TableModel): CellRef[] {
  const refs: Array<CellRef | null> = [m.totalScore, m.totalWeight, m.grade];
  for (const r of m.funds?.rows ?? []) refs.push(r.initial, r.budget, r.executed, r.weight, r.rate, r.score);
  for (const i of m.indicators) refs.push(i.weight, i.score, i.actual, i.target);
  return refs.filter((r): r is CellRef => !!r && !!r.cell?.formula && (r.cell.value === null || r.cell.value === undefined));
}

export { fmt };
