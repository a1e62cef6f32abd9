import * as fs from "fs";
import { Workbook } from "exceljs";
import { oneLine } from "../../src/files/readError";
import { readGrids } from "../../src/files/readGrids";
import { zipOf } from "./zipParts";
import { tempDir } from "./tempDir";

const tmp = tempDir("bad");
afterAll(() => tmp.cleanup());

function write(name: string, content: string | Uint8Array): string {
  const file = tmp.file(name);
  fs.writeFileSync(file, content);
  return file;
}

async function errorOf(file: string): Promise<string> {
  const r = await readGrids(file);
  if (r.ok) throw new Error(`expected ${file} to be unreadable`);
  const line = oneLine(r.error);
  // one line, Chinese first, then English
  expect(line).not.toMatch(/\n/);
  expect(line).toMatch(/^[^a-zA-Z]*[\u4e00-\u9fff].* \/ [a-z]/);
  return line;
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const LEGACY = "无法读取：这是旧版 .xls 文件或已加密的工作簿，请另存为 .xlsx 后重试 / cannot read: old .xls or encrypted workbook, save as .xlsx and retry";

describe("input the reader cannot use gives a message, never a throw", () => {
  it("an old .xls", async () => {
    expect(await errorOf(write("old.xls", OLE))).toBe(LEGACY);
  });

  it("an encrypted .xlsx (an OLE file behind an .xlsx name)", async () => {
    expect(await errorOf(write("locked.xlsx", OLE))).toBe(LEGACY);
  });

  it("a missing file", async () => {
    expect(await errorOf(tmp.file("nowhere.xlsx"))).toMatch(/文件不存在 \/ cannot read: file not found/);
  });

  it("a directory", async () => {
    fs.mkdirSync(tmp.file("folder.xlsx"));
    expect(await errorOf(tmp.file("folder.xlsx"))).toMatch(/文件夹.* \/ .*directory/);
  });

  it("an empty file, whatever its kind", async () => {
    for (const name of ["empty.xlsx", "empty.csv", "empty.txt"]) expect(await errorOf(write(name, ""))).toMatch(/空的.* \/ .*empty/);
  });

  it("an unknown extension", async () => {
    expect(await errorOf(write("report.docx", "x"))).toMatch(/不支持的文件类型“\.docx”.* \/ .*unsupported file type "\.docx"/);
    expect(await errorOf(write("noext", "x"))).toMatch(/无扩展名/);
  });

  it("a corrupt zip", async () => {
    expect(await errorOf(write("corrupt.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)])))).toMatch(
      /损坏.* \/ .*corrupt/,
    );
  });

  it("a truncated workbook", async () => {
    const wb = new Workbook();
    wb.addWorksheet("s").getCell("A1").value = 1;
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await errorOf(write("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(/损坏.* \/ .*corrupt/);
  });

  it("a text file renamed .xlsx", async () => {
    expect(await errorOf(write("renamed.xlsx", "项目名称\t运维费\n"))).toMatch(/不是 \.xlsx 工作簿.* \/ .*not an \.xlsx/);
  });

  it("Excel's lock file beside an open workbook", async () => {
    const owner = Buffer.concat([Buffer.from([5]), Buffer.from("zhang", "latin1"), Buffer.alloc(50, 0x20)]);
    expect(await errorOf(write("~$一网统管.xlsx", owner))).toMatch(/锁文件.* \/ .*lock file/);
  });

  it("a zip that holds no workbook", async () => {
    const bytes = zipOf(new Map([["[Content_Types].xml", "<Types/>"], ["word/document.xml", "<w/>"]]));
    expect(await errorOf(write("word.xlsx", bytes))).toMatch(/没有工作表.* \/ .*no worksheet/);
  });

  it("text in no encoding it knows", async () => {
    expect(await errorOf(write("binary.csv", Buffer.from([0x41, 0xff, 0x41, 0xff])))).toMatch(/UTF-8.* \/ .*UTF-8/);
  });
});

describe("a workbook renamed to .xls", () => {
  it("is read as the .xlsx it is", async () => {
    const wb = new Workbook();
    wb.addWorksheet("表").getCell("A1").value = "项目名称";
    const file = tmp.file("renamed.xls");
    await wb.xlsx.writeFile(file);
    const r = await readGrids(file);
    expect(r.ok && r.grids[0].cells[0]?.[0]?.value).toBe("项目名称");
  });
});
