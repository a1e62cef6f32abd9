/**
 * End to end, in real Chromium: the 网页版 (preview.html) built by webpack and served over http,
 * the real task pane over the browser host. Checked against the engine's own numbers and against
 * what `ziping fix` writes. Also taskpane.html outside Excel. Screenshots go to test-output/e2e/.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { analyzeSheet, type SheetGrid } from "../../src/core";
import { workbookGrids } from "../../src/files/readXlsx";
import { dedupeMarks } from "../../src/host/marks";
import { fmt } from "../../src/taskpane/model";
import { displayText } from "../../src/browser/sheet/displayText";
import { build, serveStatic } from "../../scripts/preview";
import { FIXTURE, openBytes, ROOT, SAMPLE, snapshot } from "../browser/workbooks";
import { availability, launch, type Launched } from "./chromium";
import { marksOf, shownCells, withoutSelection, type ShownCell } from "./pageSheet";

const OUT = path.join(ROOT, "test-output", "e2e");
const DIST = path.join(OUT, "dist");
const DOCS_SHOT = path.join(ROOT, "docs", "preview.png");
const SECOND = FIXTURE("error-uncached-formula");

async function gridsOf(file: string): Promise<SheetGrid[]> {
  const read = workbookGrids(await openBytes(fs.readFileSync(file)));
  if (!("grids" in read)) throw new Error(read.en);
  return read.grids;
}

/** The engine on a file, as the page's default settings run it (active sheet = first sheet). */
async function engine(file: string) {
  const grid = (await gridsOf(file))[0];
  const { reports, plan } = analyzeSheet(grid, {}, { formulas: true });
  const marks = Object.fromEntries(dedupeMarks(plan.marks).map((m) => [m.cell, m.severity]));
  const texts = Object.fromEntries(plan.edits.map((e) => [e.cell, displayText(e.value, e.numFmt ?? grid.cells[e.row]?.[e.col]?.numFmt)]));
  return { reports, plan, marks, texts };
}

