/**
 * The browser host on the in-memory workbook, in Node (exceljs's Node build has the same API as
 * the browser build the page bundles): it writes exactly what `ziping fix` writes, records what it
 * overwrote so that 撤销 gives the sheet back, and behaves like the Excel host for marks, settings,
 * protection and selection.
 */
import * as fs from "fs";
import { analyzeSheet } from "../../src/core";
import { SETTINGS_SHEET_NAME } from "../../src/core/workbookSettings";
import { scoreWorkbook } from "../../src/files/scoredWorkbook";
import { workbookGrids } from "../../src/files/readXlsx";
import { BrowserHost } from "../../src/browser/host/BrowserHost";
import { ownedRules, ownedNoteCount } from "../../src/browser/host/ownedMarks";
import { contentAt } from "../../src/browser/host/cellContent";
import { WorkbookDoc } from "../../src/browser/WorkbookDoc";
import { isHostError, type CellRef } from "../../src/host/WorkbookHost";
import { FIXTURE, openBytes, openDoc, roundTrip, SAMPLE, snapshot } from "./workbooks";

const FORMULAS = { formulas: true };

function hostOf(doc: WorkbookDoc, lang = "zh-CN"): BrowserHost {
  return new BrowserHost(doc, analyzeSheet, lang);
}

/** What `ziping fix` writes for a file: its own function, on a fresh copy. */
async function fixed(file: string) {
  const wb = await openBytes(fs.readFileSync(file));
  const read = workbookGrids(wb);
  if (!("grids" in read)) throw new Error(read.en);
  scoreWorkbook(wb, read.grids, {}, { formulas: true, overwriteScores: false }, { english: false });
  return wb;
}

describe("browser host: recalculate", () => {
  test("the sample: four tables, the demo's six cells written, nine marked", async () => {
    const doc = await openDoc(SAMPLE);
    const r = await hostOf(doc).recalculate("sheet", {}, FORMULAS);
    expect(r.reports.map((t) => [t.project, t.total.computed, t.grade.computed])).toEqual([
      ["“一网统管”运维费", 98, "优"],
      ["大联动居村考核", 99, "优"],
      ["联动处置经费", 100, "优"],
      ["网格督查人员经费", 98, "优"],
    ]);
    expect(r.writtenCells.map((c) => c.cell).sort()).toEqual(["C24", "D50", "G10", "G23", "G69", "H10"]);
    expect(r).toMatchObject({ sheets: ["浦锦街道2023"], written: 6, marked: 9, notes: 9 });
    const at = (cell: string) => contentAt(doc.workbook, "浦锦街道2023", cell);
    expect(at("G23")).toEqual({ value: 98, formula: "ROUND(SUM(H10,G17:G22),2)", numFmt: "0.00" });
    expect(at("D50")).toMatchObject({ value: 99, formula: expect.stringContaining("SUM(") });
    expect(at("G69")).toMatchObject({ value: 10 });
  });

  test("writes the same cells, formulas, highlights and notes as `ziping fix` (scoreWorkbook)", async () => {
    for (const file of [SAMPLE, FIXTURE("error-uncached-formula"), FIXTURE("layout-messy-cells")]) {
      const doc = await openDoc(file);
      await hostOf(doc).recalculate("workbook", {}, FORMULAS);
      const mine = snapshot(await roundTrip(doc.workbook));
      expect(mine).toEqual(snapshot(await roundTrip(await fixed(file))));
    }
  });

  test("one sheet at a time keeps the marks of the other sheets", async () => {
    const doc = await openDoc(FIXTURE("layout-synonyms"));
    const host = hostOf(doc);
    const [first, second] = doc.sheetNames();
    await host.recalculate("sheet", {}, FORMULAS);
    const before = ownedRules(doc.workbook.getWorksheet(first)!).cells;
    expect(before.size).toBeGreaterThan(0);
    doc.activate(second);
    await host.recalculate("sheet", {}, FORMULAS);
    expect(ownedRules(doc.workbook.getWorksheet(first)!).cells).toEqual(before);
    expect(ownedRules(doc.workbook.getWorksheet(second)!).cells.size).toBeGreaterThan(0);
  });

  test("a sheet without a 自评表: noTable, nothing written", async () => {
    const doc = await openDoc(FIXTURE("layout-no-table"));
    const before = snapshot(doc.workbook);
    await expect(hostOf(doc).recalculate("sheet", {}, FORMULAS)).rejects.toMatchObject({ name: "HostError", code: "noTable" });
    expect(snapshot(doc.workbook)).toEqual(before);
    expect(doc.workbook.getWorksheet(SETTINGS_SHEET_NAME)).toBeUndefined();
  });

  test("a protected sheet: refused before anything is written", async () => {
    const doc = await openDoc(SAMPLE);
    await doc.workbook.worksheets[0].protect("", {});
    const before = snapshot(doc.workbook);
    const e = await hostOf(doc).recalculate("sheet", {}, FORMULAS).catch((x: unknown) => x);
    expect(isHostError(e) && e.code).toBe("protected");
    expect(snapshot(doc.workbook)).toEqual(before);
  });

  test("English notes when the display language is English", async () => {
    const doc = await openDoc(SAMPLE);
    await hostOf(doc, "en-US").recalculate("sheet", {}, FORMULAS);
    const note = doc.workbook.worksheets[0].getCell("D50").note;
    expect(String(note)).toMatch(/^【绩效自评助手】\nTotal/);
  });
});

