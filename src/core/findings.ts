/** The findings of one table: one per cause per cell, each with its severity and sentence. */
import { address } from "./grid";
import type { Finding, FindingCode, Severity } from "./report";
import type { CellRef } from "./model";
import { readNumber } from "./numbers";
import { displayText } from "./text";
import { message } from "./messages";

export type MessageParams = Record<string, string | number | null | undefined>;

export const SEVERITY_OF: Record<FindingCode, Severity> = {
  TOTAL_MISMATCH: "error", GRADE_MISMATCH: "error", WEIGHT_SUM: "error", LEVEL_WEIGHTS: "warning",
  RATE_MISMATCH: "error", FUNDS_SCORE_MISMATCH: "error", FUNDS_SUM: "error", EXECUTED_OVER_BUDGET: "warning",
  RATE_BELOW_THRESHOLD: "warning", SCORE_OVER_WEIGHT: "error", SCORE_ABOVE_RULE: "error", SCORE_OUT_OF_TIER: "error",
  SCORE_BELOW_RULE_WITH_REASON: "info", SCORE_BELOW_RULE_NO_REASON: "warning", REASON_MISSING: "warning",
  SCORE_NEEDS_CHOICE: "warning", PENDING: "info", UNREADABLE_TARGET: "warning", UNREADABLE_ACTUAL: "warning", UNREADABLE_SCORE: "warning",
  UNIT_MISMATCH: "warning", UNCACHED_FORMULA: "warning", NUMBER_AS_TEXT: "warning", NOT_APPLICABLE: "info",
};

export const at = (r: CellRef | null): string | null => (r ? address(r.row, r.col) : null);

export class Findings {
  readonly list: Finding[] = [];
  private readonly seen = new Set<string>();

  /** typed: cells carry real types, so a number stored as text is worth saying */
  constructor(private readonly typed: boolean) {}

  add(code: FindingCode, cell: CellRef | null, params: MessageParams = {}, severity?: Severity): void {
    if (!cell) return;
    const a = address(cell.row, cell.col);
    const key = `${code}@${a}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, severity: severity ?? SEVERITY_OF[code], cell: a, ...message(code, params) });
  }

  numberAsText(r: CellRef | null): void {
    if (!this.typed || !r) return;
    const n = readNumber(r.cell);
    if (n && n.asText) this.add("NUMBER_AS_TEXT", r, { text: displayText(r.cell?.value) });
  }
}
