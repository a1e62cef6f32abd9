/**
 * The formulas `fix` writes compute the engine's numbers in an engine nobody here wrote. Every
 * fixture, every fixture with its arithmetic cells left blank (so that all of them get formulas),
 * a few of those under regional settings (steps, 20-point funds, other grade bands, 0 decimals),
 * the workbook full of features and the seed converted from text are fixed; in each copy every
 * formula's cached result is then replaced by nonsense, and LibreOffice recalculates them all. Its
 * 执行率, funds 得分, 总分 and 评分等级 must be the engine's, and every formula's value the cached
 * result `fix` wrote. LibreOffice must also see the highlights, the notes and the report's links,
 * and a workbook LibreOffice itself saved (another writer's XML) must come through fix unchanged.
 *
 * In CI (CI set) LibreOffice is required: .ci/run installs libreoffice-calc.
 */
import * as fs from "fs";
import * as path from "path";
import { ValueType, Workbook, type Cell } from "exceljs";
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from "../../src/core/workbookSettings";
import { readGrids } from "../../src/files/readGrids";
import { analyzeSheet } from "../../src/core";
import { tempDir } from "../files/tempDir";
import { ROOT, SEED_RELATIVE } from "../cli/seedWorkbook";
import { recalculate, sofficeVersion } from "./libreOffice";
import { fixJson, planOf, requireBuiltCli, type FixJson } from "./run";
import { compareWorkbooks, snapshot } from "./snapshot";
import { packageNotes } from "../../src/files/packageNotes";
import { entryText, zipEntries } from "../../src/files/zip";
import { writeTrickyWorkbook } from "./trickyWorkbook";

jest.setTimeout(600000);

const version = sofficeVersion();
if (version === null && process.env.CI) {
  throw new Error("LibreOffice (soffice) is required in CI for the recalculation test: apt-get install -y libreoffice-calc");
}
const describeWithLibreOffice = version === null ? describe.skip : describe;

const FIXTURE_DIR = path.join(ROOT, "test", "fixtures", "xlsx");
const fixtures = fs.existsSync(FIXTURE_DIR) ? fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".xlsx")).sort() : [];

const REGIONAL: Record<string, unknown>[] = [
  { fundsScoring: "steps" },
  { fundsWeight: 20, levelWeights: null },
  { gradeBands: [{ min: 85, grade: "优秀" }, { min: 70, grade: "良好" }, { min: 0, grade: "一般" }] },
  { decimals: 0 },
];

const tmp = tempDir("fix-libreoffice");
afterAll(() => tmp.cleanup());

/** A copy of a workbook with its 执行率, funds 得分, 总分 and 评分等级 emptied, and optionally settings. */
async function blankArithmetic(input: string, output: string, settings?: Record<string, unknown>): Promise<void> {
  const read = await readGrids(input);
  if (!read.ok) throw new Error(read.error.en);
  const wb = new Workbook();
  await wb.xlsx.readFile(input);
  for (const grid of read.grids) {
    for (const t of analyzeSheet(grid).reports) {
      const ws = wb.getWorksheet(t.sheet)!;
      for (const cell of [t.funds?.rate.cell, t.funds?.score.cell, t.total.cell, t.grade.cell]) if (cell) ws.getCell(cell).value = null;
    }
  }
  if (settings) {
    const data = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    data.getCell("A1").value = SETTINGS_MARKER;
    data.getCell("A2").value = JSON.stringify(settings);
  }
  await wb.xlsx.writeFile(output);
}

/** Every formula's cached result made nonsense, so only a recalculation can show the numbers. */
async function poison(input: string, output: string): Promise<number> {
  const wb = new Workbook();
  await wb.xlsx.readFile(input);
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type !== ValueType.Formula) return;
        c.value = { formula: c.formula, result: typeof c.result === "string" ? "毒" : -987654.321 } as Cell["value"];
        n += 1;
      }),
    ),
  );
  await wb.xlsx.writeFile(output);
  return n;
}

