/**
 * `ziping fix`: every file through fixFile, one at a time, its report printed as check prints it
 * plus where the scored copy went (or why none was written).
 */
import { describeLosses, type Loss } from "../files/lossCheck";
import type { FixArgs, Lang } from "./args";
import { destinations } from "./destinations";
import { fixTexts } from "./fixTexts";
import { renderFile } from "./humanReport";
import { humanTexts } from "./humanTexts";
import { JsonReportWriter } from "./jsonReport";
import { createProgress } from "./progress";
import { finishReport, linkable, reportClash, reviewFor } from "./review";
import { cliSettings, message, type Io } from "./runSupport";
import { countOutcome, emptyTally, exitStatus, EXIT_NOTHING_PROCESSED } from "./tally";

export async function runFix(args: FixArgs, io: Io): Promise<number> {
  const cliLayer = cliSettings(args, io);
  if (cliLayer === null) return EXIT_NOTHING_PROCESSED;
  const dests = destinations(args.files, args.output);
  if (reportClash(args, dests.flatMap((d) => ("target" in d ? [d.target] : [])), io)) return EXIT_NOTHING_PROCESSED;
  // exceljs (and everything that writes) loads only for a command that needs it: ~0.4 s
  const { fixFile } = await import("./fixFile");
  const options = { values: args.values, overwriteScores: args.overwriteScores, force: args.force, english: args.lang === "en" };
  const t = fixTexts(args.lang);
  const tally = emptyTally();
  let written = 0;
  const progress = createProgress(io.stderr, args.files.length);
  const json = args.json ? new JsonReportWriter((s) => io.stdout.write(s)) : null;
  const review = await reviewFor(args, true);
  json?.start();
  for (let i = 0; i < args.files.length; i++) {
    progress.update(i, args.files[i]);
    const o = await fixFile(args.files[i], dests[i], cliLayer, options);
    const failure = o.error ?? o.writeError;
    countOutcome(tally, o);
    if (o.output) written += 1;
    progress.clear();
    for (const w of o.warnings) io.stderr.write(`ziping: 警告 / warning: ${o.path}: ${w}\n`);
    const minor = o.lost.filter((l) => !l.blocking);
    if (json) {
      json.file({ ...o, error: failure }, {
        output: o.output,
        backup: o.backup,
        cellsWritten: o.edits,
        cellsMarked: o.marks,
        converted: o.converted,
        lost: o.lost.map((l) => `${l.zh}（${l.count}） / ${l.en} (${l.count})`),
      });
    } else {
      const lines = [renderFile(o, args.lang).trimEnd()];
      if (o.output) {
        if (o.converted) lines.push(t.converted);
        lines.push(t.written(o.output, o.edits, o.marks));
        if (o.backup) lines.push(t.backup(o.backup));
        if (o.lost.length > 0) lines.push(t.lost(describe(o.lost, args.lang)));
      } else if (o.writeError) {
        lines.push(t.notWritten(message(o.writeError, args.lang) ?? ""));
      }
      io.stdout.write(`${lines.join("\n")}\n\n`);
    }
    if (json && minor.length > 0 && o.output) io.stderr.write(`ziping: 警告 / warning: ${o.path}: ${t.lost(describe(minor, args.lang)).trim()}\n`);
    review?.add({
      path: o.path,
      error: message(failure, args.lang),
      tables: o.tables,
      linkFile: o.output ?? (o.error ? null : linkable(o.path)),
      output: o.output,
    });
  }
  progress.clear();
  json?.end();
  if (!json) io.stdout.write(`${humanTexts(args.lang).summary(tally)}${t.summary(written, args.files.length - written)}\n`);
  // a file read but not written failed as much as one that could not be read
  return finishReport(review, args, io, exitStatus({ ...tally, unreadable: args.files.length - written }));
}

function describe(losses: readonly Loss[], lang: Lang): string {
  const d = describeLosses(losses);
  return lang === "en" ? d.en : d.zh;
}

