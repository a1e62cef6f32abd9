/**
 * Writes the 网页版's sample workbook (`npm run sample`) into assets/sample/. The file is kept in
 * the repository; rerunning gives the same bytes, and test/e2e/sample.test.ts fails when the
 * committed workbook differs from what scripts/sample/pujinSample.ts builds.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname } from "path";
import { fixtureBytes } from "./fixtures/workbook";
import { SAMPLE, SAMPLE_FILE } from "./sample/pujinSample";

async function main(): Promise<void> {
  mkdirSync(dirname(SAMPLE_FILE), { recursive: true });
  writeFileSync(SAMPLE_FILE, await fixtureBytes(SAMPLE));
  console.log(`${SAMPLE_FILE} — ${SAMPLE.covers}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
