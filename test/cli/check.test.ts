/**
 * `ziping check` as a user runs it: the built CLI (npm test builds it first) in a child process.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { TableReport } from "../../src/core/report";
import { tempDir } from "../files/tempDir";
import { ROOT, SEED_RELATIVE, seedTextWith, writeSeedWorkbook } from "./seedWorkbook";

const BIN = path.join(ROOT, "bin", "ziping.js");
const tmp = tempDir("cli");
afterAll(() => tmp.cleanup());

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error("dist/cli/main.js is missing: run `npm run build:cli` (npm test does it first)");
  }
});

function ziping(args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  version: number;
  files: { path: string; error: string | null; tables: TableReport[] }[];
}

function json(args: string[]): { status: number | null; report: Report; stderr: string } {
  const r = ziping(["check", "--json", ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/Error:/);
}

/** docs/check-json.md: the example is seed table 1. */
function expectContractTable1(t: TableReport): void {
  expect(t).toMatchObject({
    sheet: expect.any(String),
    range: "A3:H24",
    project: "“一网统管”运维费",
    funds: {
      budget: 156.28,
      executed: 156.28,
      rate: { cell: "G10", entered: 100, computed: 100 },
      weight: 10,
      score: { cell: "H10", entered: 10, computed: 10 },
    },
    total: { cell: "G23", entered: 98, computed: 98 },
    grade: { cell: "C24", entered: "优", computed: "优" },
  });
  expect(t.indicators.find((i) => i.row === 18)).toMatchObject({
    row: 18,
    level1: "产出指标",
    level2: "质量指标",
    name: "设备使用准确率",
    target: "=100.00(%)",
    actual: "97.00(%)",
    weight: 20,
    status: "below",
    score: { cell: "G18", entered: 18, rule: 19.4, min: 0, max: 19.4, final: 18 },
    needsReason: true,
    hasReason: true,
    reasonCell: "H18",
  });
  expect(t.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell }))).toEqual([
    { code: "SCORE_BELOW_RULE_WITH_REASON", severity: "info", cell: "G18" },
  ]);
}

describe("ziping check --json on the seed", () => {
  let run: ReturnType<typeof json>;
  beforeAll(() => {
    run = json([SEED_RELATIVE]);
  });

  it("exits 0 and prints the contract's shape, the path as given", () => {
    expect(run.status).toBe(0);
    expect(run.report.version).toBe(1);
    expect(run.report.files).toHaveLength(1);
    expect(run.report.files[0]).toMatchObject({ path: SEED_RELATIVE, error: null });
    expect(run.report.files[0].tables).toHaveLength(4);
    expect(run.stderr).toBe("");
  });

  it("holds table 1 to the contract's example", () => {
    const t = run.report.files[0].tables[0];
    expect(t.sheet).toBe("pujin-2023-self-evaluation");
    expectContractTable1(t);
  });

  it("finds no error or warning in the four seed tables, and one information finding per deducted row", () => {
    const findings = run.report.files[0].tables.flatMap((t) => t.findings);
    expect(findings.map((f) => `${f.severity} ${f.cell}`)).toEqual(["info G18", "info G41", "info G93"]);
  });
});

describe("the seed as an .xlsx workbook", () => {
  it("reports table 1 as the text grid does", async () => {
    const file = await writeSeedWorkbook(tmp.file("seed.xlsx"));
    const { status, report } = json([file]);
    expect(status).toBe(0);
    expect(report.files[0].tables).toHaveLength(4);
    expect(report.files[0].tables[0].sheet).toBe("自评表");
    expectContractTable1(report.files[0].tables[0]);
  });

  it("lays settings: workbook's own < --settings file < --strict", async () => {
    const strictBook = await writeSeedWorkbook(tmp.file("strict-book.xlsx"), { scorePolicy: "strict" });
    const ceilingFile = tmp.file("ceiling.json");
    fs.writeFileSync(ceilingFile, JSON.stringify({ scorePolicy: "ceiling" }));
    const severityAtG18 = (args: string[]) =>
      json(args).report.files[0].tables[0].findings.find((f) => f.cell === "G18")?.severity;
    expect(severityAtG18([strictBook])).toBe("warning");
    expect(severityAtG18(["--settings", ceilingFile, strictBook])).toBe("info");
    expect(severityAtG18(["--settings", ceilingFile, "--strict", strictBook])).toBe("warning");
  });
});

