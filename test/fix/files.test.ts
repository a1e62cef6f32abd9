/** The file pieces fix is built from: zip parts, notes, text typing, atomic writes, backups. */
import * as fs from "fs";
import { promises as fsp } from "fs";
import { Workbook } from "exceljs";
import { atomicWrite, type WriteFs } from "../../src/files/atomicWrite";
import { keepBackup } from "../../src/files/backup";
import { packageNotes, restoreDroppedNotes } from "../../src/files/packageNotes";
import { typedValue, sheetNameFor, textWorkbook } from "../../src/files/textWorkbook";
import { deflateStored, entryText, replaceEntries, zipEntries } from "../../src/files/zip";
import { tempDir } from "../files/tempDir";

const tmp = tempDir("fix-files");
afterAll(() => tmp.cleanup());

async function workbookBytes(build: (wb: Workbook) => void): Promise<Buffer> {
  const wb = new Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("zip parts", () => {
  it("replaces one part, keeps every other entry's bytes, and exceljs still opens it", async () => {
    const bytes = await workbookBytes((wb) => (wb.addWorksheet("表").getCell("A1").value = "旧"));
    const before = zipEntries(bytes)!;
    const shared = before.find((e) => e.name === "xl/sharedStrings.xml")!;
    const xml = entryText(bytes, shared)!.replace("旧", "新");
    const out = replaceEntries(bytes, new Map([[shared.name, Buffer.from(xml)]]))!;
    const after = zipEntries(out)!;
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const e of before.filter((x) => x.name !== shared.name)) {
      const a = after.find((x) => x.name === e.name)!;
      expect([e.name, a.crc, a.compressedSize]).toEqual([e.name, e.crc, e.compressedSize]);
    }
    const wb = new Workbook();
    await wb.xlsx.load(out as never);
    expect(wb.getWorksheet("表")!.getCell("A1").value).toBe("新");
  });

  it("deflates what exceljs stored, natively, to the same parts", async () => {
    const wb = new Workbook();
    wb.addWorksheet("表").getCell("A1").value = "内容";
    const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
    expect(zipEntries(stored)!.every((e) => e.method === 0)).toBe(true);
    const packed = deflateStored(stored)!;
    expect(zipEntries(packed)!.every((e) => e.method === 8)).toBe(true);
    expect(packed.length).toBeLessThan(stored.length);
    for (const e of zipEntries(stored)!) expect(entryText(packed, zipEntries(packed)!.find((x) => x.name === e.name)!)).toBe(entryText(stored, e));
    const back = new Workbook();
    await back.xlsx.load(packed as never);
    expect(back.getWorksheet("表")!.getCell("A1").value).toBe("内容");
  });

  it("gives null, not a throw, for bytes that are no zip", () => {
    expect(zipEntries(Buffer.from("not a zip at all, just text"))).toBeNull();
    expect(zipEntries(Buffer.alloc(0))).toBeNull();
  });
});

describe("notes in the package", () => {
  it("reads every note, including one on an empty cell, and puts that one back for exceljs", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("自评表");
      ws.getCell("A1").value = "有值";
      ws.getCell("A1").note = "有值的批注 & <符号>";
      ws.getCell("H19").note = "空白单元格的批注";
    });
    expect([...packageNotes(bytes).get("自评表")!]).toEqual([
      ["A1", "有值的批注 & <符号>"],
      ["H19", "空白单元格的批注"],
    ]);
    const wb = new Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.getWorksheet("自评表")!.getCell("H19").note).toBeUndefined();
    expect(restoreDroppedNotes(wb, bytes)).toEqual({ notes: 2, restored: 1 });
    expect(wb.getWorksheet("自评表")!.getCell("H19").note).toBe("空白单元格的批注");
  });
});

