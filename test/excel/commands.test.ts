import { analyzeSheet } from "../../src/core";
import { recalculateCommand, recalculateAndReport, type CommandDeps } from "../../src/commands/recalculate";
import { HostError } from "../../src/host/WorkbookHost";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { seedGrid } from "../helpers/seed";
import { FakeHost } from "../taskpane/fakeHost";
import { FakeWorkbook } from "./fakeExcel";
import { addSeedSheet, seedTables } from "./seedSheet";

function event() {
  return { completed: jest.fn() };
}

function deps(host: FakeHost | ExcelHost, shown: string[] = []): CommandDeps {
  return { host, showMessage: async (t) => void shown.push(t) };
}

describe("the ribbon's 重新计算", () => {
  test("no errors: a short dialog says so; the event completes", async () => {
    const host = new FakeHost(analyzeSheet(seedGrid()).reports);
    const shown: string[] = [];
    const e = event();
    await recalculateCommand(e, () => deps(host, shown));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown).toEqual(["已计算 4 张自评表，写入 3 个单元格，没有发现错误。"]);
    expect(host.calls.map((c) => c[0])).toEqual(["loadSettings", "recalculate"]);
  });

  test("errors: the first open error cell is selected and named", async () => {
    const wb = new FakeWorkbook();
    const sheet = addSeedSheet(wb, "Sheet1");
    const t = seedTables()[0];
    sheet.set(`G${t.firstIndicator}`, 25); // above its 分值 of 20: an error nobody may overwrite
    const shown: string[] = [];
    const e = event();
    await recalculateCommand(e, () => deps(new ExcelHost(wb.env(), analyzeSheet), shown));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(wb.selection).toEqual({ sheet: "Sheet1", address: `G${t.firstIndicator}` });
    expect(shown[0]).toMatch(new RegExp(`已选中第一个错误单元格 G${t.firstIndicator}`));
  });

  test.each([
    ["a host error", new HostError("protected", "x", "Sheet1"), /受保护/],
    ["no table", new HostError("noTable", "x", "Sheet1"), /没有找到自评表/],
    ["anything else", new Error("boom"), /操作失败：boom/],
  ])("%s: worded in the dialog, and the event still completes", async (_n, error, pattern) => {
    const host = new FakeHost([]);
    host.failWith = error;
    const shown: string[] = [];
    const e = event();
    await recalculateCommand(e, () => deps(host, shown));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown[0]).toMatch(pattern);
  });

  test("even when the host cannot be made or the dialog fails, the event completes", async () => {
    const e1 = event();
    await recalculateCommand(e1, () => {
      throw new Error("office.js missing");
    });
    expect(e1.completed).toHaveBeenCalledTimes(1);

    const e2 = event();
    const host = new FakeHost(analyzeSheet(seedGrid()).reports);
    await recalculateCommand(e2, () => ({ host, showMessage: () => Promise.reject(new Error("dialog blocked")) }));
    expect(e2.completed).toHaveBeenCalledTimes(1);

    const e3 = event();
    const broken = new FakeHost([]);
    broken.loadSettings = () => Promise.reject(new Error("settings unreadable"));
    await recalculateCommand(e3, () => deps(broken));
    expect(e3.completed).toHaveBeenCalledTimes(1);
  });

  test("English when Office is English", async () => {
    const host = new FakeHost(analyzeSheet(seedGrid()).reports, "en-US");
    const shown: string[] = [];
    await recalculateAndReport(deps(host, shown));
    expect(shown[0]).toBe("Recalculated 4 tables, 3 cells written, no errors.");
  });
});
