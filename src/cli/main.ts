/**
 * `ziping`: the file host's command line. bin/ziping.js calls main(argv) and sets the exit code.
 * Nothing may end in a stack trace: each file is checked inside its own catch (checkFile, fixFile),
 * and anything else is caught here and said in one line, Chinese first. `fix` runs in runFix.ts.
 */
import { parseArgs, type CheckArgs } from "./args";
import { checkFile } from "./checkFile";
import { renderFile } from "./humanReport";
import { humanTexts } from "./humanTexts";
import { JsonReportWriter } from "./jsonReport";
import { createProgress } from "./progress";
import { finishReport, linkable, reportClash, reviewFor } from "./review";
import { runFix } from "./runFix";
import { cliSettings, message, type Io } from "./runSupport";
import { countOutcome, emptyTally, exitStatus, EXIT_NOTHING_PROCESSED, EXIT_OK } from "./tally";
import { usage } from "./usage";
import { packageVersion } from "./version";

export type { Io };

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  lastWordOnCrash();
  return run(argv, { stdout: process.stdout, stderr: process.stderr });
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case "help":
        io.stdout.write(usage(args.lang));
        return EXIT_OK;
      case "version":
        io.stdout.write(`ziping ${packageVersion()}\n`);
        return EXIT_OK;
      case "invalid":
        io.stderr.write(`ziping: ${args.message}\n运行 ziping --help 查看用法 / run ziping --help for usage\n`);
        return EXIT_NOTHING_PROCESSED;
      case "check":
        return await runCheck(args, io);
      case "fix":
        return await runFix(args, io);
    }
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n", 1)[0];
    io.stderr.write(`ziping: 内部错误（${detail}） / internal error (${detail})\n`);
    return EXIT_NOTHING_PROCESSED;
  }
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const cliLayer = cliSettings(args, io);
  if (cliLayer === null || reportClash(args, [], io)) return EXIT_NOTHING_PROCESSED;
  const tally = emptyTally();
  const progress = createProgress(io.stderr, args.files.length);
  const json = args.json ? new JsonReportWriter((s) => io.stdout.write(s)) : null;
  const review = await reviewFor(args, false);
  json?.start();
  // One file at a time: a batch of hundreds of workbooks must not be in memory together.
  for (let i = 0; i < args.files.length; i++) {
    progress.update(i, args.files[i]);
    const outcome = await checkFile(args.files[i], cliLayer);
    countOutcome(tally, outcome);
    progress.clear();
    for (const w of outcome.warnings) io.stderr.write(`ziping: 警告 / warning: ${outcome.path}: ${w}\n`);
    if (json) json.file(outcome);
    else io.stdout.write(`${renderFile(outcome, args.lang)}\n`);
    review?.add({ path: outcome.path, error: message(outcome.error, args.lang), tables: outcome.tables, linkFile: outcome.error ? null : linkable(outcome.path) });
  }
  progress.clear();
  json?.end();
  if (!json) io.stdout.write(`${humanTexts(args.lang).summary(tally)}\n`);
  return finishReport(review, args, io, exitStatus(tally));
}

/** `ziping check … | head` closes the pipe early: stop quietly instead of dying on EPIPE. */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`ziping: 无法写出结果（${e.message}） / cannot write output (${e.message})\n`);
    process.exit(EXIT_NOTHING_PROCESSED);
  });
}

/**
 * A library may still throw from a callback no await can reach (a stream's 'error' with no
 * listener): say it in one line instead of node's stack trace. The report is incomplete then.
 */
function lastWordOnCrash(): void {
  const die = (e: unknown): void => {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n", 1)[0];
    process.stderr.write(`\nziping: 内部错误，检查中断（${detail}） / internal error, check aborted (${detail})\n`);
    process.exit(EXIT_NOTHING_PROCESSED);
  };
  process.on("uncaughtException", die);
  process.on("unhandledRejection", die);
}
