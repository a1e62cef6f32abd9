import { useEffect, useRef } from "react";
import { MARK_STYLES } from "../../host/marks";
import type { ViewCell } from "./sheetModel";

export interface SheetCellProps {
  cell: ViewCell;
  selected: boolean;
  onSelect: (address: string) => void;
}

/** One cell: its text (always as text), its own look, the add-in's highlight over it, its note as a tooltip. */
export function SheetCell({ cell, selected, onSelect }: SheetCellProps) {
  const ref = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected]);
  const mark = cell.mark ? MARK_STYLES[cell.mark] : null;
  return (
    <td
      ref={ref}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      className={cell.note ? "has-note" : undefined}
      data-cell={cell.address}
      data-mark={cell.mark}
      aria-selected={selected}
      title={cell.note ?? (cell.text.length > 12 ? cell.text : undefined)}
      style={{
        backgroundColor: mark?.fill ?? cell.fill,
        color: mark?.font,
        fontWeight: cell.bold ? 600 : undefined,
        textAlign: cell.align ?? (cell.numeric ? "right" : "left"),
      }}
      onClick={() => onSelect(cell.address)}
    >
      {cell.text}
    </td>
  );
}
