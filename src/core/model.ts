/** The parsed table: every field keeps the cell it came from. */
import type { GridCell } from "./grid";
import type { FundsRowKind, Level1 } from "./labels";

export interface CellRef {
  row: number;
  col: number;
  cell: GridCell | undefined;
}

export interface FundsRowModel {
  kind: FundsRowKind;
  label: string;
  row: number;
  initial: CellRef | null;
  budget: CellRef | null;
  executed: CellRef | null;
  weight: CellRef | null;
  rate: CellRef | null;
  score: CellRef | null;
}

export interface FundsModel {
  unit: string | null;
  /** the 执行率 column is headed "(%)": its plain numbers are percents */
  ratePercentHead: boolean;
  rows: FundsRowModel[];
}

export interface IndicatorModel {
  row: number;
  level1: Level1 | null;
  level1Label: string | null;
  level2: string | null;
  name: string;
  /** target value as written, with the unit cell of split layouts appended */
  targetText: string;
  /** the 指标性质 cell of split layouts (≥, ≤, =, 定性, 正向, 反向) */
  targetOp: string | null;
  target: CellRef | null;
  actual: CellRef | null;
  weight: CellRef | null;
  score: CellRef | null;
  reasons: CellRef[];
}

export interface TableModel {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  project: string | null;
  funds: FundsModel | null;
  indicators: IndicatorModel[];
  totalWeight: CellRef | null;
  totalScore: CellRef | null;
  totalRow: number | null;
  grade: CellRef | null;
}