describe("a text grid becomes a workbook", () => {
  it.each([
    ["100.00", 100, "0.00"],
    ["156.28", 156.28, "0.00"],
    ["10", 10, undefined],
    ["-3.5", -3.5, "0.0"],
    ["215,457.6", 215457.6, "#,##0.0"],
    ["86.19%", 0.8619, "0.00%"],
    ["100%", 1, "0%"],
  ])("%s is the number %s shown as %s", (text, value, numFmt) => {
    expect(typedValue(text)).toEqual(numFmt ? { value, numFmt } : { value });
  });

  it.each(["=100.00(%)", "97.00(%)", "007", "1234567890123456", "一网统管", "—", "1,23", "２０"])("%s stays text", (text) => {
    expect(typedValue(text)).toEqual({ value: text });
  });

  it("names the sheet as Excel allows and types the grid it hands to the core", () => {
    expect(sheetNameFor("a/b:c*?[d]")).toBe("a_b_c___d_");
    expect(sheetNameFor("x".repeat(40))).toHaveLength(31);
    const t = textWorkbook({ name: "表", typed: false, cells: [[{ value: "执行率(%)" }, { value: "86.19%" }], null, [{ value: "8.62" }]] });
    expect(t.grid.typed).toBe(true);
    expect(t.grid.cells[0]?.[1]).toEqual({ value: 0.8619, numFmt: "0.00%" });
    expect(t.workbook.getWorksheet("表")!.getCell("A3").value).toBe(8.62);
    expect(t.workbook.getWorksheet("表")!.getCell("A3").numFmt).toBe("0.00");
  });
});

describe("writing a whole file or nothing", () => {
  it("writes, replacing an older file", async () => {
    const target = tmp.file("a.xlsx");
    fs.writeFileSync(target, "old");
    expect(await atomicWrite(target, Buffer.from("new"))).toBeNull();
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("on a full disk leaves the target as it was and no temporary file", async () => {
    const target = tmp.file("full.xlsx");
    fs.writeFileSync(target, "old");
    const full: WriteFs = {
      ...fsp,
      open: (async (p: string, flags: string) => {
        const h = await fsp.open(p, flags);
        return Object.assign(Object.create(h) as object, {
          writeFile: async () => {
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          },
          close: () => h.close(),
          sync: () => h.sync(),
        });
      }) as unknown as WriteFs["open"],
    };
    expect(await atomicWrite(target, Buffer.from("new"), full)).toEqual({ zh: "无法写出：磁盘空间不足", en: "cannot write: the disk is full" });
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("refuses a read-only target, even as root", async () => {
    const target = tmp.file("ro.xlsx");
    fs.writeFileSync(target, "old");
    fs.chmodSync(target, 0o444);
    expect(await atomicWrite(target, Buffer.from("new"))).toMatchObject({ zh: expect.stringMatching(/只读/), en: expect.stringMatching(/read-only/) });
    expect(fs.readFileSync(target, "utf8")).toBe("old");
  });

  it("says when the folder does not exist or the target is a folder", async () => {
    expect(await atomicWrite(tmp.file("no/such/folder/a.xlsx"), Buffer.from("x"))).toMatchObject({ en: expect.stringMatching(/folder does not exist/) });
    fs.mkdirSync(tmp.file("dir.xlsx"));
    expect(await atomicWrite(tmp.file("dir.xlsx"), Buffer.from("x"))).toMatchObject({ en: expect.stringMatching(/directory/) });
  });
});

describe("the backup before an in-place write", () => {
  it("is name.bak.xlsx, then name.bak2.xlsx: an older backup is never overwritten", async () => {
    const file = tmp.file("自评表.xlsx");
    fs.writeFileSync(file, "v1");
    expect(await keepBackup(file)).toEqual({ ok: true, path: tmp.file("自评表.bak.xlsx") });
    fs.writeFileSync(file, "v2");
    expect(await keepBackup(file)).toEqual({ ok: true, path: tmp.file("自评表.bak2.xlsx") });
    expect(fs.readFileSync(tmp.file("自评表.bak.xlsx"), "utf8")).toBe("v1");
  });
});
