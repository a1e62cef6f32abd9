/** The words of the review workbook, per language. Finding messages come from the core. */
import type { Severity } from "../core/report";

export interface Column {
  header: string;
  width: number;
}

export interface ReviewTexts {
  english: boolean;
  summarySheet: string;
  findingsSheet: string;
  summaryColumns: (withOutput: boolean) => Column[];
  findingColumns: Column[];
  severity: Record<Severity, string>;
  noTable: string;
}

const zh: ReviewTexts = {
  english: false,
  summarySheet: "汇总",
  findingsSheet: "问题清单",
  summaryColumns: (withOutput) => [
    { header: "文件", width: 36 },
    { header: "工作表", width: 14 },
    { header: "表格范围", width: 11 },
    { header: "项目名称", width: 30 },
    { header: "总分", width: 8 },
    { header: "评分等级", width: 9 },
    { header: "错误", width: 6 },
    { header: "警告", width: 6 },
    { header: "提示", width: 6 },
    { header: "缺少偏差原因", width: 13 },
    ...(withOutput ? [{ header: "结果文件", width: 36 }] : []),
    { header: "说明", width: 40 },
  ],
  findingColumns: [
    { header: "文件", width: 36 },
    { header: "工作表", width: 14 },
    { header: "项目名称", width: 30 },
    { header: "单元格", width: 8 },
    { header: "级别", width: 6 },
    { header: "代码", width: 28 },
    { header: "说明", width: 70 },
  ],
  severity: { error: "错误", warning: "警告", info: "提示" },
  noTable: "未找到绩效自评表",
};

const en: ReviewTexts = {
  english: true,
  summarySheet: "Summary",
  findingsSheet: "Findings",
  summaryColumns: (withOutput) => [
    { header: "File", width: 36 },
    { header: "Sheet", width: 14 },
    { header: "Range", width: 11 },
    { header: "Project", width: 30 },
    { header: "Total", width: 8 },
    { header: "Grade", width: 7 },
    { header: "Errors", width: 7 },
    { header: "Warnings", width: 9 },
    { header: "Info", width: 6 },
    { header: "Reasons missing", width: 15 },
    ...(withOutput ? [{ header: "Scored copy", width: 36 }] : []),
    { header: "Note", width: 40 },
  ],
  findingColumns: [
    { header: "File", width: 36 },
    { header: "Sheet", width: 14 },
    { header: "Project", width: 30 },
    { header: "Cell", width: 8 },
    { header: "Severity", width: 9 },
    { header: "Code", width: 28 },
    { header: "Message", width: 70 },
  ],
  severity: { error: "error", warning: "warning", info: "info" },
  noTable: "no self-evaluation table found",
};

export function reviewTexts(english: boolean): ReviewTexts {
  return english ? en : zh;
}
