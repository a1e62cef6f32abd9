/**
 * Writing: every change of a recalculation, undo or clean-up is queued as a list of operations
 * and applied in ONE sync. Only when the estimated request is larger than the host accepts are
 * they split into several syncs — undo records first, so whatever lands is undoable.
 */
import { SETTINGS_SHEET_NAME } from "../core/workbookSettings";
import { groupBlocks, blockBottom, blockRight, type CellItem } from "../host/blocks";
import { MARK_STYLES, ruleFormula, type RuleGroup } from "../host/marks";
import { rectAddress, type Rect } from "../host/address";

export interface WriteOp {
  /** estimated request size in bytes */
  bytes: number;
  queue: () => void;
}

export function op(bytes: number, queue: () => void): WriteOp {
  return { bytes: bytes + 200, queue };
}

const size = (x: unknown): number => JSON.stringify(x)?.length ?? 0;

/**
 * Write cell contents as blocks: a numberFormat block first where a format is given (so a formula
 * into a Text cell becomes a formula), then the formulas array (constants and formulas alike).
 * A cell that heads a merged area is written on its own: Excel refuses a range that covers part
 * of a merged area.
 */
export function cellBlockOps(
  ws: Excel.Worksheet,
  cells: ReadonlyArray<CellItem<{ entry: string | number | boolean; numFmt?: string }>>,
  merges: ReadonlyArray<Rect> = [],
): WriteOp[] {
  const inMerge = (c: { row: number; col: number }) => merges.some((m) => c.row >= m.top && c.row <= m.bottom && c.col >= m.left && c.col <= m.right);
  const blocks = <T>(list: ReadonlyArray<CellItem<T>>) => [...groupBlocks(list.filter((c) => !inMerge(c))), ...list.filter(inMerge).map((c) => ({ top: c.row, left: c.col, items: [[c.item]] }))];
  const ops: WriteOp[] = [];
  const withFormat = cells.filter((c) => c.item.numFmt !== undefined);
  for (const b of blocks(withFormat)) {
    const address = rectAddress({ top: b.top, left: b.left, bottom: blockBottom(b), right: blockRight(b) });
    const formats = b.items.map((row) => row.map((it) => it.numFmt as string));
    ops.push(op(size(formats), () => {
      ws.getRange(address).numberFormat = formats;
    }));
  }
  for (const b of blocks(cells)) {
    const address = rectAddress({ top: b.top, left: b.left, bottom: blockBottom(b), right: blockRight(b) });
    const formulas = b.items.map((row) => row.map((it) => it.entry));
    ops.push(op(size(formulas), () => {
      ws.getRange(address).formulas = formulas as unknown as string[][];
    }));
  }
  return ops;
}

/** Column A of the settings sheet from A1, as text; rows beyond the new content are emptied. */
export function dataSheetOps(wb: Excel.Workbook, existing: Excel.Worksheet | null, rows: string[], oldRowCount: number): WriteOp[] {
  const n = Math.max(rows.length, oldRowCount, 1);
  const values = Array.from({ length: n }, (_, i) => [rows[i] ?? ""]);
  const formats = values.map(() => ["@"]);
  return [
    op(size(values) * 2, () => {
      let ws = existing;
      if (!ws) {
        ws = wb.worksheets.add(SETTINGS_SHEET_NAME);
        ws.visibility = "VeryHidden";
      }
      const range = ws.getRange(`A1:A${n}`);
      range.numberFormat = formats;
      range.values = values;
    }),
  ];
}

/** One highlight rule per sheet and severity over its blocks of cells. */
export function ruleOps(ws: Excel.Worksheet, groups: ReadonlyArray<RuleGroup>): WriteOp[] {
  return groups.map((g) =>
    op(g.address.length + 200, () => {
      const cf = ws.getRanges(g.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = ruleFormula(g.severity);
      cf.custom.format.fill.color = MARK_STYLES[g.severity].fill;
      cf.custom.format.font.color = MARK_STYLES[g.severity].font;
    }),
  );
}

export function deleteOps(objects: ReadonlyArray<{ delete(): void }>): WriteOp[] {
  return objects.map((o) => op(50, () => o.delete()));
}

export function noteOps(ws: Excel.Worksheet, notes: ReadonlyArray<{ cell: string; text: string }>): WriteOp[] {
  return notes.map((n) =>
    op(n.text.length * 3, () => {
      ws.notes.add(ws.getRange(n.cell), n.text);
    }),
  );
}

/** Pack operations into as few syncs as the payload limit allows (one, normally). */
export function packBatches(ops: ReadonlyArray<WriteOp>, limit: number): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let cur: WriteOp[] = [];
  let bytes = 0;
  for (const o of ops) {
    if (cur.length > 0 && bytes + o.bytes > limit) {
      batches.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(o);
    bytes += o.bytes;
  }
  if (cur.length) batches.push(cur);
  return batches;
}

export async function applyOps(context: Excel.RequestContext, ops: ReadonlyArray<WriteOp>, limit: number): Promise<number> {
  const batches = packBatches(ops, limit);
  for (const batch of batches) {
    for (const o of batch) o.queue();
    // Normally exactly one batch; more only when the request would pass the host's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return batches.length;
}

