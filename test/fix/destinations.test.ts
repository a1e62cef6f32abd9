import * as fs from "fs";
import * as path from "path";
import { destinations } from "../../src/cli/destinations";
import { tempDir } from "../files/tempDir";

const tmp = tempDir("destinations");
afterAll(() => tmp.cleanup());

describe("where fix writes each input", () => {
  it("-o: the named file; a text grid is converted", () => {
    expect(destinations(["a.txt"], { kind: "file", path: "out/a.xlsx" })).toEqual([{ target: "out/a.xlsx", inPlace: false, converted: true }]);
  });

  it("--out-dir: the same names, .xlsx for text grids and .xlsm", () => {
    expect(destinations(["x/a.xlsx", "x/b.csv", "y/c.xlsm"], { kind: "dir", path: "结果" })).toEqual([
      { target: path.join("结果", "a.xlsx"), inPlace: false, converted: false },
      { target: path.join("结果", "b.xlsx"), inPlace: false, converted: true },
      { target: path.join("结果", "c.xlsx"), inPlace: false, converted: true },
    ]);
  });

  it("--out-dir: two inputs with one name, or an input in the folder itself, are refused", () => {
    const [first, second] = destinations(["a/x.xlsx", "b/x.xlsx"], { kind: "dir", path: "out" });
    expect(first).toMatchObject({ target: path.join("out", "x.xlsx") });
    expect(second).toMatchObject({ zh: expect.stringMatching(/同名/), en: expect.stringMatching(/same name/) });
    expect(destinations(["in/x.xlsx"], { kind: "dir", path: "in" })[0]).toMatchObject({ zh: expect.stringMatching(/--in-place/) });
    // a result would overwrite another input of the same run
    expect(destinations(["a/x.xlsx", "b/x.xlsx"], { kind: "dir", path: "b" })[0]).toMatchObject({ en: expect.stringMatching(/overwrite the input b\/x\.xlsx/) });
  });

  it("--in-place: an .xlsx over itself; a text grid beside it unless that file exists; .xlsm refused", () => {
    const txt = tmp.file("表.txt");
    fs.writeFileSync(txt, "x");
    expect(destinations(["a.xlsx"], { kind: "inPlace" })).toEqual([{ target: "a.xlsx", inPlace: true, converted: false }]);
    expect(destinations([txt], { kind: "inPlace" })).toEqual([{ target: tmp.file("表.xlsx"), inPlace: false, converted: true }]);
    fs.writeFileSync(tmp.file("表.xlsx"), "x");
    expect(destinations([txt], { kind: "inPlace" })[0]).toMatchObject({ zh: expect.stringMatching(/已存在/) });
    expect(destinations(["m.xlsm"], { kind: "inPlace" })[0]).toMatchObject({ zh: expect.stringMatching(/只能修改 \.xlsx/) });
  });

  it("-o naming the input itself is refused", () => {
    const f = tmp.file("same.xlsx");
    fs.writeFileSync(f, "x");
    expect(destinations([f], { kind: "file", path: path.relative(process.cwd(), f) })[0]).toMatchObject({ en: expect.stringMatching(/overwrite the input/) });
  });
});
