import { analyzeSheet, checkSheet } from "../../src/core";
import { smallTable, typedGrid } from "../helpers/grid";

const rows = (second: (string | number)[]) => [
  ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 50, 50, ""],
  second,
  ["满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "95%", 10, 10, ""],
];

describe("what a score or weight cell holds decides what can be computed", () => {
  it("a placeholder in a score cell is no score: a warning there, no total, nothing written", () => {
    const g = typedGrid(smallTable({ total: 99.4, grade: "优", indicators: rows(["效益指标", "社会效益指标", "群众获得感", "=100%", "97%", 30, "/", ""]) }));
    const { reports, plan } = analyzeSheet(g);
    const t = reports[0];
    expect(t.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["REASON_MISSING", "warning", "H9"],
      ["UNREADABLE_SCORE", "warning", "G9"],
    ]);
    expect(t.indicators[1].score).toEqual({ cell: "G9", entered: null, rule: 29.1, min: 0, max: 29.1, final: null });
    expect([t.total.computed, t.grade.computed]).toEqual([null, null]);
    expect(plan.edits.map((e) => e.kind)).toEqual(["rate", "rate", "fundsScore"]);
  });

  it("without a 分值 a missed target is still a miss and still needs a reason", () => {
    const t = checkSheet(typedGrid(smallTable({ indicators: rows(["效益指标", "社会效益指标", "群众获得感", "=100%", "90%", "", "", ""]) })))[0];
    expect([t.indicators[1].status, t.indicators[1].needsReason, t.indicators[1].score.rule]).toEqual(["below", true, null]);
    expect(t.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ["REASON_MISSING", "warning", "H9"],
      ["WEIGHT_SUM", "error", "F11"], // 10 + 50 + 10: the missing 30 is missing from the sum too
      ["LEVEL_WEIGHTS", "warning", "G9"],
    ]);
  });
});
