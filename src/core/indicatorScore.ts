/**
 * RULES.md §3: one indicator's status and the score the rule allows. The rule score is a ceiling
 * for a person's score (or the only score, under the strict policy); qualitative tiers give a range.
 */
import type { IndicatorStatus } from "./report";
import type { Settings } from "./settings";
import { roundHalfUp } from "./rounding";
import { labelText } from "./text";
import { isCostLevel2 } from "./labels";
import { unitRelation, type Actual, type Target } from "./measure";

export interface IndicatorJudgement {
  status: IndicatorStatus;
  /** the score the rule gives; null where the person must choose (partial/failed tiers) or nothing is known */
  rule: number | null;
  /** the range a person's score must fall in; null when unknown */
  min: number | null;
  max: number | null;
  /** the upper end of a tier range is open (部分达成 [60%, 80%)) */
  maxOpen: boolean;
  qualitative: boolean;
  unitMismatch: boolean;
  unreadable: "target" | "actual" | null;
  pending: boolean;
  notApplicable: boolean;
}

const TIER_RANGE = { met: [0.8, 1], partial: [0.6, 0.8], failed: [0, 0.6] } as const;

function base(): IndicatorJudgement {
  return {
    status: "unknown", rule: null, min: null, max: null, maxOpen: false, qualitative: false,
    unitMismatch: false, unreadable: null, pending: false, notApplicable: false,
  };
}

/** An `=` target is lower-is-better for 成本指标, a target of 0, or names of accidents and complaints. */
export function lowerIsBetter(name: string, level2: string | null, targetValue: number, s: Settings): boolean {
  if (isCostLevel2(level2)) return true;
  if (targetValue === 0) return true;
  const n = labelText(name);
  return s.lowerIsBetterWords.some((w) => w !== "" && n.includes(w));
}

function tier(j: IndicatorJudgement, t: "met" | "partial" | "failed", weight: number, d: number): IndicatorJudgement {
  const [lo, hi] = TIER_RANGE[t];
  j.qualitative = true;
  j.status = t;
  j.min = roundHalfUp(lo * weight, d);
  j.max = roundHalfUp(hi * weight, d);
  j.maxOpen = t !== "met";
  j.rule = t === "met" ? roundHalfUp(weight, d) : null;
  return j;
}

export function judgeIndicator(
  target: Target,
  actual: Actual,
  weight: number | null,
  ctx: { name: string; level2: string | null },
  s: Settings,
): IndicatorJudgement {
  const j = base();
  const d = s.decimals;
  if (target.kind === "notApplicable" || actual.kind === "notApplicable") {
    j.notApplicable = true;
    return j;
  }
  if (actual.kind === "blank") {
    j.pending = true;
    return j;
  }
  if (weight === null) {
    // without a 分值 no score can be computed; the status (and so the need for a reason) still can
    const byShare = judgeIndicator(target, actual, 1, ctx, s);
    return { ...byShare, rule: null, min: null, max: null };
  }
  if (actual.kind === "tier") return tier(j, actual.tier, weight, d);
  if (target.kind === "blank") {
    j.unreadable = "target";
    return j;
  }
  if (target.kind === "words") {
    if (actual.kind === "words" && labelText(actual.text) === labelText(target.text)) return tier(j, "met", weight, d);
    j.unreadable = "actual";
    return j;
  }
  // numeric target
  if (actual.kind !== "number") {
    j.unreadable = "actual";
    return j;
  }
  const rel = unitRelation(target.unit, actual.unit);
  if (rel.kind === "different") {
    j.unitMismatch = true;
    return j;
  }
  if (rel.kind === "convert") j.unitMismatch = true; // still scored, after conversion
  const a = rel.kind === "convert" ? actual.value * rel.factor : actual.value;
  const t = target.value;
  const eq = roundHalfUp(a, 6) === roundHalfUp(t, 6);
  const full = roundHalfUp(weight, d);
  const clamp = (x: number) => roundHalfUp(Math.min(Math.max(x, 0), 1) * weight, d);
  let op = target.op;
  if (op === "=" && lowerIsBetter(ctx.name, ctx.level2, t, s)) op = "<=";
  if (op === ">=" && !target.explicitOp && lowerIsBetter(ctx.name, ctx.level2, t, s) && (isCostLevel2(ctx.level2) || t === 0)) op = "<=";

  const higherShare = t > 0 ? a / t : 0;
  const reverseShare = t <= 0 ? 0 : s.reverseFormula === "ratio" ? t / a : 1 - (a - t) / t;
  if (op === ">=") {
    j.status = a >= t || eq ? "met" : "below";
  } else if (op === "=") {
    j.status = eq ? "met" : a > t ? "above" : "below";
  } else {
    j.status = a <= t || eq ? "met" : "below";
  }
  if (j.status !== "below") j.rule = full;
  else j.rule = clamp(op === "<=" ? reverseShare : higherShare);
  j.min = s.scorePolicy === "strict" ? j.rule : 0;
  j.max = j.rule;
  return j;
}
