/** A WorkbookHost that records every call: the pane's only way to the workbook. */
import type { TableReport } from "../../src/core/report";
import type { CellRef, ClearResult, RecalcResult, UndoResult, WorkbookHost, WorkbookPrefs } from "../../src/host/WorkbookHost";

export class FakeHost implements WorkbookHost {
  calls: Array<[string, ...unknown[]]> = [];
  prefs: WorkbookPrefs = { settings: {}, formulas: true, scope: "sheet" };
  result: RecalcResult;
  failWith: unknown = null;
  private listeners: Array<(ref: CellRef) => void> = [];

  constructor(
    reports: TableReport[],
    public displayLanguage = "zh-CN",
  ) {
    this.result = { reports, sheets: [...new Set(reports.map((r) => r.sheet))], written: 3, marked: 5, notes: 0, writtenCells: [] };
  }

  private async step<T>(name: string, args: unknown[], value: T): Promise<T> {
    this.calls.push([name, ...args]);
    await Promise.resolve();
    if (this.failWith) throw this.failWith;
    return value;
  }

  recalculate(...args: unknown[]): Promise<RecalcResult> {
    return this.step("recalculate", args, this.result);
  }
  undo(): Promise<UndoResult> {
    return this.step("undo", [], { restored: 3, skipped: 1 });
  }
  clearMarks(): Promise<ClearResult> {
    return this.step("clearMarks", [], { marks: 2, notes: 0, records: 0 });
  }
  cleanForSubmit(): Promise<ClearResult> {
    return this.step("cleanForSubmit", [], { marks: 2, notes: 0, records: 3 });
  }
  selectCell(ref: CellRef): Promise<void> {
    return this.step("selectCell", [ref], undefined);
  }
  async onSelectionChanged(cb: (ref: CellRef) => void): Promise<() => void> {
    this.listeners.push(cb);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== cb);
    };
  }
  loadSettings(): Promise<WorkbookPrefs> {
    this.calls.push(["loadSettings"]);
    return Promise.resolve(this.prefs);
  }
  saveSettings(prefs: WorkbookPrefs): Promise<void> {
    this.prefs = prefs;
    return this.step("saveSettings", [prefs], undefined);
  }
  /** The person selects a cell in Excel. */
  emitSelection(ref: CellRef): void {
    for (const l of this.listeners) l(ref);
  }
}
