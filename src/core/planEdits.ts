/**
 * What a recalculation writes: arithmetic cells (执行率, funds 得分, 总分, 评分等级) where they are
 * blank or wrong, blank judgement scores filled with the rule score, and a mark on every cell with
 * a finding or a written value. Nothing else. A cell already right — a value, or a template formula
 * whose result is right — is left alone.
 */
import { address, type CellValue, type GridCell, type SheetGrid } from "./grid";
import type { Settings } from "./settings";
import type { CellEdit, CellMark, EditKind, MarkSeverity, Plan, PlanOptions } from "./plan";
import type { CellRef } from "./model";
import type { TableModel } from "./model";
import type { EvaluatedTable } from "./evaluate";
import { roundHalfUp } from "./rounding";
import { readNumber } from "./numbers";
import { labelText, isBlank } from "./text";
import { fmt } from "./messages";
import { gradeFor } from "./grade";
import { excelFormulas } from "./formulas";

const isNumberCell = (c: GridCell | undefined): boolean => !!c && typeof c.value === "number";
const isTextFormat = (c: GridCell | undefined): boolean => !!c?.numFmt && c.numFmt.trim() === "@";

export function planTable(grid: SheetGrid, m: TableModel, ev: EvaluatedTable, s: Settings, o: PlanOptions): Plan {
  const d = s.decimals;
  const edits: CellEdit[] = [];
  const numberFormat = d === 0 ? "0" : "0." + "0".repeat(d);
  /** cells that will hold a number once the plan is applied (for formulas referencing them) */
  const numeric = (r: CellRef | null): boolean => !!r && (isNumberCell(r.cell) || edits.some((e) => e.row === r.row && e.col === r.col && typeof e.value === "number"));

  const write = (r: CellRef, kind: EditKind, value: CellValue, formula?: string, fmtCode?: string) => {
    const cell = r.cell;
    // the template's own formula already computes this value: leave it
    if (cell?.formula && cell.value !== null && cell.value !== undefined && sameValue(cell, value, d)) return;
    const liven = o.liveRightValues && o.formulas && formula !== undefined && kind !== "score";
    if (!cell?.formula && !isBlank(cell?.value) && sameValue(cell!, value, d) && !liven) return;
    const edit: CellEdit = {
      sheet: grid.name, cell: address(r.row, r.col), row: r.row, col: r.col, kind, value,
      before: { value: cell?.value ?? null, ...(cell?.formula ? { formula: cell.formula } : {}) },
    };
    if (o.formulas && formula) edit.formula = formula;
    if (fmtCode) edit.numFmt = fmtCode;
    else if (isTextFormat(cell)) edit.numFmt = typeof value === "number" ? numberFormat : "General";
    edits.push(edit);
  };

  const f = excelFormulas(s);

  // 执行率 of every funds row with a budget
  for (const fr of ev.fundsRows) {
    const r = fr.model;
    if (fr.rate === null || !r.rate || !r.budget || !r.executed) continue;
    const percentFormat = !!r.rate.cell?.numFmt?.includes("%") || (typeof r.rate.cell?.value === "string" && r.rate.cell.value.includes("%") && grid.typed === true);
    const live = numeric(r.budget) && numeric(r.executed);
    if (percentFormat) {
      const value = roundHalfUp(fr.rate / 100, d + 2);
      write(r.rate, "rate", value, live ? f.rateFraction(r.executed, r.budget) : undefined, r.rate.cell?.numFmt?.includes("%") ? undefined : "0.00%");
    } else {
      write(r.rate, "rate", fr.rate, live ? f.ratePercent(r.executed, r.budget) : undefined);
    }
  }

  // funds 得分
  const ft = ev.fundsTotal;
  if (ft && ft.score && ev.fundsScore !== null && ft.budget && ft.executed) {
    const live = numeric(ft.budget) && numeric(ft.executed);
    const weightRef = ft.weight && isNumberCell(ft.weight.cell) ? ft.weight : null;
    write(ft.score, "fundsScore", ev.fundsScore, live ? f.fundsScore(ft.executed, ft.budget, weightRef, ev.fundsWeight ?? s.fundsWeight) : undefined);
  }

  // judgement scores: only blank ones, never a partial/failed tier (the person chooses there)
  const finals = new Map<number, number | null>();
  for (const i of ev.indicators) {
    const sc = i.model.score;
    let final = i.final;
    if (sc && i.judgement.rule !== null && !i.judgement.notApplicable) {
      const blank = isBlank(sc.cell?.value) && !sc.cell?.formula;
      const replace = o.overwriteScores && i.entered !== null && roundHalfUp(i.entered, d) !== i.judgement.rule;
      if (blank || replace) {
        write(sc, "score", i.judgement.rule);
        final = i.judgement.rule;
      }
    }
    finals.set(i.model.row, final);
  }

  // 总分: from the scores as they will stand, so overwritten scores count
  let total = ev.total;
  if (o.overwriteScores && total !== null) {
    const counted = ev.indicators.filter((i) => !i.judgement.notApplicable);
    let sum = (ev.fundsScore ?? 0) + counted.reduce((a, i) => a + (finals.get(i.model.row) ?? 0), 0);
    if (ev.rescale) sum = (sum * ev.rescale.basis) / (ev.rescale.basis - ev.rescale.naWeight);
    total = roundHalfUp(sum, d);
  }
  const grade = total === null ? null : ev.grade !== null && !o.overwriteScores ? ev.grade : gradeFor(total, s.gradeBands);
  const parts: CellRef[] = [];
  if (ft?.score && m.funds) parts.push(ft.score);
  for (const i of ev.indicators) if (!i.judgement.notApplicable && i.model.score) parts.push(i.model.score);
  if (m.totalScore && total !== null) {
    const live = parts.every(numeric);
    write(m.totalScore, "total", total, live ? f.total(parts, ev.rescale) : undefined);
  }
  if (m.grade && grade !== null) {
    const totalLive = !!m.totalScore && numeric(m.totalScore);
    write(m.grade, "grade", grade, totalLive && m.totalScore ? f.grade(m.totalScore) : undefined);
  }

  return { edits, marks: marksFor(grid.name, ev, edits) };
}

