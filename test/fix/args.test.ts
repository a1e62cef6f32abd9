import { parseArgs } from "../../src/cli/args";

describe("fix's arguments", () => {
  it("reads -o, --values, --overwrite-scores, --force and --report around the file", () => {
    expect(parseArgs(["fix", "a.xlsx", "-o", "out/a.scored.xlsx", "--values", "--overwrite-scores", "--force", "--report", "r.xlsx"])).toEqual({
      command: "fix",
      json: false,
      lang: "zh",
      strict: false,
      settingsPath: null,
      reportPath: "r.xlsx",
      files: ["a.xlsx"],
      output: { kind: "file", path: "out/a.scored.xlsx" },
      values: true,
      overwriteScores: true,
      force: true,
    });
  });

  it("takes --out-dir for many files and --in-place", () => {
    expect(parseArgs(["fix", "--out-dir=结果", "a.xlsx", "b.xlsx"])).toMatchObject({ output: { kind: "dir", path: "结果" }, files: ["a.xlsx", "b.xlsx"] });
    expect(parseArgs(["fix", "--in-place", "a.xlsx"])).toMatchObject({ output: { kind: "inPlace" }, values: false, force: false });
  });

  it("lets check write a report too", () => {
    expect(parseArgs(["check", "--report", "审核汇总.xlsx", "a.xlsx"])).toMatchObject({ command: "check", reportPath: "审核汇总.xlsx" });
  });

  it.each([
    [["fix", "a.xlsx"], /fix 需要指定写到哪里.* \/ fix needs where to write/],
    [["fix", "a.xlsx", "-o", "b.xlsx", "--in-place"], /只能选一个 \/ choose one/],
    [["fix", "a.xlsx", "b.xlsx", "-o", "c.xlsx"], /-o 只能用于一个输入文件.* \/ -o takes a single input file/],
    [["fix", "a.csv", "-o", "b.csv"], /-o 的文件名必须以 \.xlsx 结尾/],
    [["fix", "a.xlsx", "-o"], /-o 需要一个 \.xlsx 文件路径/],
    [["fix", "a.xlsx", "--out-dir", "x", "--out-dir", "y"], /只能给一次/],
    [["fix", "--in-place"], /没有给出要评分的文件 \/ no file given/],
    [["fix", "a.xlsx", "--in-place", "--report", "r.csv"], /--report 的文件名必须以 \.xlsx 结尾/],
    [["check", "a.xlsx", "--values"], /选项 --values 只能用于 fix \/ option --values is for fix only/],
    [["check", "a.xlsx", "-o", "b.xlsx"], /只能用于 fix/],
    [["fix", "a.xlsx", "--in-place=yes"], /不带参数值/],
  ])("%j is refused in one line, Chinese first", (argv, message) => {
    const a = parseArgs(argv);
    expect(a.command).toBe("invalid");
    if (a.command === "invalid") {
      expect(a.message).toMatch(message);
      expect(a.message).not.toMatch(/\n/);
    }
  });
});
