/**
 * Reading for a recalculation: every target sheet and the settings sheet in ONE sync — the used
 * range's values, formulas and number formats, merged areas, sheet protection, the add-in's own
 * highlight rules and notes. Only when the host rejects the response as too large (Excel on the
 * web: 5 MB) does it fall back to reading the cells in row bands, one sync per band.
 */
import { SETTINGS_SHEET_NAME } from "../core/workbookSettings";
import type { MergedArea } from "../core/grid";
import { mergesFromAddress, joinBands, type RangeArrays } from "../host/gridFromArrays";
import { ownedRuleSeverity, isOwnedNote } from "../host/marks";
import { HostError } from "../host/WorkbookHost";
import { isMissingObjectError, isPayloadError } from "./errors";


export interface SheetHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas;
  cfs: Excel.ConditionalFormatCollection;
  notes: Excel.NoteCollection | null;
}

export interface SheetSnapshot {
  ws: Excel.Worksheet;
  name: string;
  protected: boolean;
  arrays: RangeArrays | null;
  merges: MergedArea[];
  /** highlight rules the add-in added earlier (to delete) */
  ownedRules: Excel.ConditionalFormat[];
  ownedNotes: Excel.Note[];
  /** notes somebody else wrote: their cells never get a note from the add-in */
  otherNotes: Excel.Note[];
}

/** Queue what a sheet read needs. withCells=false reads the shape only (the chunked path). */
export function queueSheet(ws: Excel.Worksheet, notesOn: boolean, withCells: boolean): SheetHandles {
  ws.load("name");
  ws.protection.load("protected");
  const used = ws.getUsedRangeOrNullObject(true);
  if (withCells) used.load("address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat");
  else used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  let notes: Excel.NoteCollection | null = null;
  if (notesOn) {
    notes = ws.notes;
    notes.load("items/content");
  }
  return { ws, used, merged, cfs, notes };
}

export function ownedRules(cfs: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return cfs.items.filter((cf) => cf.type === "Custom" && ownedRuleSeverity(cf.customOrNullObject.rule.formula) !== null);
}

export function snapshot(h: SheetHandles, arrays: RangeArrays | null): SheetSnapshot {
  const notes = h.notes ? h.notes.items : [];
  return {
    ws: h.ws,
    name: h.ws.name,
    protected: h.ws.protection.protected,
    arrays,
    merges: h.merged.isNullObject ? [] : mergesFromAddress(h.merged.address),
    ownedRules: ownedRules(h.cfs),
    ownedNotes: notes.filter((n) => isOwnedNote(n.content)),
    otherNotes: notes.filter((n) => !isOwnedNote(n.content)),
  };
}

function arraysOf(used: Excel.Range): RangeArrays | null {
  if (used.isNullObject) return null;
  return {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: used.values,
    formulas: used.formulas,
    numberFormat: used.numberFormat,
  };
}

export interface DataHandles {
  ws: Excel.Worksheet;
  used: Excel.Range | null;
}

export interface DataSnapshot {
  exists: boolean;
  ws: Excel.Worksheet | null;
  protected: boolean;
  /** column A, top to bottom */
  columnA: unknown[];
}

/**
 * Queue the settings sheet. Chaining from a possibly absent sheet (a null object) is allowed by
 * Excel's batching; where a host rejects it (ItemNotFound), readData retries without the chain.
 */
export function queueData(wb: Excel.Workbook, chained: boolean): DataHandles {
  const ws = wb.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  ws.load("name");
  let used: Excel.Range | null = null;
  if (chained) {
    ws.protection.load("protected");
    used = ws.getUsedRangeOrNullObject(true);
    used.load("values");
  }
  return { ws, used };
}

export function dataSnapshot(h: DataHandles): DataSnapshot {
  if (h.ws.isNullObject) return { exists: false, ws: null, protected: false, columnA: [] };
  const values = h.used && !h.used.isNullObject ? h.used.values : [];
  return {
    exists: true,
    ws: h.ws,
    protected: h.used ? h.ws.protection.protected : false,
    columnA: values.map((row) => row[0]),
  };
}

