import { analyzeSheet, checkSheet, DEFAULT_SETTINGS } from "../../src/core";
import { seedGrid } from "../helpers/seed";

const tables = checkSheet(seedGrid());
const findings = (i: number) => tables[i].findings.map((f) => [f.code, f.severity, f.cell]);

describe("the four Pujin 2023 seed tables", () => {
  it("finds four tables with their projects", () => {
    expect(tables.map((t) => t.project)).toEqual(["“一网统管”运维费", "大联动居村考核", "联动处置经费", "网格督查人员经费"]);
    expect(tables[0].range).toBe("A3:H24");
    expect(tables.every((t) => t.sheet === "pujin-2023-self-evaluation")).toBe(true);
  });

  it("computes 执行率, funds score, total and grade of each table", () => {
    const summary = tables.map((t) => [t.funds?.budget, t.funds?.executed, t.funds?.rate.computed, t.funds?.score.computed, t.total.computed, t.grade.computed]);
    expect(summary).toEqual([
      [156.28, 156.28, 100, 10, 98, "优"],
      [61.95, 61.95, 100, 10, 99, "优"],
      [165.6, 165.6, 100, 10, 100, "优"],
      [99.59, 99.59, 100, 10, 98, "优"],
    ]);
    expect(tables.map((t) => t.total.entered)).toEqual([98, 99, 100, 98]);
    expect(tables.map((t) => t.grade.entered)).toEqual(["优", "优", "优", "优"]);
  });

  it("reads table 1 exactly as the contract's example", () => {
    const t = tables[0];
    expect(t.funds).toMatchObject({
      budget: 156.28, executed: 156.28, weight: 10,
      rate: { cell: "G10", entered: 100, computed: 100 },
      score: { cell: "H10", entered: 10, computed: 10 },
    });
    const row18 = t.indicators.find((i) => i.row === 18)!;
    expect(row18).toEqual({
      row: 18, level1: "产出指标", level2: "质量指标", name: "设备使用准确率",
      target: "=100.00(%)", actual: "97.00(%)", weight: 20, status: "below",
      score: { cell: "G18", entered: 18, rule: 19.4, min: 0, max: 19.4, final: 18 },
      needsReason: true, hasReason: true, reasonCell: "H18",
    });
    expect(t.total).toEqual({ cell: "G23", entered: 98, computed: 98 });
    expect(t.grade).toEqual({ cell: "C24", entered: "优", computed: "优" });
    expect(t.indicators).toHaveLength(6);
  });

  it("reports exactly one information finding per deducted row, and nothing else", () => {
    expect(findings(0)).toEqual([["SCORE_BELOW_RULE_WITH_REASON", "info", "G18"]]);
    expect(findings(1)).toEqual([["SCORE_BELOW_RULE_WITH_REASON", "info", "G41"]]);
    expect(findings(2)).toEqual([]);
    expect(findings(3)).toEqual([["SCORE_BELOW_RULE_WITH_REASON", "info", "G93"]]);
    expect(tables[0].findings[0].message).toBe("得分 18.00 低于规则得分 19.40，已说明偏差原因");
  });

  it("gives the rule scores 19.40, 10.00 (over-completion) and 9.50 on the deducted rows", () => {
    const row = (t: number, r: number) => tables[t].indicators.find((i) => i.row === r)!;
    expect([row(0, 18).status, row(0, 18).score.rule]).toEqual(["below", 19.4]);
    expect([row(1, 41).status, row(1, 41).score.rule, row(1, 41).needsReason]).toEqual(["above", 10, true]);
    expect([row(3, 93).status, row(3, 93).score.rule]).toEqual(["below", 9.5]);
    expect([row(3, 92).status, row(3, 92).needsReason]).toEqual(["met", false]); // ≥95% met exactly
  });

  it("reads the shifted PDF rows at their real columns", () => {
    const t2 = tables[1];
    const r45 = t2.indicators.find((i) => i.row === 45)!;
    expect([r45.level2, r45.name, r45.score.cell, r45.weight]).toEqual(["时效指标", "各项工作完成及时性", "F45", 10]);
    expect(t2.total).toEqual({ cell: "D50", entered: 99, computed: 99 });
    expect(t2.grade).toEqual({ cell: "B51", entered: "优", computed: "优" });
    const t4 = tables[3];
    // 时效指标 in the 一级 column stays a 二级 under 产出指标; the fragment row 97/98 is no indicator
    const r94 = t4.indicators.find((i) => i.row === 94)!;
    expect([r94.level1, r94.level2]).toEqual(["产出指标", "时效指标"]);
    expect(t4.indicators.map((i) => i.row)).toEqual([91, 92, 93, 94, 95, 96]);
    expect(t4.indicators.find((i) => i.row === 95)!.score.cell).toBe("H95");
    expect(t4.levels).toEqual([
      { level: "预算执行率", weight: 10, earned: 10 },
      { level: "产出指标", weight: 50, earned: 48 },
      { level: "效益指标", weight: 30, earned: 30 },
      { level: "满意度指标", weight: 10, earned: 10 },
    ]);
  });

  it("under the strict policy the three deductions become warnings", () => {
    const strict = checkSheet(seedGrid(), { scorePolicy: "strict" });
    expect(strict.flatMap((t) => t.findings.map((f) => [f.code, f.severity, f.cell]))).toEqual([
      ["SCORE_BELOW_RULE_WITH_REASON", "warning", "G18"],
      ["SCORE_BELOW_RULE_WITH_REASON", "warning", "G41"],
      ["SCORE_BELOW_RULE_WITH_REASON", "warning", "G93"],
    ]);
  });

  it("plans no edit on a table that is already right, and marks only the findings", () => {
    const { plan } = analyzeSheet(seedGrid(), DEFAULT_SETTINGS);
    expect(plan.edits).toEqual([]);
    expect(plan.marks.map((m) => [m.cell, m.severity])).toEqual([["G18", "info"], ["G41", "info"], ["G93", "info"]]);
  });
});
