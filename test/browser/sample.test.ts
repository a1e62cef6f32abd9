/**
 * The 网页版's sample workbook: the committed file is what scripts/sample/pujinSample.ts builds,
 * it holds the seed's cells exactly but for the demo changes it lists, and the engine finds in it
 * what the page says it will.
 */
import * as fs from "fs";
import { analyzeSheet } from "../../src/core";
import { workbookGrids } from "../../src/files/readXlsx";
import { typedValue } from "../../src/files/textWorkbook";
import { fixtureBytes } from "../../scripts/fixtures/workbook";
import { DEMO_CHANGES, SAMPLE as SAMPLE_FIXTURE } from "../../scripts/sample/pujinSample";
import { seedGrid } from "../helpers/seed";
import { openBytes, SAMPLE } from "./workbooks";

async function sampleGrid() {
  const read = workbookGrids(await openBytes(fs.readFileSync(SAMPLE)));
  if (!("grids" in read)) throw new Error(read.en);
  expect(read.grids).toHaveLength(1);
  return read.grids[0];
}

test("the committed sample is what `npm run sample` writes", async () => {
  expect((await fixtureBytes(SAMPLE_FIXTURE)).equals(fs.readFileSync(SAMPLE))).toBe(true);
});

test("the seed's cells, typed, at the seed's addresses — but for the demo changes", async () => {
  const grid = await sampleGrid();
  const changed = new Map(DEMO_CHANGES.map((c) => [c.cell, c.value]));
  const seed = seedGrid();
  const rows = Math.max(seed.cells.length, grid.cells.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 10; c++) {
      const address = `${String.fromCharCode(65 + c)}${r + 1}`;
      const text = seed.cells[r]?.[c]?.value;
      const expected = changed.has(address) ? changed.get(address) : typeof text === "string" && text !== "" ? typedValue(text).value : null;
      expect([address, grid.cells[r]?.[c]?.value ?? null]).toEqual([address, expected]);
    }
  }
  expect(grid.merges?.length).toBeGreaterThan(50);
});

test("what the page promises: the blanked cells computed, the wrong total found and corrected", async () => {
  const { reports, plan } = analyzeSheet(await sampleGrid());
  expect(reports.map((r) => [r.total.computed, r.grade.computed])).toEqual([[98, "优"], [99, "优"], [100, "优"], [98, "优"]]);
  expect(plan.edits.map((e) => e.cell).sort()).toEqual(DEMO_CHANGES.map((c) => c.cell).sort());
  expect(reports.flatMap((r) => r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell]))).toEqual([["TOTAL_MISMATCH", "D50"]]);
});
