/**
 * Which reader a file needs, from its extension and its first bytes. The bytes win over the
 * name where they are sure: an encrypted .xlsx is an OLE compound file just like an old .xls,
 * and people rename .xlsx files to .xls to get them past upload forms.
 */
import * as path from "path";
import { readErrors, unsupportedExtension, type ReadError } from "./readError";

export type FileKind = "xlsx" | "text";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls"]);
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function fileKind(filePath: string, bytes: Uint8Array): FileKind | ReadError {
  const ext = path.extname(filePath).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.has(ext) && !TEXT_EXTENSIONS.has(ext)) return unsupportedExtension(ext);
  if (startsWith(bytes, OLE_SIGNATURE)) return readErrors.legacyOrEncrypted;
  // a folder globbed while a workbook is open also holds Excel's ~$ owner file
  if (WORKBOOK_EXTENSIONS.has(ext) && path.basename(filePath).startsWith("~$") && !startsWith(bytes, ZIP_SIGNATURE)) {
    return readErrors.excelLockFile;
  }
  if (ext === ".xls") return startsWith(bytes, ZIP_SIGNATURE) ? "xlsx" : readErrors.legacyOrEncrypted;
  if (WORKBOOK_EXTENSIONS.has(ext)) return startsWith(bytes, ZIP_SIGNATURE) ? "xlsx" : readErrors.notZip;
  return "text";
}