function sameValue(cell: GridCell, value: CellValue, d: number): boolean {
  if (typeof value === "number") {
    const n = readNumber(cell);
    if (!n) return false;
    const v = n.percent && cell.numFmt?.includes("%") ? n.value / 100 : n.value;
    return roundHalfUp(v, d + 2) === roundHalfUp(value, d + 2) || roundHalfUp(v, d) === roundHalfUp(value, d) && !n.percent;
  }
  return labelText(cell.value) === labelText(value);
}

function sameShown(e: CellEdit): boolean {
  const b = e.before.value;
  if (typeof e.value === "number") {
    const n = readNumber({ value: b });
    return n !== null && roundHalfUp(n.percent ? n.value / 100 : n.value, 6) === roundHalfUp(e.value, 6);
  }
  return labelText(b) === labelText(e.value);
}

const RANK: Record<MarkSeverity, number> = { error: 3, warning: 2, info: 1, written: 0 };

function marksFor(sheet: string, ev: EvaluatedTable, edits: CellEdit[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  const put = (cell: string, row: number, col: number, severity: MarkSeverity, note: string, noteEn: string) => {
    const m = byCell.get(cell);
    if (!m) {
      byCell.set(cell, { sheet, cell, row, col, severity, note, noteEn });
      return;
    }
    if (RANK[severity] > RANK[m.severity]) m.severity = severity;
    m.note += "\n" + note;
    m.noteEn += "\n" + noteEn;
  };
  for (const f of ev.report.findings) {
    const a = parseA1(f.cell);
    put(f.cell, a.row, a.col, f.severity, f.message, f.messageEn);
  }
  for (const e of edits) {
    // a right value only made live shows the same: nothing for a reviewer to look at
    if (e.formula !== undefined && e.before.formula === undefined && e.before.value !== null && sameShown(e)) continue;
    const before = e.before.formula ? `=${e.before.formula}` : e.before.value === null || e.before.value === "" ? "空白" : String(e.before.value);
    const shown = typeof e.value === "number" ? (e.kind === "rate" && e.value < 2 && e.numFmt !== undefined ? fmt(e.value * 100) + "%" : fmt(e.value)) : String(e.value);
    put(e.cell, e.row, e.col, "written", `绩效自评助手已写入 ${shown}（原为 ${before}）`, `Written by ziping: ${shown} (was ${before === "空白" ? "blank" : before})`);
  }
  return [...byCell.values()];
}

function parseA1(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: parseInt(m[2], 10) - 1, col: col - 1 };
}