/** `ziping fix FILE -o OUT` with the built command line (npm test builds it first). */
function zipingFix(input: string, output: string): void {
  const bin = path.join(ROOT, "bin", "ziping.js");
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js is missing: run `npm run build:cli` (npm test does it first)");
  const r = spawnSync(process.execPath, [bin, "fix", input, "-o", output], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  if (!fs.existsSync(output)) throw new Error(`ziping fix wrote nothing (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

async function recalc(page: Page, tables: number): Promise<void> {
  await page.getByRole("button", { name: "重新计算" }).click();
  await page.getByText(new RegExp(`已计算 ${tables} 张自评表`)).waitFor();
}

async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const avail = availability();
if (!avail.run && avail.fail) {
  test("Chromium for the end-to-end tests", () => {
    throw new Error(avail.why);
  });
}
if (!avail.run && !avail.fail) console.warn(`[e2e] skipped: ${avail.why}`);
const describeInChromium = avail.run ? describe : describe.skip;

describeInChromium("网页版 in Chromium", () => {
  let browser: Launched | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  let initial: Record<string, ShownCell> = {};

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    await build({ mode: "development", outputPath: DIST, quiet: true });
    server = await serveStatic(DIST);
    browser = await launch();
    page = await browser.context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    await page.goto(`${server.url}preview.html`);
    await page.locator('td[data-cell="G18"]').waitFor();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("opens with the sample drawn beside the pane, and says nothing leaves the computer", async () => {
    await expect(page.getByTestId("file-name").textContent()).resolves.toBe("浦锦街道2023（示例）.xlsx");
    await expect(page.getByTestId("privacy").textContent()).resolves.toMatch(/不会上传.*不向任何服务器发出请求/);
    await expect(page.getByTestId("sample-note").textContent()).resolves.toMatch(/99\.00 改为 97\.00/);
    initial = await shownCells(page);
    expect(initial.A3.text).toBe("财政项目支出绩效自评表");
    expect(initial.D50.text).toBe("97.00");
    expect(initial.G23.text).toBe("");
    expect(marksOf(initial)).toEqual({});
  });

  test("重新计算: the engine's totals and grades in the pane, its highlights and computed cells on the sheet", async () => {
    const expected = await engine(SAMPLE);
    await recalc(page, 4);
    await page.getByText("已计算 4 张自评表：写入 6 个单元格，标记 9 个单元格。").waitFor();
    for (const r of expected.reports) {
      const summary = page.getByRole("region", { name: r.project ?? "" });
      await expect(summary.textContent()).resolves.toContain(`总分 ${fmt(r.total.computed)}`);
      await expect(summary.textContent()).resolves.toContain(`评分等级 ${r.grade.computed}`);
    }
    const cells = await shownCells(page);
    expect(marksOf(cells)).toEqual(expected.marks);
    for (const [cell, text] of Object.entries(expected.texts)) expect([cell, cells[cell].text]).toEqual([cell, text]);
    expect([cells.G23.text, cells.C24.text, cells.D50.text]).toEqual(["98.00", "优", "99.00"]);
    const findings = page.getByRole("region", { name: "审核意见" });
    for (const f of expected.reports.flatMap((r) => r.findings)) await expect(findings.getByRole("button").filter({ hasText: f.cell }).count()).resolves.toBeGreaterThan(0);
    const file = await shot(page, "preview-recalculated");
    if (!fs.existsSync(DOCS_SHOT) || process.env.UPDATE_SCREENSHOTS) fs.copyFileSync(file, DOCS_SHOT);
  });

  test("a finding selects its cell in the sheet; a cell selected in the sheet brings its finding forward", async () => {
    const findings = page.getByRole("region", { name: "审核意见" });
    const d50 = findings.getByRole("button").filter({ hasText: "D50" });
    await d50.click();
    await page.locator('td[data-cell="D50"][aria-selected="true"]').waitFor();
    await expect(d50.getAttribute("aria-current")).resolves.toBe("true");
    await shot(page, "preview-finding-selected");
    await page.locator('td[data-cell="G18"]').click();
    await page.locator('td[data-cell="G18"][aria-selected="true"]').waitFor();
    await expect(findings.getByRole("button").filter({ hasText: "G18" }).getAttribute("aria-current")).resolves.toBe("true");
    await expect(d50.getAttribute("aria-current")).resolves.toBe("false");
  });

  test("清除标记 takes the highlights off; 撤销本次计算 gives the sheet back as it was", async () => {
    const computed = await shownCells(page);
    await page.getByRole("button", { name: "清除标记" }).click();
    await page.getByText(/已清除 \d+ 条标色规则和 9 条批注/).waitFor();
    const cleared = await shownCells(page);
    expect(marksOf(cleared)).toEqual({});
    expect(Object.fromEntries(Object.entries(cleared).map(([a, c]) => [a, c.text]))).toEqual(Object.fromEntries(Object.entries(computed).map(([a, c]) => [a, c.text])));
    await page.getByRole("button", { name: "撤销本次计算" }).click();
    await page.getByText("已恢复 6 个单元格。").waitFor();
    expect(withoutSelection(await shownCells(page))).toEqual(withoutSelection(initial));
  });

  test("打开文件 loads a second workbook; 下载结果 saves what `ziping fix` writes for it", async () => {
    await page.getByTestId("file-input").setInputFiles(SECOND);
    await page.getByTestId("file-name").getByText(path.basename(SECOND)).waitFor();
    await page.locator("table.sheet td[data-cell]").first().waitFor();
    const expected = await engine(SECOND);
    await recalc(page, 1);
    expect(marksOf(await shownCells(page))).toEqual(expected.marks);
    await shot(page, "preview-second-workbook");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
    expect(download.suggestedFilename()).toBe("error-uncached-formula-已评分.xlsx");
    const downloaded = path.join(OUT, download.suggestedFilename());
    await download.saveAs(downloaded);
    const byFix = path.join(OUT, "error-uncached-formula-fix.xlsx");
    fs.rmSync(byFix, { force: true });
    zipingFix(SECOND, byFix);
    const mine = snapshot(await openBytes(fs.readFileSync(downloaded)));
    expect(mine).toEqual(snapshot(await openBytes(fs.readFileSync(byFix))));
    // and it is scored: formulas with cached results where the engine wrote
    const sheet = Object.values(mine)[0];
    for (const e of expected.plan.edits) expect(sheet.cells[e.cell]).toMatchObject(e.formula ? { formula: e.formula, value: e.value } : { value: e.value });
  });

  test("no request went anywhere but the page's own server, and the page raised no error", () => {
    const foreign = requests.filter((u) => !u.startsWith(server!.url) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith("sample/pujin-2023-sample.xlsx"))).toBe(true);
    expect(problems).toEqual([]);
  });

  test("taskpane.html outside Excel shows 打开 Excel 使用, with office.js stubbed or unreachable", async () => {
    const stub = "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, context: {} };";
    for (const mode of ["stub", "unreachable"] as const) {
      const pane = await browser!.context.newPage();
      const errors: string[] = [];
      pane.on("pageerror", (e) => errors.push(e.message));
      await pane.route("https://appsforoffice.microsoft.com/**", (route) =>
        mode === "stub" ? route.fulfill({ status: 200, contentType: "text/javascript", body: stub }) : route.abort(),
      );
      await pane.goto(`${server!.url}taskpane.html`);
      await pane.getByText("请打开 Excel 使用").waitFor();
      await pane.getByText("Open this in Excel").waitFor();
      await expect(pane.getByRole("link", { name: "打开网页版" }).getAttribute("href")).resolves.toBe("preview.html");
      expect(errors).toEqual([]);
      if (mode === "stub") await shot(pane, "taskpane-outside-excel");
      await pane.close();
    }
  });
});
