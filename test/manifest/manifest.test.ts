import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, parseXml } = require("../../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, o?: { root?: string; assetsDir?: string }) => { errors: string[]; warnings: string[] };
  parseXml: (xml: string) => { name: string };
};

const ROOT = join(__dirname, "..", "..");
const XML = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const check = (xml: string) => validateManifest(xml, { root: ROOT });

describe("manifest.xml (offline check)", () => {
  test("is valid: well-formed, schema order, URLs, icons at every named size", () => {
    expect(check(XML)).toEqual({ errors: [], warnings: [] });
  });

  test("asks for what the add-in needs and no more than Office 2021 has", () => {
    expect(XML).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(XML).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    expect(XML).toContain('<Host Name="Workbook"/>');
    expect(XML).toContain("<FunctionName>recalculate</FunctionName>");
    expect(XML).toMatch(/DefaultValue="绩效自评"/);
    expect(XML).toMatch(/DefaultValue="重新计算"/);
    expect(XML).toMatch(/DefaultValue="打开助手"/);
    expect(XML).toMatch(/Locale="en-US" Value="Recalculate"/);
  });

  test.each([
    ["not well-formed", XML.replace("</Hosts>", ""), /not well-formed/],
    ["out of schema order", XML.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2$1"), /out of schema order/],
    ["required element missing", XML.replace(/<Permissions>.*<\/Permissions>/, ""), /required element <Permissions> is missing/],
    ["plain http", XML.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"), /must use https/],
    ["missing icon", XML.replace("icon-80.png", "icon-81.png"), /icon-81\.png has no file/],
    ["wrong icon size", XML.replace('size="16" resid="Icon.16x16"', 'size="16" resid="Icon.32x32"'), /is 32×32, expected 16×16/],
    ["dangling resid", XML.replace('resid="Recalc.Tooltip"', 'resid="Nope"'), /refers to no resource/],
    ["unregistered function", XML.replace("<FunctionName>recalculate</FunctionName>", "<FunctionName>other</FunctionName>"), /not registered/],
    ["bad GUID", XML.replace(/<Id>[^<]+<\/Id>/, "<Id>x</Id>"), /GUID/],
    ["too long label", XML.replace('DefaultValue="重新计算"', `DefaultValue="${"长".repeat(130)}"`), /longer than 125/],
  ])("catches: %s", (_name, xml, pattern) => {
    const { errors } = check(xml);
    expect(errors.join("\n")).toMatch(pattern);
  });

  test("the parser rejects what XML rejects", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity/);
    expect(() => parseXml("<a/><b/>")).toThrow(/more than one root/);
    expect(parseXml('<?xml version="1.0"?><!-- c --><a>&amp;<![CDATA[<x>]]></a>').name).toBe("a");
  });
});
