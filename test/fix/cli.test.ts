/**
 * `ziping fix` as a user runs it: the built CLI in a child process, on the seed, on a workbook
 * full of features, on workbooks holding what a rewrite would lose, and on input that cannot be
 * read or written.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { packageNotes } from "../../src/files/packageNotes";
import { tempDir } from "../files/tempDir";
import { ROOT, SEED_RELATIVE, writeSeedWorkbook } from "../cli/seedWorkbook";
import { fixJson, noStackTrace, requireBuiltCli, ziping } from "./run";
import { writeTrickyWorkbook } from "./trickyWorkbook";
import { withParts } from "../files/zipParts";

const tmp = tempDir("fix-cli");
afterAll(() => tmp.cleanup());
beforeAll(requireBuiltCli);

let n = 0;
/** a fresh folder per test */
function folder(): string {
  const d = tmp.file(`t${++n}`);
  fs.mkdirSync(d);
  return d;
}

async function read(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function rulesOf(wb: Workbook, sheet: string): { ref: string; formula: string }[] {
  const cfs = (wb.getWorksheet(sheet) as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
  return cfs.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, formula: r.formulae?.[0] ?? "" })));
}

describe("fix on the seed (a text grid)", () => {
  it("writes a live .xlsx and says it converted the file", async () => {
    const out = path.join(folder(), "seed.scored.xlsx");
    const r = ziping(["fix", SEED_RELATIVE, "-o", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("文本文件无法保存公式和标记，结果已另存为 .xlsx 工作簿");
    expect(r.stdout).toContain(`已写出 ${out}：写入 20 个单元格，标记 3 个单元格`);
    expect(r.stdout.trim().split("\n").pop()).toBe("合计：1 个文件，4 张表，0 个错误，0 个警告，3 个提示；已写出 1 个文件");
    const ws = (await read(out)).getWorksheet("pujin-2023-self-evaluation")!;
    expect([ws.getCell("G10").formula, ws.getCell("G10").result]).toEqual(["ROUND(E10/D10*100,2)", 100]);
    expect([ws.getCell("G23").formula, ws.getCell("G23").result]).toEqual(["ROUND(SUM(H10,G17:G22),2)", 98]);
    expect(ws.getCell("C24").result).toBe("优");
    // numbers are numbers, shown as the text showed them
    expect([ws.getCell("D10").value, ws.getCell("D10").numFmt]).toEqual([156.28, "0.00"]);
    expect(ws.getCell("D17").value).toBe("=100.00(%)");
    expect(rulesOf(await read(out), "pujin-2023-self-evaluation")).toEqual([{ ref: "G18 G41 G93", formula: 'LEN("ziping:info")>0' }]);
  });

  it("in JSON says where it wrote and that it converted", () => {
    const out = path.join(folder(), "seed.xlsx");
    const { status, report } = fixJson([SEED_RELATIVE, "-o", out]);
    expect(status).toBe(0);
    expect(report.files[0]).toMatchObject({ path: SEED_RELATIVE, error: null, output: out, converted: true, cellsWritten: 20, cellsMarked: 3, lost: [] });
    expect(report.files[0].tables).toHaveLength(4);
  });

  it("--lang en writes the notes and the lines about the copy in English", () => {
    const out = path.join(folder(), "seed.xlsx");
    const r = ziping(["fix", SEED_RELATIVE, "-o", out, "--lang", "en"]);
    expect(r.stdout).toContain("A text file cannot hold formulas or highlights: the result is saved as an .xlsx workbook");
    expect(r.stdout).toContain(`Written ${out}: 20 cells written, 3 cells marked`);
    const note = packageNotes(fs.readFileSync(out)).get("pujin-2023-self-evaluation")!.get("G18")!;
    expect(note).toMatch(/^【绩效自评助手】\n[A-Z]/);
  });

  it("--values writes plain numbers", async () => {
    const out = path.join(folder(), "seed.xlsx");
    const book = await writeSeedWorkbook(path.join(folder(), "blank.xlsx"));
    const wb = await read(book);
    wb.getWorksheet("自评表")!.getCell("G23").value = null;
    await wb.xlsx.writeFile(book);
    expect(ziping(["fix", "--values", book, "-o", out]).status).toBe(0);
    const g23 = (await read(out)).getWorksheet("自评表")!.getCell("G23");
    expect([g23.formula, g23.value]).toEqual([undefined, 98]);
  });
});

describe("where fix writes", () => {
  it("refuses to run without -o, --out-dir or --in-place, and writes nothing", () => {
    const d = folder();
    const input = path.join(d, "a.txt");
    fs.copyFileSync(path.join(ROOT, SEED_RELATIVE), input);
    const r = ziping(["fix", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ziping: fix 需要指定写到哪里.* \/ fix needs where to write/);
    expect(fs.readdirSync(d)).toEqual(["a.txt"]);
  });

  it("--out-dir keeps the names, creating the folder", async () => {
    const d = folder();
    const a = await writeSeedWorkbook(path.join(d, "甲单位.xlsx"));
    const b = path.join(d, "乙单位.txt");
    fs.copyFileSync(path.join(ROOT, SEED_RELATIVE), b);
    const out = path.join(d, "结果", "2023");
    const { status, report } = fixJson([a, b, "--out-dir", out]);
    expect(status).toBe(0);
    expect(report.files.map((f) => f.output)).toEqual([path.join(out, "甲单位.xlsx"), path.join(out, "乙单位.xlsx")]);
    expect(fs.readdirSync(out).sort()).toEqual(["乙单位.xlsx", "甲单位.xlsx"].sort());
  });

  it("--in-place keeps name.bak.xlsx first, then writes over the input", async () => {
    const d = folder();
    const file = await writeTrickyWorkbook(path.join(d, "自评表.xlsx"));
    const original = fs.readFileSync(file);
    const r = ziping(["fix", "--in-place", file]);
    expect(r.status).toBe(1); // the stale shared formula is an error finding
    expect(r.stdout).toContain(`原文件已备份为 ${path.join(d, "自评表.bak.xlsx")}`);
    expect(fs.readFileSync(path.join(d, "自评表.bak.xlsx")).equals(original)).toBe(true);
    expect((await read(file)).getWorksheet("自评表")!.getCell("G23").formula).toBe("ROUND(SUM(H10,G17:G22),2)");
  });

  it("writes as little as possible: a scored copy fixed again gets no new cell, rule or note", async () => {
    const d = folder();
    const first = path.join(d, "first.xlsx");
    const second = path.join(d, "second.xlsx");
    expect(fixJson([await writeTrickyWorkbook(path.join(d, "in.xlsx")), "-o", first]).report.files[0].cellsWritten).toBe(7);
    const again = fixJson([first, "-o", second]);
    expect(again.report.files[0].cellsWritten).toBe(0);
    // nothing left to correct: the written marks of the first run are gone, the findings stay
    const [a, b] = [await read(first), await read(second)];
    const tagged = (wb: Workbook) => rulesOf(wb, "自评表").filter((r) => r.formula.includes("ziping:"));
    expect(tagged(b).map((r) => r.formula)).toEqual(['LEN("ziping:warning")>0']);
    expect(tagged(a).length).toBe(3);
    expect(rulesOf(b, "自评表").filter((r) => !r.formula.includes("ziping:"))).toEqual(rulesOf(a, "自评表").filter((r) => !r.formula.includes("ziping:")));
    const notes = packageNotes(fs.readFileSync(second)).get("自评表")!;
    expect(notes.get("G10")).toBeUndefined();
    expect(notes.get("G41")).toMatch(/^【绩效自评助手】\n得分 9\.00 低于规则得分 10\.00/);
    expect(notes.get("G18")).toBe("审核意见：扣分合理（张三）");
  });

  it("--overwrite-scores replaces an entered score with the rule score; without it the score stays", async () => {
    const d = folder();
    const book = await writeSeedWorkbook(path.join(d, "seed.xlsx"));
    const keep = path.join(d, "keep.xlsx");
    const over = path.join(d, "over.xlsx");
    ziping(["fix", book, "-o", keep]);
    ziping(["fix", book, "-o", over, "--overwrite-scores"]);
    expect((await read(keep)).getWorksheet("自评表")!.getCell("G18").value).toBe(18);
    const ws = (await read(over)).getWorksheet("自评表")!;
    expect(ws.getCell("G18").value).toBe(19.4);
    expect(ws.getCell("G23").result).toBe(99.4);
  });
});

describe("what a rewrite would lose", () => {
  async function withChart(file: string): Promise<string> {
    const bytes = fs.readFileSync(await writeSeedWorkbook(file));
    fs.writeFileSync(file, withParts(bytes, { "xl/charts/chart1.xml": "<c:chartSpace/>", "xl/vbaProject.bin": Buffer.from([1, 2, 3]) }));
    return file;
  }

  it("a copy needs --force, and says exactly what would be lost", async () => {
    const d = folder();
    const input = await withChart(path.join(d, "图表.xlsx"));
    const out = path.join(d, "out.xlsx");
    const refused = ziping(["fix", input, "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain("未写出：副本将丢失 图表（1）、宏（VBA 代码）（1）；确认可以丢失请加 --force");
    expect(fs.existsSync(out)).toBe(false);
    const forced = ziping(["fix", input, "-o", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("注意：结果未保留 图表（1）、宏（VBA 代码）（1）");
    expect(fs.existsSync(out)).toBe(true);
  });

  it("is never written in place, even with --force: input untouched, no backup", async () => {
    const d = folder();
    const input = await withChart(path.join(d, "图表.xlsx"));
    const before = fs.readFileSync(input);
    const r = ziping(["fix", input, "--in-place", "--force", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("not written: the workbook holds what a rewrite cannot keep: charts (1), macros (VBA) (1); it cannot be changed in place");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.readdirSync(d)).toEqual(["图表.xlsx"]);
  });
});

describe("bad input: one line, Chinese first, no output file, the other files still processed", () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  const cases: [string, string | Buffer, RegExp][] = [
    ["corrupt.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)]), /^无法读取：工作簿已损坏或不完整.* \/ cannot read: the workbook is corrupt/],
    ["empty.xlsx", "", /^无法读取：文件是空的（0 字节） \/ cannot read: the file is empty/],
    ["encrypted.xlsx", OLE, /^无法读取：这是旧版 \.xls 文件或已加密的工作簿/],
    ["old.xls", OLE, /^无法读取：这是旧版 \.xls 文件或已加密的工作簿/],
  ];

  it.each(cases)("%s alone: exit 2, its message, nothing written", (name, content, message) => {
    const d = folder();
    const input = path.join(d, name);
    fs.writeFileSync(input, content);
    const out = path.join(d, "out");
    const { status, report, stderr } = fixJson([input, "--out-dir", out]);
    expect(status).toBe(2);
    expect(report.files[0].error).toMatch(message);
    expect(report.files[0].output).toBeNull();
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    noStackTrace(stderr);
  });

  it("with a good file: exit 1, the good one written, the bad ones not", async () => {
    const d = folder();
    const good = await writeSeedWorkbook(path.join(d, "good.xlsx"));
    for (const [name, content] of cases) fs.writeFileSync(path.join(d, name), content);
    const out = path.join(d, "out");
    const r = ziping(["fix", good, ...cases.map(([name]) => path.join(d, name)), "--out-dir", out]);
    expect(r.status).toBe(1);
    expect(fs.readdirSync(out)).toEqual(["good.xlsx"]);
    expect(r.stdout).toMatch(/已写出 1 个文件，4 个文件未写出$/m);
    noStackTrace(r.stdout + r.stderr);
  });

  it("a read-only target: refused, left as it was", async () => {
    const d = folder();
    const out = path.join(d, "readonly.xlsx");
    fs.writeFileSync(out, "keep me");
    fs.chmodSync(out, 0o444);
    const { status, report } = fixJson([SEED_RELATIVE, "-o", out]);
    expect(status).toBe(2);
    expect(report.files[0].error).toBe("无法写出：目标文件是只读的，请先取消只读属性 / cannot write: the target file is read-only, clear its read-only flag first");
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
  });

  it("a full disk: refused, no temporary file left behind", () => {
    const d = folder();
    const out = path.join(d, "full.xlsx");
    const r = ziping(["fix", "--json", SEED_RELATIVE, "-o", out], ["--require", path.join(__dirname, "fullDisk.js")]);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).files[0].error).toBe("无法写出：磁盘空间不足 / cannot write: the disk is full");
    expect(fs.readdirSync(d)).toEqual([]);
    noStackTrace(r.stderr);
  });

  it("an --in-place write that fails keeps the original and removes its backup", async () => {
    const d = folder();
    const file = await writeSeedWorkbook(path.join(d, "a.xlsx"));
    const before = fs.readFileSync(file);
    const r = ziping(["fix", "--in-place", file], ["--require", path.join(__dirname, "fullDisk.js")]);
    expect(r.status).toBe(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(d)).toEqual(["a.xlsx"]);
  });
});

describe("exit status", () => {
  it("is 1 when a file holds an error finding, though its copy is written", () => {
    const d = folder();
    const fixture = path.join(ROOT, "test", "fixtures", "xlsx", "error-total-mismatch.xlsx");
    const { status, report } = fixJson([fixture, "--out-dir", d]);
    expect(status).toBe(1);
    expect(report.files[0].output).toBe(path.join(d, "error-total-mismatch.xlsx"));
  });
});
