/**
 * Everything exceljs can tell about a workbook, as comparable strings: each cell's value, formula,
 * style and note, and per sheet its name, order, state, merges, columns, rows, validations,
 * conditional formats, views, page setup, header/footer and properties; the workbook's defined
 * names and properties. compareWorkbooks lists every difference outside the cells a plan owns.
 */
import * as fs from "fs";
import { ValueType, Workbook, type Worksheet } from "exceljs";
import { packageNotes } from "../../src/files/packageNotes";

export interface CellSnap {
  value: string;
  style: string;
  note: string | null;
}

export interface SheetSnap {
  name: string;
  state: string;
  parts: Record<string, string>;
  cells: Map<string, CellSnap>;
  /** conditional formats, one string per rule with its range */
  rules: string[];
}

export interface WorkbookSnap {
  sheets: SheetSnap[];
  definedNames: string;
  properties: string;
}

/** Default-valued attributes some writers spell out and exceljs leaves out: the same formatting. */
function normaliseStyle(style: Record<string, unknown>): Record<string, unknown> {
  const s = { ...style };
  if (s.numFmt === "General") delete s.numFmt;
  const a = s.alignment as Record<string, unknown> | undefined;
  if (a) {
    const kept = Object.fromEntries(
      Object.entries(a).filter(([k, v]) => !((k === "horizontal" && v === "general") || (k === "vertical" && v === "bottom") || v === false || v === 0)),
    );
    if (Object.keys(kept).length === 0) delete s.alignment;
    else s.alignment = kept;
  }
  return s;
}

function sorted(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(sorted);
  if (o && typeof o === "object" && !(o instanceof Date)) {
    return Object.fromEntries(
      Object.keys(o as object)
        .sort()
        .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sorted((o as Record<string, unknown>)[k])]),
    );
  }
  return o;
}

export const str = (o: unknown): string => JSON.stringify(sorted(o));

/** Settings some writers spell out as false or "" and exceljs leaves out: the same settings. */
function lean(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(lean);
  if (o && typeof o === "object" && !(o instanceof Date)) {
    const kept = Object.entries(o as Record<string, unknown>).filter(([, v]) => v !== false && v !== "" && v !== null && v !== undefined);
    return kept.length === 0 ? null : Object.fromEntries(kept.map(([k, v]) => [k, lean(v)]));
  }
  return o;
}

export function noteText(note: unknown): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts ?? [];
  return texts.map((t) => t.text ?? "").join("");
}

function sheetSnap(ws: Worksheet, notes: Map<string, string>): SheetSnap {
  const cells = new Map<string, CellSnap>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      // a shared formula's copies read as the formula they compute, as any reader shows them
      // a merged cell shows its master's value: it is the master that holds it
      const value =
        c.type === ValueType.Formula ? { formula: c.formula, result: c.result } : c.type === ValueType.Merge ? { mergedInto: c.master.address } : c.value;
      cells.set(c.address, { value: str(value), style: str(normaliseStyle(c.style as Record<string, unknown>)), note: null });
    }),
  );
  for (const [ref, note] of notes) {
    const c = cells.get(ref) ?? { value: "null", style: "{}", note: null };
    cells.set(ref, { ...c, note });
  }
  const columns: unknown[] = [];
  for (let i = 1; i <= ws.columnCount; i++) {
    const col = ws.getColumn(i);
    columns.push({ width: col.width, hidden: col.hidden, outline: col.outlineLevel, style: normaliseStyle(col.style as Record<string, unknown>) });
  }
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => rows.push({ n, height: row.height, hidden: row.hidden, outline: row.outlineLevel }));
  const pageSetup = { ...ws.pageSetup } as Record<string, unknown>;
  // exceljs reads a missing number as 1 and cannot tell "none" from "None"
  if (!pageSetup.useFirstPageNumber) delete pageSetup.firstPageNumber;
  if (typeof pageSetup.cellComments === "string") pageSetup.cellComments = pageSetup.cellComments.toLowerCase();
  const dv = (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model;
  const validations = Object.fromEntries(
    Object.entries(dv).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, x]) => x !== false))]),
  );
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
  const rules = cfs.flatMap((cf) => cf.rules.map((r) => str({ ref: cf.ref, type: r.type, formulae: r.formulae, operator: r.operator, style: r.style, priority: r.priority })));
  return {
    name: ws.name,
    state: ws.state,
    cells,
    rules,
    parts: {
      merges: str(Object.keys((ws as unknown as { _merges: object })._merges).sort()),
      columns: str(columns),
      rows: str(rows),
      validations: str(validations),
      views: str(ws.views),
      pageSetup: str(lean(pageSetup)),
      headerFooter: str(lean(ws.headerFooter ?? null)),
      properties: str(lean(ws.properties)),
      autoFilter: str(ws.autoFilter ?? null),
    },
  };
}

