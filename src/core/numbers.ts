/**
 * Numbers as published tables write them: real numbers, or text with thousands separators,
 * full-width digits, a trailing %, a 万元/元 unit. Percent cells are normalised to percent units
 * (86.19), never fractions.
 */
import type { GridCell } from "./grid";
import { toHalfWidth, isPlaceholder } from "./text";

export interface ReadNumber {
  value: number;
  /** the cell held text that had to be read as a number */
  asText: boolean;
  /** the number was written with a percent sign or a percent format */
  percent: boolean;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** Parse text like "215,457.6", "８６.１９％", "100.00(%)" → number; null if it is not one number. */
export function parseNumberText(raw: string): { value: number; percent: boolean } | null {
  let t = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  let percent = false;
  const unit = /[(（]?(%|万元|元|分)[)）]?$/.exec(t);
  if (unit) {
    percent = unit[1] === "%";
    t = t.slice(0, unit.index);
  }
  if (t === "" || t === "+" || t === "-" || t === ".") return null;
  if (!NUMBER_RE.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return { value: n, percent };
}

/** A numeric cell's value; null for blank, placeholders and text that is not a number. */
export function readNumber(cell: GridCell | undefined): ReadNumber | null {
  if (!cell) return null;
  const v = cell.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    const percent = !!cell.numFmt && cell.numFmt.includes("%");
    return { value: percent ? Number((v * 100).toPrecision(15)) : v, asText: false, percent };
  }
  if (typeof v !== "string") return null;
  if (PLAIN.test(v)) return { value: Number(v), asText: true, percent: false };
  if (isPlaceholder(v)) return null;
  const p = parseNumberText(v);
  if (!p) return null;
  return { value: p.value, asText: true, percent: p.percent };
}
