import type { SheetState } from "./useSheet";
import { SheetTable } from "./SheetTable";
import { SheetTabs } from "./SheetTabs";

export interface SheetViewProps {
  sheet: SheetState;
  labels: { sheets: string; truncated: string; noSheet: string };
  onActivate: (name: string) => void;
  onSelect: (address: string) => void;
}

/** The workbook the page holds, drawn like a spreadsheet: the shown sheet and its tabs. */
export function SheetView({ sheet, labels, onActivate, onSelect }: SheetViewProps) {
  return (
    <section className="sheet-view" aria-label={sheet.active}>
      <div className="sheet-scroll">
        {sheet.model ? <SheetTable model={sheet.model} selected={sheet.selected} onSelect={onSelect} /> : <p className="hint">{labels.noSheet}</p>}
      </div>
      {sheet.model?.truncated && <p className="hint">{labels.truncated}</p>}
      <SheetTabs names={sheet.names} active={sheet.active} label={labels.sheets} onActivate={onActivate} />
    </section>
  );
}