describe("browser host: undo and marks", () => {
  test("撤销本次计算 gives the sheet back exactly, also after the file was saved and reopened", async () => {
    const doc = await openDoc(SAMPLE);
    const original = snapshot(doc.workbook);
    await hostOf(doc).recalculate("sheet", {}, FORMULAS);
    const reopened = new WorkbookDoc(await roundTrip(doc.workbook), doc.fileName);
    for (const d of [doc, reopened]) {
      expect(await hostOf(d).undo()).toEqual({ restored: 6, skipped: 0 });
      expect(snapshot(d.workbook)).toEqual(original);
      expect(await hostOf(d).undo()).toEqual({ restored: 0, skipped: 0 });
    }
  });

  test("a second recalculation keeps the first original; a cell a person changed is left alone", async () => {
    const doc = await openDoc(SAMPLE);
    const host = hostOf(doc);
    await host.recalculate("sheet", {}, FORMULAS);
    await host.recalculate("sheet", {}, FORMULAS);
    doc.workbook.worksheets[0].getCell("G23").value = 97.5;
    expect(await host.undo()).toEqual({ restored: 5, skipped: 1 });
    expect(contentAt(doc.workbook, "浦锦街道2023", "G23")).toMatchObject({ value: 97.5 });
    expect(contentAt(doc.workbook, "浦锦街道2023", "D50")).toMatchObject({ value: 97 });
    expect(contentAt(doc.workbook, "浦锦街道2023", "G10")).toMatchObject({ value: null });
  });

  test("清除标记 removes every highlight and note and keeps the values; 提交前清理 also the records", async () => {
    const doc = await openDoc(SAMPLE);
    const host = hostOf(doc);
    await host.recalculate("sheet", {}, FORMULAS);
    const ws = doc.workbook.worksheets[0];
    const rules = ownedRules(ws).count;
    expect(await host.clearMarks()).toEqual({ marks: rules, notes: 9, records: 0 });
    expect([ownedRules(ws).count, ownedNoteCount(ws)]).toEqual([0, 0]);
    expect(contentAt(doc.workbook, ws.name, "G23")).toMatchObject({ value: 98 });
    expect(await host.cleanForSubmit()).toEqual({ marks: 0, notes: 0, records: 6 });
    expect(doc.workbook.getWorksheet(SETTINGS_SHEET_NAME)).toBeUndefined();
  });
});

describe("browser host: settings and selection", () => {
  test("settings go to the very hidden sheet that Excel and the command line read", async () => {
    const doc = await openDoc(SAMPLE);
    const host = hostOf(doc);
    expect(await host.loadSettings()).toEqual({ settings: {}, formulas: true, scope: "sheet" });
    await host.saveSettings({ settings: { fundsWeight: 20, decimals: 2 }, formulas: false, scope: "workbook" });
    const reread = await roundTrip(doc.workbook);
    expect(reread.getWorksheet(SETTINGS_SHEET_NAME)?.state).toBe("veryHidden");
    const grids = workbookGrids(reread);
    expect("grids" in grids && grids.workbookSettings).toEqual({ fundsWeight: 20 });
    expect(await hostOf(new WorkbookDoc(reread, "x")).loadSettings()).toEqual({ settings: { fundsWeight: 20 }, formulas: false, scope: "workbook" });
  });

  test("selectCell shows the cell's sheet and tells the listeners; a click in the sheet view does the same", async () => {
    const doc = await openDoc(FIXTURE("layout-synonyms"));
    const host = hostOf(doc);
    const seen: CellRef[] = [];
    const off = await host.onSelectionChanged((ref) => seen.push(ref));
    const second = doc.sheetNames()[1];
    await host.selectCell({ sheet: second, cell: "g18" });
    expect([doc.active, doc.selection]).toEqual([second, { sheet: second, cell: "G18" }]);
    doc.select({ sheet: second, cell: "B2" });
    off();
    doc.select({ sheet: second, cell: "C3" });
    expect(seen).toEqual([
      { sheet: second, cell: "G18" },
      { sheet: second, cell: "B2" },
    ]);
    await expect(host.selectCell({ sheet: "nope", cell: "A1" })).rejects.toMatchObject({ code: "failed" });
  });
});
