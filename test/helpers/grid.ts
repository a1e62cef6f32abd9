import type { CellValue, GridCell, SheetGrid } from "../../src/core";

/** A typed grid from rows of plain values (numbers stay numbers), as an .xlsx reader would give. */
export function typedGrid(rows: CellValue[][], name = "Sheet1", extra: Record<string, Partial<GridCell>> = {}): SheetGrid {
  const cells: GridCell[][] = rows.map((r) => r.map((value) => ({ value: value === "" ? null : value })));
  for (const [a, patch] of Object.entries(extra)) {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    const row = parseInt(m[2], 10) - 1;
    const col = m[1].charCodeAt(0) - 65;
    while (cells.length <= row) cells.push([]);
    while (cells[row].length <= col) cells[row].push({ value: null });
    cells[row][col] = { ...cells[row][col], ...patch };
  }
  return { name, cells, typed: true };
}

/** A small national-form table starting at A1: funds rows 3–6, indicators from row 8, total and grade after. */
export function smallTable(opts: {
  budget?: number; executed?: number; rate?: CellValue; fundsScore?: CellValue;
  indicators?: CellValue[][]; total?: CellValue; grade?: CellValue;
} = {}): CellValue[][] {
  const b = opts.budget ?? 100;
  const e = opts.executed ?? 100;
  const inds = opts.indicators ?? [
    ["产出指标", "数量指标", "完成数量", "≥10个", "10个", 30, 30, ""],
    ["", "质量指标", "合格率", "=100%", "97%", 20, "", ""],
    ["效益指标", "社会效益指标", "群众获得感", "提升", "达成指标", 30, 30, ""],
    ["满意度指标", "服务对象满意度指标", "受益群体满意度", "≥90%", "95%", 10, 10, ""],
  ];
  return [
    ["项目名称", "", "测试项目", "", "", "", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"],
    ["", "年度资金总额", b, b, e, 10, opts.rate ?? "", opts.fundsScore ?? ""],
    ["", "其中：当年财政拨款", b, b, e, "-", "", "-"],
    ["", "上年结转资金", 0, 0, 0, "-", "", "-"],
    ["", "其他资金", 0, 0, 0, "-", "", "-"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ...inds,
    ["总分", "", "", "", "", 100, opts.total ?? "", ""],
    ["评分等级", "", opts.grade ?? "", "", "", "", "", ""],
  ];
}
