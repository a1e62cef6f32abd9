import type { CellValue } from "./grid";
import type { Severity } from "./report";

/** Which kind of cell an edit writes: arithmetic cells have one right value, scores are judgement. */
export type EditKind = "rate" | "fundsScore" | "score" | "total" | "grade";

export interface CellEdit {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  kind: EditKind;
  /** The value to show (the cached result when a formula is written). */
  value: CellValue;
  /** Formula without "=", when the cell can be kept live from the sheet's own numeric cells. */
  formula?: string;
  /** Number format to set first, so a formula in a Text cell does not stay text. */
  numFmt?: string;
  /** What the cell held before, as the host read it (for undo records). */
  before: { value: CellValue; formula?: string };
}

export type MarkSeverity = Severity | "written";

export interface CellMark {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  severity: MarkSeverity;
  /** Note text (zh first, en after), one line per finding on that cell. */
  note: string;
  noteEn: string;
}

export interface Plan {
  edits: CellEdit[];
  marks: CellMark[];
}

export interface PlanOptions {
  /** Write formulas where possible (default) or plain values. */
  formulas: boolean;
  /** Replace entered indicator scores with the rule score (only when the person asks). */
  overwriteScores: boolean;
  /**
   * Also turn arithmetic cells that already show the right value into formulas — for a table
   * converted from text, where every number was typed and none is live yet. Off: a right value is
   * left alone.
   */
  liveRightValues: boolean;
}

export const DEFAULT_PLAN_OPTIONS: Readonly<PlanOptions> = Object.freeze({ formulas: true, overwriteScores: false, liveRightValues: false });
