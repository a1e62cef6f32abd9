/**
 * A scored copy loses nothing: every fixture workbook (test/fixtures/xlsx/, whatever it holds) and
 * a workbook full of things a department's copy carries are fixed in one run; each copy is re-read
 * and compared with its input cell by cell and sheet by sheet. Only the cells the plan owns may
 * differ, and there the copy holds exactly the plan: formula, cached result, number format, the
 * highlight rule of the mark's severity and the mark's note.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import type { MarkSeverity } from "../../src/core/plan";
import { tempDir } from "../files/tempDir";
import { ROOT } from "../cli/seedWorkbook";
import { fixJson, planOf, requireBuiltCli, type FixJson } from "./run";
import { compareWorkbooks, noteText, snapshot } from "./snapshot";
import { EMPTY_CELL_NOTE, FOREIGN_NOTE, writeTrickyWorkbook } from "./trickyWorkbook";
import { packageNotes } from "../../src/files/packageNotes";

const FIXTURE_DIR = path.join(ROOT, "test", "fixtures", "xlsx");
const fixtures = fs.existsSync(FIXTURE_DIR) ? fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".xlsx")).sort() : [];

const tmp = tempDir("fix-roundtrip");
afterAll(() => tmp.cleanup());
const IN = tmp.file("in");
const OUT = tmp.file("out");
const inputs = [...fixtures.map((f) => path.join(FIXTURE_DIR, f)), path.join(IN, "tricky.xlsx")];
let run: { status: number | null; report: FixJson; stderr: string };

beforeAll(async () => {
  requireBuiltCli();
  fs.mkdirSync(IN, { recursive: true });
  await writeTrickyWorkbook(path.join(IN, "tricky.xlsx"));
  run = fixJson([...inputs, "--out-dir", OUT]);
});

const outputOf = (input: string) => path.join(OUT, path.basename(input));

function argb(severity: MarkSeverity): string {
  return { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7", written: "FFC6EFCE" }[severity];
}

describe("fix over every fixture and a workbook full of features", () => {
  it("writes every copy and nothing else", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(0);
    expect([0, 1]).toContain(run.status);
    expect(run.report.files.map((f) => [f.error, f.output])).toEqual(inputs.map((i) => [null, outputOf(i)]));
    expect(fs.readdirSync(OUT).sort()).toEqual(inputs.map((i) => path.basename(i)).sort());
  });

  it.each(inputs.map((i) => [path.basename(i), i]))("%s: only the cells the plan owns differ", async (_name, input) => {
    const plan = await planOf(input);
    const diffs = compareWorkbooks(await snapshot(input), await snapshot(outputOf(input)), plan.owned);
    expect(diffs).toEqual([]);
  });

  it.each(inputs.map((i) => [path.basename(i), i]))("%s: the copy holds the plan, cached results and all", async (_name, input) => {
    const plan = await planOf(input);
    const entry = run.report.files.find((f) => f.path === input)!;
    expect(entry.cellsWritten).toBe(plan.edits.length);
    expect(entry.cellsMarked).toBe(new Set(plan.marks.map((m) => `${m.sheet}!${m.cell}`)).size);
    const wb = new Workbook();
    await wb.xlsx.readFile(outputOf(input));
    const notes = packageNotes(fs.readFileSync(outputOf(input)));
    for (const e of plan.edits) {
      const cell = wb.getWorksheet(e.sheet)!.getCell(e.cell);
      if (e.formula) {
        expect([e.cell, cell.formula]).toEqual([e.cell, e.formula]);
        expect([e.cell, cell.result]).toEqual([e.cell, e.value]);
      } else {
        expect([e.cell, cell.value]).toEqual([e.cell, e.value]);
      }
      if (e.numFmt) expect([e.cell, cell.numFmt]).toEqual([e.cell, e.numFmt]);
    }
    for (const m of plan.marks) {
      const ws = wb.getWorksheet(m.sheet)!;
      const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
      const mine = rules.filter((cf) => cf.rules.some((r) => r.formulae?.[0] === `LEN("ziping:${m.severity}")>0`));
      const covering = mine.filter((cf) => cf.ref.split(" ").some((a) => covers(a, m.row, m.col)));
      expect([m.cell, covering.length]).toEqual([m.cell, 1]);
      expect(covering[0].rules[0].style?.fill?.bgColor?.argb).toBe(argb(m.severity));
      const note = notes.get(m.sheet)?.get(m.cell) ?? null;
      if (note !== FOREIGN_NOTE) for (const line of m.note.split("\n")) expect([m.cell, note]).toEqual([m.cell, expect.stringContaining(line)]);
    }
  });
});

function covers(range: string, row: number, col: number): boolean {
  const [a, b] = range.split(":");
  const p = (x: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(x)!;
    return { row: Number(m[2]) - 1, col: m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
  };
  const from = p(a);
  const to = p(b ?? a);
  return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
}

describe("the workbook full of features", () => {
  const tricky = () => outputOf(path.join(IN, "tricky.xlsx"));

  it("is scored with its own stored settings (strict: a documented deduction is a warning)", () => {
    const entry = run.report.files.find((f) => f.path.endsWith("tricky.xlsx"))!;
    const g18 = entry.tables[0].findings.find((f) => f.cell === "G18");
    expect(g18?.severity).toBe("warning");
  });

  it("gets live formulas in the blank arithmetic cells of table 1 and the stale shared formula", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(tricky());
    const ws = wb.getWorksheet("自评表")!;
    const shown = (a: string) => [ws.getCell(a).formula, ws.getCell(a).result];
    expect(shown("G10")).toEqual(["ROUND(E10/D10*100,2)", 100]);
    expect(shown("H10")).toEqual(["ROUND(MIN(MAX(E10/D10,0),1)*F10,2)", 10]);
    expect(shown("G23")).toEqual(["ROUND(SUM(H10,G17:G22),2)", 98]);
    expect(shown("C24")).toEqual(['IF(G23>=90,"优",IF(G23>=80,"良",IF(G23>=60,"中","差")))', "优"]);
    expect(ws.getCell("G19").value).toBe(10);
    expect(shown("G60")).toEqual(["ROUND(E60/D60*100,2)", 100]);
    // the shared formula's other cell keeps computing its own row
    expect(shown("G61")).toEqual(["ROUND(E61/D61*100,2)", 100]);
  });

  it("keeps the settings sheet very hidden, the hidden sheet hidden, the foreign note and the yellow fill", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(tricky());
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["封面", "visible"],
      ["自评表", "visible"],
      ["说明", "hidden"],
      ["ziping_data", "veryHidden"],
    ]);
    const ws = wb.getWorksheet("自评表")!;
    expect(noteText(ws.getCell("G18").note)).toBe(FOREIGN_NOTE);
    expect(packageNotes(fs.readFileSync(tricky())).get("自评表")?.get("H22")).toBe(EMPTY_CELL_NOTE);
    expect(ws.getCell("G18").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } });
  });
});
