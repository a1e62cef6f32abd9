import { parseArgs } from "../../src/cli/args";

describe("ziping's arguments", () => {
  it("reads check with its options before or after the files", () => {
    expect(parseArgs(["check", "--json", "a.xlsx", "--lang", "en", "b.csv", "--strict", "--settings", "s.json"])).toEqual({
      command: "check",
      json: true,
      lang: "en",
      strict: true,
      settingsPath: "s.json",
      reportPath: null,
      files: ["a.xlsx", "b.csv"],
    });
  });

  it("defaults to Chinese human output with the national settings", () => {
    expect(parseArgs(["check", "a.xlsx"])).toEqual({
      command: "check",
      json: false,
      lang: "zh",
      strict: false,
      settingsPath: null,
      reportPath: null,
      files: ["a.xlsx"],
    });
  });

  it("takes --opt=value and ends options at --", () => {
    const a = parseArgs(["check", "--lang=en-US", "--settings=x.json", "--", "--odd-name.xlsx"]);
    expect(a).toMatchObject({ command: "check", lang: "en", settingsPath: "x.json", files: ["--odd-name.xlsx"] });
  });

  it.each([
    [["--help"], "help"],
    [["-h"], "help"],
    [["check", "--help"], "help"],
    [["--version"], "version"],
    [["-V"], "version"],
  ])("%j is %s", (argv, command) => {
    expect(parseArgs(argv).command).toBe(command);
  });

  it.each([
    [[], /缺少命令.* \/ missing command/],
    [["check"], /没有给出要检查的文件 \/ no file given/],
    [["lint", "a.xlsx"], /未知命令“lint”.* \/ unknown command "lint"/],
    [["check", "--frobnicate", "a.xlsx"], /未知选项 --frobnicate \/ unknown option --frobnicate/],
    [["check", "--lang", "fr", "a.xlsx"], /--lang 需要 zh 或 en.* \/ --lang needs zh or en/],
    [["check", "a.xlsx", "--lang"], /--lang 需要 zh 或 en/],
    [["check", "a.xlsx", "--settings"], /--settings 需要/],
    [["check", "--settings", "a.json", "--settings", "b.json", "a.xlsx"], /只能给一次/],
    [["check", "--json=yes", "a.xlsx"], /不带参数值/],
  ])("%j is refused with a one-line Chinese-first message", (argv, message) => {
    const a = parseArgs(argv);
    expect(a.command).toBe("invalid");
    if (a.command === "invalid") expect(a.message).toMatch(message);
  });
});
