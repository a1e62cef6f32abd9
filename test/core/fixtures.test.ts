/**
 * The fixture workbooks of scripts/fixtures/: each is read as a file (src/files/readGrids), checked
 * with checkSheet, and held to the findings, 总分, 评分等级 and key numbers its description states.
 * Findings are compared whole (code, severity, cell), never as "contains".
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkSheet, type SheetGrid, type TableReport } from "../../src/core";
import { readGrids } from "../../src/files/readGrids";
import { FIXTURES, type Fixture } from "../../scripts/fixtures";
import { fixtureBytes } from "../../scripts/fixtures/workbook";
import type { ExpectedFinding, ExpectedTable } from "../../scripts/fixtures/types";

const DIR = join(__dirname, "..", "fixtures", "xlsx");
const fileOf = (f: Fixture) => join(DIR, `${f.name}.xlsx`);

async function gridsOf(f: Fixture): Promise<SheetGrid[]> {
  const read = await readGrids(fileOf(f));
  if (!read.ok) throw new Error(`${f.name}.xlsx could not be read: ${read.error.zh}`);
  return read.grids;
}

const byCell = (a: ExpectedFinding, b: ExpectedFinding) =>
  a.cell.localeCompare(b.cell, "en", { numeric: true }) || a.code.localeCompare(b.code);

const findingsOf = (t: TableReport): ExpectedFinding[] =>
  t.findings.map(({ code, severity, cell }) => ({ code, severity, cell })).sort(byCell);

it("there are at least 12 fixtures, each with a unique name", () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
  expect(new Set(FIXTURES.map((f) => f.name)).size).toBe(FIXTURES.length);
});

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
  let tables: TableReport[] = [];

  beforeAll(async () => {
    tables = (await gridsOf(fixture)).flatMap((g) => checkSheet(g));
  });

  it("is the workbook its builder writes (run `npm run fixtures` after changing a fixture)", async () => {
    expect((await fixtureBytes(fixture)).equals(readFileSync(fileOf(fixture)))).toBe(true);
  });

  it("has the expected tables, sheet by sheet, top to bottom", () => {
    expect(tables.map((t) => [t.sheet, t.project])).toEqual(fixture.tables.map((t) => [t.sheet, t.project]));
  });

  const cases = fixture.tables.map((t, i) => [`${t.sheet} / ${t.project}`, i, t] as const);
  if (cases.length === 0) return;

  describe.each(cases)("table %s", (_label, i, want: ExpectedTable) => {
    const got = () => {
      const t = tables[i];
      if (!t) throw new Error(`table ${i + 1} was not found`);
      return t;
    };

    it("reports exactly the expected findings (code, severity, cell)", () => {
      expect(findingsOf(got())).toEqual([...want.findings].sort(byCell));
    });

    it("computes 总分 and 评分等级", () => {
      expect({ total: got().total.computed, grade: got().grade.computed }).toEqual({ total: want.total, grade: want.grade });
    });

    if (want.range !== undefined || want.gradeCell !== undefined) {
      it("locates the table and its 评分等级 cell", () => {
        const actual: Record<string, unknown> = {};
        if (want.range !== undefined) actual.range = got().range;
        if (want.gradeCell !== undefined) actual.gradeCell = got().grade.cell;
        expect(actual).toEqual({ range: want.range, gradeCell: want.gradeCell });
      });
    }

    if (want.funds) {
      it("computes 执行率 and the funds score", () => {
        const f = got().funds;
        const e = want.funds!;
        const actual: Record<string, unknown> = {};
        if ("rate" in e) actual.rate = f?.rate.computed ?? null;
        if ("rateEntered" in e) actual.rateEntered = f?.rate.entered ?? null;
        if ("score" in e) actual.score = f?.score.computed ?? null;
        if ("unit" in e) actual.unit = f?.unit ?? null;
        expect(actual).toEqual(e);
      });
    }

    if (want.indicators) {
      it("scores the indicators the fixture is about", () => {
        const actual = want.indicators!.map((w) => {
          const ind = got().indicators.find((x) => x.row === w.row);
          if (!ind) return { row: w.row, missing: true };
          const out: Record<string, unknown> = { row: w.row };
          if ("status" in w) out.status = ind.status;
          if ("rule" in w) out.rule = ind.score.rule;
          if ("min" in w) out.min = ind.score.min;
          if ("max" in w) out.max = ind.score.max;
          if ("final" in w) out.final = ind.score.final;
          return out;
        });
        expect(actual).toEqual(want.indicators);
      });
    }
  });
});
