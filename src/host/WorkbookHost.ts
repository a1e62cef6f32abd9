/**
 * The one interface between the pane (and the ribbon command) and a workbook. The Excel add-in
 * implements it over Office.js (src/excel/ExcelHost.ts); the browser preview implements it over an
 * in-memory workbook. Nothing here knows which host it talks to.
 */
import type { Settings } from "../core/settings";
import type { TableReport } from "../core/report";

/** The active sheet (default) or every visible sheet of the workbook (one project per sheet). */
export type Scope = "sheet" | "workbook";

export interface RecalcOptions {
  /** Write formulas (kept live by Excel) where the core can; false writes plain values. */
  formulas: boolean;
}

/** What a workbook keeps for everyone who opens it: the rules (RULES.md §6) and how to write. */
export interface WorkbookPrefs {
  /** Only the settings that differ from the national default. */
  settings: Partial<Settings>;
  formulas: boolean;
  scope: Scope;
}

export interface CellRef {
  sheet: string;
  /** A1 address of one cell, e.g. "G18". */
  cell: string;
}

export interface RecalcResult {
  /** Every 自评表 found, sheet by sheet, top to bottom. */
  reports: TableReport[];
  /** The sheets that were read. */
  sheets: string[];
  /** Cells whose value or formula was written. */
  written: number;
  /** Cells highlighted (one conditional-format colour per severity). */
  marked: number;
  /** Notes written (0 where the host has no note API; the pane shows every finding anyway). */
  notes: number;
  /** The cells written: a finding on one of them was corrected by this recalculation. */
  writtenCells: CellRef[];
}

export interface UndoResult {
  /** Cells given back their value, formula and number format from before the add-in wrote. */
  restored: number;
  /** Cells left alone because a person changed them after the add-in wrote. */
  skipped: number;
}

export interface ClearResult {
  /** Highlight rules removed. */
  marks: number;
  /** Notes removed. */
  notes: number;
  /** Undo records removed (提交前清理 only). */
  records: number;
}

export interface WorkbookHost {
  /** Office's display language, e.g. "zh-CN" or "en-US". */
  readonly displayLanguage: string;
  recalculate(scope: Scope, settings: Partial<Settings>, options: RecalcOptions): Promise<RecalcResult>;
  /** 撤销本次计算: restore what the add-in overwrote, only where a cell still holds what it wrote. */
  undo(): Promise<UndoResult>;
  /** 清除标记: remove every highlight and note the add-in added. */
  clearMarks(): Promise<ClearResult>;
  /** 提交前清理: remove every mark and every undo record before the file is sent on. */
  cleanForSubmit(): Promise<ClearResult>;
  selectCell(ref: CellRef): Promise<void>;
  /** Calls back with the first cell of each new selection; resolves to an unsubscribe function. */
  onSelectionChanged(cb: (ref: CellRef) => void): Promise<() => void>;
  loadSettings(): Promise<WorkbookPrefs>;
  saveSettings(prefs: WorkbookPrefs): Promise<void>;
}

export type HostErrorCode =
  /** a sheet the add-in must write to is protected */
  | "protected"
  /** the workbook structure is protected, so the settings sheet cannot be added */
  | "workbookProtected"
  /** Excel is in cell-edit mode */
  | "cellEditing"
  /** even one chunk is over the host's request/response limit */
  | "payloadTooLarge"
  /** no 自评表 on the sheet(s) */
  | "noTable"
  /** the host lacks an API the action needs */
  | "unsupported"
  | "failed";

/** An error the pane can put into words. Thrown before anything is written. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly sheet?: string;

  constructor(code: HostErrorCode, message?: string, sheet?: string) {
    super(message ?? code);
    this.name = "HostError";
    this.code = code;
    this.sheet = sheet;
  }
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError || (typeof e === "object" && e !== null && (e as { name?: string }).name === "HostError");
}