/**
 * Read the settings sheet on its own (settings, undo, clean-up): one sync, or two where the host
 * rejects reads chained from an absent sheet. `extra` queues loads that share the first sync.
 */
export async function readData(context: Excel.RequestContext, extra: () => void = () => undefined): Promise<DataSnapshot> {
  let h = queueData(context.workbook, true);
  extra();
  try {
    await context.sync();
    return dataSnapshot(h);
  } catch (e) {
    if (!isMissingObjectError(e)) throw e;
  }
  h = queueData(context.workbook, false);
  extra();
  await context.sync();
  if (h.ws.isNullObject) return dataSnapshot(h);
  h = queueData(context.workbook, true);
  await context.sync();
  return dataSnapshot(h);
}

export interface RecalcRead {
  sheets: SheetSnapshot[];
  data: DataSnapshot;
  workbookProtected: boolean;
}

/**
 * Read the target sheets and the settings sheet: one sync on the normal path. Fallbacks cost
 * more syncs but never write: a response over the payload limit (bands), a host that rejects
 * reads chained from an absent settings sheet (one retry).
 */
export async function readForRecalc(
  context: Excel.RequestContext,
  targets: Excel.Worksheet[],
  notesOn: boolean,
  bandCells: number,
): Promise<RecalcRead> {
  const wbProt = context.workbook.protection;
  wbProt.load("protected");
  let data = queueData(context.workbook, true);
  let handles = targets.map((ws) => queueSheet(ws, notesOn, true));
  try {
    await context.sync();
    return { sheets: handles.map((h) => snapshot(h, arraysOf(h.used))), data: dataSnapshot(data), workbookProtected: wbProt.protected };
  } catch (e) {
    if (!isPayloadError(e) && !isMissingObjectError(e)) throw e;
  }
  // Fallback: shapes first, then the settings sheet if it exists, then the cells in bands.
  wbProt.load("protected");
  data = queueData(context.workbook, false);
  handles = targets.map((ws) => queueSheet(ws, notesOn, false));
  await context.sync();
  if (!data.ws.isNullObject) {
    data = queueData(context.workbook, true);
    await context.sync();
  }
  const sheets: SheetSnapshot[] = [];
  for (const h of handles) {
    const arrays = h.used.isNullObject ? null : await readBands(context, h.ws, h.used, bandCells);
    sheets.push(snapshot(h, arrays));
  }
  return { sheets, data: dataSnapshot(data), workbookProtected: wbProt.protected };
}

/** Read a used range in row bands, halving a band the host still finds too large. */
export async function readBands(context: Excel.RequestContext, ws: Excel.Worksheet, used: Excel.Range, bandCells: number): Promise<RangeArrays> {
  const cols = Math.max(1, used.columnCount);
  const bands: RangeArrays[] = [];
  let rows = Math.max(1, Math.floor(bandCells / cols));
  let start = 0;
  // One sync per band is the point of chunking: each must stay under the host's payload limit.
  while (start < used.rowCount) {
    const count = Math.min(rows, used.rowCount - start);
    const band = ws.getRangeByIndexes(used.rowIndex + start, used.columnIndex, count, cols);
    band.load("values,formulas,numberFormat");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    const fits = await context.sync().then(
      () => true,
      (e) => {
        if (!isPayloadError(e)) throw e;
        return false;
      },
    );
    if (!fits) {
      if (count === 1) throw new HostError("payloadTooLarge", "one row is larger than the host accepts");
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    bands.push({ rowIndex: used.rowIndex + start, columnIndex: used.columnIndex, values: band.values, formulas: band.formulas, numberFormat: band.numberFormat });
    start += count;
  }
  return joinBands(bands) ?? { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: [] };
}
