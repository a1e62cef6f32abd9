import { Workbook } from "exceljs";
import type { SheetGrid } from "../../src/core/grid";
import { SETTINGS_MARKER, SETTINGS_SHEET_NAME } from "../../src/core/workbookSettings";
import { readGrids, type GridsRead } from "../../src/files/readGrids";
import { tempDir } from "./tempDir";

const tmp = tempDir("xlsx");
afterAll(() => tmp.cleanup());

async function writeBook(name: string, build: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  build(wb);
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

function ok(r: GridsRead): Extract<GridsRead, { ok: true }> {
  if (!r.ok) throw new Error(`expected a read, got ${r.error.zh}`);
  return r;
}

function at(grid: SheetGrid, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.cells[Number(m[2]) - 1]?.[col] ?? null;
}

describe("reading an .xlsx workbook", () => {
  let read: Extract<GridsRead, { ok: true }>;
  let grid: SheetGrid;

  beforeAll(async () => {
    const file = await writeBook("cells.xlsx", (wb) => {
      const ws = wb.addWorksheet("自评表");
      ws.getCell("A1").value = "财政项目支出绩效自评表";
      ws.mergeCells("A1:H1");
      ws.getCell("A3").value = "产出指标";
      ws.mergeCells("A3:A6");
      ws.getCell("B2").value = 0.8619;
      ws.getCell("B2").numFmt = "0.00%";
      ws.getCell("C2").value = { formula: "ROUND(B2*10,2)", result: 8.62 };
      ws.getCell("D2").value = { formula: "SUM(C2:C3)" } as never;
      ws.getCell("E2").value = { richText: [{ text: "项目" }, { font: { bold: true }, text: "名称" }] };
      ws.getCell("F2").value = { text: "链接文字", hyperlink: "https://example.org/" };
      ws.getCell("G2").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("H2").value = { error: "#DIV/0!" } as never;
      ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
      ws.getCell("C3").value = true;
      ws.getCell("D3").value = 156.28;
      ws.getCell("E3").value = { formula: "D3", result: "文字结果" } as never;
      wb.addWorksheet("第二张").getCell("B2").value = "二";
    });
    read = ok(await readGrids(file));
    grid = read.grids[0];
  });

  it("gives one typed grid per worksheet, named and in order", () => {
    expect(read.grids.map((g) => g.name)).toEqual(["自评表", "第二张"]);
    expect(read.grids.every((g) => g.typed === true)).toBe(true);
    expect(at(read.grids[1], "B2")).toEqual({ value: "二" });
    expect(read.workbookSettings).toBeNull();
    expect(read.warnings).toEqual([]);
  });

  it("keeps a merged value only in the top-left cell and lists the merged areas", () => {
    expect(at(grid, "A1")?.value).toBe("财政项目支出绩效自评表");
    for (const a of ["B1", "C1", "H1", "A4", "A5", "A6"]) expect(at(grid, a)?.value ?? null).toBeNull();
    expect(at(grid, "A3")?.value).toBe("产出指标");
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 0, bottom: 5, right: 0 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
  });

  it("leaves a percent-formatted fraction as the fraction, with its format", () => {
    expect(at(grid, "B2")).toEqual({ value: 0.8619, numFmt: "0.00%" });
  });

  it("gives a formula's cached result as the value and the formula beside it", () => {
    expect(at(grid, "C2")).toEqual({ value: 8.62, formula: "ROUND(B2*10,2)" });
    expect(at(grid, "E3")).toEqual({ value: "文字结果", formula: "D3" });
  });

  it("gives a formula saved without a cached result as value null with the formula", () => {
    expect(at(grid, "D2")).toEqual({ value: null, formula: "SUM(C2:C3)" });
  });

  it("flattens rich text, hyperlinks, dates and errors to their text", () => {
    expect(at(grid, "E2")?.value).toBe("项目名称");
    expect(at(grid, "F2")?.value).toBe("链接文字");
    expect(at(grid, "G2")?.value).toBe("2023-12-31");
    expect(at(grid, "H2")?.value).toBe("#DIV/0!");
    expect(at(grid, "B3")).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(at(grid, "C3")?.value).toBe(true);
    expect(at(grid, "D3")).toEqual({ value: 156.28 });
  });

  it("reads shared formulas as their own formula text with their cached results", async () => {
    const file = await writeBook("shared.xlsx", (wb) => {
      const ws = wb.addWorksheet("s");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.fillFormula("B1:B2", "A1*2", [2, 4]);
    });
    const g = ok(await readGrids(file)).grids[0];
    expect(at(g, "B1")).toEqual({ value: 2, formula: "A1*2" });
    expect(at(g, "B2")).toEqual({ value: 4, formula: "A2*2" });
  });
});

describe("the add-in's settings sheet", () => {
  it("is read and not handed on as a grid", async () => {
    const file = await writeBook("settings.xlsx", (wb) => {
      wb.addWorksheet("表").getCell("A1").value = "项目名称";
      const s = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
      s.getCell("A1").value = SETTINGS_MARKER;
      s.getCell("A2").value = JSON.stringify({ fundsWeight: 20, scorePolicy: "strict" });
    });
    const r = ok(await readGrids(file));
    expect(r.grids.map((g) => g.name)).toEqual(["表"]);
    expect(r.workbookSettings).toEqual({ fundsWeight: 20, scorePolicy: "strict" });
    expect(r.warnings).toEqual([]);
  });

  it("with broken JSON gives a warning, no settings, and the file is still read", async () => {
    const file = await writeBook("bad-settings.xlsx", (wb) => {
      wb.addWorksheet("表").getCell("A1").value = "项目名称";
      const s = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
      s.getCell("A1").value = SETTINGS_MARKER;
      s.getCell("A2").value = "{fundsWeight: 20";
    });
    const r = ok(await readGrids(file));
    expect(r.grids).toHaveLength(1);
    expect(r.workbookSettings).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^工作簿.* \/ the workbook/);
  });

  it("without the marker holds no settings and is still skipped", async () => {
    const file = await writeBook("no-marker.xlsx", (wb) => {
      wb.addWorksheet("表").getCell("A1").value = "项目名称";
      const s = wb.addWorksheet(SETTINGS_SHEET_NAME);
      s.getCell("A1").value = "something else";
      s.getCell("A2").value = "{}";
    });
    const r = ok(await readGrids(file));
    expect(r.grids.map((g) => g.name)).toEqual(["表"]);
    expect(r.workbookSettings).toBeNull();
  });
});