const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e6) / 1e6 : x);

describeWithLibreOffice(`LibreOffice (${version ?? "missing"}) recalculating fix's copies`, () => {
  const IN = tmp.file("in");
  const OUT = tmp.file("out");
  const POISONED = tmp.file("poisoned");
  const RECALC = tmp.file("recalculated");
  const LO_AUTHORED = path.join(IN, "tricky-libreoffice.xlsx");
  let run: { status: number | null; report: FixJson; stderr: string };
  let inputs: string[];
  const formulas = new Map<string, Map<string, { sheet: string; cell: string; result: unknown }>>();
  const recalculated = new Map<string, Workbook>();

  beforeAll(async () => {
    requireBuiltCli();
    fs.mkdirSync(IN, { recursive: true });
    inputs = [];
    for (const f of fixtures) {
      const plain = path.join(IN, f);
      fs.copyFileSync(path.join(FIXTURE_DIR, f), plain);
      const blank = path.join(IN, f.replace(/\.xlsx$/, ".blank.xlsx"));
      await blankArithmetic(plain, blank);
      inputs.push(plain, blank);
    }
    for (const [i, settings] of REGIONAL.entries()) {
      for (const f of fixtures.slice(0, 6)) {
        const file = path.join(IN, f.replace(/\.xlsx$/, `.regional${i}.xlsx`));
        await blankArithmetic(path.join(FIXTURE_DIR, f), file, settings);
        inputs.push(file);
      }
    }
    inputs.push(await writeTrickyWorkbook(path.join(IN, "tricky.xlsx")));
    // the same workbook as another writer lays it out: LibreOffice's own XML, styles and defaults
    recalculate([path.join(IN, "tricky.xlsx")], tmp.file("saved-by-libreoffice"), tmp.file("profile"));
    fs.copyFileSync(tmp.file("saved-by-libreoffice/tricky.xlsx"), LO_AUTHORED);
    inputs.push(LO_AUTHORED);
    const seed = path.join(IN, "seed.txt");
    fs.copyFileSync(path.join(ROOT, SEED_RELATIVE), seed);
    inputs.push(seed);

    run = fixJson([...inputs, "--out-dir", OUT, "--report", tmp.file("审核汇总.xlsx")]);
    if (run.report.files.some((f) => f.output === null)) throw new Error(`fix did not write every copy:\n${run.stderr}`);

    fs.mkdirSync(POISONED, { recursive: true });
    const copies = run.report.files.map((f) => f.output!);
    for (const copy of copies) {
      const wb = new Workbook();
      await wb.xlsx.readFile(copy);
      const cells = new Map<string, { sheet: string; cell: string; result: unknown }>();
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
        if (c.type === ValueType.Formula) cells.set(`${ws.name}!${c.address}`, { sheet: ws.name, cell: c.address, result: c.result });
      })));
      formulas.set(path.basename(copy), cells);
      await poison(copy, path.join(POISONED, path.basename(copy)));
    }
    recalculate([...copies.map((c) => path.join(POISONED, path.basename(c))), tmp.file("审核汇总.xlsx")], RECALC, tmp.file("profile"));
    for (const copy of copies) {
      const wb = new Workbook();
      await wb.xlsx.readFile(path.join(RECALC, path.basename(copy)));
      recalculated.set(path.basename(copy), wb);
    }
  });

  it("gets the engine's 执行率, funds 得分, 总分 and 评分等级 for every table", () => {
    let compared = 0;
    for (const f of run.report.files) {
      const wb = recalculated.get(path.basename(f.output!))!;
      for (const t of f.tables) {
        const ws = wb.getWorksheet(t.sheet)!;
        const value = (cell: string) => {
          const c = ws.getCell(cell);
          return c.type === ValueType.Formula ? c.result : c.value;
        };
        const checks: [string | null | undefined, unknown, "percent" | "number" | "text"][] = [
          [t.funds?.rate.cell, t.funds?.rate.computed, "percent"],
          [t.funds?.score.cell, t.funds?.score.computed, "number"],
          [t.total.cell, t.total.computed, "number"],
          [t.grade.cell, t.grade.computed, "text"],
        ];
        for (const [cell, computed, kind] of checks) {
          if (!cell || computed === null || computed === undefined) continue;
          let got = value(cell);
          if (kind === "percent" && typeof got === "number" && ws.getCell(cell).numFmt?.includes("%")) got *= 100;
          expect([path.basename(f.output!), cell, round(got)]).toEqual([path.basename(f.output!), cell, round(computed)]);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("computes every formula to the cached result fix wrote", () => {
    let count = 0;
    for (const [name, cells] of formulas) {
      const wb = recalculated.get(name)!;
      for (const { sheet, cell, result } of cells.values()) {
        // a person's formula the core leaves alone may still have no cached result (UNCACHED_FORMULA)
        if (result === undefined) continue;
        const got = wb.getWorksheet(sheet)!.getCell(cell);
        expect([name, cell, round(got.result)]).toEqual([name, cell, round(result)]);
        count += 1;
      }
    }
    // the blank copies alone give four formulas per table
    expect(count).toBeGreaterThan(4 * fixtures.length);
  });

  it("fixes a workbook LibreOffice wrote without losing anything outside the plan's cells", async () => {
    const plan = await planOf(LO_AUTHORED);
    const copy = run.report.files.find((f) => f.path === LO_AUTHORED)!.output!;
    expect(compareWorkbooks(await snapshot(LO_AUTHORED), await snapshot(copy), plan.owned)).toEqual([]);
    expect(plan.marks.length).toBeGreaterThan(0);
  });

  it("shows the highlights and the notes of the workbook full of features", () => {
    const wb = recalculated.get("tricky.xlsx")!;
    const ws = wb.getWorksheet("自评表")!;
    const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const tagged = rules.filter((cf) => cf.rules.some((r) => /ziping:(error|warning|info|written)/.test(r.formulae?.[0] ?? "")));
    expect(tagged.map((cf) => cf.rules[0].formulae?.[0]).sort()).toEqual(
      ['LEN("ziping:error")>0', 'LEN("ziping:warning")>0', 'LEN("ziping:written")>0'],
    );
    const notes = packageNotes(fs.readFileSync(path.join(RECALC, "tricky.xlsx"))).get("自评表")!;
    expect(notes.get("G10")).toMatch(/^【绩效自评助手】\n绩效自评助手已写入/);
    expect(notes.get("G41")).toMatch(/^【绩效自评助手】/);
  });

  it("follows the review report's links to the file and the cell", () => {
    const bytes = fs.readFileSync(path.join(RECALC, "审核汇总.xlsx"));
    const entries = zipEntries(bytes)!;
    const text = (name: string) => entryText(bytes, entries.find((e) => e.name === name)!)!;
    const links = [...text("xl/worksheets/sheet2.xml").matchAll(/<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)" location="([^"]+)"/g)];
    const rels = text("xl/worksheets/_rels/sheet2.xml.rels");
    expect(links.length).toBeGreaterThan(50);
    for (const [, , rid, location] of links.slice(0, 20)) {
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
      // LibreOffice writes the target relative to where it saved the report
      const file = path.resolve(RECALC, decodeURIComponent(target!));
      expect(fs.existsSync(file)).toBe(true);
      expect(location.replace(/&apos;/g, "'")).toMatch(/^'.+'![A-Z]+\d+$/);
    }
  });
});

if (version === null) {
  it("is skipped: LibreOffice (soffice) is not installed here (apt-get install -y libreoffice-calc)", () => {
    expect(process.env.CI).toBeFalsy();
  });
}