export async function snapshot(file: string): Promise<WorkbookSnap> {
  const bytes = fs.readFileSync(file);
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  // exceljs does not attach a note to an empty cell: take every note from the package itself
  const notes = packageNotes(bytes);
  return {
    sheets: wb.worksheets.map((ws) => sheetSnap(ws, notes.get(ws.name) ?? new Map())),
    definedNames: str(wb.definedNames.model),
    properties: str(lean({ creator: wb.creator, title: wb.title, subject: wb.subject, company: wb.company, calc: wb.calcProperties, views: wb.views })),
  };
}

export interface Owned {
  /** cells whose value, formula and number format the plan writes: "Sheet!G10" */
  edits: Set<string>;
  /** cells the plan marks (their note may be added) */
  marks: Set<string>;
}

/** Every difference outside what the plan owns, as readable lines; [] when the copy lost nothing. */
export function compareWorkbooks(input: WorkbookSnap, copy: WorkbookSnap, owned: Owned): string[] {
  const out: string[] = [];
  if (input.definedNames !== copy.definedNames) out.push(`defined names: ${input.definedNames} → ${copy.definedNames}`);
  if (input.properties !== copy.properties) out.push(`workbook properties: ${input.properties} → ${copy.properties}`);
  const names = (w: WorkbookSnap) => w.sheets.map((s) => `${s.name}:${s.state}`).join(", ");
  if (names(input) !== names(copy)) out.push(`sheets: ${names(input)} → ${names(copy)}`);
  for (const a of input.sheets) {
    const b = copy.sheets.find((s) => s.name === a.name);
    if (!b) continue;
    for (const k of Object.keys(a.parts)) if (a.parts[k] !== b.parts[k]) out.push(`${a.name} ${k}: ${a.parts[k]} → ${b.parts[k]}`);
    const missingRules = a.rules.filter((r) => !b.rules.includes(r));
    if (missingRules.length) out.push(`${a.name} conditional formats lost: ${missingRules.join(" ")}`);
    const addresses = new Set([...a.cells.keys(), ...b.cells.keys()]);
    for (const addr of addresses) {
      const key = `${a.name}!${addr}`;
      const x = a.cells.get(addr) ?? { value: "null", style: "{}", note: null };
      const y = b.cells.get(addr) ?? { value: "null", style: "{}", note: null };
      if (!owned.edits.has(key)) {
        if (x.value !== y.value) out.push(`${key} value: ${x.value} → ${y.value}`);
        if (x.style !== y.style) out.push(`${key} style: ${x.style} → ${y.style}`);
      } else {
        const plain = (s: string) => str({ ...(JSON.parse(s) as object), numFmt: undefined });
        if (plain(x.style) !== plain(y.style)) out.push(`${key} style beyond the number format: ${x.style} → ${y.style}`);
      }
      // a marked cell may gain the tool's note; nobody's note is ever changed
      const noteOk = x.note === y.note || (owned.marks.has(key) && x.note === null && y.note?.startsWith("【绩效自评助手】"));
      if (!noteOk) out.push(`${key} note: ${x.note} → ${y.note}`);
    }
  }
  return out;
}
