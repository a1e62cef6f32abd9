/**
 * Group single-cell writes into rectangular blocks, so a host writes a run of scores with one
 * call instead of one per cell. A block only ever covers cells that are themselves written:
 * a cell between two edits that is not an edit splits the block, so untouched cells stay untouched.
 */
export interface CellItem<T> {
  row: number;
  col: number;
  item: T;
}

export interface Block<T> {
  top: number;
  left: number;
  /** items[r][c] for the cell (top + r, left + c); every entry is present. */
  items: T[][];
}

export function blockBottom<T>(b: Block<T>): number {
  return b.top + b.items.length - 1;
}

export function blockRight<T>(b: Block<T>): number {
  return b.left + (b.items[0]?.length ?? 1) - 1;
}

/**
 * Vertical runs first (scores sit in one column), then runs of equal height in neighbouring
 * columns are joined (执行率 and 得分 of one funds row). The last item given for a cell wins.
 */
export function groupBlocks<T>(cells: ReadonlyArray<CellItem<T>>): Block<T>[] {
  const byKey = new Map<string, CellItem<T>>();
  for (const c of cells) byKey.set(`${c.row}:${c.col}`, c);
  const sorted = [...byKey.values()].sort((a, b) => a.col - b.col || a.row - b.row);

  // vertical runs per column
  const runs: { col: number; top: number; items: T[] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.top + last.items.length === c.row) last.items.push(c.item);
    else runs.push({ col: c.col, top: c.row, items: [c.item] });
  }

  // join runs of the same rows in adjacent columns
  const blocks: Block<T>[] = [];
  const open = new Map<string, Block<T>>(); // key top:height → block whose right edge is the previous column
  for (const run of runs) {
    const key = `${run.top}:${run.items.length}`;
    const b = open.get(key);
    if (b && blockRight(b) === run.col - 1) {
      run.items.forEach((it, i) => b.items[i].push(it));
    } else {
      const nb: Block<T> = { top: run.top, left: run.col, items: run.items.map((it) => [it]) };
      blocks.push(nb);
      open.set(key, nb);
    }
  }
  return blocks.sort((a, b) => a.top - b.top || a.left - b.left);
}
