/**
 * --report, for check and fix alike: the review workbook is collected file by file and written
 * last, never over an input or a result of the same run.
 */
import * as path from "path";
import type { ReviewReport } from "../files/reviewReport";
import type { CheckArgs, FixArgs } from "./args";
import { fixTexts } from "./fixTexts";
import type { Io } from "./runSupport";
import { EXIT_FINDINGS } from "./tally";

/** The review report must not overwrite an input or a result of the same run. */
export function reportClash(args: CheckArgs | FixArgs, targets: readonly string[], io: Io): boolean {
  if (args.reportPath === null) return false;
  const report = path.resolve(args.reportPath);
  if (![...args.files, ...targets].some((f) => path.resolve(f) === report)) return false;
  io.stderr.write(`ziping: --report 的文件不能是输入文件或结果文件 / --report must not name an input or a result file\n`);
  return true;
}

/** A workbook's cells can be linked to from the report; a text file's cannot. */
export function linkable(file: string): string | null {
  return /\.(xlsx|xlsm)$/i.test(file) ? file : null;
}

export async function reviewFor(args: CheckArgs | FixArgs, withOutput: boolean): Promise<ReviewReport | null> {
  if (args.reportPath === null) return null;
  const { ReviewReport } = await import("../files/reviewReport");
  return new ReviewReport(args.lang === "en", withOutput);
}

/** Write the review report last; its failure makes the run fail (exit 1 at least). */
export async function finishReport(review: ReviewReport | null, args: CheckArgs | FixArgs, io: Io, status: number): Promise<number> {
  if (!review || args.reportPath === null) return status;
  const t = fixTexts(args.lang);
  // stdout carries only JSON under --json
  const out = args.json ? io.stderr : io.stdout;
  const failed = await review.write(args.reportPath);
  if (failed) {
    io.stderr.write(`ziping: ${t.reportFailed(`${failed.zh} / ${failed.en}`)}\n`);
    return Math.max(status, EXIT_FINDINGS);
  }
  out.write(`${t.report(args.reportPath, review.tableRows)}\n`);
  return status;
}

