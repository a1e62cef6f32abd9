/** The fake must be as strict as Excel, or the adapter's tests prove nothing. */
import { FakeWorkbook } from "./fakeExcel";

describe("the strict fake", () => {
  test("a property read before load and sync throws; after both it reads", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S").set("A1", 5);
    await wb.run({}, async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(r.values).toEqual([[5]]);
      expect(() => r.formulas).toThrow(/PropertyNotLoaded/);
    });
  });

  test("writes happen at sync, in order; syncs are counted; a batch may not end unsynced", async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("S");
    await wb.run({}, async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [[1, "=A1*2"]];
      expect(s.get("A1")).toBeUndefined();
      await context.sync();
    });
    expect(s.value("A1")).toBe(1);
    expect(s.get("B1")?.formula).toBe("=A1*2");
    expect(wb.syncs).toBe(1);
    await expect(
      wb.run({}, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  test("a failing write fails its sync but what was queued before it stays written (no transactions)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("S");
    const p = wb.addSheet("P");
    p.protected = true;
    await expect(
      wb.run({}, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        context.workbook.worksheets.getItem("P").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.sheet("S")!.value("A1")).toBe(1);
    expect(wb.sheet("P")!.value("A1")).toBe("");
  });

  test("Text-formatted cells keep a formula as text, as Excel does", async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet("S");
    s.set("A1", "", "@");
    await wb.run({}, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").formulas = [["=1+1"]];
      await context.sync();
    });
    expect(s.get("A1")).toMatchObject({ value: "=1+1", numFmt: "@" });
    expect(s.get("A1")?.formula).toBeUndefined();
  });

  test("payload limit and cell-edit mode", async () => {
    const wb = new FakeWorkbook({ payloadLimit: 100, cellEditMode: true });
    const s = wb.addSheet("S");
    for (let i = 1; i <= 50; i++) s.set(`A${i}`, "一些文字");
    const read = (delay: boolean) =>
      wb.run(delay ? { delayForCellEdit: true } : {}, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A50").load("values");
        await context.sync();
      });
    await expect(read(false)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(read(true)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
