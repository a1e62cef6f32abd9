import { groupBlocks } from "../../src/host/blocks";
import { firstCell, parseRect, splitAreas, splitSheet, rectAddress } from "../../src/host/address";
import { formulaEntry, mergeRecords, needsApostrophe, normalizeFormula, planRestore, stillHolds, type CellContent, type UndoRecord } from "../../src/host/undo";
import { readDataSheet, writeDataSheet, emptyDataSheet, settingsDiff, isDefaultState } from "../../src/host/dataSheet";
import { dedupeMarks, ownedRuleSeverity, ruleFormula, ruleGroups, isOwnedNote, noteText, MARK_STYLES } from "../../src/host/marks";
import { gridFromArrays, mergesFromAddress, joinBands } from "../../src/host/gridFromArrays";
import { SETTINGS_MARKER } from "../../src/core/workbookSettings";
import type { CellEdit, CellMark } from "../../src/core/plan";

const edit = (cell: string, row: number, col: number, value: number | string, formula?: string): CellEdit => ({
  sheet: "S",
  cell,
  row,
  col,
  kind: "score",
  value,
  ...(formula ? { formula } : {}),
  before: { value: null },
});

describe("blocks", () => {
  test("runs in a column and equal runs side by side become one block; gaps split", () => {
    const cells = [
      { row: 16, col: 6, item: "a" },
      { row: 17, col: 6, item: "b" },
      { row: 18, col: 6, item: "c" },
      { row: 20, col: 6, item: "d" }, // gap at row 19
      { row: 9, col: 6, item: "r" },
      { row: 9, col: 7, item: "s" },
    ];
    const blocks = groupBlocks(cells);
    expect(blocks).toEqual([
      { top: 9, left: 6, items: [["r", "s"]] },
      { top: 16, left: 6, items: [["a"], ["b"], ["c"]] },
      { top: 20, left: 6, items: [["d"]] },
    ]);
  });

  test("every cell of every block is an edit (untouched cells stay untouched)", () => {
    const cells = [];
    for (let i = 0; i < 200; i++) if ((i * 7) % 3 !== 0) cells.push({ row: i % 20, col: Math.floor(i / 20), item: i });
    const blocks = groupBlocks(cells);
    const covered = blocks.flatMap((b) => b.items.flatMap((r, i) => r.map((_, j) => `${b.top + i}:${b.left + j}`)));
    expect(covered.sort()).toEqual(cells.map((c) => `${c.row}:${c.col}`).sort());
  });
});

