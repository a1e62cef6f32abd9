/**
 * The browser's WorkbookHost: the third host, beside Office.js (src/excel/ExcelHost.ts) and the
 * command line's files. The pane talks to it exactly as it talks to Excel; underneath is the
 * exceljs workbook the page holds (WorkbookDoc), read and written with the file host's functions,
 * so that what the page downloads is what `ziping fix` would write.
 */
import type { Settings } from "../../core/settings";
import { readDataSheet, settingsDiff, writeDataSheet } from "../../host/dataSheet";
import { HostError, type CellRef, type ClearResult, type RecalcOptions, type RecalcResult, type Scope, type UndoResult, type WorkbookHost, type WorkbookPrefs } from "../../host/WorkbookHost";
import type { WorkbookDoc } from "../WorkbookDoc";
import { readData, writeData } from "./dataSheet";
import { isProtected } from "./ownedMarks";
import type { Analyze } from "../../files/scoredWorkbook";
import { recalculate } from "./recalculate";
import { clear, undo } from "./restore";

export class BrowserHost implements WorkbookHost {
  constructor(
    private readonly doc: WorkbookDoc,
    private readonly analyze: Analyze,
    readonly displayLanguage: string = "zh-CN",
  ) {}

  private get english(): boolean {
    return this.displayLanguage.toLowerCase().startsWith("en");
  }

  /** Asynchronous like every host, and a thrown error is always a HostError the pane can word. */
  private async run<T>(f: () => T): Promise<T> {
    await Promise.resolve();
    try {
      return f();
    } catch (e) {
      if (e instanceof HostError) throw e;
      throw new HostError("failed", e instanceof Error ? e.message : String(e));
    }
  }

  recalculate(scope: Scope, settings: Partial<Settings>, options: RecalcOptions): Promise<RecalcResult> {
    return this.run(() => recalculate(this.doc, this.analyze, scope, settings, options, this.english));
  }

  undo(): Promise<UndoResult> {
    return this.run(() => undo(this.doc));
  }

  clearMarks(): Promise<ClearResult> {
    return this.run(() => clear(this.doc, false));
  }

  cleanForSubmit(): Promise<ClearResult> {
    return this.run(() => clear(this.doc, true));
  }

  selectCell(ref: CellRef): Promise<void> {
    return this.run(() => {
      if (!this.doc.workbook.getWorksheet(ref.sheet)) throw new HostError("failed", `no sheet ${ref.sheet}`);
      this.doc.select(ref);
    });
  }

  async onSelectionChanged(cb: (ref: CellRef) => void): Promise<() => void> {
    return this.doc.onSelection(cb);
  }

  loadSettings(): Promise<WorkbookPrefs> {
    return this.run(() => readDataSheet(readData(this.doc.workbook).columnA).prefs);
  }

  saveSettings(prefs: WorkbookPrefs): Promise<void> {
    return this.run(() => {
      const wb = this.doc.workbook;
      const data = readData(wb);
      if (data.ws && isProtected(data.ws)) throw new HostError("protected", "settings sheet is protected", data.ws.name);
      const state = readDataSheet(data.columnA);
      const next = { ...state, prefs: { settings: settingsDiff(prefs.settings), formulas: prefs.formulas, scope: prefs.scope } };
      // settings and options only: the record rows below stay as they are
      writeData(wb, data, writeDataSheet(next).slice(0, 3), false);
      this.doc.changed();
    });
  }
}
