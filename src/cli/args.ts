/**
 * `ziping check [--json] [--lang zh|en] [--strict] [--settings file.json] [--report r.xlsx] FILE...`,
 * `ziping fix FILE... (-o OUT.xlsx | --out-dir DIR | --in-place) [--values] [--overwrite-scores]
 * [--force]` plus the same options, `--help`, `--version`. Options may come before or after the
 * files; `--` ends them (for a file named like an option). The shell expands globs; nothing is
 * expanded here.
 */
export type Lang = "zh" | "en";

interface CommonArgs {
  json: boolean;
  lang: Lang;
  strict: boolean;
  settingsPath: string | null;
  /** --report: the review workbook to write, or null */
  reportPath: string | null;
  files: string[];
}

export interface CheckArgs extends CommonArgs {
  command: "check";
}

/** Where `fix` writes: one named file, a folder (same names), or over the input (after a backup). */
export type OutputTarget = { kind: "file"; path: string } | { kind: "dir"; path: string } | { kind: "inPlace" };

export interface FixArgs extends CommonArgs {
  command: "fix";
  output: OutputTarget;
  /** --values: plain values instead of formulas */
  values: boolean;
  overwriteScores: boolean;
  /** --force: write a copy even though exceljs would drop parts of the workbook */
  force: boolean;
}

export type Args =
  | CheckArgs
  | FixArgs
  | { command: "help"; lang: Lang }
  | { command: "version" }
  /** message: one line, Chinese first then English */
  | { command: "invalid"; message: string; lang: Lang };

const FIX_ONLY = new Set(["-o", "--output", "--out-dir", "--in-place", "--values", "--overwrite-scores", "--force"]);

function parseLang(v: string): Lang | null {
  const s = v.toLowerCase();
  if (s === "zh" || s.startsWith("zh-") || s.startsWith("zh_")) return "zh";
  if (s === "en" || s.startsWith("en-") || s.startsWith("en_")) return "en";
  return null;
}

const isXlsxName = (p: string): boolean => /\.xlsx$/i.test(p);

export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let command: string | null = null;
  const flags = { json: false, strict: false, values: false, overwriteScores: false, force: false, inPlace: false };
  let lang: Lang = "zh";
  let settingsPath: string | null = null;
  let reportPath: string | null = null;
  let outputFile: string | null = null;
  let outputDir: string | null = null;
  let help = false;
  let version = false;
  let problem: string | null = null;
  let optionsEnded = false;
  const fixOnlyUsed: string[] = [];

  const fail = (zh: string, en: string): void => {
    problem ??= `${zh} / ${en}`;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const positional = optionsEnded || !arg.startsWith("-") || arg === "-";
    if (positional) {
      if (command === null) command = arg;
      else files.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : null;
    if (FIX_ONLY.has(name)) fixOnlyUsed.push(name);
    const takeValue = (): string | null => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) return null;
      i += 1;
      return next;
    };
    const noValue = (): boolean => {
      if (inline === null) return true;
      fail(`选项 ${name} 不带参数值`, `option ${name} takes no value`);
      return false;
    };
    /** a path option given once */
    const takePath = (current: string | null, zh: string, en: string): string | null => {
      const v = takeValue();
      if (v === null || v === "") fail(`${name} 需要${zh}`, `${name} needs ${en}`);
      else if (current !== null) fail(`${name} 只能给一次`, `${name} may be given only once`);
      else return v;
      return current;
    };
    switch (name) {
      case "--json":
      case "--strict":
      case "--values":
      case "--force":
      case "--in-place":
      case "--overwrite-scores": {
        const key = ({ "--json": "json", "--strict": "strict", "--values": "values", "--force": "force", "--in-place": "inPlace", "--overwrite-scores": "overwriteScores" } as const)[name];
        if (noValue()) flags[key] = true;
        break;
      }
      case "-h":
      case "--help":
        help = true;
        break;
      case "-V":
      case "--version":
        version = true;
        break;
      case "--lang": {
        const v = takeValue();
        const l = v === null ? null : parseLang(v);
        if (l) lang = l;
        else fail(`--lang 需要 zh 或 en${v === null ? "" : `，而不是“${v}”`}`, `--lang needs zh or en${v === null ? "" : `, not "${v}"`}`);
        break;
      }
      case "--settings":
        settingsPath = takePath(settingsPath, "一个 JSON 文件路径", "a JSON file path");
        break;
      case "--report":
        reportPath = takePath(reportPath, "一个 .xlsx 文件路径", "an .xlsx file path");
        break;
      case "-o":
      case "--output":
        outputFile = takePath(outputFile, "一个 .xlsx 文件路径", "an .xlsx file path");
        break;
      case "--out-dir":
        outputDir = takePath(outputDir, "一个文件夹路径", "a folder path");
        break;
      default:
        fail(`未知选项 ${name}`, `unknown option ${name}`);
    }
  }

  if (help) return { command: "help", lang };
  if (version) return { command: "version" };
  const invalid = (message: string): Args => ({ command: "invalid", message, lang });
  if (problem !== null) return invalid(problem);
  if (command === null) return invalid("缺少命令，例如 ziping check 文件.xlsx / missing command, e.g. ziping check file.xlsx");
  if (command !== "check" && command !== "fix") {
    return invalid(`未知命令“${command}”，可用命令：check、fix / unknown command "${command}", available: check, fix`);
  }
  if (files.length === 0) return invalid(`没有给出要${command === "check" ? "检查" : "评分"}的文件 / no file given`);
  if (reportPath !== null && !isXlsxName(reportPath)) return invalid("--report 的文件名必须以 .xlsx 结尾 / --report must name an .xlsx file");
  const common = { json: flags.json, lang, strict: flags.strict, settingsPath, reportPath, files };
  if (command === "check") {
    if (fixOnlyUsed.length > 0) return invalid(`选项 ${fixOnlyUsed[0]} 只能用于 fix / option ${fixOnlyUsed[0]} is for fix only`);
    return { command: "check", ...common };
  }

  const targets = [outputFile !== null, outputDir !== null, flags.inPlace].filter(Boolean).length;
  if (targets === 0) {
    return invalid(
      "fix 需要指定写到哪里：-o 结果.xlsx、--out-dir 文件夹 或 --in-place（原文件绝不会被意外覆盖） / " +
        "fix needs where to write: -o OUT.xlsx, --out-dir DIR or --in-place (the input is never overwritten by accident)",
    );
  }
  if (targets > 1) return invalid("-o、--out-dir 和 --in-place 只能选一个 / choose one of -o, --out-dir and --in-place");
  if (outputFile !== null && files.length > 1) {
    return invalid("-o 只能用于一个输入文件，多个文件请用 --out-dir / -o takes a single input file, use --out-dir for several");
  }
  if (outputFile !== null && !isXlsxName(outputFile)) {
    return invalid("-o 的文件名必须以 .xlsx 结尾（结果总是 .xlsx 工作簿） / -o must name an .xlsx file (the result is always an .xlsx workbook)");
  }
  const output: OutputTarget =
    outputFile !== null ? { kind: "file", path: outputFile } : outputDir !== null ? { kind: "dir", path: outputDir } : { kind: "inPlace" };
  return { command: "fix", ...common, output, values: flags.values, overwriteScores: flags.overwriteScores, force: flags.force };
}
