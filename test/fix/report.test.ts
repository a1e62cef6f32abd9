/**
 * The review workbook (--report): one summary row per table with the right counts, one row per
 * finding, and links that open the right file at the right cell.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import type { TableReport } from "../../src/core/report";
import { entryText, zipEntries } from "../../src/files/zip";
import { tempDir } from "../files/tempDir";
import { ROOT, SEED_RELATIVE, writeSeedWorkbook } from "../cli/seedWorkbook";
import { fixJson, requireBuiltCli, ziping } from "./run";

const tmp = tempDir("fix-report");
afterAll(() => tmp.cleanup());
beforeAll(requireBuiltCli);

const FIXTURE_DIR = path.join(ROOT, "test", "fixtures", "xlsx");
const fixtures = fs.existsSync(FIXTURE_DIR) ? fs.readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(FIXTURE_DIR, f)) : [];

interface Link {
  cell: string;
  target: string;
  location: string | null;
}

/** The links of one report sheet as Excel stores them: target file (rels) and cell (location). */
function linksOf(report: string, sheetNumber: number): Link[] {
  const bytes = fs.readFileSync(report);
  const entries = zipEntries(bytes)!;
  const text = (name: string) => entryText(bytes, entries.find((e) => e.name === name)!)!;
  const rels = text(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`);
  const xml = text(`xl/worksheets/sheet${sheetNumber}.xml`);
  return [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map(([, attrs]) => {
    const get = (a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(attrs)?.[1] ?? null;
    const rid = get("r:id")!;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)![1];
    const location = get("location")?.replace(/&apos;/g, "'").replace(/&amp;/g, "&") ?? null;
    return { cell: get("ref")!, target, location };
  });
}

async function rows(report: string, sheet: number): Promise<unknown[][]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(report);
  const ws = wb.worksheets[sheet];
  const out: unknown[][] = [];
  // row.values is sparse: Array.from fills its holes
  ws.eachRow((row) =>
    out.push(Array.from(row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "text" in v ? (v as { text: string }).text : v ?? null))),
  );
  return out;
}

/** Does the link open an existing workbook holding this sheet and cell? */
async function opens(report: string, link: Link, sheet: string, cell: string): Promise<boolean> {
  const file = path.resolve(path.dirname(report), decodeURIComponent(link.target));
  if (!fs.existsSync(file)) return false;
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return link.location === `'${sheet.replace(/'/g, "''")}'!${cell}` && wb.getWorksheet(sheet) !== undefined;
}

describe("check --report", () => {
  const report = tmp.file("check/审核汇总.xlsx");
  let tables: { path: string; tables: TableReport[]; error: string | null }[];
  let seedBook: string;

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(report), { recursive: true });
    seedBook = await writeSeedWorkbook(tmp.file("单位 A/seed.xlsx".replace("/", "_")));
    const json = ziping(["check", "--json", SEED_RELATIVE, seedBook, ...fixtures, "missing.xlsx"]);
    tables = (JSON.parse(json.stdout) as { files: typeof tables }).files;
    const r = ziping(["check", SEED_RELATIVE, seedBook, ...fixtures, "missing.xlsx", "--report", report]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/审核汇总已写出 .*审核汇总\.xlsx（\d+ 行）\n$/);
  });

  it("has one summary row per table, a row per file without one, and the right counts", async () => {
    const summary = await rows(report, 0);
    expect(summary[0]).toEqual(["文件", "工作表", "表格范围", "项目名称", "总分", "评分等级", "错误", "警告", "提示", "缺少偏差原因", "说明"]);
    const expected = tables.flatMap((f) =>
      f.tables.length === 0
        ? [[f.path, f.error?.split(" / ")[0] ?? "未找到绩效自评表"]]
        : f.tables.map((t) => [
            f.path,
            t.sheet,
            t.range,
            t.project,
            t.total.computed,
            t.grade.computed,
            t.findings.filter((x) => x.severity === "error").length,
            t.findings.filter((x) => x.severity === "warning").length,
            t.findings.filter((x) => x.severity === "info").length,
            t.indicators.filter((i) => i.needsReason && !i.hasReason).length,
          ]),
    );
    const got = summary.slice(1).map((r) => (r[1] === null ? [r[0], r[10]] : r.slice(0, 10)));
    expect(got).toEqual(expected);
    expect(got.filter((r) => r.length === 10)).toHaveLength(tables.reduce((n, f) => n + f.tables.length, 0));
    expect(got).toContainEqual(["missing.xlsx", "无法读取：文件不存在"]);
  });

  it("has one findings row per finding, errors first within a table", async () => {
    const findings = await rows(report, 1);
    expect(findings[0]).toEqual(["文件", "工作表", "项目名称", "单元格", "级别", "代码", "说明"]);
    expect(findings.length - 1).toBe(tables.reduce((n, f) => n + f.tables.reduce((m, t) => m + t.findings.length, 0), 0));
    expect(findings.slice(1).map((r) => r[5])).toContain("TOTAL_MISMATCH");
  });

  it("links each finding of a workbook to its cell, and a text grid's to nothing", async () => {
    const links = linksOf(report, 2);
    const findings = (await rows(report, 1)).slice(1);
    let checked = 0;
    for (const [i, row] of findings.entries()) {
      const link = links.find((l) => l.cell === `D${i + 2}`);
      if (row[0] === SEED_RELATIVE) {
        expect(link).toBeUndefined();
        continue;
      }
      expect(link).toBeDefined();
      expect(await opens(report, link!, String(row[1]), String(row[3]))).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(fixtures.length > 0 ? 20 : 2);
    expect(links[0].target).toMatch(/^\.\.\//);
  });

  it("can be sorted and filtered: a header row, frozen, with a filter over every column", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(report);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });
});

describe("fix --report", () => {
  it("links to the scored copies and names them", async () => {
    const out = tmp.file("fixed");
    const report = tmp.file("fixed/审核汇总.xlsx");
    const { status, report: json } = fixJson([SEED_RELATIVE, "--out-dir", out, "--report", report, "--lang", "en"]);
    expect(status).toBe(0);
    const summary = await rows(report, 0);
    expect(summary[0]).toContain("Scored copy");
    expect(summary.slice(1).map((r) => r[10])).toEqual([json.files[0].output, json.files[0].output, json.files[0].output, json.files[0].output]);
    const links = linksOf(report, 2);
    expect(links).toHaveLength(3);
    for (const l of links) expect(l.target).toBe("pujin-2023-self-evaluation.xlsx");
    expect(links.map((l) => l.location)).toEqual(["'pujin-2023-self-evaluation'!G18", "'pujin-2023-self-evaluation'!G41", "'pujin-2023-self-evaluation'!G93"]);
  });

  it("refuses a report path that is one of the inputs", () => {
    const r = ziping(["fix", SEED_RELATIVE, "-o", tmp.file("x.xlsx"), "--report", tmp.file("x.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--report 的文件不能是输入文件或结果文件/);
  });
});
