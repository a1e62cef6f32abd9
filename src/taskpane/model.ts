/** Pure view logic of the pane: what to show for a set of reports. No React, no host. */
import type { Finding, Severity, TableReport } from "../core/report";
import type { CellRef } from "../host/WorkbookHost";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings that leave a table not ready to submit besides errors: a reason still missing, a 待填 actual. */
const BLOCKING = new Set(["REASON_MISSING", "SCORE_BELOW_RULE_NO_REASON", "SCORE_NEEDS_CHOICE", "PENDING"]);

export interface FindingView {
  finding: Finding;
  sheet: string;
  /** the recalculation wrote this cell: the error it names is corrected */
  fixed: boolean;
  key: string;
}

export interface TableView {
  key: string;
  report: TableReport;
  findings: FindingView[];
  /** findings a person must still resolve before submitting */
  open: number;
  ready: boolean;
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export function tableViews(reports: ReadonlyArray<TableReport>, written: ReadonlyArray<CellRef> = []): TableView[] {
  const fixedCells = new Set(written.map((w) => cellKey(w.sheet, w.cell)));
  return reports.map((report, ti) => {
    const findings = report.findings
      .map((finding, fi) => ({
        finding,
        sheet: report.sheet,
        fixed: finding.severity === "error" && fixedCells.has(cellKey(report.sheet, finding.cell)),
        key: `${ti}:${fi}`,
      }))
      .sort((a, b) => Number(a.fixed) - Number(b.fixed) || RANK[a.finding.severity] - RANK[b.finding.severity] || a.key.localeCompare(b.key));
    const open = findings.filter((f) => !f.fixed && (f.finding.severity === "error" || BLOCKING.has(f.finding.code))).length;
    return { key: `${report.sheet}\u0000${report.range}\u0000${ti}`, report, findings, open, ready: open === 0 };
  });
}

/** The findings of the cell a person selected in Excel. */
export function findingsAt(views: ReadonlyArray<TableView>, ref: CellRef | null): string[] {
  if (!ref) return [];
  return views.flatMap((v) => v.findings.filter((f) => f.sheet === ref.sheet && f.finding.cell === ref.cell).map((f) => f.key));
}

/** The first error still open, for the ribbon command to select. */
export function firstOpenError(views: ReadonlyArray<TableView>): CellRef | null {
  for (const v of views) for (const f of v.findings) if (!f.fixed && f.finding.severity === "error") return { sheet: f.sheet, cell: f.finding.cell };
  return null;
}

export function countOpenErrors(views: ReadonlyArray<TableView>): number {
  return views.reduce((a, v) => a + v.findings.filter((f) => !f.fixed && f.finding.severity === "error").length, 0);
}

export function fmt(n: number | null | undefined, decimals = 2): string {
  return n === null || n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(decimals);
}

/** "10/50/30/10" → numbers; null when it is not that shape. */
export function parseNumbers(text: string, count: number): number[] | null {
  const parts = text.split(/[/,，、\s]+/).filter(Boolean);
  if (parts.length !== count) return null;
  const nums = parts.map(Number);
  return nums.every((n) => Number.isFinite(n) && n >= 0) ? nums : null;
}
