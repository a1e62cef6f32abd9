/**
 * Find every 自评表 on a sheet. A table is anchored on its indicator header row (一级指标 … 得分);
 * its funds block, 项目名称 and title are searched upward, its 总分 / 评分等级 rows downward.
 * Header columns are mapped by their text, never by position.
 */
import { cellAt, colCount, rowCount, type SheetGrid } from "./grid";
import { labelText } from "./text";
import {
  FUNDS_HEADS, GRADE_ROW, INDICATOR_HEADS, PROJECT, TITLE, TOTAL_ROW,
  type FundsColumn, type IndicatorColumn,
} from "./labels";

export type ColumnMap<K extends string> = Partial<Record<K, number>> & { reason2?: number };

export interface TableBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  titleRow: number | null;
  projectRow: number | null;
  fundsHeaderRow: number | null;
  fundsColumns: ColumnMap<FundsColumn>;
  indicatorHeaderRow: number;
  indicatorColumns: ColumnMap<IndicatorColumn>;
  totalRow: number | null;
  gradeRow: number | null;
  /** columns the sheet uses: no cell the table reads lies beyond */
  sheetWidth: number;
}

export function rowLabels(grid: SheetGrid, row: number, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(labelText(cellAt(grid, row, c)?.value));
  return out;
}

export function mapHeader<K extends string>(labels: string[], heads: Array<[RegExp, K]>): ColumnMap<K> {
  const map: ColumnMap<K> = {};
  labels.forEach((text, col) => {
    if (text === "") return;
    for (const [re, key] of heads) {
      if (!re.test(text)) continue;
      if (map[key] === undefined) (map as Record<string, number>)[key] = col;
      else if ((key as string) === "reason" && map.reason2 === undefined) map.reason2 = col; // 原因分析 + 改进措施
      break;
    }
  });
  return map;
}

function isIndicatorHeader(m: ColumnMap<IndicatorColumn>): boolean {
  return m.level1 !== undefined && m.score !== undefined && (m.name !== undefined || m.target !== undefined) &&
    m.weight !== undefined;
}

function isFundsHeader(m: ColumnMap<FundsColumn>): boolean {
  return m.rate !== undefined && m.executed !== undefined && (m.budget !== undefined || m.initial !== undefined);
}

const mayBeFunds = (l: string[]) => l.some((t) => t.includes("执行率"));

const firstMatch = (labels: string[], re: RegExp) => labels.findIndex((t) => t !== "" && re.test(t));

export function locateTables(grid: SheetGrid): TableBlock[] {
  const rows = rowCount(grid);
  const width = colCount(grid);
  const labels: string[][] = [];
  for (let r = 0; r < rows; r++) labels.push(rowLabels(grid, r, width));

  const headers: number[] = [];
  // a header row holds 一级指标 and 得分: test the words before mapping the whole row
  const mayBeHeader = (l: string[]) => l.some((t) => t.startsWith("一级指标")) && l.some((t) => t.includes("得分"));
  for (let r = 0; r < rows; r++) if (mayBeHeader(labels[r]) && isIndicatorHeader(mapHeader(labels[r], INDICATOR_HEADS))) headers.push(r);

  const blocks: TableBlock[] = [];
  let floor = 0; // first row not yet owned by an earlier table
  headers.forEach((h, i) => {
    const nextHeader = i + 1 < headers.length ? headers[i + 1] : rows;
    let fundsHeaderRow: number | null = null;
    let projectRow: number | null = null;
    let titleRow: number | null = null;
    for (let r = h - 1; r >= floor; r--) {
      if (fundsHeaderRow === null && mayBeFunds(labels[r]) && isFundsHeader(mapHeader(labels[r], FUNDS_HEADS))) fundsHeaderRow = r;
      if (projectRow === null && firstMatch(labels[r], PROJECT) >= 0) projectRow = r;
      if (titleRow === null && firstMatch(labels[r], TITLE) >= 0) {
        titleRow = r;
        break;
      }
    }
    let totalRow: number | null = null;
    let gradeRow: number | null = null;
    let end = h;
    for (let r = h + 1; r < nextHeader; r++) {
      const l = labels[r];
      if (r > h + 1 && (firstMatch(l, TITLE) >= 0 || firstMatch(l, PROJECT) >= 0)) break;
      if (mayBeFunds(l) && isFundsHeader(mapHeader(l, FUNDS_HEADS))) break;
      const lead = l.find((t) => t !== "") ?? "";
      if (totalRow === null && TOTAL_ROW.test(lead)) {
        totalRow = r;
        end = r;
        continue;
      }
      if (GRADE_ROW.test(lead)) {
        gradeRow = r;
        end = r;
        break;
      }
      if (totalRow !== null) {
        // below the total only a grade row belongs to the table; stop at the first other content
        if (l.some((t) => t !== "")) break;
        continue;
      }
      if (l.some((t) => t !== "")) end = r;
    }
    const top = Math.min(...[titleRow, projectRow, fundsHeaderRow, h].filter((x): x is number => x !== null));
    let left = width;
    let right = 0;
    for (let r = top; r <= end; r++) {
      labels[r].forEach((t, c) => {
        if (t === "") return;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    }
    if (left > right) {
      left = 0;
      right = 0;
    }
    blocks.push({
      top,
      bottom: end,
      left,
      right,
      titleRow,
      projectRow,
      fundsHeaderRow,
      fundsColumns: fundsHeaderRow === null ? {} : mapHeader(labels[fundsHeaderRow], FUNDS_HEADS),
      indicatorHeaderRow: h,
      indicatorColumns: mapHeader(labels[h], INDICATOR_HEADS),
      totalRow,
      gradeRow,
      sheetWidth: width,
    });
    floor = end + 1;
  });
  return blocks;
}
