/**
 * A workbook with everything `fix` must carry over untouched, built the way a department's copy of
 * the form might look: the seed's four tables with styles, merges, widths, heights, validation,
 * defined names, notes (one on a cell that gets a mark), a person's own conditional format, a
 * shared formula whose master is stale, a hidden sheet, the add-in's very hidden settings sheet
 * (strict scoring) and table 1's arithmetic cells left blank so that formulas get written.
 */
import { Workbook, type DataValidation, type Worksheet } from "exceljs";
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from "../../src/core/workbookSettings";
import { seedLines } from "../cli/seedWorkbook";

export const TRICKY_SETTINGS = { scorePolicy: "strict" };
export const FOREIGN_NOTE = "审核意见：扣分合理（张三）";
export const EMPTY_CELL_NOTE = "如有偏差请在此说明";

function seedSheet(ws: Worksheet): void {
  seedLines().forEach((fields, r) =>
    fields.forEach((f, c) => {
      if (f === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      if (/^-?\d+(\.\d+)?$/.test(f)) {
        cell.value = Number(f);
        if (f.includes(".")) cell.numFmt = "0.00";
      } else cell.value = f;
    }),
  );
}

export function buildTrickyWorkbook(wb: Workbook): void {
  wb.creator = "某某单位财务科";
  wb.title = "2023 年度绩效自评";

  const cover = wb.addWorksheet("封面", { properties: { tabColor: { argb: "FF00B050" } } });
  cover.getCell("B2").value = "2023 年度项目支出绩效自评材料";
  cover.getCell("B2").font = { name: "黑体", size: 18, bold: true };
  cover.mergeCells("B2:F3");
  cover.getColumn(2).width = 20;

  const ws = wb.addWorksheet("自评表", { views: [{ state: "frozen", ySplit: 2 }] });
  seedSheet(ws);
  // table 1: arithmetic cells and one judgement score left blank
  for (const a of ["G10", "H10", "G11", "G19", "G23", "C24"]) ws.getCell(a).value = null;
  // table 3: 执行率 as a shared formula whose master's cached result is stale
  ws.getCell("G60").value = { formula: "ROUND(E60/D60*100,2)", result: 99, shareType: "shared", ref: "G60:G61" } as never;
  ws.getCell("G61").value = { sharedFormula: "G60", result: 100 } as never;

  // styles a person set: header, a yellow score, a coloured reason
  const head = ws.getRow(16);
  head.eachCell((c) => {
    c.font = { bold: true, name: "宋体", size: 10 };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    c.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  ws.getCell("G18").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("H18").font = { color: { argb: "FF0070C0" }, italic: true };
  ws.getCell("A5").value = { richText: [{ text: "(2023 ", font: { bold: true } }, { text: "年度)" }] };

  ws.mergeCells("A3:H3");
  ws.mergeCells("A5:H5");
  ws.mergeCells("C7:H7");
  ws.mergeCells("A17:A19");
  ws.mergeCells("A20:A21");
  // the 评分等级 label spans two columns, so a blank grade is the cell after them (C24)
  ws.mergeCells("A24:B24");

  ws.getColumn(1).width = 12;
  ws.getColumn(3).width = 30;
  ws.getColumn(8).width = 40;
  ws.getColumn(9).width = 5;
  ws.getColumn(9).hidden = true;
  ws.getRow(3).height = 30;
  ws.getRow(18).height = 45;
  ws.getCell("A102").value = "隐藏行：内部备注";
  ws.getRow(102).hidden = true;

  // exceljs' typings leave out the worksheet's validations, which it reads and writes
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: DataValidation): void } }).dataValidations;
  validations.add("G17:G22", { type: "decimal", operator: "between", allowBlank: true, formulae: [0, 100], showErrorMessage: true, error: "得分须在 0–100 之间" });
  validations.add("C24", { type: "list", allowBlank: true, formulae: ['"优,良,中,差"'] });

  ws.getCell("G18").note = FOREIGN_NOTE;
  ws.getCell("A3").note = "模板版本 2023-1";
  // a note on an empty cell: exceljs writes it but does not read it back
  ws.getCell("H22").note = EMPTY_CELL_NOTE;
  ws.getCell("J2").value = { text: "填报说明", hyperlink: "https://example.org/ziping/help" };

  ws.addConditionalFormatting({
    ref: "F17:F22",
    rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: [20], style: { font: { color: { argb: "FFC00000" } } } }],
  });
  ws.pageSetup.printArea = "A1:H100";
  ws.pageSetup.orientation = "landscape";
  ws.headerFooter.oddFooter = "第 &P 页，共 &N 页";
  wb.definedNames.add("'自评表'!$G$17:$G$22", "指标得分");

  const help = wb.addWorksheet("说明", { state: "hidden" });
  help.getCell("A1").value = "本工作簿由财务科下发，请勿修改公式。";

  const data = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
  data.getCell("A1").value = SETTINGS_MARKER;
  data.getCell("A2").value = JSON.stringify(TRICKY_SETTINGS);
}

export async function writeTrickyWorkbook(file: string): Promise<string> {
  const wb = new Workbook();
  buildTrickyWorkbook(wb);
  await wb.xlsx.writeFile(file);
  return file;
}
