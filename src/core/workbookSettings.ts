/**
 * Where a workbook keeps the add-in's settings and undo records: a very hidden sheet. It is the
 * one store every host carries: exceljs drops custom XML parts and Office add-in settings on a
 * rewrite, while a (very) hidden sheet survives Excel, WPS, LibreOffice and exceljs alike.
 * Layout: A1 holds the marker, A2 the settings as JSON; the rest belongs to the Excel host.
 */
export const SETTINGS_SHEET_NAME = "ziping_data";
export const SETTINGS_MARKER = "ziping-settings v1";

export function isSettingsSheet(name: string): boolean {
  return name === SETTINGS_SHEET_NAME;
}
