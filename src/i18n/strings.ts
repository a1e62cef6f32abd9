/**
 * Every word the pane, the ribbon command and its dialog show. Chinese first; English when
 * Office's display language is English (or the person switches).
 */
import type { HostErrorCode } from "../host/WorkbookHost";

export type Lang = "zh" | "en";

export function langFromDisplay(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}

export interface Strings {
  title: string;
  switchTo: string;
  recalc: string;
  recalcBusy: string;
  scopeSheet: string;
  scopeWorkbook: string;
  clearMarks: string;
  undo: string;
  cleanForSubmit: string;
  actions: string;
  empty: string;
  untitled: string;
  total: string;
  grade: string;
  ready: string;
  notReady: (n: number) => string;
  funds: string;
  findings: string;
  noFindings: string;
  fixed: string;
  severity: Record<"error" | "warning" | "info", string>;
  recalcDone: (tables: number, written: number, marked: number) => string;
  notesHint: string;
  undoDone: (restored: number, skipped: number) => string;
  clearDone: (marks: number, notes: number) => string;
  cleanDone: (records: number) => string;
  errors: Record<HostErrorCode, (sheet?: string) => string>;
  unexpected: (message: string) => string;
  settings: string;
  settingsSaved: string;
  fundsWeight: string;
  fundsScoring: string;
  fundsLinear: string;
  fundsSteps: string;
  reverseFormula: string;
  reverseRatio: string;
  reverseLinear: string;
  scorePolicy: string;
  policyCeiling: string;
  policyStrict: string;
  rateReason: string;
  rateReasonNone: string;
  rateReason90: string;
  levelWeights: string;
  levelWeightsHint: string;
  gradeBands: string;
  gradeBandsHint: string;
  decimals: string;
  writeMode: string;
  writeFormulas: string;
  writeValues: string;
  scope: string;
  invalidInput: string;
  dialogErrors: (tables: number, errors: number, cell: string) => string;
  dialogOk: (tables: number, written: number) => string;
  close: string;
  /** the task pane opened outside Excel (a browser tab) */
  outsideTitle: string;
  outsideBody: string;
  openWebVersion: string;
}

