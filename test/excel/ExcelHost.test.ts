import { analyzeSheet } from "../../src/core";
import type { Plan } from "../../src/core/plan";
import { SETTINGS_SHEET_NAME, SETTINGS_MARKER } from "../../src/core/workbookSettings";
import { resolveSettings } from "../../src/core/settingsInput";
import { ExcelHost, type Analyze } from "../../src/excel/ExcelHost";
import { cellBlockOps } from "../../src/excel/write";
import { isOwnedNote, ownedRuleSeverity, NOTE_PREFIX } from "../../src/host/marks";
import { HostError } from "../../src/host/WorkbookHost";
import { FakeWorkbook, type FakeOptions, type FSheet } from "./fakeExcel";
import { addSeedSheet, seedTables, SEED_ROWS } from "./seedSheet";

/** The real core, with every plan it returns kept for the assertions. */
function capturing(): { analyze: Analyze; plans: Plan[] } {
  const plans: Plan[] = [];
  return {
    plans,
    analyze: (grid, settings, options) => {
      const r = analyzeSheet(grid, settings, options);
      plans.push(r.plan);
      return r;
    },
  };
}

function setup(opts: FakeOptions = {}, copies = 1) {
  const wb = new FakeWorkbook(opts);
  const sheet = addSeedSheet(wb, "Sheet1", copies);
  const cap = capturing();
  const host = new ExcelHost(wb.env(), cap.analyze);
  return { wb, sheet, host, plans: cap.plans };
}

/** Cells the core plans for one broken seed copy (partial tiers stay the person's to choose). */
const PER_COPY = 18;

/** Give every table work to do: two blank scores, a blank 总分, a wrong 评分等级, a blank funds 得分. */
function breakTables(sheet: FSheet, copies = 1): void {
  for (let k = 0; k < copies; k++) {
    for (const t of seedTables(k * SEED_ROWS)) {
      sheet.cells.delete(`G${t.firstIndicator}`);
      sheet.cells.delete(`G${t.firstIndicator + 1}`);
      sheet.cells.delete(`G${t.total}`);
      sheet.cells.delete(`H${t.funds}`);
      sheet.set(`C${t.grade}`, "差");
    }
  }
}

/** Every non-empty cell as JSON (an empty General cell is no different from an absent one). */
function snapshotCells(s: FSheet): Map<string, string> {
  return new Map(
    [...s.cells]
      .filter(([, c]) => !(c.value === "" && !c.formula && c.numFmt === "General" && !c.fill))
      .map(([a, c]) => [a, JSON.stringify(c)]),
  );
}

function planCells(plans: Plan[]): string[] {
  return plans.flatMap((p) => p.edits.map((e) => `${e.sheet}!${e.cell}`)).sort();
}

