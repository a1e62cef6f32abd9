import type { TableReport } from "../../src/core/report";

/** A hand-made report with one finding of each severity, in the "wrong" order. */
export function tableWithFindings(): TableReport {
  return {
    sheet: "表1",
    range: "A1:H24",
    project: "测试项目",
    funds: {
      budget: 250000,
      executed: 215457.6,
      rate: { cell: "G10", entered: 86.19, computed: 86.18 },
      weight: 10,
      score: { cell: "H10", entered: 8.62, computed: 8.62 },
      unit: "元",
    },
    indicators: [],
    total: { cell: "G23", entered: 97, computed: 96.5 },
    grade: { cell: null, entered: null, computed: "优" },
    levels: [],
    findings: [
      { code: "SCORE_BELOW_RULE_WITH_REASON", severity: "info", cell: "G18", message: "提示消息", messageEn: "info message" },
      { code: "REASON_MISSING", severity: "warning", cell: "H19", message: "警告消息", messageEn: "warning message" },
      { code: "RATE_MISMATCH", severity: "error", cell: "G10", message: "错误消息", messageEn: "error message" },
      { code: "TOTAL_MISMATCH", severity: "error", cell: "G23", message: "第二个错误", messageEn: "second error" },
    ],
  };
}
