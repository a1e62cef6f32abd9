/**
 * The Excel add-in's WorkbookHost over Office.js. Every Office.js call of the product lives in
 * src/excel/; the domain work is the core's, the bookkeeping (undo records, marks, blocks) is in
 * src/host/ so the browser host shares it.
 *
 * Round trips: a recalculation of the active sheet is two syncs however many tables it holds —
 * one reads, one writes the whole plan. The workbook scope adds one sync to list the sheets.
 */
import type { MergedArea, SheetGrid } from "../core/grid";
import type { CellEdit, CellMark, PlanOptions, Plan } from "../core/plan";
import type { TableReport } from "../core/report";
import type { Settings } from "../core/settings";
import { isSettingsSheet, SETTINGS_SHEET_NAME } from "../core/workbookSettings";
import { parseAddress } from "../core/grid";
import {
  HostError,
  type CellRef,
  type ClearResult,
  type RecalcOptions,
  type RecalcResult,
  type Scope,
  type UndoResult,
  type WorkbookHost,
  type WorkbookPrefs,
} from "../host/WorkbookHost";
import { contentAt, gridFromArrays, type RangeArrays } from "../host/gridFromArrays";
import { formulaEntry, mergeRecords, planRestore, restoredNumFmt, type CellContent, type UndoRecord } from "../host/undo";
import { dedupeMarks, isOwnedNote, noteText, ruleGroups } from "../host/marks";
import { readDataSheet, writeDataSheet, isDefaultState, sameRows, settingsDiff, type DataSheetState } from "../host/dataSheet";
import { firstCell } from "../host/address";
import type { ExcelEnv } from "./env";
import { toHostError } from "./errors";
import { readForRecalc, readData, queueSheet, snapshot, ownedRules, type SheetSnapshot, type DataSnapshot } from "./read";
import { applyOps, cellBlockOps, dataSheetOps, deleteOps, noteOps, ruleOps, type WriteOp } from "./write";

export type Analyze = (grid: SheetGrid, settings: Partial<Settings>, options: Partial<PlanOptions>) => { reports: TableReport[]; plan: Plan };

/** Notes (as opposed to threaded comments) arrived in ExcelApi 1.18; before it the pane shows hints. */
const NOTES_SET: [string, string] = ["ExcelApi", "1.18"];

/** Cells per band when a sheet must be read in chunks (3 arrays per cell, well under 5 MB). */
const BAND_CELLS = 20000;

export class ExcelHost implements WorkbookHost {
  readonly displayLanguage: string;

  constructor(
    private readonly env: ExcelEnv,
    private readonly analyze: Analyze,
  ) {
    this.displayLanguage = env.displayLanguage;
  }

  private notesOn(): boolean {
    return this.env.isSetSupported(NOTES_SET[0], NOTES_SET[1]);
  }

