/**
 * RULES.md §3–§4 on one indicator row: its status and rule score, the person's score judged
 * against them (never replaced), and whether a 偏差原因 is needed and given.
 */
import type { Settings } from "./settings";
import type { IndicatorReport } from "./report";
import type { CellRef, IndicatorModel } from "./model";
import { roundHalfUp } from "./rounding";
import { cellText, displayText, isBlank, isRealReason, labelText } from "./text";
import { parseActual, parseTarget, type Target, type Actual } from "./measure";
import { judgeIndicator, type IndicatorJudgement } from "./indicatorScore";
import { num } from "./funds";
import { LEVEL1_NAMES } from "./labels";
import { at, type Findings } from "./findings";

export interface EvaluatedIndicator {
  model: IndicatorModel;
  judgement: IndicatorJudgement;
  entered: number | null;
  final: number | null;
}

const TIER_ZH = { met: "达成年度指标", partial: "部分达成年度指标", failed: "未达成年度指标" } as const;
const TIER_EN = { met: "target met", partial: "partly met", failed: "not met" } as const;

export function checkIndicator(ind: IndicatorModel, s: Settings, F: Findings): { evaluated: EvaluatedIndicator; report: IndicatorReport } {
  const round = (x: number) => roundHalfUp(x, s.decimals);
  const targetRaw = ind.targetText;
  const target: Target = parseTarget(targetRaw, ind.targetOp ?? undefined);
  const actualText = ind.actual ? cellText(ind.actual.cell) : "";
  const actual: Actual = parseActual(actualText);
  const weight = num(ind.weight);
  const scoreCell = ind.score;
  const entered = num(scoreCell);
  const hasFormula = !!scoreCell?.cell?.formula;
  // "/", "—", "无" in a score cell is no score: not blank (nothing is written there), not the rule's
  const scoreUnreadable = entered === null && !!scoreCell && !hasFormula && !isBlank(scoreCell.cell?.value);
  const j = judgeIndicator(target, actual, weight, { name: ind.name, level2: ind.level2 }, s);
  const hasReason = ind.reasons.some((r) => isRealReason(r.cell?.value));
  const reasonRef = ind.reasons[0] ?? null;
  const reasonOrScore = reasonRef ?? scoreCell;
  F.numberAsText(ind.weight);
  F.numberAsText(scoreCell);

  let final: number | null = entered;
  let belowNoReason = false;
  const targetDisplay = (ind.targetOp && !/^定性/.test(labelText(ind.targetOp)) ? displayText(ind.targetOp) : "") + targetRaw;

  if (j.notApplicable) {
    final = null;
    F.add("NOT_APPLICABLE", ind.actual ?? ind.target, { name: ind.name, rescaled: s.rescaleNotApplicable ? 1 : 0 });
  } else if (j.pending) {
    F.add("PENDING", ind.actual ?? ind.target ?? scoreCell, { name: ind.name });
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

  if (scoreUnreadable && !j.notApplicable) {
    final = null;
    F.add("UNREADABLE_SCORE", scoreCell, { text: displayText(scoreCell?.cell?.value) });
  }

  const evaluated: EvaluatedIndicator = { model: ind, judgement: j, entered, final: j.notApplicable ? null : final };
  const report: IndicatorReport = {
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
  };
  return { evaluated, report };
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

