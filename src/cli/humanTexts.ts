/** The words of the human report, per language. Finding messages come from the core. */
import type { Severity } from "../core/report";
import type { Lang } from "./args";
import type { Tally } from "./tally";

export interface HumanTexts {
  file: (path: string) => string;
  table: (n: number, project: string | null, sheet: string, range: string) => string;
  rate: string;
  fundsScore: string;
  total: string;
  grade: string;
  onSheet: (shown: string) => string;
  /** Remarks after a value: full-width brackets in Chinese, plain ones in English. */
  aside: (parts: string[]) => string;
  outOf: (weight: string) => string;
  noFunds: string;
  noTables: string;
  noFindings: string;
  severity: Record<Severity, string>;
  summary: (t: Tally) => string;
}

const zh: HumanTexts = {
  file: (p) => `文件 ${p}`,
  table: (n, project, sheet, range) => `  表 ${n}：${project ?? "（未找到项目名称）"}（工作表 ${sheet}，${range}）`,
  rate: "执行率",
  fundsScore: "资金得分",
  total: "总分",
  grade: "评分等级",
  onSheet: (shown) => `表中 ${shown}`,
  aside: (parts) => `（${parts.join("，")}）`,
  outOf: (w) => `满分 ${w}`,
  noFunds: "未找到预算执行情况",
  noTables: "  未找到绩效自评表",
  noFindings: "    未发现问题",
  severity: { error: "错误", warning: "警告", info: "提示" },
  summary: (t) =>
    `合计：${t.files} 个文件，${t.tables} 张表，${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示` +
    (t.unreadable > 0 ? `；${t.unreadable} 个文件无法读取` : ""),
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: HumanTexts = {
  file: (p) => `File ${p}`,
  table: (n, project, sheet, range) => `  Table ${n}: ${project ?? "(no project name)"} (sheet ${sheet}, ${range})`,
  rate: "Execution rate",
  fundsScore: "funds score",
  total: "Total",
  grade: "grade",
  onSheet: (shown) => `sheet: ${shown}`,
  aside: (parts) => ` (${parts.join(", ")})`,
  outOf: (w) => `out of ${w}`,
  noFunds: "no budget execution block found",
  noTables: "  no self-evaluation table found",
  noFindings: "    no findings",
  severity: { error: "error", warning: "warning", info: "info" },
  summary: (t) =>
    `Total: ${plural(t.files, "file", "files")}, ${plural(t.tables, "table", "tables")}, ` +
    `${plural(t.errors, "error", "errors")}, ${plural(t.warnings, "warning", "warnings")}, ${t.infos} info` +
    (t.unreadable > 0 ? `; ${plural(t.unreadable, "file", "files")} unreadable` : ""),
};

export function humanTexts(lang: Lang): HumanTexts {
  return lang === "en" ? en : zh;
}
