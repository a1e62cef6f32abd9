import type { Lang } from "./args";

const zh = `绩效自评助手：检查财政项目支出绩效自评表

用法：
  ziping check [选项] 文件...     检查 .xlsx / .csv / .tsv / .txt 中的每一张自评表
  ziping --help                   显示本帮助
  ziping --version                显示版本

选项：
  --json               输出机器可读的 JSON 报告（版本 1）
  --lang zh|en         输出语言（默认中文）
  --strict             严格评分：手工得分必须等于规则得分（低于规则得分即为警告）
  --settings 文件.json 地区设置（如资金分值、评分等级），覆盖工作簿内保存的设置

退出码：0 无错误；1 有错误或有文件无法读取；2 参数错误或没有可读取的文件
`;

const en = `ziping: checks Chinese project-expenditure performance self-evaluation tables (绩效自评表)

Usage:
  ziping check [options] FILE...  check every table in .xlsx / .csv / .tsv / .txt files
  ziping --help                   show this help
  ziping --version                show the version

Options:
  --json               print the machine-readable JSON report (version 1)
  --lang zh|en         output language (Chinese by default)
  --strict             strict scoring: a manual score must equal the rule score
  --settings FILE.json regional settings (funds weight, grade bands…), over the workbook's own

Exit status: 0 no error; 1 an error finding or an unreadable file; 2 bad arguments or no readable file
`;

export function usage(lang: Lang): string {
  return lang === "en" ? en : zh;
}
