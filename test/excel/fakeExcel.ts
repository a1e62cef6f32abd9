/**
 * A strict fake of the few Excel JavaScript APIs the add-in uses, with Office.js semantics:
 * - a property read before load() + sync() throws (as PropertyNotLoaded does in Excel);
 * - writes are queued and happen at sync(), in order, interleaved with the loads queued between;
 * - a failing operation fails its sync, and the operations queued before it stay applied (Excel
 *   batches are not transactions) — so "nothing half-written" has to come from checking first;
 * - syncs are counted, every cell write is logged, payloads over a limit are rejected;
 * - protected sheets reject writes (AccessDenied), cell-edit mode rejects batches not run with
 *   delayForCellEdit, notes exist only when ExcelApi 1.18 is "supported".
 * Anything not implemented here is simply absent, so using it fails the test.
 */
import { colLetters, parseAddress } from "../../src/core/grid";
import type { ExcelEnv } from "../../src/excel/env";

type Value = string | number | boolean;

export interface FCell {
  value: Value; // "" when empty
  formula?: string; // with "="
  numFmt: string;
  /** the cell's own fill: the add-in must never change it */
  fill?: string;
}

export interface FCf {
  id: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  /** areas without sheet name, e.g. ["G18:G22","H10"] */
  areas: string[];
}

export interface FNote {
  content: string;
  author: string;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WriteLog {
  sheet: string;
  kind: string;
  cells: string[];
}

export class FSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  cells = new Map<string, FCell>();
  merges: string[] = [];
  cfs: FCf[] = [];
  notes = new Map<string, FNote>();
  constructor(public name: string) {}

  get(a1: string): FCell | undefined {
    return this.cells.get(a1.toUpperCase());
  }

  /** Set a cell as a person would type it (strings with "=" are formulas). */
  set(a1: string, input: Value | null, numFmt?: string): void {
    const cur = this.cells.get(a1) ?? { value: "", numFmt: "General" };
    if (numFmt !== undefined) cur.numFmt = numFmt;
    typeIn(cur, input ?? "");
    this.cells.set(a1.toUpperCase(), cur);
  }

  /** The cached value Excel would show (formulas: what evaluate gave). */
  value(a1: string): Value {
    return this.get(a1)?.value ?? "";
  }
}

const WHOLE: Rect = { top: 0, left: 0, bottom: 1048575, right: 16383 };

function rectOf(a: string): Rect {
  const [p, q] = a.split(":").map((x) => parseAddress(x.replace(/^.*!/, "")));
  if (!p) throw officeError("InvalidArgument", `bad address ${a}`);
  const e = q ?? p;
  return { top: Math.min(p.row, e.row), left: Math.min(p.col, e.col), bottom: Math.max(p.row, e.row), right: Math.max(p.col, e.col) };
}

function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

