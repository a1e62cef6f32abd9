#!/usr/bin/env node
/**
 * Offline check of the add-in's XML manifest. Microsoft's validator (office-addin-manifest
 * validate) posts the file to a web service that cannot be reached from every network, and no
 * XSD ships in any npm package — so this checks what matters here without one:
 *   - the XML is well-formed;
 *   - the required elements of a TaskPaneApp are present, once, in schema order (and the
 *     VersionOverrides parts the ribbon uses, in their order);
 *   - ids, version, locales, string lengths; every URL absolute https;
 *   - every resid resolves; every icon exists in assets/ as a PNG of the size it is named for;
 *   - the ExecuteFunction name is registered by the commands code; the pages exist.
 *
 *   node scripts/validate-manifest.js [manifest.xml]      (npm run validate)
 * Keep `npx office-addin-manifest validate manifest.xml` for the online check where it is reachable.
 */
"use strict";
const fs = require("fs");
const path = require("path");

// ---- a small, strict XML parser ------------------------------------------------------------
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function decodeEntities(s, where) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|&/g, (m, e) => {
    if (!e) throw new Error(`unescaped "&" ${where}`);
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const map = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (!(e in map)) throw new Error(`unknown entity &${e}; ${where}`);
    return map[e];
  });
}

/** Parse XML into {name, attrs, children, text, line}; throws with a line number when not well-formed. */
function parseXml(src) {
  let i = 0;
  const lineAt = (pos) => src.slice(0, pos).split("\n").length;
  const fail = (msg, pos = i) => {
    throw new Error(`line ${lineAt(pos)}: ${msg}`);
  };
  if (src.charCodeAt(0) === 0xfeff) i = 1;
  const stack = [];
  let root = null;
  while (i < src.length) {
    if (src.startsWith("<?", i)) {
      const end = src.indexOf("?>", i);
      if (end < 0) fail("unterminated processing instruction");
      if (src.slice(i, i + 5) === "<?xml" && i > 1) fail("XML declaration not at the start");
      i = end + 2;
    } else if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      if (end < 0) fail("unterminated comment");
      if (src.slice(i + 4, end).includes("--")) fail('"--" inside a comment');
      i = end + 3;
    } else if (src.startsWith("<![CDATA[", i)) {
      if (!stack.length) fail("CDATA outside the root element");
      const end = src.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA");
      stack[stack.length - 1].text += src.slice(i + 9, end);
      i = end + 3;
    } else if (src.startsWith("<!", i)) {
      fail("DOCTYPE and declarations are not allowed in a manifest");
    } else if (src.startsWith("</", i)) {
      const end = src.indexOf(">", i);
      if (end < 0) fail("unterminated end tag");
      const name = src.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> (opened on line ${open.line})`);
      i = end + 1;
    } else if (src[i] === "<") {
      const start = i;
      i++;
      const nameMatch = /^[^\s/>]+/.exec(src.slice(i));
      if (!nameMatch || !NAME.test(nameMatch[0])) fail("bad element name");
      const el = { name: nameMatch[0], attrs: {}, children: [], text: "", line: lineAt(start) };
      i += nameMatch[0].length;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))[0];
        i += ws.length;
        if (src.startsWith("/>", i)) {
          i += 2;
          el.selfClosing = true;
          break;
        }
        if (src[i] === ">") {
          i++;
          break;
        }
        if (!ws) fail(`missing space before attribute in <${el.name}>`);
        const m = /^([^\s=/>]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i));
        if (!m) fail(`bad attribute in <${el.name}>`);
        if (!NAME.test(m[1])) fail(`bad attribute name ${m[1]}`);
        if (m[1] in el.attrs) fail(`duplicate attribute ${m[1]} in <${el.name}>`);
        el.attrs[m[1]] = decodeEntities(m[3] ?? m[4], `in attribute ${m[1]} (line ${lineAt(i)})`);
        i += m[0].length;
      }
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) fail("more than one root element", start);
      else root = el;
      if (!el.selfClosing) stack.push(el);
    } else {
      const next = src.indexOf("<", i);
      const text = src.slice(i, next < 0 ? src.length : next);
      if (!stack.length) {
        if (text.trim()) fail("text outside the root element");
      } else stack[stack.length - 1].text += decodeEntities(text, `(line ${lineAt(i)})`);
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) fail("no root element");
  return root;
}

// ---- the checks ----------------------------------------------------------------------------
const local = (name) => name.replace(/^.*:/, "");
const kids = (el, name) => el.children.filter((c) => local(c.name) === name);
const kid = (el, name) => kids(el, name)[0];

/** TaskPaneApp elements in schema order, and which are required. */
const TOP_ORDER = [
  ["Id", true], ["AlternateId", false], ["Version", true], ["ProviderName", true], ["DefaultLocale", true],
  ["DisplayName", true], ["Description", true], ["IconUrl", true], ["HighResolutionIconUrl", false], ["SupportUrl", false],
  ["AppDomains", false], ["Hosts", true], ["Requirements", false], ["DefaultSettings", true], ["Permissions", true],
  ["AllowSnapshot", false], ["VersionOverrides", false],
];

function checkOrder(el, order, where, errors) {
  const names = el.children.map((c) => local(c.name));
  let last = -1;
  for (const n of names) {
    const idx = order.findIndex(([o]) => o === n);
    if (idx < 0) {
      errors.push(`${where}: unexpected element <${n}>`);
      continue;
    }
    if (idx < last) errors.push(`${where}: <${n}> is out of schema order (expected order: ${order.map(([o]) => o).join(", ")})`);
    last = Math.max(last, idx);
  }
  for (const [n, required] of order) {
    const count = names.filter((x) => x === n).length;
    if (required && count === 0) errors.push(`${where}: required element <${n}> is missing`);
  }
}

function validateManifest(xml, options = {}) {
  const root = options.root || path.join(__dirname, "..");
  const assetsDir = options.assetsDir || path.join(root, "assets");
  const errors = [];
  const warnings = [];
  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    return { errors: [`not well-formed XML: ${e.message}`], warnings };
  }
  if (doc.name !== "OfficeApp") errors.push(`root element is <${doc.name}>, expected <OfficeApp>`);
  if (doc.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") errors.push("OfficeApp: xmlns must be http://schemas.microsoft.com/office/appforoffice/1.1");
  if (doc.attrs["xsi:type"] !== "TaskPaneApp") errors.push('OfficeApp: xsi:type must be "TaskPaneApp"');
  for (const [p, ns] of [["xsi", "http://www.w3.org/2001/XMLSchema-instance"], ["bt", "http://schemas.microsoft.com/office/officeappbasictypes/1.0"]])
    if (doc.attrs[`xmlns:${p}`] !== ns) errors.push(`OfficeApp: xmlns:${p} must be ${ns}`);
  checkOrder(doc, TOP_ORDER, "OfficeApp", errors);
  for (const [n] of TOP_ORDER) if (kids(doc, n).length > 1) errors.push(`OfficeApp: <${n}> appears more than once`);

  const text = (n) => (kid(doc, n)?.text ?? "").trim();
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(text("Id"))) errors.push("Id: must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) errors.push("Version: must look like 1.0.0.0");
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(text("DefaultLocale"))) errors.push("DefaultLocale: must look like zh-CN");
  if (!text("ProviderName")) errors.push("ProviderName: empty");
  if (text("Permissions") !== "ReadWriteDocument") errors.push("Permissions: the add-in writes cells, so it needs ReadWriteDocument");

  const localized = (el, where, max) => {
    if (!el) return;
    const all = [el.attrs.DefaultValue, ...kids(el, "Override").map((o) => o.attrs.Value)];
    if (!el.attrs.DefaultValue) errors.push(`${where}: DefaultValue missing`);
    for (const o of kids(el, "Override")) if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(o.attrs.Locale || "")) errors.push(`${where}: Override without a valid Locale`);
    for (const v of all) if (v && [...v].length > max) errors.push(`${where}: "${v.slice(0, 20)}…" is longer than ${max} characters`);
    return kids(el, "Override").map((o) => o.attrs.Locale);
  };
  const dnLocales = localized(kid(doc, "DisplayName"), "DisplayName", 125) || [];
  localized(kid(doc, "Description"), "Description", 250);
  if (!dnLocales.includes("en-US")) warnings.push("DisplayName: no en-US override");

  const hosts = kid(doc, "Hosts");
  if (!hosts || !kids(hosts, "Host").some((h) => h.attrs.Name === "Workbook")) errors.push('Hosts: <Host Name="Workbook"/> missing');
  const sets = kid(doc, "Requirements") && kid(kid(doc, "Requirements"), "Sets");
  const excelSet = sets && kids(sets, "Set").find((s) => s.attrs.Name === "ExcelApi");
  if (!excelSet) errors.push("Requirements: no ExcelApi set");
  else if (!/^1\.\d+$/.test(excelSet.attrs.MinVersion || "")) errors.push("Requirements: ExcelApi MinVersion must look like 1.13");

  // every URL
  const urls = [];
  const collect = (el, where) => {
    for (const [k, v] of Object.entries(el.attrs)) if (k === "DefaultValue" && /Url|SourceLocation|Image/.test(el.name)) urls.push({ url: v, where: `${where} <${el.name}>` });
    for (const o of kids(el, "Override")) if (/Url|SourceLocation|Image/.test(el.name)) urls.push({ url: o.attrs.Value, where: `${where} <${el.name}> override` });
    for (const c of el.children) collect(c, where);
  };
  collect(doc, "manifest");
  for (const { url, where } of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      errors.push(`${where}: "${url}" is not an absolute URL`);
      continue;
    }
    if (u.protocol !== "https:") errors.push(`${where}: "${url}" must use https`);
  }
  const srcLoc = kid(doc, "DefaultSettings") && kid(kid(doc, "DefaultSettings"), "SourceLocation");
  if (!srcLoc || !srcLoc.attrs.DefaultValue) errors.push("DefaultSettings: SourceLocation DefaultValue missing");

  // icons
  const iconFile = (url) => {
    try {
      return path.join(assetsDir, path.basename(new URL(url).pathname));
    } catch {
      return null;
    }
  };
  const checkIcon = (url, size, where) => {
    const file = iconFile(url);
    if (!file || !fs.existsSync(file)) {
      errors.push(`${where}: icon ${url} has no file in ${path.relative(root, assetsDir) || assetsDir}`);
      return;
    }
    const buf = fs.readFileSync(file);
    if (buf.length < 24 || buf.toString("latin1", 1, 4) !== "PNG") {
      errors.push(`${where}: ${path.basename(file)} is not a PNG`);
      return;
    }
    const w = buf.readUInt32BE(16);
    const h = buf.readUInt32BE(20);
    if (w !== size || h !== size) errors.push(`${where}: ${path.basename(file)} is ${w}×${h}, expected ${size}×${size}`);
  };
  if (kid(doc, "IconUrl")) checkIcon(kid(doc, "IconUrl").attrs.DefaultValue, 32, "IconUrl");
  if (kid(doc, "HighResolutionIconUrl")) checkIcon(kid(doc, "HighResolutionIconUrl").attrs.DefaultValue, 64, "HighResolutionIconUrl");

  // VersionOverrides: structure, resources, ribbon
  const vo = kid(doc, "VersionOverrides");
  if (vo) {
    if (vo.attrs.xmlns !== "http://schemas.microsoft.com/office/taskpaneappversionoverrides") errors.push("VersionOverrides: wrong xmlns");
    if (vo.attrs["xsi:type"] !== "VersionOverridesV1_0") errors.push('VersionOverrides: xsi:type must be "VersionOverridesV1_0"');
    checkOrder(vo, [["Description", false], ["Requirements", false], ["Hosts", true], ["Resources", true], ["WebApplicationInfo", false], ["EquivalentAddins", false], ["VersionOverrides", false]], "VersionOverrides", errors);
    const res = kid(vo, "Resources");
    const ids = new Map();
    if (res) {
      checkOrder(res, [["Images", false], ["Urls", false], ["ShortStrings", false], ["LongStrings", false]], "Resources", errors);
      const group = (n, child, max) => {
        for (const g of kids(res, n))
          for (const e of kids(g, child)) {
            const id = e.attrs.id;
            if (!id) errors.push(`Resources/${n}: an entry without id`);
            else if (ids.has(id)) errors.push(`Resources: id "${id}" is defined twice`);
            else if (id.length > 32) errors.push(`Resources: id "${id}" is longer than 32 characters`);
            ids.set(id, { kind: n, el: e });
            if (max) localized(e, `Resources/${n} "${id}"`, max);
          }
      };
      group("Images", "Image");
      group("Urls", "Url");
      group("ShortStrings", "String", 125);
      group("LongStrings", "String", 250);
    }
    const used = new Set();
    const walk = (el) => {
      if (el.attrs.resid !== undefined) {
        const r = ids.get(el.attrs.resid);
        used.add(el.attrs.resid);
        if (!r) errors.push(`<${local(el.name)} resid="${el.attrs.resid}"> (line ${el.line}) refers to no resource`);
        else if (local(el.name) === "Image") {
          const size = Number(el.attrs.size);
          if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size)) errors.push(`Image size ${el.attrs.size} (line ${el.line}) is not a ribbon size`);
          if (r.kind !== "Images") errors.push(`Image resid "${el.attrs.resid}" is not an image`);
          else checkIcon(r.el.attrs.DefaultValue, size, `ribbon image "${el.attrs.resid}"`);
        }
      }
      el.children.forEach(walk);
    };
    walk(kid(vo, "Hosts") || { children: [], attrs: {} });
    for (const id of ids.keys()) if (!used.has(id)) warnings.push(`Resources: "${id}" is never used`);

    const controlIds = new Set();
    const functions = [];
    const visit = (el) => {
      const n = local(el.name);
      if (n === "DesktopFormFactor") checkOrder(el, [["GetStarted", false], ["FunctionFile", true], ["ExtensionPoint", true]], "DesktopFormFactor", errors);
      if (n === "Group") checkOrder(el, [["Label", true], ["Icon", true], ["Control", true]], `Group ${el.attrs.id}`, errors);
      if (n === "Control") {
        if (controlIds.has(el.attrs.id)) errors.push(`Control id "${el.attrs.id}" is used twice`);
        controlIds.add(el.attrs.id);
        checkOrder(el, [["Label", true], ["Supertip", true], ["Icon", true], ["Action", true]], `Control ${el.attrs.id}`, errors);
        const action = kid(el, "Action");
        if (action && action.attrs["xsi:type"] === "ExecuteFunction") {
          const fn = (kid(action, "FunctionName")?.text || "").trim();
          if (!fn) errors.push(`Control ${el.attrs.id}: ExecuteFunction without FunctionName`);
          functions.push(fn);
        } else if (action && action.attrs["xsi:type"] === "ShowTaskpane") {
          if (!kid(action, "SourceLocation")) errors.push(`Control ${el.attrs.id}: ShowTaskpane without SourceLocation`);
        } else errors.push(`Control ${el.attrs.id}: Action must be ExecuteFunction or ShowTaskpane`);
      }
      el.children.forEach(visit);
    };
    visit(vo);
    if (functions.length) {
      const cmdFile = path.join(root, "src", "commands", "commands.ts");
      const cmd = fs.existsSync(cmdFile) ? fs.readFileSync(cmdFile, "utf8") : "";
      for (const fn of functions) if (!cmd.includes(`registerCommand("${fn}"`)) errors.push(`ExecuteFunction "${fn}" is not registered in src/commands/commands.ts`);
    }
    // pages the manifest names must be pages the build produces
    for (const [id, r] of ids) {
      if (r.kind !== "Urls") continue;
      const page = path.basename(new URL(r.el.attrs.DefaultValue).pathname);
      const candidates = ["src/taskpane", "src/commands"].map((d) => path.join(root, d, page));
      if (!candidates.some((f) => fs.existsSync(f))) errors.push(`Resources/Urls "${id}": no page ${page} in src/taskpane or src/commands`);
    }
  }
  return { errors, warnings };
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, "..", "manifest.xml"));
  const { errors, warnings } = validateManifest(fs.readFileSync(file, "utf8"), { root: path.join(__dirname, "..") });
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) {
    console.error(`${path.basename(file)}: ${errors.length} error(s)`);
    process.exit(1);
  }
  console.log(`${path.basename(file)} is valid (offline check: well-formed, schema order, URLs, icons${warnings.length ? `; ${warnings.length} warning(s)` : ""}).`);
  console.log("For Microsoft's online validation where it is reachable: npx office-addin-manifest validate manifest.xml");
}

module.exports = { validateManifest, parseXml };
