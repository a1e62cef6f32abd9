/** The words `fix` adds to the human report, per language. */
import type { Lang } from "./args";

export interface FixTexts {
  written: (target: string, edits: number, marks: number) => string;
  backup: (file: string) => string;
  converted: string;
  lost: (what: string) => string;
  notWritten: (reason: string) => string;
  report: (file: string, tables: number) => string;
  reportFailed: (reason: string) => string;
  summary: (written: number, failed: number) => string;
}

const zh: FixTexts = {
  written: (t, e, m) => `  已写出 ${t}：写入 ${e} 个单元格，标记 ${m} 个单元格`,
  backup: (f) => `  原文件已备份为 ${f}`,
  converted: "  文本文件无法保存公式和标记，结果已另存为 .xlsx 工作簿",
  lost: (w) => `  注意：结果未保留 ${w}`,
  notWritten: (r) => `  ${r}`,
  report: (f, n) => `审核汇总已写出 ${f}（${n} 行）`,
  reportFailed: (r) => `审核汇总未写出：${r}`,
  summary: (w, f) => `；已写出 ${w} 个文件${f > 0 ? `，${f} 个文件未写出` : ""}`,
};

const en: FixTexts = {
  written: (t, e, m) => `  Written ${t}: ${e} cells written, ${m} cells marked`,
  backup: (f) => `  The original is kept as ${f}`,
  converted: "  A text file cannot hold formulas or highlights: the result is saved as an .xlsx workbook",
  lost: (w) => `  Note: the result does not keep ${w}`,
  notWritten: (r) => `  ${r}`,
  report: (f, n) => `Review report written: ${f} (${n} rows)`,
  reportFailed: (r) => `Review report not written: ${r}`,
  summary: (w, f) => `; ${w} written${f > 0 ? `, ${f} not written` : ""}`,
};

export function fixTexts(lang: Lang): FixTexts {
  return lang === "en" ? en : zh;
}
