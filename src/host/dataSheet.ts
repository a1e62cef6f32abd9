/**
 * The very hidden sheet (SETTINGS_SHEET_NAME) that carries the workbook's settings and the add-in's
 * undo records. Why a sheet: Office add-in settings (Office.context.document.settings) and custom
 * XML parts are dropped by exceljs when the command line rewrites a file, and are invisible to WPS
 * and LibreOffice; a very hidden sheet survives every one of them, the command line reads it, and
 * `fix` keeps it. A person cannot unhide it from Excel's menu, so it is not edited by accident.
 *
 * Column A, one string per row (all JSON starts with "{", so no host turns it into a number):
 *   A1  SETTINGS_MARKER
 *   A2  settings JSON: only what differs from the national default (read by the CLI too)
 *   A3  pane options JSON: {"formulas":true,"scope":"sheet"}
 *   A4  undo header JSON: {"undo":1,"at":ISO time,"sheets":[sheets marked],"count":n} or empty
 *   A5… one undo record JSON per row
 */
import type { CellValue } from "../core/grid";
import { SETTINGS_MARKER } from "../core/workbookSettings";
import { resolveSettings } from "../core/settingsInput";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import type { Scope, WorkbookPrefs } from "./WorkbookHost";
import type { CellContent, UndoRecord } from "./undo";

export const DATA_FIRST_RECORD_ROW = 5; // 1-based

export const DEFAULT_PREFS: Readonly<WorkbookPrefs> = Object.freeze({ settings: {}, formulas: true, scope: "sheet" as Scope });

export interface DataSheetState {
  prefs: WorkbookPrefs;
  /** problems resolveSettings reported about the stored settings */
  problems: string[];
  records: UndoRecord[];
  /** sheets that carry marks of the recorded recalculations */
  markedSheets: string[];
  recordedAt: string | null;
}

export function emptyDataSheet(): DataSheetState {
  return { prefs: { ...DEFAULT_PREFS, settings: {} }, problems: [], records: [], markedSheets: [], recordedAt: null };
}

function parseJson(v: unknown): unknown {
  if (typeof v !== "string" || !v.trim().startsWith("{")) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

function isCellValue(v: unknown): v is CellValue {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function toContent(v: unknown): CellContent | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (!isCellValue(o.v ?? null)) return null;
  const c: CellContent = { value: (o.v ?? null) as CellValue };
  if (typeof o.f === "string" && o.f) c.formula = o.f;
  if (typeof o.n === "string" && o.n) c.numFmt = o.n;
  return c;
}

function fromContent(c: CellContent): Record<string, unknown> {
  const o: Record<string, unknown> = { v: c.value ?? null };
  if (c.formula) o.f = c.formula;
  if (c.numFmt) o.n = c.numFmt;
  return o;
}

/** Column A of the sheet, top to bottom (any shape of cell values), into state. Never throws. */
export function readDataSheet(columnA: ReadonlyArray<unknown>): DataSheetState {
  const state = emptyDataSheet();
  const settings = parseJson(columnA[1]);
  if (settings && typeof settings === "object") {
    const { problems } = resolveSettings(settings);
    state.problems = problems;
    state.prefs.settings = settingsDiff(resolveSettings(settings).settings);
  }
  const opts = parseJson(columnA[2]) as Record<string, unknown> | undefined;
  if (opts) {
    if (typeof opts.formulas === "boolean") state.prefs.formulas = opts.formulas;
    if (opts.scope === "sheet" || opts.scope === "workbook") state.prefs.scope = opts.scope;
  }
  const header = parseJson(columnA[3]) as Record<string, unknown> | undefined;
  if (header && header.undo === 1) {
    state.recordedAt = typeof header.at === "string" ? header.at : null;
    if (Array.isArray(header.sheets)) state.markedSheets = header.sheets.filter((s): s is string => typeof s === "string");
    for (let i = DATA_FIRST_RECORD_ROW - 1; i < columnA.length; i++) {
      const r = parseJson(columnA[i]) as Record<string, unknown> | undefined;
      if (!r || typeof r.s !== "string" || typeof r.c !== "string") continue;
      const before = toContent(r.b);
      const written = toContent(r.w);
      if (before && written) state.records.push({ sheet: r.s, cell: r.c, before, written });
    }
  }
  return state;
}

/** The rows to write into column A, from A1 down. */
export function writeDataSheet(state: DataSheetState, now: string = new Date().toISOString()): string[] {
  const rows = [
    SETTINGS_MARKER,
    JSON.stringify(state.prefs.settings ?? {}),
    JSON.stringify({ formulas: state.prefs.formulas, scope: state.prefs.scope }),
  ];
  if (state.records.length > 0 || state.markedSheets.length > 0) {
    rows.push(JSON.stringify({ undo: 1, at: state.recordedAt ?? now, sheets: state.markedSheets, count: state.records.length }));
    for (const r of state.records) rows.push(JSON.stringify({ s: r.sheet, c: r.cell, b: fromContent(r.before), w: fromContent(r.written) }));
  }
  return rows;
}

/**
 * Column A as read equals the rows about to be written (trailing blanks ignored): then a host
 * leaves the sheet alone, and does not need it to be writable.
 */
export function sameRows(rows: ReadonlyArray<string>, columnA: ReadonlyArray<unknown>): boolean {
  const old = columnA.map((v) => (v === null || v === undefined ? "" : String(v)));
  while (old.length && old[old.length - 1] === "") old.pop();
  return old.length === rows.length && old.every((v, i) => v === rows[i]);
}

/** Only the settings that differ from the national default: what a workbook stores. */
export function settingsDiff(s: Partial<Settings>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || !(k in defaults)) continue;
    if (JSON.stringify(v) !== JSON.stringify(defaults[k])) out[k] = v;
  }
  return out as Partial<Settings>;
}

/** True when the stored state holds nothing a default workbook would not: the sheet may go. */
export function isDefaultState(state: DataSheetState): boolean {
  return (
    Object.keys(settingsDiff(state.prefs.settings)).length === 0 &&
    state.prefs.formulas === DEFAULT_PREFS.formulas &&
    state.prefs.scope === DEFAULT_PREFS.scope &&
    state.records.length === 0
  );
}
