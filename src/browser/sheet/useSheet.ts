/** What the sheet view draws, recomputed whenever the workbook the page holds changes. */
import { useMemo, useSyncExternalStore } from "react";
import type { WorkbookDoc } from "../WorkbookDoc";
import { sheetModel, type SheetModel } from "./sheetModel";

export interface SheetState {
  names: string[];
  active: string;
  model: SheetModel | null;
  /** the selected cell when it is on the sheet shown */
  selected: string | null;
}

export function useSheet(doc: WorkbookDoc): SheetState {
  const version = useSyncExternalStore(doc.subscribe, doc.getVersion);
  return useMemo(
    () => ({
      names: doc.sheetNames(),
      active: doc.active,
      model: sheetModel(doc.workbook, doc.active),
      selected: doc.selection?.sheet === doc.active ? doc.selection.cell : null,
    }),
    // the doc is mutable: its version says when it changed
    [doc, version],
  );
}
