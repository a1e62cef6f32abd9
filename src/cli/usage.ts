import type { Lang } from "./args";

const zh = `绩效自评助手：检查财政项目支出绩效自评表并评分

用法：
  ziping check [选项] 文件...                检查 .xlsx / .csv / .tsv / .txt 中的每一张自评表
  ziping fix 文件 -o 结果.xlsx [选项]        写出评分后的副本
  ziping fix 文件... --out-dir 文件夹 [选项] 副本以同名写入文件夹
  ziping fix 文件... --in-place [选项]       修改原文件（先备份为 文件名.bak.xlsx）
  ziping --help                              显示本帮助
  ziping --version                           显示版本

选项：
  --json               输出机器可读的 JSON 报告（版本 1）
  --lang zh|en         输出语言，以及 fix 写入批注的语言（默认中文）
  --strict             严格评分：规则得分是唯一认可的得分（低于它即为警告，有原因也是）
  --settings 文件.json 地区设置（如资金分值、评分等级），覆盖工作簿内保存的设置
  --report 汇总.xlsx   另写一份审核汇总工作簿：每张表一行，每个问题一行并链接到单元格

fix 的选项：
  --values             写入数值而不是公式
  --overwrite-scores   用规则得分替换已填写的指标得分（默认只填空白得分）
  --force              工作簿含有改写后无法保留的内容（图表、数据透视表、宏等）时仍写出副本

fix 只改动执行率、资金得分、总分、评分等级和空白的指标得分，并为每个有问题的单元格加上
条件格式高亮和批注；其余内容保持原样。文本文件（.csv/.tsv/.txt）的结果另存为 .xlsx。

退出码：0 无错误；1 有错误，或有文件无法读取或写出；2 参数错误或没有文件能够处理
`;

const en = `ziping: checks and scores Chinese project-expenditure performance self-evaluation tables (绩效自评表)

Usage:
  ziping check [options] FILE...             check every table in .xlsx / .csv / .tsv / .txt files
  ziping fix FILE -o OUT.xlsx [options]      write a scored copy
  ziping fix FILE... --out-dir DIR [options] write the copies into DIR under the same names
  ziping fix FILE... --in-place [options]    change the files themselves (kept first as NAME.bak.xlsx)
  ziping --help                              show this help
  ziping --version                           show the version

Options:
  --json               print the machine-readable JSON report (version 1)
  --lang zh|en         output language, and the language of fix's notes (Chinese by default)
  --strict             strict scoring: the rule score is the only accepted one (any lower score is a warning, even with a reason)
  --settings FILE.json regional settings (funds weight, grade bands…), over the workbook's own
  --report REVIEW.xlsx also write a review workbook: a row per table, a row per finding linked to its cell

Options of fix:
  --values             write plain values instead of formulas
  --overwrite-scores   replace entered indicator scores with the rule score (default: fill blanks only)
  --force              write a copy even when the workbook holds what a rewrite cannot keep (charts, pivots, macros…)

fix writes only 执行率, the funds score, 总分, 评分等级 and blank indicator scores, and highlights
every cell with a finding (conditional formats) with a note; everything else stays as it was.
A text file (.csv/.tsv/.txt) is written as an .xlsx workbook.

Exit status: 0 no error; 1 an error finding, or a file that could not be read or written;
2 bad arguments or no file could be processed
`;

export function usage(lang: Lang): string {
  return lang === "en" ? en : zh;
}
