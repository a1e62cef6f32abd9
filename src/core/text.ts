/** Cell text as the rules see it: full-width forms folded, spaces and line breaks dropped. */
import type { CellValue, GridCell } from "./grid";

/** Full-width ASCII (！…～) → half-width, ideographic space → space; ％﹪ → %. */
const WIDE = /[\uff01-\uff5e\u3000\ufe6a\ufe66\ufe64\ufe65]/;

export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (ch === "﹪") out += "%";
    else if (ch === "﹦") out += "=";
    else if (ch === "﹤") out += "<";
    else if (ch === "﹥") out += ">";
    else out += ch;
  }
  return out;
}

/** A cell's text for reading labels: trimmed, half-width, without any whitespace inside. */
/** Label texts repeat across stacked tables and shifted reads: remember the latest few thousand. */
const labelCache = new Map<string, string>();

export function labelText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return String(v);
  let t = labelCache.get(v);
  if (t === undefined) {
    t = toHalfWidth(v).replace(/[\s\u00a0\u200b]+/g, "");
    if (labelCache.size > 5000) labelCache.clear();
    labelCache.set(v, t);
  }
  return t;
}

/** A cell's text for showing it: trimmed, inner runs of whitespace kept as one space. */
const SPACES = /[\s\u00a0\u3000]/;

export function displayText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  if (!SPACES.test(s)) return s;
  return s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Placeholders that mean "nothing here" in a numeric cell. */
const PLACEHOLDERS = new Set(["-", "—", "–", "－", "/", "／", "--", "——", "无", "\\"]);

export function isPlaceholder(v: CellValue | undefined): boolean {
  if (isBlank(v)) return true;
  return typeof v === "string" && PLACEHOLDERS.has(labelText(v));
}

/** Words that mean "no reason given" in a 偏差原因 cell. */
const NOT_A_REASON = new Set(["0", "无", "/", "／", "-", "—", "——", "–", "－", "\\", "无偏差", "n/a", "na", "none", "null"]);

export function isRealReason(v: CellValue | undefined): boolean {
  const t = labelText(v).toLowerCase();
  if (t === "") return false;
  return !NOT_A_REASON.has(t);
}

/**
 * What a cell shows, for reading targets and actuals: a percent-formatted 0.97 shows "97%", so it
 * is read as 97 percent, not as the fraction 0.97.
 */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "number" && cell.numFmt && cell.numFmt.includes("%")) return `${Number((v * 100).toPrecision(15))}%`;
  return displayText(v);
}
