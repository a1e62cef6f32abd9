import { renderFile } from "../../src/cli/humanReport";
import { tableWithFindings } from "./tableFixture";

describe("the human report of one file", () => {
  const outcome = { path: "dir/a.xlsx", error: null, tables: [tableWithFindings()], warnings: [] };

  it("shows the computed numbers beside the sheet's, in Chinese by default", () => {
    const text = renderFile(outcome, "zh");
    expect(text).toContain("文件 dir/a.xlsx");
    expect(text).toContain("表 1：测试项目（工作表 表1，A1:H24）");
    expect(text).toContain("执行率 86.18%（表中 86.19%）");
    expect(text).toContain("资金得分 8.62（满分 10，表中 8.62）");
    expect(text).toContain("总分 96.50（表中 97.00）");
    // no 评分等级 row: only the computed grade
    expect(text).toMatch(/评分等级 优\n/);
  });

  it("lists findings errors first, then warnings, then information, keeping the core's order within each", () => {
    const lines = renderFile(outcome, "zh").split("\n").filter((l) => /^ {4}(错误|警告|提示)/.test(l));
    expect(lines.map((l) => l.trim().split(/\s+/).slice(0, 3).join(" "))).toEqual([
      "错误 G10 错误消息",
      "错误 G23 第二个错误",
      "警告 H19 警告消息",
      "提示 G18 提示消息",
    ]);
  });

  it("speaks English with --lang en, using the findings' English messages", () => {
    const text = renderFile(outcome, "en");
    expect(text).toContain("Table 1: 测试项目 (sheet 表1, A1:H24)");
    expect(text).toContain("Execution rate 86.18% (sheet: 86.19%)");
    expect(text).toMatch(/ {4}error +G10 +error message/);
    expect(text).not.toMatch(/错误|警告|提示|表中/);
  });

  it("gives an unreadable file's reason in the language asked for", () => {
    const bad = { path: "b.xls", error: { zh: "无法读取：旧版", en: "cannot read: old" }, tables: [], warnings: [] };
    expect(renderFile(bad, "zh")).toBe("文件 b.xls\n  无法读取：旧版\n");
    expect(renderFile(bad, "en")).toBe("File b.xls\n  cannot read: old\n");
  });

  it("says so when a readable file holds no table", () => {
    expect(renderFile({ path: "c.csv", error: null, tables: [], warnings: [] }, "zh")).toContain("未找到绩效自评表");
  });
});
