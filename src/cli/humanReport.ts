/**
 * The human report of one file: each table's computed numbers beside what the sheet says, then
 * its findings, errors first. Every number shown comes from the core's report, only formatted.
 */
import type { EnteredComputed, Finding, Severity, TableReport } from "../core/report";
import type { Lang } from "./args";
import type { FileOutcome } from "./checkFile";
import { humanTexts, type HumanTexts } from "./humanTexts";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The core already rounded; this only pads to the 2 decimals tables print. */
function num(n: number | null | undefined): string {
  return typeof n === "number" && Number.isFinite(n) ? n.toFixed(2) : "—";
}

function percent(n: number | null | undefined): string {
  return typeof n === "number" && Number.isFinite(n) ? `${n.toFixed(2)}%` : "—";
}

function text(s: string | null | undefined): string {
  return s === null || s === undefined || s === "" ? "—" : s;
}

function withSheet<T>(t: HumanTexts, ec: EnteredComputed<T>, show: (v: T | null) => string, extra = ""): string {
  const parts = [extra, ec.cell ? t.onSheet(show(ec.entered)) : ""].filter((p) => p !== "");
  return `${show(ec.computed)}${parts.length ? t.aside(parts) : ""}`;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable: the core's order is kept within a severity
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function renderTable(t: HumanTexts, lang: Lang, table: TableReport, n: number): string[] {
  const lines = [t.table(n, table.project, table.sheet, table.range)];
  const f = table.funds;
  if (f) {
    const weight = f.weight === null ? "" : t.outOf(num(f.weight).replace(/\.00$/, ""));
    lines.push(`    ${t.rate} ${withSheet(t, f.rate, percent)}   ${t.fundsScore} ${withSheet(t, f.score, num, weight)}`);
  } else {
    lines.push(`    ${t.noFunds}`);
  }
  lines.push(`    ${t.total} ${withSheet(t, table.total, num)}   ${t.grade} ${withSheet(t, table.grade, text)}`);
  const findings = sortFindings(table.findings);
  if (findings.length === 0) lines.push(t.noFindings);
  const width = Math.max(...findings.map((x) => x.cell.length), 0);
  const severityWidth = Math.max(...Object.values(t.severity).map((w) => w.length));
  for (const finding of findings) {
    const message = lang === "en" ? finding.messageEn : finding.message;
    lines.push(`    ${t.severity[finding.severity].padEnd(severityWidth)}  ${finding.cell.padEnd(width)}  ${message}`);
  }
  return lines;
}

export function renderFile(outcome: FileOutcome, lang: Lang): string {
  const t = humanTexts(lang);
  const lines = [t.file(outcome.path)];
  if (outcome.error) {
    lines.push(`  ${lang === "en" ? outcome.error.en : outcome.error.zh}`);
  } else if (outcome.tables.length === 0) {
    lines.push(t.noTables);
  } else {
    outcome.tables.forEach((table, i) => lines.push(...renderTable(t, lang, table, i + 1)));
  }
  return `${lines.join("\n")}\n`;
}