describe("exit status", () => {
  it("is 1 when a table holds an error finding", () => {
    // 总分 G23: 98.00 → 97.00
    const file = seedTextWith(tmp.file("wrong-total.txt"), [{ row: 23, col: 6, text: "97.00" }]);
    const { status, report } = json([file]);
    expect(status).toBe(1);
    expect(report.files[0].tables[0].findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "TOTAL_MISMATCH", severity: "error", cell: "G23" })]),
    );
  });

  it("is 1 when one file of several cannot be read, which carries its one-line reason", () => {
    const { status, report } = json([SEED_RELATIVE, "no/such/file.xlsx"]);
    expect(status).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual([SEED_RELATIVE, "no/such/file.xlsx"]);
    expect(report.files[1]).toEqual({ path: "no/such/file.xlsx", error: "无法读取：文件不存在 / cannot read: file not found", warnings: [], tables: [] });
  });

  it("is 2 when no file could be read", () => {
    const old = tmp.file("old.xls");
    fs.writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const { status, report } = json([old, tmp.dir]);
    expect(status).toBe(2);
    expect(report.files.map((f) => f.error)).toEqual([
      expect.stringMatching(/^无法读取：这是旧版 \.xls 文件或已加密的工作簿/),
      expect.stringMatching(/^无法读取：这是一个文件夹/),
    ]);
  });

  it.each([
    [["check", "--bogus", SEED_RELATIVE], /未知选项 --bogus \/ unknown option --bogus/],
    [["check"], /no file given/],
    [[], /missing command/],
    [["lint", SEED_RELATIVE], /unknown command/],
    [["check", "--lang", "fr", SEED_RELATIVE], /--lang/],
  ])("is 2 for bad arguments %j, with a message and no stack trace", (args, message) => {
    const r = ziping(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    noStackTrace(r.stderr);
  });

  it("is 2 for a settings file that is not JSON, before any file is read", () => {
    const bad = tmp.file("bad.json");
    fs.writeFileSync(bad, "{scorePolicy: strict}");
    const r = ziping(["check", "--settings", bad, SEED_RELATIVE]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/不是有效的 JSON.* \/ .*not valid JSON/);
    noStackTrace(r.stderr);
  });
});

describe("--settings and --strict", () => {
  it("warns on stderr about keys it ignores and applies the rest", () => {
    const file = tmp.file("mixed.json");
    fs.writeFileSync(file, JSON.stringify({ scorePolicy: "strict", colour: "red" }));
    const r = ziping(["check", "--json", "--settings", file, SEED_RELATIVE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/colour/);
    const findings = (JSON.parse(r.stdout) as Report).files[0].tables.flatMap((t) => t.findings);
    expect(findings.map((f) => `${f.severity} ${f.cell}`)).toEqual(["warning G18", "warning G41", "warning G93"]);
  });

  it("--strict turns the documented deductions into warnings, still exit 0", () => {
    const { status, report } = json(["--strict", SEED_RELATIVE]);
    expect(status).toBe(0);
    expect(report.files[0].tables.flatMap((t) => t.findings).map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
  });
});

describe("human output", () => {
  it("is Chinese by default: project, numbers beside the sheet's, findings, a summary", () => {
    const r = ziping(["check", SEED_RELATIVE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("“一网统管”运维费");
    expect(r.stdout).toContain("A3:H24");
    expect(r.stdout).toContain("执行率 100.00%（表中 100.00%）");
    expect(r.stdout).toContain("总分 98.00（表中 98.00）");
    expect(r.stdout).toContain("评分等级 优（表中 优）");
    expect(r.stdout).toMatch(/提示\s+G18\s+\S/);
    expect(r.stdout.trim().split("\n").pop()).toBe("合计：1 个文件，4 张表，0 个错误，0 个警告，3 个提示");
  });

  it("is English with --lang en", () => {
    const r = ziping(["check", "--lang", "en", SEED_RELATIVE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Table 1: “一网统管”运维费 (sheet pujin-2023-self-evaluation, A3:H24)");
    expect(r.stdout).toMatch(/info\s+G18\s+[A-Z]/);
    expect(r.stdout).not.toMatch(/提示|错误|警告|合计|表中/);
    expect(r.stdout.trim().split("\n").pop()).toBe("Total: 1 file, 4 tables, 0 errors, 0 warnings, 3 info");
  });

  it("names an unreadable file and still counts it", () => {
    const r = ziping(["check", SEED_RELATIVE, "missing.csv"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("文件 missing.csv\n  无法读取：文件不存在\n");
    expect(r.stdout).toMatch(/1 个文件无法读取/);
  });
});

describe("the progress bar", () => {
  const files = [SEED_RELATIVE, SEED_RELATIVE, SEED_RELATIVE];

  it("leaves stdout and stderr clean when stderr is not a terminal", () => {
    for (const args of [["check", ...files], ["check", "--json", ...files]]) {
      const r = ziping(args);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/[\r\x1b]/);
      expect(r.stderr).toBe("");
    }
  });

  it("goes to stderr, never stdout, when stderr is a terminal", () => {
    const r = ziping(["check", "--json", ...files], ["--require", path.join(__dirname, "fakeTtyStderr.js")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/\[[#-]+\] 2\/3 /);
    expect(r.stdout).not.toMatch(/[\r\x1b]/);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1 });
  });
});

describe("--help and --version", () => {
  it("--help prints the usage and exits 0", () => {
    const r = ziping(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ziping check/);
    expect(ziping(["--help", "--lang", "en"]).stdout).toMatch(/^Usage:/m);
  });

  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = ziping(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`ziping ${version}`);
  });
});
