/**
 * The sample workbook the 网页版 opens with: the seed's four published tables (Pujin street
 * office, 2023) as a typed .xlsx, laid out like the template they were printed from — numbers
 * typed as numbers (the same typing `ziping fix` gives a converted text grid, typedValue), merged
 * labels, borders, bold headers. Its cells stay exactly where the seed has them, PDF shifts
 * included, so the addresses of test/fixtures/seed/README.md hold here too.
 *
 * The seed itself has no error, and a recalculation of it writes nothing. So that the demo shows
 * what the tool writes, DEMO_CHANGES blanks the cells a person usually leaves to be computed in
 * table 1 and one score in table 3, and puts a wrong 总分 into table 2. The page says so.
 */
import * as fs from "fs";
import * as path from "path";
import type { Workbook, Worksheet } from "exceljs";
import { readTextGrid } from "../../src/files/readText";
import { typedValue } from "../../src/files/textWorkbook";
import { isReadError } from "../../src/files/readError";
import { parseAddress } from "../../src/core/grid";
import type { Fixture } from "../fixtures/types";

const ROOT = path.join(__dirname, "..", "..");
export const SEED = path.join(ROOT, "test", "fixtures", "seed", "pujin-2023-self-evaluation.txt");
export const SAMPLE_FILE = path.join(ROOT, "assets", "sample", "pujin-2023-sample.xlsx");
export const SAMPLE_SHEET = "浦锦街道2023";

/** What the sample changes in the seed, cell by cell (null: blank, keeping the cell's format). */
export const DEMO_CHANGES: ReadonlyArray<{ cell: string; value: number | null; why: string }> = [
  { cell: "G10", value: null, why: "表一 执行率 blank: computed" },
  { cell: "H10", value: null, why: "表一 资金得分 blank: computed" },
  { cell: "G23", value: null, why: "表一 总分 blank: computed" },
  { cell: "C24", value: null, why: "表一 评分等级 blank: computed" },
  { cell: "D50", value: 97, why: "表二 总分 99.00 typed as 97.00: an error, corrected" },
  { cell: "G69", value: null, why: "表三 一项得分 blank: filled by the rule" },
];

/** Merged areas as a printed template has them; cells covered by a merge are empty in the seed. */
const MERGES = [
  // table 1
  "A3:H3", "A5:H5", "A7:B7", "C7:H7", "A8:B8", "C8:D8", "E8:F8", "G8:H8", "A9:A13",
  "A14:A15", "B14:D14", "E14:H14", "B15:D15", "E15:H15", "A17:A19", "A20:A21", "B20:B21", "A23:E23", "A24:B24", "C24:H24",
  // table 2 (rows 45, 50 and 51 are shifted in the seed and stay as they are)
  "A26:H26", "A28:H28", "A30:B30", "C30:H30", "A31:B31", "C31:D31", "E31:F31", "G31:H31", "A32:A36",
  "A38:B38", "C37:D37", "E37:H37", "C38:D38", "E38:H38", "A40:A44", "B40:B41", "B42:B44", "A46:A47", "A50:B50",
  // table 3
  "A53:H53", "A55:H55", "A57:B57", "C57:H57", "A58:B58", "C58:D58", "E58:F58", "G58:H58", "A59:A63",
  "A64:A65", "B64:D64", "E64:H64", "B65:D65", "E65:H65", "A67:A71", "B67:B68", "B69:B70", "A74:E74", "A75:B75", "C75:H75",
  // table 4 (rows 94–98 and 100 are shifted in the seed and stay as they are)
  "A77:H77", "A79:H79", "A81:B81", "C81:H81", "A82:B82", "C82:D82", "E82:F82", "G82:H82", "A83:A87",
  "A88:A89", "B88:D88", "E88:H88", "B89:D89", "E89:H89", "A91:A93", "B92:B93", "A99:E99",
];

const WIDTHS = [11, 16, 26, 14, 14, 9, 9, 30];
const TITLE = /^财政项目支出绩效自评表$/;
const HEADER = /^(项目名称|主管部门|实施单位|项目资金|年初预算数|全年预算数|全年执行数|分数|执行率|得分|预期目标|实际完成情况|一级\s*指标|二级\s*指标|三级指标|年度指标值|实际完成值|分值|偏差原因|总分|评分等级|年度\s*总体)/;

function seedCells(): (string | null)[][] {
  const grid = readTextGrid(SEED, fs.readFileSync(SEED));
  if (isReadError(grid)) throw new Error(grid.en);
  return grid.cells.map((row) => (row ?? []).map((c) => (c && typeof c.value === "string" ? c.value : null)));
}

function style(ws: Worksheet, rows: number): void {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const thin = { style: "thin" as const, color: { argb: "FF808080" } };
  for (let r = 1; r <= rows; r++) {
    const first = ws.getCell(r, 1).value;
    const title = typeof first === "string" && (TITLE.test(first) || /^\(\d{4} 年度\)$/.test(first));
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(r, c);
      const text = typeof cell.value === "string" ? cell.value : "";
      if (title) {
        cell.font = { bold: TITLE.test(text), size: TITLE.test(text) ? 16 : 11 };
        cell.alignment = { horizontal: "center" };
        continue;
      }
      if (!rowHasContent(ws, r)) continue;
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { vertical: "middle", horizontal: typeof cell.value === "number" ? "right" : "left" };
      if (HEADER.test(text)) cell.font = { bold: true };
    }
  }
}

function rowHasContent(ws: Worksheet, r: number): boolean {
  for (let c = 1; c <= 8; c++) if (ws.getCell(r, c).value !== null) return true;
  return false;
}

function build(wb: Workbook): void {
  const ws = wb.addWorksheet(SAMPLE_SHEET, { views: [{ showGridLines: true }] });
  const cells = seedCells();
  cells.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === null || text === "") return;
      const typed = typedValue(text);
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
    }),
  );
  // styled first, so a blanked number cell keeps a number cell's alignment and format
  style(ws, cells.length);
  for (const change of DEMO_CHANGES) {
    const p = parseAddress(change.cell);
    if (!p) throw new Error(`bad address ${change.cell}`);
    ws.getCell(p.row + 1, p.col + 1).value = change.value;
  }
  for (const m of MERGES) ws.mergeCells(m);
}

/** Shaped as a fixture so the fixtures' deterministic writer (fixed dates, re-packed zip) writes it. */
export const SAMPLE: Fixture = { name: "pujin-2023-sample", covers: "the 网页版 sample: the seed as a template workbook, with demo changes", build, tables: [] };
