import { JsonReportWriter } from "../../src/cli/jsonReport";
import { tableWithFindings } from "./tableFixture";

function written(files: Parameters<JsonReportWriter["file"]>[0][]): unknown {
  let out = "";
  const w = new JsonReportWriter((s) => (out += s));
  w.start();
  files.forEach((f) => w.file(f));
  w.end();
  expect(out.endsWith("\n")).toBe(true);
  return JSON.parse(out);
}

describe("the streamed JSON report", () => {
  it("is the contract's empty shape when no file was checked", () => {
    expect(written([])).toEqual({ version: 1, files: [] });
  });

  it("passes the core's table reports through whole and gives unreadable files a one-line error", () => {
    const table = tableWithFindings();
    const doc = written([
      { path: "a.xlsx", error: null, tables: [table], warnings: ["工作簿设置 / workbook settings: bad key"] },
      { path: "b.xls", error: { zh: "无法读取", en: "cannot read" }, tables: [], warnings: [] },
    ]);
    expect(doc).toEqual({
      version: 1,
      files: [
        { path: "a.xlsx", error: null, warnings: ["工作簿设置 / workbook settings: bad key"], tables: [table] },
        { path: "b.xls", error: "无法读取 / cannot read", warnings: [], tables: [] },
      ],
    });
  });
});
