/**
 * Targets (年度指标值) and actuals (实际完成值) as tables write them: an operator, a number and a
 * unit (`≥90.00(%)`, `=34.00(个)`, `不低于95%`), words (及时, 健全), or a tier word (达成指标).
 */
import { toHalfWidth, labelText } from "./text";
import { parseNumberText } from "./numbers";

export type Operator = ">=" | "=" | "<=";

export type Tier = "met" | "partial" | "failed";

export type Target =
  | { kind: "number"; op: Operator; value: number; unit: string | null; explicitOp: boolean }
  | { kind: "words"; text: string }
  | { kind: "notApplicable" }
  | { kind: "blank" };

export type Actual =
  | { kind: "number"; value: number; unit: string | null }
  | { kind: "tier"; tier: Tier }
  | { kind: "words"; text: string }
  | { kind: "notApplicable" }
  | { kind: "blank" };

const OPERATORS: Array<[RegExp, Operator]> = [
  [/^(>=|≥|≧|=>|不低于|不少于|大于等于|大于或等于|不小于|至少|达到|>|大于|高于|超过)/, ">="],
  [/^(<=|≤|≦|=<|不高于|不超过|小于等于|小于或等于|不大于|至多|最多|<|小于|低于|以内)/, "<="],
  [/^(==|=|＝|等于)/, "="],
];

const NOT_APPLICABLE = /^(不适用|不涉及|N\/?A)$/i;

/** Units that name the same thing, folded to one spelling. */
export function normalizeUnit(u: string | null): string | null {
  if (u === null) return null;
  const t = labelText(u).replace(/^[(（]|[)）]$/g, "");
  if (t === "") return null;
  if (t === "%" || t === "％" || t === "百分比") return "%";
  return t;
}

/** "≥90.00(%)" → number target; "及时" → words. Number first, then an optional unit. */
function parseOperand(text: string): { value: number; unit: string | null } | null {
  const t = toHalfWidth(text).replace(/[\s\u00a0]+/g, "");
  const m = /^([+-]?[\d,]*\.?\d+)(.*)$/.exec(t);
  if (!m) return null;
  const num = parseNumberText(m[1]);
  if (!num) return null;
  let rest = m[2];
  // a trailing "以上/以下/及以上" says the operator after the number
  rest = rest.replace(/(及以上|以上|及以下|以下|以内)$/, "");
  const unit = rest.replace(/^[(（]/, "").replace(/[)）]$/, "");
  if (unit !== "" && /\d/.test(unit)) return null; // "2023年12月" is not a number with a unit
  return { value: num.value, unit: normalizeUnit(unit) };
}

/** Targets and actuals repeat from table to table (≥90.00(%), 达成指标): each text is read once. */
const targetCache = new Map<string, Target>();
const actualCache = new Map<string, Actual>();

function remembered<T>(cache: Map<string, T>, key: string, read: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = read();
    if (cache.size > 5000) cache.clear();
    cache.set(key, v);
  }
  return v;
}

export function parseTarget(raw: string, opCell?: string): Target {
  return remembered(targetCache, `${opCell ?? ""}\u0001${raw}`, () => readTarget(raw, opCell));
}

export function parseActual(raw: string): Actual {
  return remembered(actualCache, raw, () => readActual(raw));
}

function readTarget(raw: string, opCell?: string): Target {
  const text = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (text === "" && !opCell) return { kind: "blank" };
  if (NOT_APPLICABLE.test(text)) return { kind: "notApplicable" };
  let body = text;
  let op: Operator | null = null;
  const explicit = opCell ? labelText(opCell) : "";
  if (/^定性/.test(explicit)) return text === "" ? { kind: "blank" } : { kind: "words", text: raw.trim() };
  if (/^正向/.test(explicit)) op = ">=";
  if (/^反向/.test(explicit)) op = "<=";
  for (const [re, o] of OPERATORS) {
    const m = re.exec(explicit);
    if (m && explicit !== "") {
      op = o;
      break;
    }
  }
  for (const [re, o] of OPERATORS) {
    const m = re.exec(body);
    if (m) {
      op = o;
      body = body.slice(m[0].length);
      break;
    }
  }
  if (/(及以上|以上)$/.test(text) && op === null) op = ">=";
  if (/(及以下|以下|以内)$/.test(text) && op === null) op = "<=";
  const operand = parseOperand(body);
  if (!operand) {
    if (text === "") return { kind: "blank" };
    return { kind: "words", text: raw.trim() };
  }
  return { kind: "number", op: op ?? ">=", value: operand.value, unit: operand.unit, explicitOp: op !== null };
}

const MET = [/^(已)?达成/, /^(已|全部|按时|如期)?完成/, /^是$/, /^(已)?达标/, /^(已)?实现/, /^符合/, /^满足/];
const PARTIAL = [/^部分达成/, /^基本达成/, /^基本完成/, /^部分完成/, /^部分实现/, /^基本实现/, /^基本达标/, /^部分达标/];
const FAILED = [/^未达成/, /^未完成/, /^否$/, /^未达标/, /^没有(完成|达成)/, /^未实现/, /^不达标/, /^未能/];

export function tierOf(text: string): Tier | null {
  const t = labelText(text);
  if (t === "") return null;
  if (FAILED.some((re) => re.test(t))) return "failed";
  if (PARTIAL.some((re) => re.test(t))) return "partial";
  if (MET.some((re) => re.test(t))) return "met";
  return null;
}

function readActual(raw: string): Actual {
  const text = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (text === "") return { kind: "blank" };
  if (NOT_APPLICABLE.test(text)) return { kind: "notApplicable" };
  const tier = tierOf(text);
  if (tier) return { kind: "tier", tier };
  const stripped = text.replace(/^(=|≈|约|实际)/, "");
  const operand = parseOperand(stripped);
  if (operand) return { kind: "number", value: operand.value, unit: operand.unit };
  return { kind: "words", text: raw.trim() };
}

/** Unit factors for units that convert into each other (money). */
const MONEY: Record<string, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };

/**
 * How to compare a target's unit with an actual's: same (or one side silent), convertible (元 vs
 * 万元: multiply the actual by the factor), or different (% vs 个: not comparable).
 */
export function unitRelation(
  targetUnit: string | null,
  actualUnit: string | null,
): { kind: "same" } | { kind: "convert"; factor: number } | { kind: "different" } {
  if (targetUnit === null || actualUnit === null || targetUnit === actualUnit) return { kind: "same" };
  if (targetUnit in MONEY && actualUnit in MONEY) return { kind: "convert", factor: MONEY[actualUnit] / MONEY[targetUnit] };
  return { kind: "different" };
}
