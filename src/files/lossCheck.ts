/**
 * What exceljs would drop when it rewrites a workbook, found by looking at the package's parts
 * before anything is written. exceljs rebuilds every part it understands from its own model and
 * leaves out the rest: charts, pivot tables, shapes, macros, external links, threaded comments,
 * slicers, Excel 2010 extensions (sparklines, cross-sheet validation lists), internal hyperlinks,
 * workbook protection and defined names that are not plain ranges. Each of those is listed here
 * with how many there are, so `fix` can say exactly what a copy would lose.
 *
 * "blocking" losses are content a person sees or relies on: fix needs --force for a copy and
 * never writes in place. The rest (printer-driver settings, custom document properties) is said
 * once as a warning.
 */
import { entryText, zipEntries } from "./zip";

export interface Loss {
  zh: string;
  en: string;
  count: number;
  blocking: boolean;
}

export type LossCheck = { ok: true; losses: Loss[] } | { ok: false };

interface PartRule {
  /** entry names, lower-cased, that belong to this feature */
  match: RegExp;
  zh: string;
  en: string;
  blocking: boolean;
}

/** Parts exceljs never writes back. Counted by entry. */
const PART_RULES: PartRule[] = [
  { match: /^xl\/charts\/chart\d*\.xml$/, zh: "图表", en: "charts", blocking: true },
  { match: /^xl\/chartsheets\/[^/]+\.xml$/, zh: "图表工作表", en: "chart sheets", blocking: true },
  { match: /^xl\/media\/[^/]+$/, zh: "图片", en: "pictures", blocking: true },
  { match: /^xl\/pivottables\/[^/]+\.xml$/, zh: "数据透视表", en: "pivot tables", blocking: true },
  { match: /^xl\/vbaproject\.bin$/, zh: "宏（VBA 代码）", en: "macros (VBA)", blocking: true },
  { match: /^xl\/externallinks\/[^/]+\.xml$/, zh: "指向其他工作簿的外部链接", en: "external links to other workbooks", blocking: true },
  { match: /^xl\/threadedcomments\/[^/]+\.xml$/, zh: "新版批注（批注会话）", en: "threaded comments", blocking: true },
  { match: /^xl\/slicers\/[^/]+\.xml$/, zh: "切片器", en: "slicers", blocking: true },
  { match: /^xl\/timelines\/[^/]+\.xml$/, zh: "日程表", en: "timelines", blocking: true },
  { match: /^customxml\/item\d*\.xml$/, zh: "自定义 XML 部件", en: "custom XML parts", blocking: true },
  { match: /^xl\/embeddings\/[^/]+$/, zh: "嵌入对象", en: "embedded objects", blocking: true },
  { match: /^xl\/activex\/[^/]+\.xml$/, zh: "ActiveX 控件", en: "ActiveX controls", blocking: true },
  { match: /^xl\/ctrlprops\/[^/]+\.xml$/, zh: "表单控件", en: "form controls", blocking: true },
  { match: /^xl\/(connections\.xml|querytables\/[^/]+\.xml)$/, zh: "数据连接或查询", en: "data connections or queries", blocking: true },
  { match: /^xl\/model\/[^/]+$/, zh: "数据模型", en: "data model", blocking: true },
  { match: /^xl\/richdata\/[^/]+\.xml$/, zh: "单元格内图片或富数据类型", en: "pictures in cells or rich data types", blocking: true },
  { match: /^xl\/tables\/[^/]+\.xml$/, zh: "表格（套用表格格式）", en: "tables (formatted as table)", blocking: true },
  { match: /^xl\/(macrosheets|dialogsheets)\/[^/]+\.xml$/, zh: "宏表或对话框工作表", en: "macro or dialog sheets", blocking: true },
  { match: /^xl\/printersettings\/[^/]+$/, zh: "打印机驱动设置（纸张、方向和页边距会保留）", en: "printer driver settings (paper, orientation and margins are kept)", blocking: false },
  { match: /^docprops\/custom\.xml$/, zh: "自定义文档属性", en: "custom document properties", blocking: false },
];

interface ContentRule {
  /** which parts to read */
  part: RegExp;
  /** counted occurrences in each such part */
  find: RegExp;
  /** look only inside the part's Excel 2010 extension blocks (extLst) */
  extensionsOnly?: boolean;
  zh: string;
  en: string;
}