describe("addresses", () => {
  test("sheet names with quotes, spaces and Chinese", () => {
    expect(splitSheet("'My ''x'!A1:B2")).toEqual({ sheet: "My 'x", range: "A1:B2" });
    expect(splitSheet("项目一!G18")).toEqual({ sheet: "项目一", range: "G18" });
    expect(splitAreas("'a, b'!A1:B2, 'a, b'!C3")).toEqual(["'a, b'!A1:B2", "'a, b'!C3"]);
    expect(parseRect("Sheet1!$B$2:$A$1")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(firstCell("'S 1'!G18:H20")).toEqual({ sheet: "S 1", cell: "G18" });
    expect(rectAddress({ top: 9, left: 6, bottom: 9, right: 7 })).toBe("G10:H10");
  });
});

describe("undo records", () => {
  test("still holds: formulas by text, values by value", () => {
    expect(stillHolds({ value: 98, formula: "round(sum(G17:G22), 2)" }, { value: 98, formula: "ROUND(SUM(G17:G22),2)" })).toBe(true);
    expect(stillHolds({ value: 98 }, { value: 98, formula: "ROUND(SUM(G17:G22),2)" })).toBe(false);
    expect(stillHolds({ value: 19.400000000000002 }, { value: 19.4 })).toBe(true);
    expect(stillHolds({ value: 19 }, { value: 19.4 })).toBe(false);
    expect(stillHolds({ value: "优", formula: "IF(G23>=90,\"优\",\"良\")" }, { value: "优" })).toBe(false);
    expect(normalizeFormula('=if(a1 >= 90, "优 秀", "良")')).toBe('IF(A1>=90,"优 秀","良")');
  });

  test("merging keeps the person's original, never the add-in's earlier write", () => {
    const now = new Map<string, CellContent>([
      ["G17", { value: 20 }], // the add-in's earlier write, untouched
      ["G23", { value: 97 }], // a person typed over the add-in's formula
    ]);
    const existing: UndoRecord[] = [
      { sheet: "S", cell: "G17", before: { value: null }, written: { value: 20 } },
      { sheet: "S", cell: "G23", before: { value: 95 }, written: { value: 98, formula: "ROUND(SUM(G17:G22),2)" } },
      { sheet: "Other", cell: "A1", before: { value: 1 }, written: { value: 2 } },
    ];
    const merged = mergeRecords(existing, [edit("G17", 16, 6, 20, "F17*1")], (s, c) => (s === "S" ? now.get(c) : undefined), ["S"]);
    expect(merged).toEqual([
      { sheet: "Other", cell: "A1", before: { value: 1 }, written: { value: 2 } }, // another sheet: kept
      { sheet: "S", cell: "G17", before: { value: null }, written: { value: 20, formula: "F17*1" } },
    ]);
  });

  test("restore only where the cell still holds the write", () => {
    const recs: UndoRecord[] = [
      { sheet: "S", cell: "A1", before: { value: "x" }, written: { value: 1 } },
      { sheet: "S", cell: "A2", before: { value: "y" }, written: { value: 2 } },
    ];
    const p = planRestore(recs, (_s, c) => (c === "A1" ? { value: 1 } : { value: 5 }));
    expect(p.restore.map((r) => r.cell)).toEqual(["A1"]);
    expect(p.skipped.map((r) => r.cell)).toEqual(["A2"]);
  });

  test("text that Excel would retype keeps its apostrophe", () => {
    for (const s of ["001", "=A1", "-", "TRUE", "86.19%", "2023-1-5", "1,234.5", "#N/A"]) expect(needsApostrophe(s)).toBe(true);
    for (const s of ["优", "达成指标", "因疫情原因", "=100.00(%) 目标"]) expect(needsApostrophe(s)).toBe(s.startsWith("="));
    expect(formulaEntry({ value: "001" })).toBe("'001");
    expect(formulaEntry({ value: null })).toBe("");
    expect(formulaEntry({ value: 3, formula: "A1+A2" })).toBe("=A1+A2");
  });
});

describe("settings sheet", () => {
  test("round trip of settings, options and records, as column A text", () => {
    const st = emptyDataSheet();
    st.prefs = { settings: { fundsWeight: 20 }, formulas: false, scope: "workbook" };
    st.records = [{ sheet: "项目 一", cell: "G23", before: { value: "001", numFmt: "@" }, written: { value: 98, formula: "ROUND(SUM(G17:G22),2)", numFmt: "0.00" } }];
    st.markedSheets = ["项目 一"];
    const rows = writeDataSheet(st, "2024-01-01T00:00:00.000Z");
    expect(rows[0]).toBe(SETTINGS_MARKER);
    expect(JSON.parse(rows[1])).toEqual({ fundsWeight: 20 });
    for (const r of rows.slice(1)) expect(r.startsWith("{")).toBe(true);
    const back = readDataSheet(rows);
    expect(back.prefs).toEqual(st.prefs);
    expect(back.records).toEqual(st.records);
    expect(back.markedSheets).toEqual(["项目 一"]);
  });

  test("junk never throws and falls back to defaults", () => {
    const back = readDataSheet([SETTINGS_MARKER, '{"fundsWeight":"x","nope":1}', "not json", 42, "{bad"]);
    expect(back.prefs).toEqual({ settings: {}, formulas: true, scope: "sheet" });
    expect(back.problems.length).toBe(2);
    expect(back.records).toEqual([]);
    expect(isDefaultState(back)).toBe(true);
  });

  test("only differences from the national default are stored", () => {
    expect(settingsDiff({ fundsWeight: 10, decimals: 0, levelWeights: null })).toEqual({ decimals: 0, levelWeights: null });
  });
});

describe("marks", () => {
  test("rule formulas are tagged and recognised; other rules are not ours", () => {
    for (const s of ["error", "warning", "info", "written"] as const) expect(ownedRuleSeverity(ruleFormula(s))).toBe(s);
    expect(ownedRuleSeverity("=G17>10")).toBeNull();
    expect(ownedRuleSeverity(null)).toBeNull();
    expect(new Set(Object.values(MARK_STYLES).map((m) => m.fill)).size).toBe(4);
  });

  test("one mark per cell, most severe wins; one rule per sheet and severity over blocks", () => {
    const m = (cell: string, row: number, col: number, severity: CellMark["severity"], note: string): CellMark => ({ sheet: "S", cell, row, col, severity, note, noteEn: note });
    const marks = [m("G17", 16, 6, "written", "写入"), m("G17", 16, 6, "error", "错误"), m("G18", 17, 6, "written", "写入"), m("G19", 18, 6, "written", "写入")];
    const d = dedupeMarks(marks);
    expect(d.find((x) => x.cell === "G17")).toMatchObject({ severity: "error", note: "写入\n错误" });
    expect(ruleGroups(marks)).toEqual([
      { sheet: "S", severity: "error", address: "G17", cells: 1 },
      { sheet: "S", severity: "written", address: "G18:G19", cells: 2 },
    ]);
    const many = Array.from({ length: 500 }, (_, i) => m(`A${i * 2 + 1}`, i * 2, 0, "info", ""));
    const groups = ruleGroups(many, 100);
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.every((g) => g.address.length <= 100)).toBe(true);
    expect(groups.reduce((a, g) => a + g.cells, 0)).toBe(500);
  });

  test("notes carry the prefix that marks them as the add-in's", () => {
    const t = noteText({ sheet: "S", cell: "A1", row: 0, col: 0, severity: "info", note: "中文", noteEn: "English" }, true);
    expect(isOwnedNote(t)).toBe(true);
    expect(t).toContain("English");
    expect(isOwnedNote("审核意见")).toBe(false);
  });
});

describe("grid from host arrays", () => {
  test("anchored at A1, formulas without '=', text formats kept on blank cells", () => {
    const g = gridFromArrays(
      "S",
      { rowIndex: 2, columnIndex: 1, values: [["a", 1], ["", 2]], formulas: [["a", "=B3*2"], ["", 2]], numberFormat: [["General", "0.00"], ["@", "General"]] },
      mergesFromAddress("S!B3:C3, 'x y'!D5"),
    );
    expect(g.cells[2]).toEqual([null, { value: "a" }, { value: 1, formula: "B3*2", numFmt: "0.00" }]);
    expect(g.cells[3]).toEqual([null, { value: null, numFmt: "@" }, { value: 2 }]);
    expect(g.cells[0]).toEqual([]);
    expect(g.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(g.typed).toBe(true);
  });

  test("bands join in row order", () => {
    const j = joinBands([
      { rowIndex: 5, columnIndex: 0, values: [[3]] },
      { rowIndex: 3, columnIndex: 0, values: [[1], [2]] },
    ])!;
    expect(j.values).toEqual([[1], [2], [3]]);
    expect(j.rowIndex).toBe(3);
  });
});
