/**
 * A workbook's bytes on the command line, as a Node Buffer compressed by Node's zlib. The browser
 * page writes through exceljs alone (src/browser/page/workbookFile.ts), after the same
 * preparation (prepareForWrite.ts).
 */
import type { Workbook } from "exceljs";
import { prepareForWrite } from "./prepareForWrite";
import { deflateStored } from "./zip";

/** A workbook `fix` read and scored, ready to be written to disk. */
export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  prepareForWrite(workbook);
  return packWorkbook(workbook);
}

/**
 * exceljs' bytes, compressed by Node's own zlib: exceljs is asked to store its parts and they
 * are deflated afterwards (zip.ts, deflateStored), several times faster than its JavaScript deflate.
 */
export async function packWorkbook(workbook: Workbook): Promise<Buffer> {
  const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  return deflateStored(stored) ?? stored;
}
