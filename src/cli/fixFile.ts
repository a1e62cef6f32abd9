/**
 * One file through `fix`: read it, check it with its own settings under the command line's, make
 * sure the rewrite loses nothing (or that --force was given for a copy), apply the core's plan and
 * write the result whole or not at all. Whatever goes wrong stays with this file, in one line.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { Workbook } from "exceljs";
import type { SheetGrid } from "../core/grid";
import { atomicWrite, targetProblem } from "../files/atomicWrite";
import { keepBackup } from "../files/backup";
import { blockingLosses, checkLosses, describeLosses, type Loss } from "../files/lossCheck";
import { readSource } from "../files/readGrids";
import { isReadError, type ReadError } from "../files/readError";
import { readTextGrid } from "../files/readText";
import { loadWorkbook, workbookGrids } from "../files/readXlsx";
import { restoreDroppedNotes } from "../files/packageNotes";
import { scoreWorkbook } from "../files/scoredWorkbook";
import { textWorkbook } from "../files/textWorkbook";
import { workbookBytes } from "../files/workbookBytes";
import { writeFailure } from "../files/writeError";
import type { FileOutcome } from "./checkFile";
import type { Destination } from "./destinations";
import { judgeLayer, layerSettings, type SettingsLayer } from "./settingsLayers";

export interface FixOptions {
  values: boolean;
  overwriteScores: boolean;
  force: boolean;
  /** notes in English (--lang en) */
  english: boolean;
}

export interface FixOutcome extends FileOutcome {
  /** why no result was written although the file was read (tables are still reported) */
  writeError: ReadError | null;
  /** the file written, or null */
  output: string | null;
  backup: string | null;
  edits: number;
  marks: number;
  /** what the copy does not carry (with --force, or minor parts) */
  lost: Loss[];
  /** a text grid written as .xlsx */
  converted: boolean;
}

interface Opened {
  workbook: Workbook;
  grids: SheetGrid[];
  workbookSettings: unknown;
  warnings: string[];
  losses: Loss[];
  converted: boolean;
  /** the file holds notes (so old ones of ours may need taking off) */
  hasNotes: boolean;
}

export async function fixFile(filePath: string, dest: Destination | ReadError, cliLayer: SettingsLayer, o: FixOptions): Promise<FixOutcome> {
  const outcome: FixOutcome = {
    path: filePath,
    error: null,
    tables: [],
    warnings: [],
    writeError: null,
    output: null,
    backup: null,
    edits: 0,
    marks: 0,
    lost: [],
    converted: false,
  };
  try {
    const opened = await open(filePath);
    if (isReadError(opened)) return { ...outcome, error: opened };
    const workbookLayer = judgeLayer(opened.workbookSettings);
    const settings = layerSettings(workbookLayer.values, cliLayer);
    outcome.warnings = [...opened.warnings, ...workbookLayer.problems.map((p) => `工作簿设置 / workbook settings: ${p}`)];
    outcome.converted = opened.converted;
    // a converted text grid has no live cell yet: its right values become formulas too
    const plan = { formulas: !o.values, overwriteScores: o.overwriteScores, liveRightValues: opened.converted };
    const scored = scoreWorkbook(opened.workbook, opened.grids, settings, plan, { english: o.english, hasNotes: opened.hasNotes });
    outcome.tables = scored.reports;
    if (isReadError(dest)) return { ...outcome, writeError: dest };
    const refusal = lossRefusal(opened.losses, dest, o.force);
    if (refusal) return { ...outcome, writeError: refusal };
    const bytes = await workbookBytes(opened.workbook);
    const written = await write(dest, bytes);
    if (isReadError(written)) return { ...outcome, writeError: written };
    return { ...outcome, output: dest.target, backup: written.backup, edits: scored.edits.length, marks: scored.marks.length, lost: opened.losses };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n", 1)[0];
    const failure = { zh: `评分时出现内部错误（${detail}），未写出`, en: `internal error while scoring (${detail}), nothing written` };
    return outcome.tables.length > 0 ? { ...outcome, writeError: failure } : { ...outcome, error: failure };
  }
}

async function open(filePath: string): Promise<Opened | ReadError> {
  const source = await readSource(filePath);
  if (isReadError(source)) return source;
  if (source.kind === "text") {
    const grid = readTextGrid(filePath, source.bytes);
    if (isReadError(grid)) return grid;
    const t = textWorkbook(grid);
    return { workbook: t.workbook, grids: [t.grid], workbookSettings: null, warnings: [], losses: [], converted: true, hasNotes: false };
  }
  const workbook = await loadWorkbook(source.bytes);
  if (isReadError(workbook)) return workbook;
  const grids = workbookGrids(workbook);
  if (isReadError(grids)) return grids;
  const notes = restoreDroppedNotes(workbook, source.bytes);
  const losses = checkLosses(source.bytes);
  if (!losses.ok) {
    return { zh: "无法读取：工作簿的压缩包结构无法检查，为免丢失内容未处理", en: "cannot read: the workbook's package could not be inspected, left alone so nothing is lost" };
  }
  return { workbook, ...grids, losses: losses.losses, converted: false, hasNotes: notes.notes > 0 };
}

/** A lossy rewrite is never written over the input, and a copy only with --force. */
function lossRefusal(losses: readonly Loss[], dest: Destination, force: boolean): ReadError | null {
  const blocking = blockingLosses(losses);
  if (blocking.length === 0) return null;
  const what = describeLosses(blocking);
  if (dest.inPlace) {
    return {
      zh: `未写出：工作簿含有改写后无法保留的内容：${what.zh}；不能就地修改，请用 -o 另存副本（并加 --force）`,
      en: `not written: the workbook holds what a rewrite cannot keep: ${what.en}; it cannot be changed in place, write a copy with -o (and --force)`,
    };
  }
  if (force) return null;
  return {
    zh: `未写出：副本将丢失 ${what.zh}；确认可以丢失请加 --force`,
    en: `not written: the copy would lose ${what.en}; add --force to accept that`,
  };
}

async function write(dest: Destination, bytes: Buffer): Promise<{ backup: string | null } | ReadError> {
  try {
    await fs.mkdir(path.dirname(path.resolve(dest.target)), { recursive: true });
  } catch (e) {
    return writeFailure(e);
  }
  let backup: string | null = null;
  if (dest.inPlace) {
    // refuse before the backup, so a read-only input leaves no stray backup behind
    const problem = await targetProblem(dest.target);
    if (problem) return problem;
    const kept = await keepBackup(dest.target);
    if (!kept.ok) return kept.error;
    backup = kept.path;
  }
  const failed = await atomicWrite(dest.target, bytes);
  if (!failed) return { backup };
  if (backup) await fs.unlink(backup).catch(() => undefined);
  return failed;
}
