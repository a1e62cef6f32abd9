/**
 * The per-table report: the shape of `ziping check --json` (docs/check-json.md), which the
 * pane, the file host and the browser host all render. Numbers are rounded; absent is null.
 */
export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "TOTAL_MISMATCH"
  | "GRADE_MISMATCH"
  | "WEIGHT_SUM"
  | "LEVEL_WEIGHTS"
  | "RATE_MISMATCH"
  | "FUNDS_SCORE_MISMATCH"
  | "FUNDS_SUM"
  | "EXECUTED_OVER_BUDGET"
  | "RATE_BELOW_THRESHOLD"
  | "SCORE_OVER_WEIGHT"
  | "SCORE_ABOVE_RULE"
  | "SCORE_OUT_OF_TIER"
  | "SCORE_BELOW_RULE_WITH_REASON"
  | "SCORE_BELOW_RULE_NO_REASON"
  | "REASON_MISSING"
  | "SCORE_NEEDS_CHOICE"
  | "PENDING"
  | "UNREADABLE_TARGET"
  | "UNREADABLE_ACTUAL"
  | "UNREADABLE_SCORE"
  | "UNIT_MISMATCH"
  | "UNCACHED_FORMULA"
  | "NUMBER_AS_TEXT"
  | "NOT_APPLICABLE";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The one cell a person should edit or read, e.g. "G18". */
  cell: string;
  /** Chinese sentence (the default language of every surface). */
  message: string;
  messageEn: string;
}

export interface EnteredComputed<T> {
  cell: string | null;
  entered: T | null;
  computed: T | null;
}

export type IndicatorStatus = "met" | "below" | "above" | "partial" | "failed" | "unknown";

export interface IndicatorReport {
  row: number;
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  weight: number | null;
  status: IndicatorStatus;
  score: {
    cell: string | null;
    entered: number | null;
    rule: number | null;
    min: number | null;
    max: number | null;
    final: number | null;
  };
  needsReason: boolean;
  hasReason: boolean;
  reasonCell: string | null;
  /** true when the actual is 待填 (blank) */
  pending?: boolean;
  notApplicable?: boolean;
}

export interface FundsReport {
  budget: number | null;
  executed: number | null;
  rate: EnteredComputed<number>;
  weight: number | null;
  score: EnteredComputed<number>;
  /** 万元 or 元, from the block's label */
  unit: string | null;
}

/** Earned vs possible points of one 一级 (and of 预算执行率), for the pane's bars. */
export interface LevelSummary {
  level: string;
  weight: number;
  earned: number | null;
}

export interface TableReport {
  sheet: string;
  range: string;
  project: string | null;
  funds: FundsReport | null;
  indicators: IndicatorReport[];
  total: EnteredComputed<number>;
  grade: EnteredComputed<string>;
  levels: LevelSummary[];
  findings: Finding[];
}
