/** The words of the 网页版 page around the pane (the pane has its own, src/i18n/strings.ts). */
import type { Lang } from "../../i18n/strings";

export interface PreviewTexts {
  title: string;
  open: string;
  download: string;
  loading: string;
  sampleName: string;
  sampleNote: string;
  privacy: string;
  downloadHint: string;
  sheets: string;
  truncated: string;
  noSheet: string;
  openFailed: (file: string, why: string) => string;
  downloadFailed: (why: string) => string;
  sampleFailed: string;
}

const zh: PreviewTexts = {
  title: "绩效自评助手 · 网页版",
  open: "打开文件",
  download: "下载结果",
  loading: "正在打开…",
  sampleName: "浦锦街道2023（示例）.xlsx",
  sampleNote:
    "示例：浦锦街道 2023 年公开的四张自评表。为演示写入，示例已清空表一的执行率、资金得分、总分和评分等级以及表三一项得分，并把表二的总分由 99.00 改为 97.00。按右侧“重新计算”查看结果。",
  privacy: "文件只在本机浏览器中打开、计算和保存，不会上传：本页除自身文件外不向任何服务器发出请求。",
  downloadHint: "“下载结果”保存左侧工作簿的当前内容：与命令行 ziping fix 写出的单元格、公式（带计算结果）和标色相同，可在 Excel 或 WPS 中打开。",
  sheets: "工作表",
  truncated: `只显示前 500 行、40 列；计算和审核覆盖整张工作表。`,
  noSheet: "这个工作簿没有可显示的工作表。",
  openFailed: (file, why) => `无法打开“${file}”：${why}`,
  downloadFailed: (why) => `无法生成下载文件（${why}），左侧工作簿未受影响，可重试`,
  sampleFailed: "示例工作簿没有加载（页面需通过 http 打开，而不是直接打开文件）。可以用“打开文件”选择自己的 .xlsx。",
};

const en: PreviewTexts = {
  title: "Self-evaluation assistant · web version",
  open: "Open file",
  download: "Download result",
  loading: "Opening…",
  sampleName: "Pujin 2023 (sample).xlsx",
  sampleNote:
    "Sample: the four tables Pujin street office published for 2023. To show what the tool writes, table 1's execution rate, funds score, total and grade and one score of table 3 were blanked, and table 2's total was changed from 99.00 to 97.00. Press Recalculate on the right.",
  privacy: "Your file is opened, calculated and saved in this browser only and never uploaded: this page sends no request to any server but its own.",
  downloadHint: "Download result saves the workbook on the left as it is now: the same cells, formulas (with results) and highlights as `ziping fix` writes; it opens in Excel and WPS.",
  sheets: "Sheets",
  truncated: "Showing the first 500 rows and 40 columns; checks and writes cover the whole sheet.",
  noSheet: "This workbook has no sheet to show.",
  openFailed: (file, why) => `Cannot open "${file}": ${why}`,
  downloadFailed: (why) => `Could not make the download (${why}); the workbook on the left is unchanged, try again`,
  sampleFailed: "The sample workbook did not load (open the page over http, not as a file). Use Open file to pick an .xlsx of your own.",
};

export function previewTexts(lang: Lang): PreviewTexts {
  return lang === "en" ? en : zh;
}