function rectAddr(r: Rect): string {
  const a = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${a1(r.bottom, r.right)}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function quote(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function officeError(code: string, message = code): Error {
  const e = new Error(message) as Error & { code: string; name: string };
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

/** Excel's typing rules, as far as the add-in relies on them. */
export function typeIn(cell: FCell, input: Value): void {
  delete cell.formula;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (cell.numFmt === "@") {
    cell.value = input; // a Text cell keeps even "=…" as text
    return;
  }
  if (input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = 0;
    return;
  }
  if (/^-?\d+(\.\d+)?$/.test(input.trim())) {
    cell.value = Number(input);
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(input)) {
    cell.value = input.toUpperCase() === "TRUE";
    return;
  }
  cell.value = input;
}

export interface FakeOptions {
  /** ExcelApi 1.18 (notes) supported */
  notes?: boolean;
  /** largest request/response of one sync, bytes */
  payloadLimit?: number;
  /** Excel is in cell-edit mode: a batch without delayForCellEdit fails */
  cellEditMode?: boolean;
  /** how a method called on a null object behaves at sync */
  nullChaining?: "propagate" | "throw";
  displayLanguage?: string;
  /** cached result of a formula the add-in writes */
  evaluate?: (sheet: string, formula: string) => Value;
}

type Op = () => number | void; // returns response bytes of a load

export class FakeWorkbook {
  sheets: FSheet[] = [];
  active = "";
  selection: { sheet: string; address: string } = { sheet: "", address: "A1" };
  structureProtected = false;
  syncs = 0;
  runs = 0;
  writes: WriteLog[] = [];
  handlers: Array<(args: unknown) => Promise<unknown>> = [];
  lastRunOptions: unknown = null;
  private nextId = 1;

  constructor(public options: FakeOptions = {}) {}

  addSheet(name: string): FSheet {
    const s = new FSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  sheet(name: string): FSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  id(): string {
    return `cf${this.nextId++}`;
  }

  cellWrites(sheet?: string): string[] {
    return this.writes.filter((w) => (!sheet || w.sheet === sheet) && ["values", "formulas", "numberFormat"].includes(w.kind)).flatMap((w) => w.cells);
  }

  /** The person selects a cell: fires selection handlers. */
  async select(sheet: string, address: string): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, address };
    for (const h of this.handlers) await h({ type: "WorkbookSelectionChanged" });
  }

  run = async <T>(options: unknown, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    this.lastRunOptions = options;
    const ctx = new FakeContext(this, !!(options as { delayForCellEdit?: boolean })?.delayForCellEdit);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending()) throw new Error(`batch ended with ${ctx.pending()} queued operations never synced`);
    return out;
  };

  env(): ExcelEnv {
    return {
      run: this.run as ExcelEnv["run"],
      isSetSupported: (name, version) => name === "ExcelApi" && (Number(version.split(".")[1]) <= (this.options.notes ? 18 : 17)),
      displayLanguage: this.options.displayLanguage ?? "zh-CN",
      payloadLimit: this.options.payloadLimit ?? 5 * 1024 * 1024,
    };
  }
}

class FakeContext {
  private ops: Op[] = [];
  private loaded: Array<() => void> = [];
  workbook: WorkbookP;
  constructor(
    public wb: FakeWorkbook,
    private delay: boolean,
  ) {
    this.workbook = new WorkbookP(this);
  }
  pending(): number {
    return this.ops.length;
  }
  queue(op: Op, onLoaded?: () => void): void {
    this.ops.push(op);
    if (onLoaded) this.loaded.push(onLoaded);
  }
  write(sheet: () => FSheet, kind: string, cells: () => string[], apply: (s: FSheet) => void, bytes = 0): void {
    this.requestBytes += bytes;
    this.queue(() => {
      const s = sheet();
      if (s.protected && kind !== "select" && kind !== "activate") throw officeError("AccessDenied", `The sheet ${s.name} is protected`);
      if (kind === "sheet-add" && this.wb.structureProtected) throw officeError("AccessDenied", "workbook structure protected");
      apply(s);
      this.wb.writes.push({ sheet: s.name, kind, cells: cells() });
    });
  }
  requestBytes = 0;
  async sync(): Promise<void> {
    this.wb.syncs++;
    const ops = this.ops;
    const loaded = this.loaded;
    const request = this.requestBytes;
    this.ops = [];
    this.loaded = [];
    this.requestBytes = 0;
    await Promise.resolve();
    if (this.wb.options.cellEditMode && !this.delay) throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
    const limit = this.wb.options.payloadLimit ?? Infinity;
    if (request > limit) throw officeError("RequestPayloadSizeLimitExceeded", "request payload too large");
    let response = 0;
    for (const op of ops) response += (op() as number | undefined) ?? 0;
    if (response > limit) throw officeError("ResponsePayloadSizeLimitExceeded", "response payload too large");
    for (const l of loaded) l();
  }
}

/** Base: loaded properties become readable only after the sync that carried the load. */
class ClientP {
  private readable = new Set<string>();
  protected snap: Record<string, unknown> = {};
  private nullState: boolean | undefined;
  constructor(protected ctx: FakeContext) {}

  protected need(prop: string): unknown {
    if (!this.readable.has(prop)) throw new Error(`PropertyNotLoaded: '${prop}' read before load() and sync()`);
    return this.snap[prop];
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new Error("PropertyNotLoaded: 'isNullObject' read before load() and sync()");
    return this.nullState;
  }

  protected primeLoaded(props: string[], values: Record<string, unknown>): void {
    Object.assign(this.snap, values);
    for (const p of props) this.readable.add(p);
    this.nullState = false;
  }

  /** Queue a load: `take` computes the snapshot at sync time (null: a null object). */
  protected queueLoad(props: string[], take: () => Record<string, unknown> | null): void {
    let result: Record<string, unknown> | null = null;
    this.ctx.queue(
      () => {
        result = take();
        return JSON.stringify(result ?? {}).length;
      },
      () => {
        this.nullState = result === null;
        if (result) Object.assign(this.snap, result);
        for (const p of props) this.readable.add(p);
      },
    );
  }
}

function propsOf(p: string | string[]): string[] {
  return (Array.isArray(p) ? p : p.split(",")).map((s) => s.trim()).filter(Boolean);
}

class WorkbookP {
  worksheets: WorksheetsP;
  protection: ProtectionP;
  onSelectionChanged: { add: (h: (args: unknown) => Promise<unknown>) => { context: unknown; remove: () => void } };
  constructor(private ctx: FakeContext) {
    this.worksheets = new WorksheetsP(ctx);
    this.protection = new ProtectionP(ctx, () => ({ protected: ctx.wb.structureProtected }));
    this.onSelectionChanged = {
      add: (h) => {
        ctx.wb.handlers.push(h);
        return {
          context: ctx,
          remove: () => {
            ctx.wb.handlers = ctx.wb.handlers.filter((x) => x !== h);
          },
        };
      },
    };
  }
  getSelectedRange(): RangeP {
    const wb = this.ctx.wb;
    return new RangeP(this.ctx, () => mustSheet(wb, wb.selection.sheet), () => rectOf(wb.selection.address));
  }
}

function mustSheet(wb: FakeWorkbook, name: string): FSheet {
  const s = wb.sheet(name);
  if (!s) throw officeError("ItemNotFound", `no sheet ${name}`);
  return s;
}

class ProtectionP extends ClientP {
  constructor(
    ctx: FakeContext,
    private read: () => { protected: boolean } | null,
  ) {
    super(ctx);
  }
  load(p: string | string[]): this {
    this.queueLoad(propsOf(p), () => this.read());
    return this;
  }
  get protected(): boolean {
    return this.need("protected") as boolean;
  }
}

class WorksheetsP extends ClientP {
  private list: WorksheetP[] = [];
  load(p: string | string[]): this {
    const props = propsOf(p).map((x) => x.replace(/^items\//, ""));
    this.queueLoad(["items"], () => {
      this.list = this.ctx.wb.sheets.map((s) => {
        const w = new WorksheetP(this.ctx, () => s);
        w.prime(props, { name: s.name, visibility: s.visibility });
        return w;
      });
      return { items: this.list.length };
    });
    return this;
  }
  get items(): WorksheetP[] {
    this.need("items");
    return this.list;
  }
  getActiveWorksheet(): WorksheetP {
    const wb = this.ctx.wb;
    return new WorksheetP(this.ctx, () => mustSheet(wb, wb.active));
  }
  getItem(name: string): WorksheetP {
    return new WorksheetP(this.ctx, () => mustSheet(this.ctx.wb, name));
  }
  getItemOrNullObject(name: string): WorksheetP {
    return new WorksheetP(this.ctx, () => this.ctx.wb.sheet(name) ?? null);
  }
  add(name: string): WorksheetP {
    let created: FSheet | null = null;
    this.ctx.write(
      () => {
        if (this.ctx.wb.structureProtected) throw officeError("AccessDenied", "workbook structure protected");
        if (this.ctx.wb.sheet(name)) throw officeError("ItemAlreadyExists", name);
        created = new FSheet(name);
        return created;
      },
      "sheet-add",
      () => [],
      (s) => {
        this.ctx.wb.sheets.push(s);
      },
    );
    return new WorksheetP(this.ctx, () => {
      if (!created) throw officeError("ItemNotFound", name);
      return created;
    });
  }
}

/** Resolve a parent; a null parent makes a null child, or fails, per nullChaining. */
function chain<T>(ctx: FakeContext, parent: () => FSheet | null, f: (s: FSheet) => T | null): () => T | null {
  return () => {
    const s = parent();
    if (s === null) {
      if (ctx.wb.options.nullChaining === "throw") throw officeError("ItemNotFound", "method called on a null object");
      return null;
    }
    return f(s);
  };
}

class WorksheetP extends ClientP {
  protection: ProtectionP;
  constructor(
    ctx: FakeContext,
    private resolve: () => FSheet | null,
  ) {
    super(ctx);
    this.protection = new ProtectionP(ctx, chain(ctx, resolve, (s) => ({ protected: s.protected })));
  }
  /** Items of a collection: their loaded properties are readable after the collection's sync. */
  prime(props: string[], values: Record<string, unknown>): void {
    this.primeLoaded(props, values);
  }
  private sheet(): FSheet {
    const s = this.resolve();
    if (!s) throw officeError("ItemNotFound", "null worksheet");
    return s;
  }
  load(p: string | string[]): this {
    this.queueLoad(propsOf(p), () => {
      const s = this.resolve();
      return s ? { name: s.name, visibility: s.visibility } : null;
    });
    return this;
  }
  get name(): string {
    return this.need("name") as string;
  }
  get visibility(): string {
    return this.need("visibility") as string;
  }
  set visibility(v: string) {
    this.ctx.write(() => this.sheet(), "visibility", () => [], (s) => {
      s.visibility = v as FSheet["visibility"];
    });
  }
  get notes(): NotesP {
    if (!this.ctx.wb.options.notes) throw new TypeError("worksheet.notes needs ExcelApi 1.18");
    return new NotesP(this.ctx, () => this.sheet());
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeP {
    if (!valuesOnly) throw new Error("the fake models valuesOnly used ranges only");
    const r = chain(this.ctx, this.resolve, (s) => usedRect(s));
    return new RangeP(this.ctx, () => this.sheet(), r, true);
  }
  getRange(address?: string): RangeP {
    return new RangeP(this.ctx, () => this.sheet(), chain(this.ctx, this.resolve, () => (address ? rectOf(address) : WHOLE)));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeP {
    return new RangeP(this.ctx, () => this.sheet(), () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(address: string): RangeAreasP {
    const areas = address.split(",").map((a) => a.trim());
    return new RangeAreasP(this.ctx, () => this.sheet(), () => areas.map(rectOf));
  }
  activate(): void {
    this.ctx.write(() => this.sheet(), "activate", () => [], (s) => {
      this.ctx.wb.active = s.name;
    });
  }
  delete(): void {
    this.ctx.write(() => this.sheet(), "sheet-delete", () => [], (s) => {
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((x) => x !== s);
    });
  }
}

function usedRect(s: FSheet): Rect | null {
  let r: Rect | null = null;
  for (const [a, c] of s.cells) {
    if (c.value === "" && !c.formula) continue;
    const p = parseAddress(a)!;
    r = r
      ? { top: Math.min(r.top, p.row), left: Math.min(r.left, p.col), bottom: Math.max(r.bottom, p.row), right: Math.max(r.right, p.col) }
      : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return r;
}

function grid<T>(r: Rect, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row: T[] = [];
    for (let j = r.left; j <= r.right; j++) row.push(f(i, j));
    out.push(row);
  }
  return out;
}

const RANGE_PROPS = new Set(["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"]);

class RangeP extends ClientP {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FSheet,
    readonly rectOfRange: () => Rect | null,
    private nullable = false,
  ) {
    super(ctx);
  }
  load(p: string | string[]): this {
    const props = propsOf(p);
    for (const x of props) if (!RANGE_PROPS.has(x)) throw new Error(`fake: cannot load ${x}`);
    this.queueLoad(props, () => {
      const r = this.rectOfRange();
      if (!r) {
        if (!this.nullable && this.ctx.wb.options.nullChaining === "throw") throw officeError("ItemNotFound", "null range");
        return null;
      }
      const s = this.sheetOf();
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000 && props.some((x) => ["values", "formulas", "numberFormat"].includes(x)))
        throw officeError("ResponsePayloadSizeLimitExceeded", "too many cells");
      const out: Record<string, unknown> = {
        address: `${quote(s.name)}!${rectAddr(r)}`,
        rowIndex: r.top,
        columnIndex: r.left,
        rowCount: r.bottom - r.top + 1,
        columnCount: r.right - r.left + 1,
      };
      if (props.includes("values")) out.values = grid(r, (i, j) => s.get(a1(i, j))?.value ?? "");
      if (props.includes("formulas")) out.formulas = grid(r, (i, j) => s.get(a1(i, j))?.formula ?? s.get(a1(i, j))?.value ?? "");
      if (props.includes("numberFormat")) out.numberFormat = grid(r, (i, j) => s.get(a1(i, j))?.numFmt ?? "General");
      return out;
    });
    return this;
  }
  get address(): string {
    return this.need("address") as string;
  }
  get rowIndex(): number {
    return this.need("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.need("columnIndex") as number;
  }
  get rowCount(): number {
    return this.need("rowCount") as number;
  }
  get columnCount(): number {
    return this.need("columnCount") as number;
  }
  get values(): Value[][] {
    return this.need("values") as Value[][];
  }
  get formulas(): Value[][] {
    return this.need("formulas") as Value[][];
  }
  get numberFormat(): string[][] {
    return this.need("numberFormat") as string[][];
  }
  private writeCells(kind: string, data: unknown, apply: (cell: FCell, v: Value) => void): void {
    this.ctx.write(
      this.sheetOf,
      kind,
      () => {
        const r = this.rectOfRange()!;
        return grid(r, (i, j) => a1(i, j)).flat();
      },
      (s) => {
        const r = this.rectOfRange();
        if (!r) throw officeError("ItemNotFound", "null range");
        const multi = r.top !== r.bottom || r.left !== r.right;
        for (const m of s.merges.map(rectOf)) {
          const inside = m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right;
          if (multi && intersects(m, r) && !inside) throw officeError("InvalidArgument", `cannot change part of the merged cell ${rectAddr(m)}`);
        }
        const arr = data as Value[][];
        if (!Array.isArray(arr) || arr.length !== r.bottom - r.top + 1 || arr.some((row) => !Array.isArray(row) || row.length !== r.right - r.left + 1))
          throw officeError("InvalidArgument", `${kind}: array does not match ${rectAddr(r)}`);
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++) {
            const key = a1(i, j);
            const cell = s.cells.get(key) ?? { value: "", numFmt: "General" };
            apply(cell, arr[i - r.top][j - r.left]);
            s.cells.set(key, cell);
          }
      },
      JSON.stringify(data).length,
    );
  }
  set values(v: Value[][]) {
    this.writeCells("values", v, (c, x) => typeIn(c, x));
  }
  set formulas(v: Value[][]) {
    const evaluate = this.ctx.wb.options.evaluate;
    const name = () => this.sheetOf().name;
    this.writeCells("formulas", v, (c, x) => {
      typeIn(c, x);
      if (c.formula) c.value = evaluate ? evaluate(name(), c.formula) : 0;
    });
  }
  set numberFormat(v: string[][]) {
    this.writeCells("numberFormat", v, (c, x) => {
      c.numFmt = String(x);
    });
  }
  getMergedAreasOrNullObject(): RangeAreasP {
    return new RangeAreasP(
      this.ctx,
      this.sheetOf,
      () => {
        const r = this.rectOfRange();
        if (!r) return null;
        const hits = this.sheetOf().merges.map(rectOf).filter((m) => intersects(m, r));
        return hits.length ? hits : null;
      },
      true,
    );
  }
  get conditionalFormats(): CfsP {
    return new CfsP(this.ctx, this.sheetOf, () => {
      const r = this.rectOfRange();
      return r ? [r] : [];
    });
  }
  select(): void {
    this.ctx.write(this.sheetOf, "select", () => [], (s) => {
      this.ctx.wb.active = s.name;
      this.ctx.wb.selection = { sheet: s.name, address: rectAddr(this.rectOfRange()!) };
    });
  }
}

class RangeAreasP extends ClientP {
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FSheet,
    private rects: () => Rect[] | null,
    private nullable = false,
  ) {
    super(ctx);
  }
  load(p: string | string[]): this {
    this.queueLoad(propsOf(p), () => {
      const rs = this.rects();
      if (!rs) return null;
      const s = this.sheetOf();
      return { address: rs.map((r) => `${quote(s.name)}!${rectAddr(r)}`).join(", ") };
    });
    return this;
  }
  get address(): string {
    return this.need("address") as string;
  }
  get conditionalFormats(): CfsP {
    if (this.nullable) throw new Error("fake: conditional formats of merged areas are not used");
    return new CfsP(this.ctx, this.sheetOf, () => this.rects() ?? []);
  }
}

class CfsP extends ClientP {
  private list: CfP[] = [];
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FSheet,
    private rects: () => Rect[],
  ) {
    super(ctx);
  }
  load(p: string | string[]): this {
    const props = propsOf(p);
    for (const x of props) if (!["items/type", "items/customOrNullObject/rule/formula", "items/id"].includes(x)) throw new Error(`fake: cannot load ${x}`);
    this.queueLoad(["items"], () => {
      const s = this.sheetOf();
      const rs = this.rects();
      const hits = s.cfs.filter((cf) => cf.areas.some((a) => rs.some((r) => intersects(rectOf(a), r))));
      this.list = hits.map((cf) => new CfP(this.ctx, s, cf, props));
      return { items: hits.map((cf) => ({ id: cf.id, type: cf.type, formula: cf.formula })) };
    });
    return this;
  }
  get items(): CfP[] {
    this.need("items");
    return this.list;
  }
  add(type: string): CfP {
    const cf = new CfP(this.ctx, null, null, []);
    this.ctx.write(
      this.sheetOf,
      "cf-add",
      () => this.rects().map(rectAddr),
      (s) => {
        const model: FCf = { id: this.ctx.wb.id(), type, areas: this.rects().map(rectAddr) };
        s.cfs.push(model);
        cf.bind(s, model);
      },
    );
    return cf;
  }
}

class CfP {
  private sheet: FSheet | null;
  private model: FCf | null;
  private loadedType: string | undefined;
  private loadedFormula: string | undefined;
  constructor(
    private ctx: FakeContext,
    sheet: FSheet | null,
    model: FCf | null,
    props: string[],
  ) {
    this.sheet = sheet;
    this.model = model;
    if (model && props.includes("items/type")) this.loadedType = model.type;
    if (model && props.includes("items/customOrNullObject/rule/formula")) this.loadedFormula = model.type === "Custom" ? model.formula : undefined;
  }
  bind(sheet: FSheet, model: FCf): void {
    this.sheet = sheet;
    this.model = model;
  }
  get type(): string {
    if (this.loadedType === undefined) throw new Error("PropertyNotLoaded: 'type'");
    return this.loadedType;
  }
  get customOrNullObject(): { rule: { formula: string } } {
    if (this.loadedType === undefined) throw new Error("PropertyNotLoaded: 'customOrNullObject'");
    if (this.loadedType !== "Custom") throw new Error("fake: customOrNullObject of a non-custom format is a null object");
    const f = this.loadedFormula;
    return {
      rule: {
        get formula(): string {
          if (f === undefined) throw new Error("PropertyNotLoaded: 'customOrNullObject/rule/formula'");
          return f;
        },
      },
    };
  }
  private set(kind: string, f: (m: FCf) => void): void {
    this.ctx.write(
      () => this.sheet!,
      kind,
      () => [],
      () => {
        if (!this.model) throw officeError("InvalidState", "conditional format not created");
        if (this.model.type !== "Custom") throw officeError("InvalidArgument", "custom of a non-custom format");
        f(this.model);
      },
    );
  }
  get custom() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      rule: {
        set formula(v: string) {
          self.set("cf-set", (m) => {
            m.formula = v;
          });
        },
      },
      format: {
        fill: {
          set color(v: string) {
            self.set("cf-set", (m) => {
              m.fill = v;
            });
          },
        },
        font: {
          set color(v: string) {
            self.set("cf-set", (m) => {
              m.font = v;
            });
          },
        },
      },
    };
  }
  delete(): void {
    const model = this.model;
    const sheet = this.sheet;
    this.ctx.write(
      () => sheet!,
      "cf-delete",
      () => model?.areas ?? [],
      (s) => {
        s.cfs = s.cfs.filter((x) => x !== model);
      },
    );
  }
}

class NotesP extends ClientP {
  private list: NoteP[] = [];
  constructor(
    ctx: FakeContext,
    private sheetOf: () => FSheet,
  ) {
    super(ctx);
  }
  load(p: string | string[]): this {
    const props = propsOf(p);
    this.queueLoad(["items"], () => {
      const s = this.sheetOf();
      this.list = [...s.notes.entries()].map(([cell, n]) => new NoteP(this.ctx, s, cell, props.includes("items/content") ? n.content : undefined));
      return { items: this.list.map((n) => n.cellKey) };
    });
    return this;
  }
  get items(): NoteP[] {
    this.need("items");
    return this.list;
  }
  add(where: RangeP | string, content: string): void {
    this.ctx.write(
      this.sheetOf,
      "note-add",
      () => [typeof where === "string" ? where : rectAddr((where as unknown as { rectOfRange: () => Rect }).rectOfRange())],
      (s) => {
        const r = typeof where === "string" ? rectOf(where) : (where as unknown as { rectOfRange: () => Rect }).rectOfRange();
        const key = a1(r.top, r.left);
        if (s.notes.has(key)) throw officeError("InvalidArgument", `a note already exists at ${key}`);
        s.notes.set(key, { content, author: "add-in" });
      },
    );
  }
}

class NoteP {
  constructor(
    private ctx: FakeContext,
    private sheet: FSheet,
    public cellKey: string,
    private loadedContent: string | undefined,
  ) {}
  get content(): string {
    if (this.loadedContent === undefined) throw new Error("PropertyNotLoaded: 'content'");
    return this.loadedContent;
  }
  getLocation(): RangeP {
    return new RangeP(this.ctx, () => this.sheet, () => rectOf(this.cellKey));
  }
  delete(): void {
    this.ctx.write(
      () => this.sheet,
      "note-delete",
      () => [this.cellKey],
      (s) => {
        s.notes.delete(this.cellKey);
      },
    );
  }
}
