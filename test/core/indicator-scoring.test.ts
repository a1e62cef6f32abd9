import { judgeIndicator } from "../../src/core/indicatorScore";
import { parseActual, parseTarget } from "../../src/core/measure";
import { resolveSettings, DEFAULT_SETTINGS, type Settings } from "../../src/core";

const judge = (target: string, actual: string, weight: number, extra: Partial<Settings> = {}, name = "指标", level2: string | null = "数量指标") =>
  judgeIndicator(parseTarget(target), parseActual(actual), weight, { name, level2 }, resolveSettings({ ...extra }).settings);

describe("targets and actuals as tables write them", () => {
  it.each([
    ["=100.00(%)", ">=", "=", 100, "%"],
    ["≥90.00(%)", ">=", ">=", 90, "%"],
    ["=34.00(个)", "=", "=", 34, "个"],
    ["≤90万元", "<=", "<=", 90, "万元"],
    [">=90%", ">=", ">=", 90, "%"],
    ["﹦100", "=", "=", 100, null],
    ["不低于95%", ">=", ">=", 95, "%"],
    ["不超过 5 起", "<=", "<=", 5, "起"],
    ["≧８０％", ">=", ">=", 80, "%"],
    ["＝1,200（人）", "=", "=", 1200, "人"],
    ["95%以上", ">=", ">=", 95, "%"],
  ])("%s", (text, _unused, op, value, unit) => {
    const t = parseTarget(text);
    expect(t).toMatchObject({ kind: "number", op, value, unit });
  });
  it("words stay words; 2023年12月底前 is no number with a unit", () => {
    expect(parseTarget("及时")).toEqual({ kind: "words", text: "及时" });
    expect(parseTarget("2023年12月底前完成").kind).toBe("words");
    expect(parseTarget("不适用").kind).toBe("notApplicable");
    expect(parseTarget("90", "≤")).toMatchObject({ kind: "number", op: "<=", value: 90 });
    expect(parseTarget("好", "定性").kind).toBe("words");
  });
  it.each([
    ["达成指标", "met"], ["达成预期指标", "met"], ["达成年度指标", "met"], ["已达成", "met"], ["完成", "met"], ["全部完成", "met"], ["是", "met"],
    ["部分达成年度指标并具有一定效果", "partial"], ["基本达成", "partial"], ["基本完成", "partial"], ["部分完成", "partial"],
    ["未达成年度指标且效果较差", "failed"], ["未完成", "failed"], ["否", "failed"],
  ])("actual %s is tier %s", (text, tier) => {
    expect(parseActual(text)).toEqual({ kind: "tier", tier });
  });
  it("reads numbers with units and blanks", () => {
    expect(parseActual("97.00(%)")).toEqual({ kind: "number", value: 97, unit: "%" });
    expect(parseActual("３５个")).toEqual({ kind: "number", value: 35, unit: "个" });
    expect(parseActual("  ")).toEqual({ kind: "blank" });
  });
});

describe("RULES.md §3: scoring one indicator", () => {
  it.each<[string, string, number, string, number | null, number | null, number | null]>([
    // target, actual, weight → status, rule, min, max
    ["≥90%", "95%", 10, "met", 10, 0, 10],
    ["≥90%", "90%", 10, "met", 10, 0, 10],
    ["≥90%", "81%", 10, "below", 9, 0, 9],
    ["=100%", "97%", 20, "below", 19.4, 0, 19.4],
    ["=100(%)", "95%", 10, "below", 9.5, 0, 9.5],
    ["=34个", "35个", 10, "above", 10, 0, 10],
    ["=34个", "34个", 10, "met", 10, 0, 10],
    ["≤90万元", "80万元", 10, "met", 10, 0, 10],
    ["≤90万元", "100万元", 10, "below", 9, 0, 9],
    ["=0起", "1起", 10, "below", 0, 0, 0],
    ["=0起", "0起", 10, "met", 10, 0, 10],
    ["及时", "及时", 10, "met", 10, 8, 10],
    ["及时", "达成指标", 10, "met", 10, 8, 10],
    ["提升", "部分达成年度指标并具有一定效果", 10, "partial", null, 6, 8],
    ["提升", "未达成年度指标且效果较差", 10, "failed", null, 0, 6],
  ])("%s vs %s (分值 %p) → %s", (target, actual, weight, status, rule, min, max) => {
    const j = judge(target, actual, weight);
    expect([j.status, j.rule, j.min, j.max]).toEqual([status, rule, min, max]);
  });

  it("the linear reverse formula reaches 0 at twice the target", () => {
    expect(judge("≤90万元", "135万元", 10, { reverseFormula: "linear" }).rule).toBe(5);
    expect(judge("≤90万元", "180万元", 10, { reverseFormula: "linear" }).rule).toBe(0);
    expect(judge("≤90万元", "135万元", 10).rule).toBe(6.67); // ratio: 90/135 × 10
  });

  it("= targets are lower-is-better for 成本指标 and for accidents and complaints", () => {
    expect(judge("=90万元", "80万元", 10, {}, "项目成本", "成本指标").status).toBe("met");
    expect(judge("=3起", "2起", 10, {}, "安全事故数", "质量指标").status).toBe("met");
    expect(judge("=3起", "4起", 10, {}, "群众投诉次数", "质量指标")).toMatchObject({ status: "below", rule: 7.5 });
    expect(judge("=3起", "2起", 10, { lowerIsBetterWords: ["故障"] }, "安全事故数", "质量指标").status).toBe("below");
  });

  it("strict policy makes the rule score the only accepted one", () => {
    expect(judge("=100%", "97%", 20, { scorePolicy: "strict" })).toMatchObject({ rule: 19.4, min: 19.4, max: 19.4 });
  });

  it("pending, not applicable, unreadable and unit mismatch are told apart", () => {
    expect(judge("≥90%", "", 10).pending).toBe(true);
    expect(judge("≥90%", "不适用", 10).notApplicable).toBe(true);
    expect(judge("≥90%", "很好", 10).unreadable).toBe("actual");
    expect(judge("", "95%", 10).unreadable).toBe("target");
    expect(judge("≥90%", "95个", 10)).toMatchObject({ unitMismatch: true, status: "unknown", rule: null });
    expect(judge("≥1万元", "12000元", 10)).toMatchObject({ unitMismatch: true, status: "met", rule: 10 });
  });
  it("default settings are the national ones", () => {
    expect(DEFAULT_SETTINGS.levelWeights).toEqual({ funds: 10, output: 50, benefit: 30, satisfaction: 10 });
  });
});
