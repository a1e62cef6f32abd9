/**
 * What the fix tests share: the built CLI in a child process (as a user runs it), and the plan the
 * core makes for a file with the workbook's own settings, i.e. the cells a scored copy may change.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { analyzeSheet, type CellEdit, type CellMark, type TableReport } from "../../src/core";
import { judgeLayer } from "../../src/cli/settingsLayers";
import { readGrids } from "../../src/files/readGrids";
import { ROOT } from "../cli/seedWorkbook";
import type { Owned } from "./snapshot";

const BIN = path.join(ROOT, "bin", "ziping.js");

export function requireBuiltCli(): void {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error("dist/cli/main.js is missing: run `npm run build:cli` (npm test does it first)");
  }
}

export function ziping(args: string[], nodeArgs: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface FixJson {
  version: number;
  files: {
    path: string;
    error: string | null;
    tables: TableReport[];
    output: string | null;
    backup: string | null;
    cellsWritten: number;
    cellsMarked: number;
    converted: boolean;
    lost: string[];
  }[];
}

export function fixJson(args: string[]): { status: number | null; report: FixJson; stderr: string } {
  const r = ziping(["fix", "--json", ...args]);
  let report: FixJson;
  try {
    report = JSON.parse(r.stdout) as FixJson;
  } catch {
    throw new Error(`not JSON (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, report, stderr: r.stderr };
}

export function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/Error:/);
}

export interface FilePlan {
  edits: CellEdit[];
  marks: CellMark[];
  reports: TableReport[];
  owned: Owned;
}

/** The plan `fix` applies to an .xlsx, made here from the file itself with its stored settings. */
export async function planOf(file: string, options: { formulas?: boolean; overwriteScores?: boolean } = {}): Promise<FilePlan> {
  const read = await readGrids(file);
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.error.en}`);
  const settings = judgeLayer(read.workbookSettings).values;
  const edits: CellEdit[] = [];
  const marks: CellMark[] = [];
  const reports: TableReport[] = [];
  for (const grid of read.grids) {
    const r = analyzeSheet(grid, settings, options);
    edits.push(...r.plan.edits);
    marks.push(...r.plan.marks);
    reports.push(...r.reports);
  }
  return {
    edits,
    marks,
    reports,
    owned: { edits: new Set(edits.map((e) => `${e.sheet}!${e.cell}`)), marks: new Set(marks.map((m) => `${m.sheet}!${m.cell}`)) },
  };
}
