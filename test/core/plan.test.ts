import { analyzeSheet } from "../../src/core";
import { smallTable, typedGrid } from "../helpers/grid";

const edits = (g: ReturnType<typeof typedGrid>, opts = {}) =>
  analyzeSheet(g, {}, opts).plan.edits.map((e) => [e.cell, e.kind, e.value, e.formula ?? null]);

describe("the plan writes arithmetic cells and blank judgement scores, nothing else", () => {
  it("fills 执行率, funds score, the blank score, 总分 and 评分等级 with live formulas", () => {
    const g = typedGrid(smallTable({ budget: 250000, executed: 215457.6 }));
    expect(edits(g)).toEqual([
      ["G3", "rate", 86.18, "ROUND(E3/D3*100,2)"],
      ["G4", "rate", 86.18, "ROUND(E4/D4*100,2)"],
      ["H3", "fundsScore", 8.62, "ROUND(MIN(MAX(E3/D3,0),1)*F3,2)"],
      ["G9", "score", 19.4, null],
      ["G12", "total", 98.02, "ROUND(SUM(H3,G8:G11),2)"],
      ["B13", "grade", "优", 'IF(G12>=90,"优",IF(G12>=80,"良",IF(G12>=60,"中","差")))'],
    ]);
  });

  it("writes values only when asked", () => {
    const g = typedGrid(smallTable());
    expect(edits(g, { formulas: false }).every((e) => e[3] === null)).toBe(true);
  });

  it("leaves right values and template formulas alone, and records what a wrong one held", () => {
    const g = typedGrid(
      smallTable({ rate: 100, fundsScore: 10, total: 97, grade: "优", indicators: [
        ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 50, 50, ""],
        ["效益指标", "社会效益指标", "群众获得感", "提升", "达成指标", 30, 30, ""],
        ["满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "95%", 10, 10, ""],
      ] }),
      "Sheet1",
      { G4: { value: 100, formula: "ROUND(E4/D4*100,2)" } },
    );
    const { plan, reports } = analyzeSheet(g);
    expect(plan.edits.map((e) => [e.cell, e.value, e.before])).toEqual([["G11", 100, { value: 97 }]]);
    expect(reports[0].findings.map((f) => [f.code, f.cell])).toEqual([["TOTAL_MISMATCH", "G11"]]);
    expect(plan.marks.map((m) => [m.cell, m.severity])).toEqual([["G11", "error"]]);
  });

  it("never fills a partial tier's score and writes no total until the person chooses", () => {
    const g = typedGrid(smallTable({ indicators: [
      ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 50, 50, ""],
      ["效益指标", "社会效益指标", "群众获得感", "提升", "部分达成年度指标并具有一定效果", 30, "", "受疫情影响"],
      ["满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "95%", 10, 10, ""],
    ] }));
    const { plan, reports } = analyzeSheet(g);
    expect(plan.edits.map((e) => e.kind)).toEqual(["rate", "rate", "fundsScore"]);
    expect(reports[0].total.computed).toBeNull();
    expect(reports[0].grade.computed).toBeNull();
    expect(reports[0].findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["SCORE_NEEDS_CHOICE", "warning", "G9"]]);
  });

  it("replaces entered scores only with overwriteScores, and totals what will stand", () => {
    const g = typedGrid(smallTable({ indicators: [
      ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 30, 30, ""],
      ["", "质量指标", "合格率", "=100%", "97%", 20, 20, ""],
      ["效益指标", "社会效益指标", "群众获得感", "提升", "达成指标", 30, 30, ""],
      ["满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "95%", 10, 10, ""],
    ] }));
    const before = analyzeSheet(g).reports[0];
    expect(before.findings.map((f) => [f.code, f.cell])).toEqual([["SCORE_ABOVE_RULE", "G9"], ["REASON_MISSING", "H9"]]);
    const e = edits(g, { overwriteScores: true });
    expect(e.find((x) => x[0] === "G9")).toEqual(["G9", "score", 19.4, null]);
    expect(e.find((x) => x[0] === "G12")![2]).toBe(99.4);
    expect(edits(g).find((x) => x[0] === "G9")).toBeUndefined();
  });

  it("sets a number format before writing into a Text-formatted cell", () => {
    const g = typedGrid(smallTable(), "Sheet1", { G12: { value: null, numFmt: "@" } });
    const total = analyzeSheet(g).plan.edits.find((e) => e.kind === "total")!;
    expect(total.numFmt).toBe("0.00");
  });

  it("makes right typed values live only when asked (a table converted from text), without marking them", () => {
    const g = typedGrid(smallTable({ rate: 100, fundsScore: 10, total: 99.4, grade: "优" }));
    expect(edits(g).map((e) => e[0])).toEqual(["G4", "G9"]);
    const live = analyzeSheet(g, {}, { liveRightValues: true }).plan;
    expect(live.edits.map((e) => [e.cell, e.formula ?? null])).toEqual([
      ["G3", "ROUND(E3/D3*100,2)"],
      ["G4", "ROUND(E4/D4*100,2)"],
      ["H3", "ROUND(MIN(MAX(E3/D3,0),1)*F3,2)"],
      ["G9", null],
      ["G12", "ROUND(SUM(H3,G8:G11),2)"],
      ["C13", 'IF(G12>=90,"优",IF(G12>=80,"良",IF(G12>=60,"中","差")))'],
    ]);
    expect(live.marks.map((m) => [m.cell, m.severity])).toEqual([["H9", "warning"], ["G4", "written"], ["G9", "written"]]);
  });
});
