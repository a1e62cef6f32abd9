/**
 * Writes every fixture workbook into test/fixtures/xlsx/ (`npm run fixtures`). The workbooks are
 * kept in the repository; rerunning gives the same bytes, and test/core/fixtures.test.ts fails
 * when a committed workbook differs from what its builder writes.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { FIXTURES } from "./fixtures";
import { fixtureBytes } from "./fixtures/workbook";

export const FIXTURE_DIR = join(__dirname, "..", "test", "fixtures", "xlsx");

async function main(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const f of FIXTURES) {
    const file = join(FIXTURE_DIR, `${f.name}.xlsx`);
    writeFileSync(file, await fixtureBytes(f));
    console.log(`${f.name}.xlsx — ${f.covers}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
