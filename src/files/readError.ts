/**
 * Why a file could not be read at all. Kept in both languages so that the JSON report can carry
 * the one-line "中文 / English" form while the human report shows the language asked for.
 */
export interface ReadError {
  zh: string;
  en: string;
}

/** Told apart from a result by shape: every reader returns its result or a ReadError. */
export function isReadError(x: unknown): x is ReadError {
  return typeof x === "object" && x !== null && "zh" in x && "en" in x;
}

/** The one-line form of the contract's `error` field: Chinese first, then English. */
export function oneLine(e: ReadError): string {
  return `${e.zh} / ${e.en}`;
}

export const readErrors = {
  missing: { zh: "无法读取：文件不存在", en: "cannot read: file not found" },
  directory: { zh: "无法读取：这是一个文件夹，不是文件", en: "cannot read: this is a directory, not a file" },
  notAFile: { zh: "无法读取：这不是普通文件", en: "cannot read: not a regular file" },
  noPermission: { zh: "无法读取：没有读取权限", en: "cannot read: permission denied" },
  empty: { zh: "无法读取：文件是空的（0 字节）", en: "cannot read: the file is empty (0 bytes)" },
  legacyOrEncrypted: {
    zh: "无法读取：这是旧版 .xls 文件或已加密的工作簿，请另存为 .xlsx 后重试",
    en: "cannot read: old .xls or encrypted workbook, save as .xlsx and retry",
  },
  excelLockFile: {
    zh: "无法读取：这是 Excel 打开工作簿时留下的临时锁文件（~$ 开头），不是自评表，可以忽略",
    en: "cannot read: this is Excel's lock file (name starting ~$) left while a workbook is open, not a table; ignore it",
  },
  notZip: {
    zh: "无法读取：文件内容不是 .xlsx 工作簿（可能是改了扩展名的其他文件），请用 Excel 另存为 .xlsx 后重试",
    en: "cannot read: the content is not an .xlsx workbook (perhaps a renamed file), save as .xlsx in Excel and retry",
  },
  corruptZip: {
    zh: "无法读取：工作簿已损坏或不完整（压缩包无法解开）",
    en: "cannot read: the workbook is corrupt or truncated (the zip cannot be opened)",
  },
  noWorksheet: {
    zh: "无法读取：文件里没有工作表，不是 .xlsx 工作簿",
    en: "cannot read: the file holds no worksheet, it is not an .xlsx workbook",
  },
  notUtf8: {
    zh: "无法读取：文本编码无法识别，请另存为 UTF-8 编码后重试",
    en: "cannot read: unknown text encoding, save as UTF-8 and retry",
  },
} satisfies Record<string, ReadError>;

export function unsupportedExtension(ext: string): ReadError {
  const shown = ext === "" ? "（无扩展名）" : `“${ext}”`;
  const shownEn = ext === "" ? "(no extension)" : `"${ext}"`;
  return {
    zh: `无法读取：不支持的文件类型${shown}，请使用 .xlsx、.csv、.tsv 或 .txt`,
    en: `cannot read: unsupported file type ${shownEn}, use .xlsx, .csv, .tsv or .txt`,
  };
}

export function unparsableWorkbook(detail: string): ReadError {
  const d = firstLine(detail);
  return {
    zh: `无法读取：工作簿内容无法解析（${d}）`,
    en: `cannot read: the workbook could not be parsed (${d})`,
  };
}

export function ioFailure(detail: string): ReadError {
  const d = firstLine(detail);
  return { zh: `无法读取：读取文件时出错（${d}）`, en: `cannot read: error while reading the file (${d})` };
}

/** Library messages can span lines; the contract wants one. */
function firstLine(s: string): string {
  const line = s.split(/\r?\n/, 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || "?";
}
