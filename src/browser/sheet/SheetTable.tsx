import { colLetters } from "../../core/grid";
import type { SheetModel } from "./sheetModel";
import { SheetCell } from "./SheetCell";

export interface SheetTableProps {
  model: SheetModel;
  selected: string | null;
  onSelect: (address: string) => void;
}

const ROW_HEADER = 40;

/** The grid: column letters, row numbers, merged cells as spans. */
export function SheetTable({ model, selected, onSelect }: SheetTableProps) {
  return (
    <table className="sheet" data-testid="sheet" data-sheet={model.name} style={{ width: ROW_HEADER + model.widths.reduce((a, w) => a + w, 0) }}>
      <colgroup>
        <col style={{ width: ROW_HEADER }} />
        {model.widths.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {model.widths.map((_, i) => (
            <th key={i} scope="col">
              {colLetters(i)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.number}>
            <th scope="row">{row.number}</th>
            {row.cells.map((cell) => (
              <SheetCell key={cell.address} cell={cell} selected={cell.address === selected} onSelect={onSelect} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