  /** Every batch waits until the person leaves cell-edit mode, and every error gets a code. */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run({ delayForCellEdit: true }, batch);
    } catch (e) {
      throw toHostError(e);
    }
  }

  async recalculate(scope: Scope, settings: Partial<Settings>, options: RecalcOptions): Promise<RecalcResult> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const notesOn = this.notesOn();
      let targets: Excel.Worksheet[];
      if (scope === "workbook") {
        const all = wb.worksheets;
        all.load("items/name,items/visibility");
        await context.sync();
        targets = all.items.filter((ws) => ws.visibility === "Visible" && !isSettingsSheet(ws.name));
      } else {
        targets = [wb.worksheets.getActiveWorksheet()];
      }

      const read = await readForRecalc(context, targets, notesOn, BAND_CELLS);

      // analyse every sheet (pure, no Office.js)
      const reports: TableReport[] = [];
      const edits: CellEdit[] = [];
      const marks: CellMark[] = [];
      const bySheet = new Map<string, { snap: SheetSnapshot; edits: CellEdit[]; marks: CellMark[] }>();
      for (const snap of read.sheets) {
        if (isSettingsSheet(snap.name)) continue;
        const grid = gridFromArrays(snap.name, snap.arrays, snap.merges);
        const res = this.analyze(grid, settings, { formulas: options.formulas });
        // the grid is named after the sheet, so the core's edits and marks already carry it
        const e = res.plan.edits;
        const m = dedupeMarks(res.plan.marks);
        reports.push(...res.reports);
        edits.push(...e);
        marks.push(...m);
        bySheet.set(snap.name, { snap, edits: e, marks: m });
      }
      if (reports.length === 0) {
        throw new HostError("noTable", "no 自评表", read.sheets.length === 1 ? read.sheets[0].name : undefined);
      }

      // refuse before writing anything
      for (const { snap, edits: e, marks: m } of bySheet.values()) {
        const touches = e.length > 0 || m.length > 0 || snap.ownedRules.length > 0 || snap.ownedNotes.length > 0;
        if (touches && snap.protected) throw new HostError("protected", "sheet is protected", snap.name);
      }

      // the new undo records and settings-sheet content
      const state = readDataSheet(read.data.columnA);
      const current = (sheet: string, cell: string) => currentContent(bySheet.get(sheet)?.snap.arrays ?? null, cell);
      const records = mergeRecords(state.records, edits, current, [...bySheet.keys()]);
      const marked = new Set(state.markedSheets);
      for (const [name, s] of bySheet) if (s.marks.length > 0) marked.add(name);
      const next: DataSheetState = { ...state, records, markedSheets: [...marked], recordedAt: edits.length > 0 ? null : state.recordedAt };
      const rows = writeDataSheet(next);
      const dataChanged = !sameRows(rows, read.data.columnA);
      const needData = dataChanged && (read.data.exists || records.length > 0 || marks.length > 0);
      if (needData) this.checkDataWritable(read.data, read.workbookProtected);

      // notes go only where nobody else has a note: locating those costs one sync, only if any exist
      const english = this.displayLanguage.toLowerCase().startsWith("en");
      const blocked = notesOn ? await this.cellsWithOtherNotes(context, [...bySheet.values()].filter((s) => s.marks.length > 0).map((s) => s.snap)) : new Set<string>();

      const ops: WriteOp[] = [];
      if (needData) ops.push(...dataSheetOps(wb, read.data.ws, rows, read.data.columnA.length));
      let notes = 0;
      for (const { snap, edits: e, marks: m } of bySheet.values()) {
        ops.push(...deleteOps(snap.ownedRules), ...deleteOps(snap.ownedNotes));
        ops.push(...cellBlockOps(snap.ws, e.map((x) => ({ row: x.row, col: x.col, item: { entry: formulaEntry(writtenOf(x)), numFmt: x.numFmt } })), snap.merges));
        ops.push(...ruleOps(snap.ws, ruleGroups(m)));
        if (notesOn) {
          const list = m.filter((x) => !blocked.has(`${snap.name}\u0000${x.cell}`)).map((x) => ({ cell: x.cell, text: noteText(x, english) }));
          notes += list.length;
          ops.push(...noteOps(snap.ws, list));
        }
      }
      await applyOps(context, ops, this.env.payloadLimit);

      return {
        reports,
        sheets: [...bySheet.keys()],
        written: edits.length,
        marked: marks.length,
        notes,
        writtenCells: edits.map((x) => ({ sheet: x.sheet, cell: x.cell })),
      };
    });
  }

  private checkDataWritable(data: DataSnapshot, workbookProtected: boolean): void {
    if (!data.exists && workbookProtected) throw new HostError("workbookProtected", "workbook structure is protected");
    if (data.exists && data.protected) throw new HostError("protected", "settings sheet is protected", SETTINGS_SHEET_NAME);
  }

  /** Cells (sheet\0A1) that hold a note somebody else wrote. */
  private async cellsWithOtherNotes(context: Excel.RequestContext, snaps: SheetSnapshot[]): Promise<Set<string>> {
    const pending: { sheet: string; range: Excel.Range }[] = [];
    for (const s of snaps) {
      for (const n of s.otherNotes) {
        const range = n.getLocation();
        range.load("address");
        pending.push({ sheet: s.name, range });
      }
    }
    const out = new Set<string>();
    if (pending.length === 0) return out;
    await context.sync();
    for (const p of pending) {
      const c = firstCell(p.range.address);
      if (c) out.add(`${p.sheet}\u0000${c.cell}`);
    }
    return out;
  }

  async undo(): Promise<UndoResult> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const data = await readData(context);
      const state = readDataSheet(data.columnA);
      if (!data.exists || (state.records.length === 0 && state.markedSheets.length === 0)) return { restored: 0, skipped: 0 };

      // read the recorded cells as they are now, and the marks of the sheets involved
      const names = [...new Set([...state.records.map((r) => r.sheet), ...state.markedSheets])];
      const sheets = names.map((name) => {
        const ws = wb.worksheets.getItemOrNullObject(name);
        ws.load("name");
        return { name, ws };
      });
      await context.sync();
      const present = sheets.filter((s) => !s.ws.isNullObject);
      const notesOn = this.notesOn();
      const handles = new Map(present.map((s) => [s.name, queueSheet(s.ws, notesOn, false)]));
      const cells = state.records
        .filter((r) => handles.has(r.sheet))
        .map((r) => {
          const range = handles.get(r.sheet)!.ws.getRange(r.cell);
          range.load(["values", "formulas", "numberFormat"]);
          return { r, range };
        });
      await context.sync();

      const now = new Map<string, CellContent>();
      for (const { r, range } of cells) now.set(`${r.sheet}\u0000${r.cell}`, contentAt({ rowIndex: 0, columnIndex: 0, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat }, 0, 0));
      const plan = planRestore(
        state.records.filter((r) => handles.has(r.sheet)),
        (sheet, cell) => now.get(`${sheet}\u0000${cell}`),
      );
      const snaps = [...handles.values()].map((h) => snapshot(h, null));
      for (const s of snaps) {
        const touches = plan.restore.some((r) => r.sheet === s.name) || s.ownedRules.length > 0 || s.ownedNotes.length > 0;
        if (touches && s.protected) throw new HostError("protected", "sheet is protected", s.name);
      }
      if (data.protected) throw new HostError("protected", "settings sheet is protected", SETTINGS_SHEET_NAME);

      const ops: WriteOp[] = [];
      // the records go first: an interrupted undo then leaves nothing undoable behind twice
      const next: DataSheetState = { ...state, records: [], markedSheets: [], recordedAt: null };
      ops.push(...dataSheetOps(wb, data.ws, writeDataSheet(next), data.columnA.length));
      for (const s of snaps) {
        const mine = plan.restore.filter((r) => r.sheet === s.name);
        ops.push(...restoreOps(s.ws, mine, s.merges));
        ops.push(...deleteOps(s.ownedRules), ...deleteOps(s.ownedNotes));
      }
      await applyOps(context, ops, this.env.payloadLimit);
      return { restored: plan.restore.length, skipped: plan.skipped.length + (state.records.length - cells.length) };
    });
  }

  async clearMarks(): Promise<ClearResult> {
    return this.clear(false);
  }

  async cleanForSubmit(): Promise<ClearResult> {
    return this.clear(true);
  }

  /** Remove the add-in's rules and notes from every sheet; with records, the undo records too. */
  private async clear(records: boolean): Promise<ClearResult> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const all = wb.worksheets;
      const data = await readData(context, () => all.load("items/name"));
      const notesOn = this.notesOn();
      const handles = all.items.filter((ws) => !isSettingsSheet(ws.name)).map((ws) => {
        ws.protection.load("protected");
        const cfs = ws.getRange().conditionalFormats;
        cfs.load("items/type,items/customOrNullObject/rule/formula");
        let notes: Excel.NoteCollection | null = null;
        if (notesOn) {
          notes = ws.notes;
          notes.load("items/content");
        }
        return { ws, cfs, notes };
      });
      await context.sync();

      const found = handles.map((h) => ({
        ws: h.ws,
        rules: ownedRules(h.cfs),
        notes: h.notes ? h.notes.items.filter((n) => isOwnedNote(n.content)) : [],
      }));
      for (const f of found) {
        if ((f.rules.length > 0 || f.notes.length > 0) && f.ws.protection.protected) throw new HostError("protected", "sheet is protected", f.ws.name);
      }
      const state = readDataSheet(data.columnA);
      const ops: WriteOp[] = [];
      for (const f of found) ops.push(...deleteOps(f.rules), ...deleteOps(f.notes));
      let removedRecords = 0;
      if (data.exists && data.ws) {
        const next: DataSheetState = records ? { ...state, records: [], markedSheets: [], recordedAt: null } : { ...state, markedSheets: [] };
        removedRecords = records ? state.records.length : 0;
        const rows = writeDataSheet(next);
        const changed = !sameRows(rows, data.columnA);
        if (changed || (records && isDefaultState(next))) {
          if (data.protected) throw new HostError("protected", "settings sheet is protected", SETTINGS_SHEET_NAME);
          if (records && isDefaultState(next)) {
            // nothing left worth keeping: the file goes out without the add-in's sheet
            const ws = data.ws;
            ops.push({ bytes: 100, queue: () => ws.delete() });
          } else ops.push(...dataSheetOps(wb, data.ws, rows, data.columnA.length));
        }
      }
      await applyOps(context, ops, this.env.payloadLimit);
      return {
        marks: found.reduce((a, f) => a + f.rules.length, 0),
        notes: found.reduce((a, f) => a + f.notes.length, 0),
        records: removedRecords,
      };
    });
  }

  async selectCell(ref: CellRef): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(ref.cell).select();
      await context.sync();
    });
  }

  async onSelectionChanged(cb: (ref: CellRef) => void): Promise<() => void> {
    let handler: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null = null;
    await this.run(async (context) => {
      handler = context.workbook.onSelectionChanged.add(async () => {
        try {
          const ref = await this.selectedCell();
          if (ref) cb(ref);
        } catch {
          // a selection we cannot read (a chart, a shape) is no finding
        }
      });
      await context.sync();
    });
    return () => {
      const h = handler as OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | null;
      if (!h) return;
      handler = null;
      void this.env.run(h.context, async (context) => {
        h.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  private async selectedCell(): Promise<CellRef | null> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address");
      await context.sync();
      const c = firstCell(selection.address);
      return c && c.sheet ? { sheet: c.sheet, cell: c.cell } : null;
    });
  }

  async loadSettings(): Promise<WorkbookPrefs> {
    return this.run(async (context) => readDataSheet((await readData(context)).columnA).prefs);
  }

  async saveSettings(prefs: WorkbookPrefs): Promise<void> {
    await this.run(async (context) => {
      const wb = context.workbook;
      const wbProt = wb.protection;
      const data = await readData(context, () => wbProt.load("protected"));
      this.checkDataWritable(data, wbProt.protected);
      const state = readDataSheet(data.columnA);
      const next: DataSheetState = { ...state, prefs: { settings: settingsDiff(prefs.settings), formulas: prefs.formulas, scope: prefs.scope } };
      // settings and options only: the record rows below are left as they are
      const rows = writeDataSheet(next).slice(0, 3);
      await applyOps(context, dataSheetOps(wb, data.ws, rows, 0), this.env.payloadLimit);
    });
  }
}

function writtenOf(e: CellEdit): CellContent {
  return e.formula ? { value: e.value, formula: e.formula } : { value: e.value };
}

/** What a cell holds now, from the arrays read for the recalculation. */
function currentContent(arrays: RangeArrays | null, cell: string): CellContent | undefined {
  const p = parseAddress(cell);
  if (!p) return undefined;
  if (!arrays) return { value: null };
  const r = p.row - arrays.rowIndex;
  const c = p.col - arrays.columnIndex;
  if (r < 0 || c < 0 || r >= arrays.values.length || c >= (arrays.values[r]?.length ?? 0)) return { value: null };
  return contentAt(arrays, r, c);
}

/** Put back value, formula and number format: number formats first, then the contents. */
function restoreOps(ws: Excel.Worksheet, records: ReadonlyArray<UndoRecord>, merges: ReadonlyArray<MergedArea>): WriteOp[] {
  const cells = records.flatMap((r) => {
    const p = parseAddress(r.cell);
    if (!p) return [];
    return [{ row: p.row, col: p.col, item: { entry: formulaEntry(r.before), numFmt: restoredNumFmt(r) } }];
  });
  return cellBlockOps(ws, cells, merges);
}
