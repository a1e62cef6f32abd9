/**
 * The notes (comments) a workbook holds, read from its parts rather than through exceljs: exceljs
 * attaches a note only to a cell the sheet writes out, so a note on an empty cell (Excel writes no
 * cell element for it) is dropped when the file is read. `fix` puts such notes back as text, and
 * the tests read every note this way.
 *
 * Path: xl/workbook.xml names each sheet and its relationship id → xl/_rels/workbook.xml.rels gives
 * the sheet's part → that part's rels give its comments part → <comment ref="E18">…<t>text</t>.
 */
import type { Workbook } from "exceljs";
import { entryText, zipEntries, type ZipEntry } from "./zip";

/** sheet name → cell address → note text */
export type PackageNotes = Map<string, Map<string, string>>;

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : null;
}

/** "../comments1.xml" relative to "xl/worksheets/sheet1.xml" → "xl/comments1.xml" */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  return (xml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []).map((tag) => ({
    id: attr(tag, "Id") ?? "",
    type: attr(tag, "Type") ?? "",
    target: attr(tag, "Target") ?? "",
  }));
}

/** Every note of the workbook; an empty map when there are none or the package is unreadable. */
export function packageNotes(bytes: Buffer): PackageNotes {
  const out: PackageNotes = new Map();
  const entries = zipEntries(bytes);
  if (!entries || !entries.some((e) => /^xl\/comments[^/]*\.xml$/i.test(e.name))) return out;
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const text = (name: string): string | null => {
    const e = byName.get(name);
    return e ? entryText(bytes, e) : null;
  };
  const workbook = text("xl/workbook.xml");
  const workbookRels = text("xl/_rels/workbook.xml.rels");
  if (!workbook || !workbookRels) return out;
  const rels = relationships(workbookRels);
  for (const tag of workbook.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const rid = attr(tag, "r:id");
    const rel = rels.find((r) => r.id === rid);
    if (!name || !rel) continue;
    const sheetPart = resolvePart("xl/workbook.xml", rel.target);
    const sheetRels = text(relsOf(sheetPart));
    const comments = sheetRels ? relationships(sheetRels).find((r) => r.type.endsWith("/comments")) : undefined;
    const xml = comments ? text(resolvePart(sheetPart, comments.target)) : null;
    if (!xml) continue;
    const notes = new Map<string, string>();
    for (const m of xml.matchAll(/<(?:\w+:)?comment\s([^>]*)>([^]*?)<\/(?:\w+:)?comment>/g)) {
      const ref = attr(` ${m[1]}`, "ref");
      if (!ref) continue;
      const runs = [...m[2].matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^]*?)<\/(?:\w+:)?t>/g)].map((t) => decodeXml(t[1]));
      notes.set(ref, runs.join(""));
    }
    out.set(name, notes);
  }
  return out;
}

/**
 * Put back, as plain text, every note exceljs did not attach to its cell. The text is the note's;
 * only its box formatting (font runs, size) is not carried for these. Returns how many notes the
 * workbook holds in all, and how many were put back.
 */
export function restoreDroppedNotes(workbook: Workbook, bytes: Buffer): { notes: number; restored: number } {
  let restored = 0;
  let all = 0;
  for (const [sheet, notes] of packageNotes(bytes)) {
    all += notes.size;
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    for (const [ref, note] of notes) {
      const cell = ws.getCell(ref);
      if (cell.note !== undefined && cell.note !== null) continue;
      cell.note = note;
      restored += 1;
    }
  }
  return { notes: all, restored };
}
