/** The sheet view's model: what each cell shows, merges as spans, marks read back from the rules. */
import { analyzeSheet } from "../../src/core";
import { BrowserHost } from "../../src/browser/host/BrowserHost";
import { displayText } from "../../src/browser/sheet/displayText";
import { sheetModel, type ViewCell } from "../../src/browser/sheet/sheetModel";
import { openDoc, SAMPLE, snapshot } from "./workbooks";

function cellsOf(model: NonNullable<ReturnType<typeof sheetModel>>): Map<string, ViewCell> {
  return new Map(model.rows.flatMap((r) => r.cells).map((c) => [c.address, c]));
}

describe("display text", () => {
  test.each([
    [0.8619, "0.00%", "86.19%"],
    [0.86185, "0.00%", "86.19%"],
    [98, "0.00", "98.00"],
    [215457.6, "#,##0.00", "215,457.60"],
    [-1234.5, "#,##0", "-1,235"],
    [100, undefined, "100"],
    [0.1 + 0.2, "General", "0.3"],
    [12, '0.00"分"', "12.00"],
    ["=100.00(%)", "@", "=100.00(%)"],
    [true, undefined, "TRUE"],
    [null, "0.00", ""],
  ])("%p as %p → %p", (value, fmt, text) => {
    expect(displayText(value, fmt)).toBe(text);
  });
});

describe("sheet model", () => {
  test("the sample: merged labels span their cells, numbers show their format, nothing marked yet", async () => {
    const doc = await openDoc(SAMPLE);
    const model = sheetModel(doc.workbook, doc.active)!;
    const cells = cellsOf(model);
    expect(cells.get("A3")).toMatchObject({ text: "财政项目支出绩效自评表", colSpan: 8, rowSpan: 1, bold: true });
    expect(cells.get("A9")).toMatchObject({ text: "项目资金 (万元)", rowSpan: 5 });
    expect(cells.has("A10")).toBe(false);
    expect(cells.get("D10")).toMatchObject({ text: "156.28", numeric: true });
    expect(cells.get("G10")).toMatchObject({ text: "" });
    expect([...cells.values()].filter((c) => c.mark)).toEqual([]);
    expect(model.widths).toHaveLength(8);
    expect(model.truncated).toBe(false);
  });

  test("after 重新计算: computed texts, one highlight per marked cell, notes as tooltips; drawing changes nothing", async () => {
    const doc = await openDoc(SAMPLE);
    await new BrowserHost(doc, analyzeSheet).recalculate("sheet", {}, { formulas: true });
    const before = snapshot(doc.workbook);
    const cells = cellsOf(sheetModel(doc.workbook, doc.active)!);
    expect(snapshot(doc.workbook)).toEqual(before);
    expect(cells.get("G23")).toMatchObject({ text: "98.00", mark: "written" });
    expect(cells.get("C24")).toMatchObject({ text: "优", mark: "written" });
    expect(cells.get("D50")).toMatchObject({ text: "99.00", mark: "error" });
    expect(cells.get("D50")?.note).toMatch(/^【绩效自评助手】\n/);
    const marked = [...cells.values()].filter((c) => c.mark).map((c) => c.address).sort();
    expect(marked).toEqual(["C24", "D50", "G10", "G18", "G23", "G41", "G69", "G93", "H10"]);
  });
});
