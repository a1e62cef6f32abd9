/**
 * The review workbook (`--report 审核汇总.xlsx`): what a finance bureau's reviewer opens first.
 *   汇总 / Summary     one row per table: file, sheet, project, 总分, 评分等级, counts of errors,
 *                      warnings, information and missing reasons; sortable and filterable
 *   问题 / Findings    one row per finding, its cell a hyperlink into the workbook to open
 * Rows are kept small and added file by file, so a run over hundreds of files never holds their
 * reports together. A file that could not be read, or holds no table, gets one row saying so.
 *
 * Links: exceljs writes a link to another file's cell as one URL ("a.xlsx#Sheet!A1"), which it
 * also mistakes for a link inside the report. Excel's own form is the file as the link's target and
 * the cell as its `location`: the links are written to the file alone, and the location attribute
 * is added to the sheet XML afterwards.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Workbook, type Worksheet } from "exceljs";
import type { Finding, Severity, TableReport } from "../core/report";
import { atomicWrite } from "./atomicWrite";
import { packWorkbook } from "./workbookBytes";
import type { ReadError } from "./readError";
import { reviewTexts, type ReviewTexts } from "./reviewTexts";
import { writeFailure } from "./writeError";
import { entryText, replaceEntries, zipEntries } from "./zip";

export interface ReviewEntry {
  /** the file as given on the command line */
  path: string;
  /** why it was not read, or (fix) not written: one line in the report's language, or null */
  error: string | null;
  tables: readonly TableReport[];
  /** the workbook whose cells the links open (the scored copy, or the input), or null for none */
  linkFile: string | null;
  /** fix: the scored copy written */
  output?: string | null;
}

interface Link {
  file: string;
  /** sheet and cell inside it, or null for the file itself */
  sheet: string | null;
  cell: string | null;
}

type Row = (string | number | null | { text: string; link: Link })[];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Excel keeps at most 65,530 links on a sheet; further rows show their text unlinked. */
const MAX_LINKS = 65_000;

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

export class ReviewReport {
  private readonly summary: Row[] = [];
  private readonly findings: Row[] = [];
  private readonly t: ReviewTexts;

  constructor(
    english: boolean,
    /** fix writes copies: the summary shows where */
    private readonly withOutput: boolean,
  ) {
    this.t = reviewTexts(english);
  }

  get tableRows(): number {
    return this.summary.length;
  }

  add(e: ReviewEntry): void {
    const out = this.withOutput ? [e.output ?? null] : [];
    const fileCell = (): Row[number] => (e.linkFile ? { text: e.path, link: { file: e.linkFile, sheet: null, cell: null } } : e.path);
    if (e.tables.length === 0) {
      this.summary.push([fileCell(), null, null, null, null, null, null, null, null, null, ...out, e.error ?? this.t.noTable]);
      return;
    }
    for (const table of e.tables) {
      const at = (cell: string | null): Row[number] =>
        cell && e.linkFile ? { text: cell, link: { file: e.linkFile, sheet: table.sheet, cell } } : cell;
      const missing = table.indicators.filter((i) => i.needsReason && !i.hasReason).length;
      const first = table.range.split(":")[0];
      this.summary.push([
        fileCell(),
        table.sheet,
        e.linkFile ? { text: table.range, link: { file: e.linkFile, sheet: table.sheet, cell: first } } : table.range,
        table.project,
        table.total.computed,
        table.grade.computed,
        count(table.findings, "error"),
        count(table.findings, "warning"),
        count(table.findings, "info"),
        missing,
        ...out,
        e.error,
      ]);
      const sorted = [...table.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      for (const f of sorted) {
        this.findings.push([e.path, table.sheet, table.project, at(f.cell), this.t.severity[f.severity], f.code, this.t.english ? f.messageEn : f.message]);
      }
    }
  }

  /** Write the workbook whole or not at all; null when written. */
  async write(target: string): Promise<ReadError | null> {
    try {
      const wb = new Workbook();
      wb.creator = "ziping";
      const links = new Map<string, Map<string, string>>();
      const summary = wb.addWorksheet(this.t.summarySheet);
      const s = this.t.summaryColumns(this.withOutput);
      this.fill(summary, s.map((c) => c.header), this.summary, target, links);
      s.forEach((c, i) => (summary.getColumn(i + 1).width = c.width));
      summary.getColumn(5).numFmt = "0.00";
      const findings = wb.addWorksheet(this.t.findingsSheet);
      const f = this.t.findingColumns;
      this.fill(findings, f.map((c) => c.header), this.findings, target, links);
      f.forEach((c, i) => (findings.getColumn(i + 1).width = c.width));
      const raw = await packWorkbook(wb);
      const bytes = addLocations(raw, links);
      if (!bytes) return writeFailure(new Error("report package"));
      await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
      return await atomicWrite(target, bytes);
    } catch (e) {
      return writeFailure(e);
    }
  }

  private fill(ws: Worksheet, headers: string[], rows: Row[], target: string, links: Map<string, Map<string, string>>): void {
    const header = ws.addRow(headers);
    header.font = { bold: true };
    const locations = new Map<string, string>();
    let linked = 0;
    rows.forEach((row) => {
      const r = ws.addRow(row.map((v) => (v !== null && typeof v === "object" ? v.text : v)));
      row.forEach((v, i) => {
        if (v === null || typeof v !== "object" || ++linked > MAX_LINKS) return;
        const cell = r.getCell(i + 1);
        cell.value = { text: v.text, hyperlink: linkTarget(target, v.link.file) };
        cell.font = { color: { argb: "FF0563C1" }, underline: true };
        if (v.link.sheet !== null && v.link.cell !== null) locations.set(cell.address, `${quoteSheet(v.link.sheet)}!${v.link.cell}`);
      });
    });
    links.set(`xl/worksheets/sheet${ws.id}.xml`, locations);
    ws.views = [{ state: "frozen", ySplit: 1 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
  }
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The linked file relative to the report's folder, so the report and the files can be moved
 * together; '/' separators and the few characters a URL cannot hold escaped. Another drive
 * (Windows) leaves no relative path: then an absolute file URL.
 */
export function linkTarget(reportFile: string, linked: string): string {
  const from = path.dirname(path.resolve(reportFile));
  const to = path.resolve(linked);
  const rel = path.relative(from, to);
  const escape = (segment: string) => segment.replace(/[%#?\s"<>[\]^`{|}]/g, (c) => encodeURIComponent(c));
  if (path.isAbsolute(rel)) return `file:///${to.split(path.sep).map(escape).join("/").replace(/^\/+/, "")}`;
  return rel.split(path.sep).map(escape).join("/");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Add location="'Sheet'!G18" to the hyperlinks exceljs wrote, part by part. */
function addLocations(bytes: Buffer, links: Map<string, Map<string, string>>): Buffer | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const replacements = new Map<string, Buffer>();
  for (const [part, locations] of links) {
    if (locations.size === 0) continue;
    const entry = entries.find((e) => e.name === part);
    const xml = entry ? entryText(bytes, entry) : null;
    if (xml === null) return null;
    const patched = xml.replace(/<hyperlink ref="([A-Z]+\d+)"/g, (whole, ref: string) => {
      const location = locations.get(ref);
      return location === undefined ? whole : `${whole} location="${escapeXml(location)}"`;
    });
    replacements.set(part, Buffer.from(patched, "utf8"));
  }
  return replacements.size === 0 ? bytes : replaceEntries(bytes, replacements);
}
