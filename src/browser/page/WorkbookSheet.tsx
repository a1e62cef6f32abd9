import type { WorkbookDoc } from "../WorkbookDoc";
import { SheetView } from "../sheet/SheetView";
import { useSheet } from "../sheet/useSheet";
import type { PreviewTexts } from "./texts";

export interface WorkbookSheetProps {
  doc: WorkbookDoc;
  t: PreviewTexts;
}

/** The sheet view bound to the page's workbook: a click selects a cell as a click in Excel would. */
export function WorkbookSheet({ doc, t }: WorkbookSheetProps) {
  const sheet = useSheet(doc);
  return (
    <SheetView
      sheet={sheet}
      labels={{ sheets: t.sheets, truncated: t.truncated, noSheet: t.noSheet }}
      onActivate={(name) => doc.activate(name)}
      onSelect={(cell) => doc.select({ sheet: doc.active, cell })}
    />
  );
}