const zh: Strings = {
  title: "绩效自评助手",
  switchTo: "English",
  recalc: "重新计算",
  recalcBusy: "正在计算…",
  scopeSheet: "当前工作表",
  scopeWorkbook: "整个工作簿",
  clearMarks: "清除标记",
  undo: "撤销本次计算",
  cleanForSubmit: "提交前清理",
  actions: "标记与撤销",
  empty: "打开自评表所在的工作表，按“重新计算”：执行率、资金得分、总分和评分等级会算好写入，空白得分按规则填上，问题单元格按严重程度标色。",
  untitled: "（未填写项目名称）",
  total: "总分",
  grade: "评分等级",
  ready: "可以提交",
  notReady: (n) => `还有 ${n} 项需处理`,
  funds: "预算执行率",
  findings: "审核意见",
  noFindings: "没有发现问题。",
  fixed: "已更正",
  severity: { error: "错误", warning: "提醒", info: "说明" },
  recalcDone: (t, w, m) => `已计算 ${t} 张自评表：写入 ${w} 个单元格，标记 ${m} 个单元格。`,
  notesHint: "此版本 Excel 不支持批注：请在此处查看每条审核意见。",
  undoDone: (r, s) => `已恢复 ${r} 个单元格。` + (s > 0 ? `另有 ${s} 个单元格在计算后被修改过，保持原样。` : ""),
  clearDone: (m, n) => `已清除 ${m} 条标色规则` + (n > 0 ? `和 ${n} 条批注。` : "。"),
  cleanDone: (r) => `已清除全部标记和 ${r} 条撤销记录，文件可以发送。`,
  errors: {
    protected: (s) => `工作表“${s ?? ""}”受保护，无法写入。请先“审阅 → 撤销工作表保护”，再重新计算。没有写入任何内容。`,
    workbookProtected: () => "工作簿结构受保护，无法保存设置和撤销记录。请先“审阅 → 保护工作簿”取消保护。没有写入任何内容。",
    cellEditing: () => "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。",
    payloadTooLarge: () => "工作表过大，Excel 网页版一次无法传输（上限 5 MB）。请把自评表复制到单独的工作表后再计算。",
    noTable: (s) =>
      `${s ? `工作表“${s}”` : "所选范围"}中没有找到自评表。请使用标准模板：标题“财政项目支出绩效自评表”，表头含“项目名称”，资金行含“年度资金总额”，指标表头为“一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施”，末尾为“总分”和“评分等级”行。`,
    unsupported: () => "此版本 Excel 不支持所需功能。请使用 Microsoft 365、Office 2021 或更高版本、Excel 网页版，或改用网页版/命令行。",
    failed: () => "操作失败，没有完成。",
  },
  unexpected: (m) => `操作失败：${m}`,
  settings: "规则设置（保存在本工作簿中）",
  settingsSaved: "设置已保存到工作簿。",
  fundsWeight: "预算执行率分值",
  fundsScoring: "资金得分计算",
  fundsLinear: "按执行率比例（全国通行）",
  fundsSteps: "分档（100%→10，≥80%→7，≥60%→5）",
  reverseFormula: "反向指标（≤）未达标得分",
  reverseRatio: "指标值 ÷ 实际值 × 分值",
  reverseLinear: "线性扣减，超出一倍为 0",
  scorePolicy: "手动得分",
  policyCeiling: "不得高于规则得分（低于须说明原因）",
  policyStrict: "必须等于规则得分",
  rateReason: "执行率偏低须说明原因",
  rateReasonNone: "不要求",
  rateReason90: "低于 90% 时要求（四川）",
  levelWeights: "一级指标分值",
  levelWeightsHint: "预算/产出/效益/满意度，如 10/50/30/10；留空不检查",
  gradeBands: "评分等级分数线",
  gradeBandsHint: "优/良/中，如 90/80/60",
  decimals: "小数位数",
  writeMode: "写入方式",
  writeFormulas: "公式（随数据更新）",
  writeValues: "数值",
  scope: "计算范围",
  invalidInput: "格式不对，未保存",
  dialogErrors: (t, e, c) => `已计算 ${t} 张自评表，发现 ${e} 个错误。已选中第一个错误单元格 ${c}，打开“绩效自评助手”查看全部。`,
  dialogOk: (t, w) => `已计算 ${t} 张自评表，写入 ${w} 个单元格，没有发现错误。`,
  close: "关闭",
  outsideTitle: "请打开 Excel 使用",
  outsideBody:
    "这是绩效自评助手的 Excel 加载项窗格，需在 Excel 中使用（Microsoft 365、Office 2021 及以上版本或 Excel 网页版）：“开始”选项卡 → “绩效自评” → “打开助手”。使用 WPS 或较旧的 Excel？请用网页版，文件只在本机浏览器中处理。",
  openWebVersion: "打开网页版",
};