describe("ExcelHost.recalculate", () => {
  test("a 100-table sheet recalculates in exactly two syncs", async () => {
    const { wb, sheet, host, plans } = setup({}, 25);
    breakTables(sheet, 25);
    const r = await host.recalculate("sheet", {}, { formulas: true });
    expect(r.reports).toHaveLength(100);
    expect(wb.syncs).toBe(2);
    expect(wb.runs).toBe(1);
    expect(r.written).toBe(25 * PER_COPY);
    expect(planCells(plans)).toHaveLength(r.written);
    // contiguous writes are grouped: far fewer write calls than cells
    const formulaWrites = wb.writes.filter((w) => w.sheet === "Sheet1" && w.kind === "formulas");
    expect(formulaWrites.length).toBeLessThan(r.written);
    // one highlight rule per severity, not one per cell
    expect(sheet.cfs.length).toBeLessThanOrEqual(4);
  });

  test("cells outside the plan are never touched", async () => {
    const { wb, sheet, host, plans } = setup();
    breakTables(sheet);
    const other = wb.addSheet("Other");
    other.set("A1", "不相关");
    const before = snapshotCells(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    const written = new Set(wb.cellWrites("Sheet1"));
    const planned = new Set(plans.flatMap((p) => p.edits.map((e) => e.cell)));
    expect(written).toEqual(planned);
    for (const [a, c] of snapshotCells(sheet)) if (!planned.has(a)) expect(c).toBe(before.get(a));
    expect(wb.writes.filter((w) => w.sheet === "Other")).toHaveLength(0);
    // the undo records live in the very hidden settings sheet, under the settings
    const data = wb.sheet(SETTINGS_SHEET_NAME)!;
    expect(data.visibility).toBe("VeryHidden");
    expect(data.value("A1")).toBe(SETTINGS_MARKER);
    expect(resolveSettings(JSON.parse(String(data.value("A2")))).problems).toEqual([]);
  });

  test("writes formulas with Excel functions, judgement scores as values, and 偏差原因 never", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    const t = seedTables()[0];
    await host.recalculate("sheet", {}, { formulas: true });
    expect(sheet.get(`G${t.total}`)?.formula).toMatch(/^=ROUND\(SUM\(/);
    expect(sheet.get(`G${t.firstIndicator}`)?.formula).toBeUndefined();
    expect(sheet.value(`G${t.firstIndicator}`)).toBe(20);
    expect(sheet.get(`C${t.grade}`)?.formula).toMatch(/^=IF\(/);
    const reasonCells = wb.cellWrites("Sheet1").filter((a) => /^H(\d+)$/.test(a) && Number(a.slice(1)) >= t.firstIndicator && Number(a.slice(1)) < t.total);
    expect(reasonCells).toEqual([]);
  });

  test("values instead of formulas when the workbook asks for values", async () => {
    const { sheet, host } = setup();
    breakTables(sheet);
    const t = seedTables()[0];
    await host.recalculate("sheet", {}, { formulas: false });
    expect(sheet.get(`G${t.total}`)?.formula).toBeUndefined();
    expect(sheet.value(`G${t.total}`)).toBe(99.4); // 18 with its reason blanked → the rule's 19.40
    expect(sheet.value(`C${t.grade}`)).toBe("优");
  });

  test("a formula into a Text cell gets a number format first, so it is no text", async () => {
    const { sheet, host } = setup();
    const t = seedTables()[0];
    sheet.cells.set(`G${t.total}`, { value: "", numFmt: "@" });
    await host.recalculate("sheet", {}, { formulas: true });
    const cell = sheet.get(`G${t.total}`)!;
    expect(cell.numFmt).not.toBe("@");
    expect(cell.formula).toMatch(/^=ROUND/);
  });

  test("merged areas: the block writer never covers part of one (Excel would refuse)", async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("S");
    s.merges = ["G24:H24"];
    await wb.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const cells = [
        { row: 22, col: 6, item: { entry: 98 } },
        { row: 23, col: 6, item: { entry: "优" } },
      ];
      for (const o of cellBlockOps(ws, cells, [{ top: 23, left: 6, bottom: 23, right: 7 }])) o.queue();
      await context.sync();
    });
    expect(s.value("G23")).toBe(98);
    expect(s.value("G24")).toBe("优");
    const unsafe = wb.run({}, async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      for (const o of cellBlockOps(ws, [{ row: 22, col: 6, item: { entry: 1 } }, { row: 23, col: 6, item: { entry: 2 } }])) o.queue();
      await context.sync();
    });
    await expect(unsafe).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("seed tables with their merged cells recalculate", async () => {
    const { sheet, host } = setup();
    breakTables(sheet);
    for (const t of seedTables()) sheet.merges.push(`C${t.grade}:H${t.grade}`, `A${t.total}:E${t.total}`, `C${t.funds - 3}:H${t.funds - 3}`);
    const r = await host.recalculate("sheet", {}, { formulas: true });
    expect(r.written).toBe(PER_COPY);
  });

  test("a protected sheet yields the message and zero writes", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    sheet.protected = true;
    const before = snapshotCells(sheet);
    await expect(host.recalculate("sheet", {}, { formulas: true })).rejects.toMatchObject({ code: "protected", sheet: "Sheet1" });
    expect(wb.writes).toHaveLength(0);
    expect(snapshotCells(sheet)).toEqual(before);
    expect(wb.sheet(SETTINGS_SHEET_NAME)).toBeUndefined();
  });

  test("a sheet with no 自评表 says so and writes nothing", async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("Notes");
    s.set("A1", "会议纪要");
    s.set("B2", 12);
    const host = new ExcelHost(wb.env(), analyzeSheet);
    await expect(host.recalculate("sheet", {}, { formulas: true })).rejects.toMatchObject({ code: "noTable" });
    expect(wb.writes).toHaveLength(0);
  });

  test("waits for cell-edit mode to end (delayForCellEdit), and words the host's refusal", async () => {
    const { wb, sheet, host } = setup({ cellEditMode: true });
    breakTables(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    expect(wb.lastRunOptions).toEqual({ delayForCellEdit: true });
    const refusing = new ExcelHost(
      { ...wb.env(), run: async () => Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" })) },
      analyzeSheet,
    );
    const err = await refusing.recalculate("sheet", {}, { formulas: true }).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe("cellEditing");
  });

  test("over the payload limit it reads and writes in chunks, with the same result", async () => {
    const a = setup({}, 5);
    breakTables(a.sheet, 5);
    await a.host.recalculate("sheet", {}, { formulas: true });

    const b = setup({ payloadLimit: 60_000 }, 5);
    breakTables(b.sheet, 5);
    const r = await b.host.recalculate("sheet", {}, { formulas: true });
    expect(r.reports).toHaveLength(20);
    expect(b.wb.syncs).toBeGreaterThan(2);
    expect(snapshotCells(b.sheet)).toEqual(snapshotCells(a.sheet));
  });

  test("works where the host refuses reads chained from a missing settings sheet", async () => {
    const { wb, sheet, host } = setup({ nullChaining: "throw" });
    breakTables(sheet);
    const r = await host.recalculate("sheet", {}, { formulas: true });
    expect(r.written).toBe(PER_COPY);
    expect(wb.sheet(SETTINGS_SHEET_NAME)).toBeDefined();
    // once the settings sheet exists, two syncs again
    wb.syncs = 0;
    await host.recalculate("sheet", {}, { formulas: true });
    expect(wb.syncs).toBe(2);
  });

  test("settings, undo and clean-up also work where chained reads from a missing sheet are refused", async () => {
    const { wb, sheet, host } = setup({ nullChaining: "throw" });
    expect(await host.loadSettings()).toEqual({ settings: {}, formulas: true, scope: "sheet" });
    expect(await host.undo()).toEqual({ restored: 0, skipped: 0 });
    expect(await host.clearMarks()).toEqual({ marks: 0, notes: 0, records: 0 });
    await host.saveSettings({ settings: { decimals: 0 }, formulas: true, scope: "sheet" });
    expect((await host.loadSettings()).settings).toEqual({ decimals: 0 });
    breakTables(sheet);
    await host.recalculate("sheet", { decimals: 0 }, { formulas: true });
    expect((await host.undo()).restored).toBeGreaterThan(0);
    expect(wb.sheet(SETTINGS_SHEET_NAME)).toBeDefined();
  });

  test("the workbook scope reads every visible sheet (one more sync to list them)", async () => {
    const wb = new FakeWorkbook();
    const s1 = addSeedSheet(wb, "项目一");
    const s2 = addSeedSheet(wb, "项目 二");
    const hidden = addSeedSheet(wb, "hidden");
    hidden.visibility = "Hidden";
    breakTables(s1);
    breakTables(s2);
    breakTables(hidden);
    const host = new ExcelHost(wb.env(), analyzeSheet);
    const r = await host.recalculate("workbook", {}, { formulas: true });
    expect(r.sheets).toEqual(["项目一", "项目 二"]);
    expect(r.reports).toHaveLength(8);
    expect(wb.syncs).toBe(3);
    expect(wb.cellWrites("hidden")).toHaveLength(0);
    expect(r.reports.map((t) => t.sheet)).toContain("项目 二");
  });
});

describe("undo", () => {
  test("restores values, formulas and number formats exactly, after the pane was reopened", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    const t = seedTables()[1];
    sheet.cells.set(`G${t.total}`, { value: "", numFmt: "@" });
    sheet.set(`H${t.funds}`, "=F99*1"); // a person's own formula that the add-in replaces
    const before = snapshotCells(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    expect(snapshotCells(sheet)).not.toEqual(before);

    const reopened = new ExcelHost(wb.env(), analyzeSheet);
    const r = await reopened.undo();
    expect(r.skipped).toBe(0);
    expect(r.restored).toBeGreaterThan(0);
    expect(snapshotCells(sheet)).toEqual(before);
    expect(sheet.cfs).toHaveLength(0);
    const again = await reopened.undo();
    expect(again).toEqual({ restored: 0, skipped: 0 });
  });

  test("leaves alone every cell a person edited since", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    const t = seedTables()[0];
    await host.recalculate("sheet", {}, { formulas: true });
    sheet.set(`G${t.firstIndicator}`, 19); // the person corrects the filled score
    wb.syncs = 0;
    const r = await host.undo();
    expect(r.skipped).toBe(1);
    expect(sheet.value(`G${t.firstIndicator}`)).toBe(19);
    expect(sheet.get(`G${t.total}`)).toMatchObject({ value: "" }); // restored to blank
    expect(sheet.get(`G${t.total}`)?.formula).toBeUndefined();
    expect(wb.syncs).toBe(4);
  });

  test("never restores the add-in's own earlier result as an original", async () => {
    const { sheet, host } = setup();
    breakTables(sheet);
    const t = seedTables()[0];
    const before = snapshotCells(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    await host.recalculate("sheet", {}, { formulas: false }); // rewrites the add-in's formulas as values
    expect(sheet.get(`G${t.total}`)?.formula).toBeUndefined();
    await host.undo();
    expect(snapshotCells(sheet)).toEqual(before);
  });
});

describe("clear marks and clean for submit", () => {
  function decorate(sheet: FSheet): void {
    for (const [a, c] of sheet.cells) if (a.startsWith("G")) c.fill = "#FFFFFF";
    sheet.cells.get("C10")!.fill = "#EEEEEE";
    sheet.cfs.push({ id: "mine", type: "CellValue", areas: ["G17:G22"], fill: "#00FF00" });
    sheet.cfs.push({ id: "mine2", type: "Custom", formula: "=G17>10", areas: ["G17"] });
  }

  test("clear-highlights leaves every cell's own formatting as it was", async () => {
    const { wb, sheet, host } = setup({ notes: true });
    breakTables(sheet);
    decorate(sheet);
    sheet.notes.set("H18", { content: "审核人：请核实", author: "王" });
    await host.recalculate("sheet", {}, { formulas: true });
    expect(sheet.cfs.filter((c) => ownedRuleSeverity(c.formula)).length).toBeGreaterThan(0);
    expect([...sheet.notes.values()].some((n) => isOwnedNote(n.content))).toBe(true);
    const cellsAfterRecalc = snapshotCells(sheet);

    const r = await new ExcelHost(wb.env(), analyzeSheet).clearMarks();
    expect(r.marks).toBeGreaterThan(0);
    expect(sheet.cfs.map((c) => c.id).sort()).toEqual(["mine", "mine2"]);
    expect([...sheet.notes.entries()]).toEqual([["H18", { content: "审核人：请核实", author: "王" }]]);
    expect(snapshotCells(sheet)).toEqual(cellsAfterRecalc); // fills, formats and values untouched
    // the undo records survive 清除标记
    expect((await host.undo()).restored).toBe(PER_COPY);
  });

  test("提交前清理 removes every mark and record; a default workbook loses the add-in's sheet", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    const r = await host.cleanForSubmit();
    expect(r.records).toBe(PER_COPY);
    expect(sheet.cfs).toHaveLength(0);
    expect(wb.sheet(SETTINGS_SHEET_NAME)).toBeUndefined();
    expect(await host.undo()).toEqual({ restored: 0, skipped: 0 });
  });

  test("提交前清理 keeps the workbook's own rules", async () => {
    const { wb, sheet, host } = setup();
    await host.saveSettings({ settings: { fundsWeight: 20 }, formulas: true, scope: "sheet" });
    breakTables(sheet);
    await host.recalculate("sheet", { fundsWeight: 20 }, { formulas: true });
    await host.cleanForSubmit();
    const data = wb.sheet(SETTINGS_SHEET_NAME)!;
    expect(JSON.parse(String(data.value("A2")))).toEqual({ fundsWeight: 20 });
    expect(data.value("A4")).toBe("");
  });

  test("a protected sheet with marks refuses clearing and changes nothing", async () => {
    const { wb, sheet, host } = setup();
    breakTables(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    sheet.protected = true;
    wb.writes = [];
    await expect(host.clearMarks()).rejects.toMatchObject({ code: "protected" });
    await expect(host.undo()).rejects.toMatchObject({ code: "protected" });
    expect(wb.writes).toHaveLength(0);
  });
});

describe("notes (ExcelApi 1.18)", () => {
  test("a note per marked cell, never over a person's note", async () => {
    const { wb, sheet, host } = setup({ notes: true });
    breakTables(sheet);
    const t = seedTables()[0];
    sheet.notes.set(`G${t.total}`, { content: "自己的批注", author: "李" });
    const r = await host.recalculate("sheet", {}, { formulas: true });
    expect(r.notes).toBeGreaterThan(0);
    expect(sheet.notes.get(`G${t.total}`)?.content).toBe("自己的批注");
    expect(sheet.notes.get(`G${t.firstIndicator}`)?.content.startsWith(NOTE_PREFIX)).toBe(true);
    expect(wb.syncs).toBe(3); // one more, only to locate the person's notes
  });

  test("without ExcelApi 1.18 no note API is touched", async () => {
    const { sheet, host } = setup({ notes: false });
    breakTables(sheet);
    const r = await host.recalculate("sheet", {}, { formulas: true });
    expect(r.notes).toBe(0);
    expect(sheet.notes.size).toBe(0);
  });
});

describe("selection and settings", () => {
  test("selectCell selects; a selection in Excel calls back with its first cell", async () => {
    const { wb, host } = setup();
    wb.addSheet("第二页");
    await host.selectCell({ sheet: "第二页", cell: "B7" });
    expect(wb.active).toBe("第二页");
    expect(wb.selection).toEqual({ sheet: "第二页", address: "B7" });
    const seen: unknown[] = [];
    const off = await host.onSelectionChanged((ref) => seen.push(ref));
    await wb.select("Sheet1", "G18:H19");
    expect(seen).toEqual([{ sheet: "Sheet1", cell: "G18" }]);
    off();
    await new Promise((r) => setTimeout(r, 0));
    await wb.select("Sheet1", "A1");
    expect(seen).toHaveLength(1);
  });

  test("settings persist in the document, where the command line reads them", async () => {
    const { wb, host } = setup();
    expect(await host.loadSettings()).toEqual({ settings: {}, formulas: true, scope: "sheet" });
    await host.saveSettings({ settings: { fundsWeight: 20, scorePolicy: "strict", decimals: 2 }, formulas: false, scope: "workbook" });
    const again = await new ExcelHost(wb.env(), analyzeSheet).loadSettings();
    expect(again).toEqual({ settings: { fundsWeight: 20, scorePolicy: "strict" }, formulas: false, scope: "workbook" });
    const data = wb.sheet(SETTINGS_SHEET_NAME)!;
    expect(data.visibility).toBe("VeryHidden");
    expect(resolveSettings(JSON.parse(String(data.value("A2")))).settings.fundsWeight).toBe(20);
  });

  test("saving settings keeps the undo records", async () => {
    const { sheet, host } = setup();
    breakTables(sheet);
    await host.recalculate("sheet", {}, { formulas: true });
    await host.saveSettings({ settings: { fundsWeight: 20 }, formulas: true, scope: "sheet" });
    expect((await host.undo()).restored).toBe(PER_COPY);
  });

  test("a protected workbook structure cannot take the settings sheet: said before anything is written", async () => {
    const { wb, host } = setup();
    wb.structureProtected = true;
    await expect(host.saveSettings({ settings: {}, formulas: false, scope: "sheet" })).rejects.toMatchObject({ code: "workbookProtected" });
    expect(wb.writes).toHaveLength(0);
  });
});
