/**
 * `ziping check [--json] [--lang zh|en] [--strict] [--settings file.json] FILE...`, `--help`,
 * `--version`. Options may come before or after the files; `--` ends them (for a file named
 * like an option). The shell expands globs; nothing is expanded here.
 */
export type Lang = "zh" | "en";

export interface CheckArgs {
  command: "check";
  json: boolean;
  lang: Lang;
  strict: boolean;
  settingsPath: string | null;
  files: string[];
}

export type Args =
  | CheckArgs
  | { command: "help"; lang: Lang }
  | { command: "version" }
  /** message: one line, Chinese first then English */
  | { command: "invalid"; message: string; lang: Lang };

function parseLang(v: string): Lang | null {
  const s = v.toLowerCase();
  if (s === "zh" || s.startsWith("zh-") || s.startsWith("zh_")) return "zh";
  if (s === "en" || s.startsWith("en-") || s.startsWith("en_")) return "en";
  return null;
}

export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let command: string | null = null;
  let json = false;
  let strict = false;
  let lang: Lang = "zh";
  let settingsPath: string | null = null;
  let help = false;
  let version = false;
  let problem: string | null = null;
  let optionsEnded = false;

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
    switch (name) {
      case "--json":
        if (noValue()) json = true;
        break;
      case "--strict":
        if (noValue()) strict = true;
        break;
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
      case "--settings": {
        const v = takeValue();
        if (v === null || v === "") fail("--settings 需要一个 JSON 文件路径", "--settings needs a JSON file path");
        else if (settingsPath !== null) fail("--settings 只能给一次", "--settings may be given only once");
        else settingsPath = v;
        break;
      }
      default:
        fail(`未知选项 ${name}`, `unknown option ${name}`);
    }
  }

  if (help) return { command: "help", lang };
  if (version) return { command: "version" };
  if (problem !== null) return { command: "invalid", message: problem, lang };
  if (command === null) return { command: "invalid", message: "缺少命令，例如 ziping check 文件.xlsx / missing command, e.g. ziping check file.xlsx", lang };
  if (command !== "check") return { command: "invalid", message: `未知命令“${command}”，可用命令：check / unknown command "${command}", available: check`, lang };
  if (files.length === 0) return { command: "invalid", message: "没有给出要检查的文件 / no file given", lang };
  return { command: "check", json, lang, strict, settingsPath, files };
}