const en: Strings = {
  title: "Self-evaluation assistant",
  switchTo: "中文",
  recalc: "Recalculate",
  recalcBusy: "Calculating…",
  scopeSheet: "Active sheet",
  scopeWorkbook: "Whole workbook",
  clearMarks: "Clear marks",
  undo: "Undo this recalculation",
  cleanForSubmit: "Clean before submitting",
  actions: "Marks and undo",
  empty: "Open the sheet with the self-evaluation table and press Recalculate: execution rate, funds score, total and grade are computed and written, blank scores are filled by the rule, and cells with findings are coloured by severity.",
  untitled: "(no project name)",
  total: "Total",
  grade: "Grade",
  ready: "Ready to submit",
  notReady: (n) => `${n} item${n === 1 ? "" : "s"} to resolve`,
  funds: "Budget execution",
  findings: "Findings",
  noFindings: "No findings.",
  fixed: "corrected",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  recalcDone: (t, w, m) => `Recalculated ${t} table${t === 1 ? "" : "s"}: ${w} cells written, ${m} cells marked.`,
  notesHint: "This Excel has no notes API: read every finding here.",
  undoDone: (r, s) => `Restored ${r} cells.` + (s > 0 ? ` ${s} cells were changed after the recalculation and were left as they are.` : ""),
  clearDone: (m, n) => `Removed ${m} highlight rules` + (n > 0 ? ` and ${n} notes.` : "."),
  cleanDone: (r) => `Removed every mark and ${r} undo records: the file is ready to send.`,
  errors: {
    protected: (s) => `Sheet "${s ?? ""}" is protected. Unprotect it (Review → Unprotect Sheet) and recalculate. Nothing was written.`,
    workbookProtected: () => "The workbook structure is protected, so settings and undo records cannot be stored. Unprotect it first. Nothing was written.",
    cellEditing: () => "Excel is editing a cell. Press Enter or Esc, then try again.",
    payloadTooLarge: () => "The sheet is too large for Excel on the web to transfer at once (5 MB). Copy the table to a sheet of its own.",
    noTable: (s) =>
      `No self-evaluation table (自评表) found${s ? ` on sheet "${s}"` : ""}. Use the standard template: the title 财政项目支出绩效自评表, a 项目名称 row, a funds block with 年度资金总额, indicator headers 一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施, and 总分 and 评分等级 rows at the end.`,
    unsupported: () => "This version of Excel lacks a feature the add-in needs. Use Microsoft 365, Office 2021 or later, Excel on the web, or the web page / command line.",
    failed: () => "The operation failed and was not completed.",
  },
  unexpected: (m) => `The operation failed: ${m}`,
  settings: "Rules (stored in this workbook)",
  settingsSaved: "Settings saved in the workbook.",
  fundsWeight: "Points for budget execution",
  fundsScoring: "Funds score",
  fundsLinear: "Proportional to the rate (national)",
  fundsSteps: "Steps (100%→10, ≥80%→7, ≥60%→5)",
  reverseFormula: "Reverse (≤) targets missed",
  reverseRatio: "target ÷ actual × points",
  reverseLinear: "Linear, 0 at twice the target",
  scorePolicy: "Manual scores",
  policyCeiling: "At most the rule score (below needs a reason)",
  policyStrict: "Must equal the rule score",
  rateReason: "Reason for a low execution rate",
  rateReasonNone: "Not required",
  rateReason90: "Below 90% (Sichuan)",
  levelWeights: "Level-1 weights",
  levelWeightsHint: "funds/output/benefit/satisfaction, e.g. 10/50/30/10; empty: no check",
  gradeBands: "Grade thresholds",
  gradeBandsHint: "优/良/中, e.g. 90/80/60",
  decimals: "Decimals",
  writeMode: "Write",
  writeFormulas: "Formulas (stay live)",
  writeValues: "Values",
  scope: "Scope",
  invalidInput: "Not understood, not saved",
  dialogErrors: (t, e, c) => `Recalculated ${t} table${t === 1 ? "" : "s"}: ${e} error${e === 1 ? "" : "s"}. The first error cell ${c} is selected; open the assistant to see all findings.`,
  dialogOk: (t, w) => `Recalculated ${t} table${t === 1 ? "" : "s"}, ${w} cells written, no errors.`,
  close: "Close",
  outsideTitle: "Open this in Excel",
  outsideBody:
    "This is the task pane of the self-evaluation add-in; it works inside Excel (Microsoft 365, Office 2021 or later, Excel on the web): Home → Self-evaluation → Open assistant. Using WPS or an older Excel? Use the web version: your file stays in your browser.",
  openWebVersion: "Open the web version",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
