/**
 * What exceljs would get wrong when it writes back a workbook it read, put right just before it
 * writes. Both hosts call this — `fix` before packing its bytes (workbookBytes.ts) and the browser
 * page before its download — so that the page's copy is what `fix` writes. No Node API here: the
 * page bundles it.
 */
import type { Workbook } from "exceljs";

export function prepareForWrite(workbook: Workbook): void {
  keepPageNumbering(workbook);
}

/**
 * exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1" for it,
 * which makes every sheet restart its printed page numbers at 1. Leave the number out again
 * where the file did not ask for it.
 */
function keepPageNumbering(workbook: Workbook): void {
  for (const ws of workbook.worksheets) {
    const setup = ws.pageSetup as { useFirstPageNumber?: boolean; firstPageNumber?: number } | undefined;
    if (setup && !setup.useFirstPageNumber) delete setup.firstPageNumber;
  }
}
