/**
 * The words that identify blocks, columns and rows of a 自评表 (RULES.md §1), matched on label
 * text (no spaces, half-width). Synonyms of the national form and of regional forms live here.
 */
export const TITLE = /^(财政)?(部门预算)?项目支出绩效自评表|绩效自评表$/;
export const PROJECT = /^项目名称/;
export const TOTAL_ROW = /^(总分|合计|总计|综合得分|自评总分)[:：]?$/;
export const GRADE_ROW = /^(评分等级|自评等级|绩效等级|等级)[:：]?$/;

export type IndicatorColumn =
  | "level1" | "level2" | "name" | "op" | "target" | "unit" | "actual" | "weight" | "score" | "reason";

/** Header text → column role, tried in order: the first that matches wins. */
export const INDICATOR_HEADS: Array<[RegExp, IndicatorColumn]> = [
  [/^一级指标/, "level1"],
  [/^二级指标/, "level2"],
  [/^(三级指标|指标名称|绩效指标名称)/, "name"],
  [/^指标性质|^指标方向|^计算符号/, "op"],
  [/^(度量单位|计量单位|单位)$/, "unit"],
  [/(实际完成值|全年实际值|实际值|完成值|实际完成情况|实际完成)/, "actual"],
  [/(年度指标值|指标值|目标值|预期值|年度目标)/, "target"],
  [/^(分值|权重|分数|指标分值|标准分值|满分)/, "weight"],
  [/得分/, "score"],
  [/(原因|改进措施|整改措施|说明)/, "reason"],
];

export type FundsColumn = "initial" | "budget" | "executed" | "weight" | "rate" | "score" | "note";

export const FUNDS_HEADS: Array<[RegExp, FundsColumn]> = [
  [/^年初预算/, "initial"],
  [/(全年预算|调整后预算|全年预算数|调整预算)/, "budget"],
  [/执行率/, "rate"],
  [/(全年执行数|预算执行数|执行数|实际支出|全年支出)/, "executed"],
  [/^(分值|分数|权重|满分)/, "weight"],
  [/得分/, "score"],
  [/^(原因|偏差原因|说明)/, "note"],
];

export type FundsRowKind = "total" | "current" | "carryover" | "special" | "unitFunds" | "other";

export const FUNDS_ROWS: Array<[RegExp, FundsRowKind]> = [
  [/(年度资金总额|资金总额|^总额|^合计)/, "total"],
  [/(当年财政拨款|本年财政拨款|财政拨款|财政资金)/, "current"],
  [/上年结转/, "carryover"],
  [/财政专户/, "special"],
  [/单位资金|单位自有资金/, "unitFunds"],
  [/其他资金/, "other"],
];

export type Level1 = "output" | "benefit" | "satisfaction" | "cost";

export const LEVEL1_WORDS: Array<[RegExp, Level1]> = [
  [/^产出指标$/, "output"],
  [/^效益指标$/, "benefit"],
  [/^满意度指标$/, "satisfaction"],
];

/** 二级 labels and the 一级 they belong to. 数量/质量/时效/成本 are 二级 wherever they stand. */
export const LEVEL2_WORDS: Array<[RegExp, Level1]> = [
  [/^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|生态成本)指标$/, "output"],
  [/^(经济效益|社会效益|生态效益|环境效益|可持续影响|可持续发展)指标$/, "benefit"],
  [/^(服务对象|社会公众|受益对象|群众)?满意度(指标)?$/, "satisfaction"],
];

export const LEVEL1_NAMES: Record<Level1, string> = {
  output: "产出指标",
  benefit: "效益指标",
  satisfaction: "满意度指标",
  cost: "成本指标",
};

export function level1Of(label: string): Level1 | null {
  for (const [re, l] of LEVEL1_WORDS) if (re.test(label)) return l;
  return null;
}

export function level2Parent(label: string): Level1 | null {
  for (const [re, l] of LEVEL2_WORDS) if (re.test(label)) return l;
  return null;
}

export function isCostLevel2(label: string | null): boolean {
  return !!label && /成本指标$/.test(label);
}
