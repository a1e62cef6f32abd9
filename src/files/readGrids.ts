/**
 * The file host's reader: a path → the grids the core checks, or one file-level error. Nothing
 * thrown by the file system, exceljs or the text decoder escapes: the caller gets a message.
 */
import { promises as fs } from "fs";
import type { SheetGrid } from "../core/grid";
import { fileKind, type FileKind } from "./fileKind";
import { ioFailure, isReadError, readErrors, type ReadError } from "./readError";
import { readTextGrid } from "./readText";

export type GridsRead =
  | {
      ok: true;
      grids: SheetGrid[];
      /** The workbook's own settings (hidden sheet) as stored, for resolveSettings; null when none. */
      workbookSettings: unknown;
      /** One-line "中文 / English" notes about the file that do not stop it being checked. */
      warnings: string[];
    }
  | { ok: false; error: ReadError };

function failed(error: ReadError): GridsRead {
  return { ok: false, error };
}

export async function readGrids(filePath: string): Promise<GridsRead> {
  try {
    const source = await readSource(filePath);
    if (isReadError(source)) return failed(source);
    if (source.kind === "text") {
      const grid = readTextGrid(filePath, source.bytes);
      return isReadError(grid) ? failed(grid) : { ok: true, grids: [grid], workbookSettings: null, warnings: [] };
    }
    // exceljs takes ~0.4 s to load: only pay for it when a workbook is actually read
    const { readXlsxGrids } = await import("./readXlsx");
    const wb = await readXlsxGrids(source.bytes);
    return isReadError(wb) ? failed(wb) : { ok: true, ...wb };
  } catch (e) {
    return failed(ioFailure(e instanceof Error ? e.message : String(e)));
  }
}

export interface Source {
  kind: FileKind;
  bytes: Buffer;
}

/** A file's bytes and which reader they need, or why it cannot be read at all. */
export async function readSource(filePath: string): Promise<Source | ReadError> {
  const bytes = await readBytes(filePath);
  if (isReadError(bytes)) return bytes;
  const kind = fileKind(filePath, bytes);
  return isReadError(kind) ? kind : { kind, bytes };
}

async function readBytes(filePath: string): Promise<Buffer | ReadError> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (e) {
    return fsError(e);
  }
  if (stat.isDirectory()) return readErrors.directory;
  if (!stat.isFile()) return readErrors.notAFile;
  if (stat.size === 0) return readErrors.empty;
  try {
    const bytes = await fs.readFile(filePath);
    return bytes.length === 0 ? readErrors.empty : bytes;
  } catch (e) {
    return fsError(e);
  }
}

function fsError(e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return readErrors.missing;
  if (code === "EACCES" || code === "EPERM") return readErrors.noPermission;
  if (code === "EISDIR") return readErrors.directory;
  return ioFailure(e instanceof Error ? e.message : String(e));
}
