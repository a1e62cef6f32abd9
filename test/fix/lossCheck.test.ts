/**
 * What a rewrite through exceljs would drop is found from the package before anything is written.
 * Each feature is added to a plain workbook's package the way Excel stores it.
 */
import * as fs from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { checkLosses, describeLosses, type Loss } from "../../src/files/lossCheck";
import { ROOT } from "../cli/seedWorkbook";
import { partsOf, withParts } from "../files/zipParts";

let plain: Buffer;
beforeAll(async () => {
  const wb = new Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getCell("A1").value = "项目名称";
  ws.getCell("B1").note = "批注";
  ws.getCell("C1").value = { text: "网站", hyperlink: "https://example.org" };
  wb.definedNames.add("'自评表'!$A$1:$B$2", "区域");
  ws.pageSetup.printArea = "A1:H20";
  plain = Buffer.from(await wb.xlsx.writeBuffer());
});

function losses(bytes: Buffer): Loss[] {
  const r = checkLosses(bytes);
  if (!r.ok) throw new Error("package not readable");
  return r.losses;
}

const sheetXml = () => partsOf(plain).get("xl/worksheets/sheet1.xml")!.toString("utf8");
const workbookXml = () => partsOf(plain).get("xl/workbook.xml")!.toString("utf8");

describe("the loss check", () => {
  it("finds nothing to lose in a plain workbook or any fixture", () => {
    expect(losses(plain)).toEqual([]);
    const dir = path.join(ROOT, "test", "fixtures", "xlsx");
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) expect([f, losses(fs.readFileSync(path.join(dir, f)))]).toEqual([f, []]);
  });

  it.each([
    ["xl/charts/chart1.xml", "图表", "charts"],
    ["xl/chartsheets/sheet2.xml", "图表工作表", "chart sheets"],
    ["xl/media/image1.png", "图片", "pictures"],
    ["xl/pivotTables/pivotTable1.xml", "数据透视表", "pivot tables"],
    ["xl/vbaProject.bin", "宏（VBA 代码）", "macros (VBA)"],
    ["xl/externalLinks/externalLink1.xml", "外部链接", "external links"],
    ["xl/threadedComments/threadedComment1.xml", "新版批注", "threaded comments"],
    ["xl/slicers/slicer1.xml", "切片器", "slicers"],
    ["xl/timelines/timeline1.xml", "日程表", "timelines"],
    ["customXml/item1.xml", "自定义 XML", "custom XML parts"],
    ["xl/embeddings/oleObject1.bin", "嵌入对象", "embedded objects"],
    ["xl/activeX/activeX1.xml", "ActiveX", "ActiveX controls"],
    ["xl/ctrlProps/ctrlProp1.xml", "表单控件", "form controls"],
    ["xl/connections.xml", "数据连接", "data connections"],
    ["xl/richData/rdrichvalue.xml", "单元格内图片", "pictures in cells"],
    ["xl/tables/table1.xml", "表格", "tables"],
  ])("lists %s as something a copy loses", (part, zh, en) => {
    const found = losses(withParts(plain, { [part]: "<x/>" }));
    expect(found).toEqual([expect.objectContaining({ count: 1, blocking: true })]);
    expect(found[0].zh).toContain(zh);
    expect(found[0].en).toContain(en);
  });

  it("counts two charts as two", () => {
    const found = losses(withParts(plain, { "xl/charts/chart1.xml": "<c/>", "xl/charts/chart2.xml": "<c/>" }));
    expect(describeLosses(found)).toEqual({ zh: "图表（2）", en: "charts (2)" });
  });

  it("finds shapes in a drawing, but not the drawing of notes", () => {
    const drawing = '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp macro=""><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>';
    expect(losses(withParts(plain, { "xl/drawings/drawing1.xml": drawing }))[0]).toMatchObject({ en: "shapes or text boxes", count: 1 });
    expect(partsOf(plain).has("xl/drawings/vmlDrawing1.vml")).toBe(true);
  });

  it("finds sparklines and Excel 2010 validation lists in a sheet's extensions", () => {
    const ext =
      '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines/></x14:sparklineGroup></x14:sparklineGroups></ext>' +
      '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list"/></x14:dataValidations></ext></extLst>';
    const found = losses(withParts(plain, { "xl/worksheets/sheet1.xml": sheetXml().replace("</worksheet>", `${ext}</worksheet>`) }));
    expect(found.map((l) => l.en)).toEqual(["sparklines", "data validation lists referring to other sheets (Excel 2010 form)"]);
  });

  it("finds links to places inside the workbook", () => {
    const xml = sheetXml().replace(/<hyperlinks>/, '<hyperlinks><hyperlink ref="D1" location="\'自评表\'!A1" display="跳转"/>');
    expect(losses(withParts(plain, { "xl/worksheets/sheet1.xml": xml })).map((l) => l.en)).toEqual(["hyperlinks to places in the workbook"]);
  });

  it("finds workbook protection and names that are formulas, hidden or sheet-scoped", () => {
    const xml = workbookXml()
      .replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>')
      .replace(
        "</definedNames>",
        '<definedName name="税率">0.06</definedName><definedName name="本表" localSheetId="0">\'自评表\'!$A$1</definedName>' +
          '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'自评表\'!$A$1:$H$9</definedName></definedNames>',
      );
    const found = losses(withParts(plain, { "xl/workbook.xml": xml }));
    expect(found.map((l) => [l.en, l.count])).toEqual([
      ["workbook structure protection", 1],
      ["defined names 税率, 本表 (formulas, relative references, hidden or sheet-scoped names)", 2],
    ]);
  });

  it("says printer settings and custom properties are not kept, without blocking", () => {
    const found = losses(withParts(plain, { "xl/printerSettings/printerSettings1.bin": "x", "docProps/custom.xml": "<Properties/>" }));
    expect(found.map((l) => l.blocking)).toEqual([false, false]);
  });

  it("cannot read a broken package", () => {
    expect(checkLosses(Buffer.from("PK\x03\x04 not really a zip"))).toEqual({ ok: false });
  });
});
