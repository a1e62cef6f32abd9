/** The sentence of each finding, for a finance clerk: Chinese first, English beside it. */
import type { FindingCode } from "./report";

export const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? "—" : n.toFixed(2));

type Params = Record<string, string | number | null | undefined>;
type Text = { zh: (p: Params) => string; en: (p: Params) => string };

const v = (p: Params, k: string): string => {
  const x = p[k];
  return typeof x === "number" ? fmt(x) : x === null || x === undefined ? "—" : String(x);
};

export const MESSAGES: Record<FindingCode, Text> = {
  TOTAL_MISMATCH: {
    zh: (p) => `总分填写为 ${v(p, "entered")}，按各项得分合计应为 ${v(p, "computed")}`,
    en: (p) => `Total reads ${v(p, "entered")}; the scores add up to ${v(p, "computed")}`,
  },
  GRADE_MISMATCH: {
    zh: (p) => `评分等级填写为“${v(p, "entered")}”，总分 ${v(p, "total")} 对应的等级是“${v(p, "computed")}”`,
    en: (p) => `Grade reads "${v(p, "entered")}"; a total of ${v(p, "total")} is graded "${v(p, "computed")}"`,
  },
  WEIGHT_SUM: {
    zh: (p) => `各项分值合计为 ${v(p, "sum")}，应为 ${v(p, "expected")}`,
    en: (p) => `The weights add up to ${v(p, "sum")}, not ${v(p, "expected")}`,
  },
  LEVEL_WEIGHTS: {
    zh: (p) => `分值结构为 ${v(p, "split")}，与设定的 ${v(p, "expected")} 不同（如有特殊情况可适当调整，请确认）`,
    en: (p) => `Weight split is ${v(p, "split")}, not the configured ${v(p, "expected")}; confirm it is intended`,
  },
  RATE_MISMATCH: {
    zh: (p) => `执行率填写为 ${v(p, "entered")}%，${v(p, "executed")} ÷ ${v(p, "budget")} 应为 ${v(p, "computed")}%`,
    en: (p) => `Execution rate reads ${v(p, "entered")}%; ${v(p, "executed")} ÷ ${v(p, "budget")} gives ${v(p, "computed")}%`,
  },
  FUNDS_SCORE_MISMATCH: {
    zh: (p) => `预算执行率得分填写为 ${v(p, "entered")}，按执行率 ${v(p, "rate")}% 应为 ${v(p, "computed")}`,
    en: (p) => `Funds score reads ${v(p, "entered")}; an execution rate of ${v(p, "rate")}% gives ${v(p, "computed")}`,
  },
  FUNDS_SUM: {
    zh: (p) => `${v(p, "column")}：年度资金总额为 ${v(p, "entered")}，各资金来源合计为 ${v(p, "computed")}`,
    en: (p) => `${v(p, "column")}: the total reads ${v(p, "entered")} but the sources add up to ${v(p, "computed")}`,
  },
  EXECUTED_OVER_BUDGET: {
    zh: (p) => `执行数 ${v(p, "executed")} 超过预算数 ${v(p, "budget")}（执行率 ${v(p, "rate")}%），请核实`,
    en: (p) => `Spending ${v(p, "executed")} exceeds the budget ${v(p, "budget")} (rate ${v(p, "rate")}%); please verify`,
  },
  RATE_BELOW_THRESHOLD: {
    zh: (p) => `执行率 ${v(p, "rate")}% 低于 ${v(p, "threshold")}%，请在“实际完成情况”中说明原因`,
    en: (p) => `Execution rate ${v(p, "rate")}% is below ${v(p, "threshold")}%; explain it under 实际完成情况`,
  },
  SCORE_OVER_WEIGHT: {
    zh: (p) => `得分 ${v(p, "entered")} 超出分值范围 0–${v(p, "weight")}`,
    en: (p) => `Score ${v(p, "entered")} is outside 0–${v(p, "weight")}`,
  },
  SCORE_ABOVE_RULE: {
    zh: (p) => `得分 ${v(p, "entered")} 高于规则允许的最高分 ${v(p, "rule")}（${v(p, "why")}）`,
    en: (p) => `Score ${v(p, "entered")} is above the ${v(p, "rule")} the rule allows (${v(p, "whyEn")})`,
  },
  SCORE_OUT_OF_TIER: {
    zh: (p) => `“${v(p, "tier")}”的得分应在 ${v(p, "min")}–${v(p, "max")} 之间，填写为 ${v(p, "entered")}`,
    en: (p) => `A "${v(p, "tierEn")}" score must lie in ${v(p, "min")}–${v(p, "max")}; it reads ${v(p, "entered")}`,
  },
  SCORE_BELOW_RULE_WITH_REASON: {
    zh: (p) => `得分 ${v(p, "entered")} 低于规则得分 ${v(p, "rule")}，已说明偏差原因`,
    en: (p) => `Score ${v(p, "entered")} is below the rule score ${v(p, "rule")}; a reason is given`,
  },
  SCORE_BELOW_RULE_NO_REASON: {
    zh: (p) => `得分 ${v(p, "entered")} 低于规则得分 ${v(p, "rule")}，但未填写偏差原因`,
    en: (p) => `Score ${v(p, "entered")} is below the rule score ${v(p, "rule")} and no reason is given`,
  },
  REASON_MISSING: {
    zh: (p) => `“${v(p, "name")}”${v(p, "why")}，需填写偏差原因分析及改进措施`,
    en: (p) => `"${v(p, "name")}": ${v(p, "whyEn")}; a reason and remedy are required`,
  },
  SCORE_NEEDS_CHOICE: {
    zh: (p) => `实际完成为“${v(p, "tier")}”，请在 ${v(p, "min")}–${v(p, "max")} 分之间确定得分`,
    en: (p) => `Result is "${v(p, "tierEn")}": choose a score between ${v(p, "min")} and ${v(p, "max")}`,
  },
  PENDING: {
    zh: (p) => `“${v(p, "name")}”的实际完成值待填`,
    en: (p) => `"${v(p, "name")}": actual value not filled in yet`,
  },
  UNREADABLE_TARGET: {
    zh: (p) => `无法识别年度指标值“${v(p, "text")}”，请写成如“≥90%”“=34个”或文字目标`,
    en: (p) => `Cannot read the target "${v(p, "text")}"; write e.g. ≥90% or =34个`,
  },
  UNREADABLE_ACTUAL: {
    zh: (p) => `无法将实际完成值“${v(p, "text")}”与指标值“${v(p, "target")}”比较，请填写数值或“达成/部分达成/未达成”`,
    en: (p) => `Cannot compare the actual "${v(p, "text")}" with the target "${v(p, "target")}"; write a number or 达成/部分达成/未达成`,
  },
  UNREADABLE_SCORE: {
    zh: (p) => `得分“${v(p, "text")}”不是数字：请填写得分，或留空由规则计算；总分暂不计算`,
    en: (p) => `Score "${v(p, "text")}" is not a number: enter a score, or leave it blank for the rule; no total until then`,
  },
  UNIT_MISMATCH: {
    zh: (p) => `实际完成值的单位“${v(p, "actualUnit")}”与指标值的单位“${v(p, "targetUnit")}”不一致`,
    en: (p) => `The actual's unit "${v(p, "actualUnit")}" differs from the target's "${v(p, "targetUnit")}"`,
  },
  UNCACHED_FORMULA: {
    zh: () => `公式没有保存计算结果（文件未重新计算），请在 Excel 中打开并保存后重试`,
    en: () => `Formula has no saved result (the file was never recalculated); open and save it in Excel`,
  },
  NUMBER_AS_TEXT: {
    zh: (p) => `数字“${v(p, "text")}”以文本形式保存，公式可能不计入，请改为数值`,
    en: (p) => `The number "${v(p, "text")}" is stored as text and formulas may skip it; store it as a number`,
  },
  NOT_APPLICABLE: {
    zh: (p) => `“${v(p, "name")}”不适用，已从总分中剔除${p.rescaled ? "并按百分制折算" : ""}，请审核确认`,
    en: (p) => `"${v(p, "name")}" is not applicable and left out of the total${p.rescaled ? ", rescaled to 100" : ""}; please review`,
  },
};

export function message(code: FindingCode, p: Params = {}): { message: string; messageEn: string } {
  return { message: MESSAGES[code].zh(p), messageEn: MESSAGES[code].en(p) };
}
