/**
 * A cell's value as a spreadsheet shows it, for the common number formats of a 自评表: fixed
 * decimals ("0.00"), thousands ("#,##0.00"), percents ("0.00%"), and General. Rounded the way
 * Excel rounds (roundHalfUp), so 0.86185 shown as 0.00% reads 86.19%, as in Excel.
 */
import type { CellValue } from "../../core/grid";
import { roundHalfUp } from "../../core/rounding";

export function displayText(value: CellValue, numFmt?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, numFmt);
}

function general(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(11)));
}

function grouped(s: string): string {
  const [whole, frac] = s.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + digits + (frac !== undefined ? `.${frac}` : "");
}

export function formatNumber(v: number, numFmt?: string): string {
  const section = (numFmt ?? "").split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!/[0#]/.test(section)) return general(v);
  const percent = section.includes("%");
  const decimals = /[0#]\.(0+)/.exec(section)?.[1].length ?? 0;
  const fixed = roundHalfUp(percent ? v * 100 : v, decimals).toFixed(decimals);
  const text = /#,##0|0,000/.test(section) ? grouped(fixed) : fixed;
  return percent ? `${text}%` : text;
}
