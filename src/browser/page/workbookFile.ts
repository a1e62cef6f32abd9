/**
 * An .xlsx from the person's disk into the page, and the page's workbook back as a download.
 * Opening uses the file host's loader (src/files/readXlsx.ts) on the bytes the browser read;
 * nothing is sent anywhere.
 */
import type { Workbook } from "exceljs";
import { prepareForWrite } from "../../files/prepareForWrite";
import { loadWorkbook } from "../../files/readXlsx";
import { isReadError, readErrors, type ReadError } from "../../files/readError";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function openWorkbook(bytes: ArrayBuffer): Promise<Workbook | ReadError> {
  if (bytes.byteLength === 0) return readErrors.empty;
  const wb = await loadWorkbook(bytes);
  if (isReadError(wb)) return wb;
  return wb.worksheets.length === 0 ? readErrors.noWorksheet : wb;
}

/**
 * The workbook's bytes, prepared as `fix` prepares its own (src/files/workbookBytes.ts), then
 * written by exceljs alone: the command line's zlib compression is Node's, not the page's.
 */
export async function workbookBlob(workbook: Workbook): Promise<Blob> {
  prepareForWrite(workbook);
  return new Blob([await workbook.xlsx.writeBuffer()], { type: XLSX_TYPE });
}

/** "自评表.xlsx" → "自评表-已评分.xlsx" */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, "");
  return `${base}-已评分.xlsx`;
}

/** Hand a blob to the browser's download; the object URL lives only as long as the click needs. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