/** Features inside parts exceljs does rewrite, which it leaves out of the rewrite. */
const CONTENT_RULES: ContentRule[] = [
  { part: /^xl\/drawings\/[^/]+\.xml$/, find: /<(?:\w+:)?(?:sp|cxnSp)[\s>]/g, zh: "形状或文本框", en: "shapes or text boxes" },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, find: /<(?:\w+:)?sparklineGroup[\s>]/g, zh: "迷你图", en: "sparklines" },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, find: /<(?:\w+:)?dataValidation[\s>]/g, extensionsOnly: true, zh: "引用其他工作表的数据验证（Excel 2010 格式）", en: "data validation lists referring to other sheets (Excel 2010 form)" },
  { part: /^xl\/worksheets\/[^/]+\.xml$/, find: /<(?:\w+:)?hyperlink\s[^>]*\blocation="/g, zh: "指向工作簿内位置的超链接", en: "hyperlinks to places in the workbook" },
  // LibreOffice writes an empty <workbookProtection/> into every file: only a lock or a password counts
  {
    part: /^xl\/workbook\.xml$/,
    find: /<(?:\w+:)?workbookProtection\s[^>]*\b(?:(?:lockStructure|lockWindows|lockRevision)="(?:1|true)"|workbookPassword=|workbookHashValue=)/g,
    zh: "工作簿结构保护",
    en: "workbook structure protection",
  },
];

export function checkLosses(bytes: Buffer): LossCheck {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false };
  const losses: Loss[] = [];
  const add = (zh: string, en: string, count: number, blocking: boolean) => {
    if (count > 0) losses.push({ zh, en, count, blocking });
  };
  const names = entries.map((e) => ({ e, lower: e.name.toLowerCase() }));
  for (const rule of PART_RULES) add(rule.zh, rule.en, names.filter((n) => rule.match.test(n.lower)).length, rule.blocking);
  // each part is inflated once, however many rules read it
  const texts = new Map<string, string | null>();
  const textOf = (e: (typeof names)[number]): string | null => {
    if (!texts.has(e.lower)) texts.set(e.lower, entryText(bytes, e.e));
    return texts.get(e.lower) ?? null;
  };
  for (const rule of CONTENT_RULES) {
    let count = 0;
    for (const n of names) {
      if (!rule.part.test(n.lower)) continue;
      const text = textOf(n);
      if (text === null) return { ok: false };
      count += (rule.extensionsOnly ? extensionBlocks(text) : text).match(rule.find)?.length ?? 0;
    }
    add(rule.zh, rule.en, count, true);
  }
  const workbook = names.find((n) => n.lower === "xl/workbook.xml");
  if (workbook) {
    const dropped = namesExceljsDrops(textOf(workbook) ?? "");
    add(`定义名称 ${dropped.join("、")}（公式、相对引用、隐藏或仅限某工作表的名称）`, `defined names ${dropped.join(", ")} (formulas, relative references, hidden or sheet-scoped names)`, dropped.length, true);
  }
  return { ok: true, losses };
}

function extensionBlocks(xml: string): string {
  return (xml.match(/<(?:\w+:)?extLst[\s>][^]*?<\/(?:\w+:)?extLst>/g) ?? []).join("");
}

/** A list of absolute ranges like 'Sheet 1'!$A$1:$B$2 is all exceljs keeps of a name. */
const PLAIN_RANGES = /^\s*(?:(?:'(?:[^']|'')+'|[^'!,\s]+)!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?\s*(?:,|$))+$/;
/** Names exceljs turns into sheet settings itself, or that Excel rebuilds on open. */
const HANDLED = new Set(["_xlnm.print_area", "_xlnm.print_titles", "_xlnm._filterdatabase"]);

function namesExceljsDrops(workbookXml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?definedName\s([^>]*?)(?:\/>|>([^]*?)<\/(?:\w+:)?definedName>)/g;
  for (let m = re.exec(workbookXml); m; m = re.exec(workbookXml)) {
    const attrs = m[1];
    const name = decodeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    if (HANDLED.has(name.toLowerCase())) continue;
    const local = /\blocalSheetId="/.test(attrs);
    const hidden = /\bhidden="(1|true)"/.test(attrs);
    const value = decodeXml(m[2] ?? "");
    if (local || hidden || !PLAIN_RANGES.test(value)) out.push(name);
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function blockingLosses(losses: readonly Loss[]): Loss[] {
  return losses.filter((l) => l.blocking);
}

/** "图表 2 个、宏（VBA 代码） 1 个" / "2 charts, 1 macros (VBA)" */
export function describeLosses(losses: readonly Loss[]): { zh: string; en: string } {
  return {
    zh: losses.map((l) => `${l.zh}（${l.count}）`).join("、"),
    en: losses.map((l) => `${l.en} (${l.count})`).join(", "),
  };
}
