/**
 * The seed written as a real .xlsx, the way Excel would hold it: numbers as numbers, text as
 * text, optionally with the add-in's settings sheet. Line N → row N, tab field K → column K.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from "../../src/core/workbookSettings";

export const SEED_RELATIVE = "test/fixtures/seed/pujin-2023-self-evaluation.txt";
export const ROOT = path.join(__dirname, "..", "..");

export function seedLines(): string[][] {
  return fs
    .readFileSync(path.join(ROOT, SEED_RELATIVE), "utf8")
    .split("\n")
    .map((l) => l.split("\t"));
}

/** The seed text with one cell replaced (1-based row, 0-based field), as a new .txt file. */
export function seedTextWith(file: string, edits: { row: number; col: number; text: string }[]): string {
  const lines = seedLines();
  for (const e of edits) lines[e.row - 1][e.col] = e.text;
  fs.writeFileSync(file, lines.map((l) => l.join("\t")).join("\n"));
  return file;
}

export async function writeSeedWorkbook(file: string, settings?: unknown): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("自评表");
  seedLines().forEach((fields, r) =>
    fields.forEach((f, c) => {
      if (f === "") return;
      ws.getCell(r + 1, c + 1).value = /^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f;
    }),
  );
  if (settings !== undefined) {
    const s = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    s.getCell("A1").value = SETTINGS_MARKER;
    s.getCell("A2").value = JSON.stringify(settings);
  }
  await wb.xlsx.writeFile(file);
  return file;
}
