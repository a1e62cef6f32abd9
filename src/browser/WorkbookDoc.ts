/**
 * The workbook the page holds: an exceljs Workbook in memory, the sheet shown and the cell
 * selected — what Excel itself keeps for the add-in. The browser host writes into it, the sheet
 * view draws it; both learn of a change through `subscribe`, as React's useSyncExternalStore wants.
 */
import type { Workbook } from "exceljs";
import { isSettingsSheet } from "../core/workbookSettings";
import type { CellRef } from "../host/WorkbookHost";

export class WorkbookDoc {
  active: string;
  selection: CellRef | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(ref: CellRef) => void>();

  constructor(
    readonly workbook: Workbook,
    readonly fileName: string,
  ) {
    this.active = this.sheetNames()[0] ?? "";
  }

  /** The sheets a person sees: visible, and never the add-in's settings sheet. */
  sheetNames(): string[] {
    return this.workbook.worksheets.filter((ws) => ws.state === "visible" && !isSettingsSheet(ws.name)).map((ws) => ws.name);
  }

  readonly getVersion = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listen to selections (by a person in the sheet view, or by the pane). */
  onSelection(listener: (ref: CellRef) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** The workbook changed: every view draws again. */
  changed(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  activate(sheet: string): void {
    if (sheet === this.active) return;
    this.active = sheet;
    this.changed();
  }

  select(ref: CellRef): void {
    this.active = ref.sheet;
    this.selection = { sheet: ref.sheet, cell: ref.cell.toUpperCase() };
    this.changed();
    for (const l of [...this.selectionListeners]) l(this.selection);
  }
}
