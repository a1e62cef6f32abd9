import * as fs from "fs";
import * as path from "path";
import type { SheetGrid } from "../../src/core/grid";
import { readGrids } from "../../src/files/readGrids";
import { tempDir } from "./tempDir";

const SEED = path.join(__dirname, "..", "fixtures", "seed", "pujin-2023-self-evaluation.txt");
const tmp = tempDir("text");
afterAll(() => tmp.cleanup());

async function gridOf(file: string): Promise<SheetGrid> {
  const r = await readGrids(file);
  if (!r.ok) throw new Error(r.error.zh);
  expect(r.grids).toHaveLength(1);
  expect(r.workbookSettings).toBeNull();
  return r.grids[0];
}

function write(name: string, content: string | Uint8Array): string {
  const file = tmp.file(name);
  fs.writeFileSync(file, content);
  return file;
}

function values(grid: SheetGrid): (string | null)[][] {
  return grid.cells.map((row) => (row ?? []).map((c) => (c ? (c.value as string | null) : null)));
}

describe("the seed as a text grid", () => {
  let grid: SheetGrid;
  beforeAll(async () => {
    grid = await gridOf(SEED);
  });

  it("is one untyped grid named after the file", () => {
    expect(grid.name).toBe("pujin-2023-self-evaluation");
    expect(grid.typed).toBe(false);
  });

  it("puts line N in row N and tab field K in column K", () => {
    const lines = fs.readFileSync(SEED, "utf8").split("\n");
    expect(grid.cells).toHaveLength(lines.length);
    lines.forEach((line, r) => {
      const fields = line.split("\t");
      fields.forEach((f, c) => expect(grid.cells[r]?.[c]?.value ?? null).toBe(f === "" ? null : f));
    });
  });

  it("holds table 1's cells where the seed README says", () => {
    expect(grid.cells[0]).toBeNull();
    expect(grid.cells[2]?.[0]?.value).toBe("财政项目支出绩效自评表");
    expect(grid.cells[9]?.[6]?.value).toBe("100.00"); // G10
    expect(grid.cells[9]?.[7]?.value).toBe("10.00"); // H10
    expect(grid.cells[17]?.[6]?.value).toBe("18.00"); // G18
    expect(grid.cells[22]?.[6]?.value).toBe("98.00"); // G23
    expect(grid.cells[23]?.[2]?.value).toBe("优"); // C24
  });

  it("has only strings and empty cells", () => {
    for (const row of grid.cells) for (const c of row ?? []) if (c) expect(typeof c.value).toBe("string");
  });
});

describe("csv and tsv", () => {
  it("reads UTF-8 with a BOM, RFC 4180 quotes, CRLF, and empty fields as null", async () => {
    const file = write("quotes.csv", '\uFEFF项目名称,"运维费, 一网统管","他说""好"""\r\n1,,"两\r\n行"\r\n');
    const g = await gridOf(file);
    expect(g.name).toBe("quotes");
    expect(g.typed).toBe(false);
    expect(values(g)).toEqual([
      ["项目名称", "运维费, 一网统管", '他说"好"'],
      ["1", null, "两\r\n行"],
    ]);
  });

  it("reads UTF-8 without a BOM", async () => {
    const g = await gridOf(write("plain.csv", "总分,100.00,98.00\n评分等级,优\n"));
    expect(values(g)).toEqual([
      ["总分", "100.00", "98.00"],
      ["评分等级", "优"],
    ]);
  });

  it("splits on tabs when any line holds a tab, whatever the extension", async () => {
    const g = await gridOf(write("tabs.csv", "a,b\tc\nd\te,f\n"));
    expect(values(g)).toEqual([
      ["a,b", "c"],
      ["d", "e,f"],
    ]);
  });

  it("reads a quoted tsv field holding a tab", async () => {
    const g = await gridOf(write("q.tsv", 'x\t"a\tb"\ty\n'));
    expect(values(g)).toEqual([["x", "a\tb", "y"]]);
  });

  it("keeps quotes that do not make an RFC 4180 field, without swallowing the lines after", async () => {
    const g = await gridOf(write("stray.txt", '"一网统管"运维费\t1\n"未闭合\t2\n末行\t3'));
    expect(values(g)).toEqual([
      ['"一网统管"运维费', "1"],
      ['"未闭合', "2"],
      ["末行", "3"],
    ]);
  });

  it("keeps blank lines as empty rows so that line N stays row N", async () => {
    const g = await gridOf(write("blank.tsv", "\n\n标题\n\t\n值\tx"));
    expect(g.cells.map((r) => (r ? r.map((c) => c?.value ?? null) : null))).toEqual([null, null, ["标题"], null, ["值", "x"]]);
  });

  it("reads Excel's UTF-16LE text export", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("项目名称\t运维费\r\n", "utf16le")]);
    expect(values(await gridOf(write("unicode.txt", bytes)))).toEqual([["项目名称", "运维费"]]);
  });

  it("reads a GBK csv (Excel's default on Chinese Windows) rather than garbling it", async () => {
    const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x2c, 0x31]); // 你好,1
    expect(values(await gridOf(write("gbk.csv", gbk)))).toEqual([["你好", "1"]]);
  });
});
