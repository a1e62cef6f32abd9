/**
 * Where `fix` writes each input, decided for the whole run before any file is read, so that two
 * inputs can never write the same file and no input is ever overwritten unless --in-place says so.
 *   -o OUT.xlsx     the one input → OUT.xlsx
 *   --out-dir DIR   each input → DIR/<same name>, .xlsx (a text grid or an .xlsm becomes name.xlsx)
 *   --in-place      each .xlsx over itself, after a backup; a text grid → name.xlsx beside it
 */
import * as fs from "fs";
import * as path from "path";
import type { ReadError } from "../files/readError";
import type { OutputTarget } from "./args";

export interface Destination {
  target: string;
  /** the target is the input itself: keep a backup first, and never write a lossy copy */
  inPlace: boolean;
  /** the input is not an .xlsx: the result is written as one */
  converted: boolean;
}

const isXlsx = (p: string): boolean => path.extname(p).toLowerCase() === ".xlsx";
const TEXT = new Set([".csv", ".tsv", ".txt"]);

function asXlsx(file: string): string {
  return isXlsx(file) ? path.basename(file) : `${path.basename(file, path.extname(file))}.xlsx`;
}

/** Same file on disk: same path, or (for an existing target) the same inode through a link. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function realPath(p: string): string {
  try {
    const real = fs.realpathSync(p);
    return real === path.resolve(p) ? p : real;
  } catch {
    return p;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

function one(file: string, output: OutputTarget): Destination | ReadError {
  const converted = !isXlsx(file);
  if (output.kind === "file") return { target: output.path, inPlace: false, converted };
  if (output.kind === "dir") return { target: path.join(output.path, asXlsx(file)), inPlace: false, converted };
  // through a link to the file itself, so the link stays a link
  if (isXlsx(file)) return { target: realPath(file), inPlace: true, converted: false };
  const ext = path.extname(file).toLowerCase();
  if (!TEXT.has(ext)) {
    return {
      zh: `未写出：--in-place 只能修改 .xlsx 文件，${ext || "此文件"} 请用 -o 或 --out-dir 另存为 .xlsx`,
      en: `not written: --in-place changes .xlsx files only; for ${ext || "this file"} use -o or --out-dir to save an .xlsx`,
    };
  }
  const beside = path.join(path.dirname(file), asXlsx(file));
  if (exists(beside)) {
    return {
      zh: `未写出：文本文件的结果要另存为 ${beside}，但该文件已存在；请用 -o 指定结果文件`,
      en: `not written: a text file's result goes to ${beside}, which already exists; name the result with -o`,
    };
  }
  return { target: beside, inPlace: false, converted: true };
}

export function destinations(files: readonly string[], output: OutputTarget): (Destination | ReadError)[] {
  const taken = new Map<string, string>();
  return files.map((file) => {
    const d = one(file, output);
    if (!("target" in d)) return d;
    if (!d.inPlace && sameFile(file, d.target)) {
      return {
        zh: "未写出：结果文件就是输入文件本身；要修改原文件请用 --in-place（会先备份）",
        en: "not written: the result would overwrite the input; use --in-place to change it (a backup is kept)",
      };
    }
    const input = files.find((other) => other !== file && sameFile(other, d.target));
    if (input !== undefined && !(d.inPlace && sameFile(file, input))) {
      return {
        zh: `未写出：结果 ${d.target} 会覆盖输入文件 ${input}`,
        en: `not written: the result ${d.target} would overwrite the input ${input}`,
      };
    }
    const key = path.resolve(d.target);
    const first = taken.get(key);
    if (first !== undefined) {
      return {
        zh: `未写出：结果 ${d.target} 与 ${first} 的结果同名，会相互覆盖`,
        en: `not written: the result ${d.target} has the same name as the result of ${first}`,
      };
    }
    taken.set(key, file);
    return d;
  });
}
