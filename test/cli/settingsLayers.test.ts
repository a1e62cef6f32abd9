import * as fs from "fs";
import { judgeLayer, layerSettings, readSettingsFile, strictLayer } from "../../src/cli/settingsLayers";
import { tempDir } from "../files/tempDir";

const tmp = tempDir("settings");
afterAll(() => tmp.cleanup());

describe("settings layers", () => {
  it("keeps the valid keys of a layer and reports the others", () => {
    const judged = judgeLayer({ fundsWeight: 20, decimals: "two", colour: "red" });
    expect(judged.values).toEqual({ fundsWeight: 20 });
    expect(judged.problems).toHaveLength(2);
    expect(judged.problems.join("\n")).toMatch(/decimals/);
    expect(judged.problems.join("\n")).toMatch(/colour/);
  });

  it("lays higher layers over lower ones, and a bad key above never undoes a good one below", () => {
    const workbook = judgeLayer({ fundsWeight: 20, scorePolicy: "ceiling", decimals: 0 });
    const file = judgeLayer({ fundsWeight: 15, decimals: -1 });
    const merged = layerSettings(workbook.values, file.values, strictLayer(true));
    expect(merged).toEqual({ fundsWeight: 15, scorePolicy: "strict", decimals: 0 });
  });

  it("has no layer for no settings", () => {
    expect(judgeLayer(null)).toEqual({ values: {}, problems: [] });
    expect(strictLayer(false)).toEqual({});
  });

  it("reads a settings file, BOM and all", () => {
    const f = tmp.file("ok.json");
    fs.writeFileSync(f, '\uFEFF{"fundsWeight": 20, "nope": 1}');
    const r = readSettingsFile(f);
    expect(r.ok && r.layer.values).toEqual({ fundsWeight: 20 });
    expect(r.ok && r.layer.problems).toEqual([expect.stringMatching(/nope/)]);
  });

  it.each([
    ["missing.json", null, /无法读取设置文件 .*文件不存在 \/ cannot read settings file .*not found/],
    ["broken.json", "{fundsWeight: 20", /不是有效的 JSON.* \/ .*not valid JSON/],
    ["array.json", "[1, 2]", /必须是一个 JSON 对象 \/ .*must hold a JSON object/],
  ])("refuses %s with a clear message", (name, content, message) => {
    const f = tmp.file(name);
    if (content !== null) fs.writeFileSync(f, content);
    const r = readSettingsFile(f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).not.toMatch(/\n/);
    }
  });
});
