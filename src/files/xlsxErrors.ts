/**
 * exceljs/JSZip throw plain Errors; their messages are the only way to tell a broken zip from
 * a zip that is not a workbook.
 */
import { readErrors, unparsableWorkbook, type ReadError } from "./readError";

const ZIP_FAILURES = [
  /end of central directory/i,
  /is this a zip file/i,
  /corrupted zip/i,
  /invalid signature/i,
  /crc32/i,
  /unexpected end of (data|input)/i,
  /invalid (stored|distance|code|block)/i,
  /zip/i,
];

export function corruptOrUnparsable(e: unknown): ReadError {
  const message = e instanceof Error ? e.message : String(e);
  if (ZIP_FAILURES.some((re) => re.test(message))) return readErrors.corruptZip;
  return unparsableWorkbook(message);
}
