"use strict";
/**
 * `npm run bench`: how much slower `ziping check` is than exceljs merely reading the same
 * workbook (goal: at most 1.3×). Every measurement is a fresh node process, best of 3, so both
 * sides pay node's start-up and exceljs' load alike. To measure another command (e.g. `fix`),
 * add an entry to `measurements`.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { writeStackedWorkbook } = require("./bench-workbook");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "bench-output");
const BIN = path.join(ROOT, "bin", "ziping.js");
const TABLES = 500;
const RUNS = 3;
const WORKBOOK = path.join(OUT, `bench-${TABLES}-tables.xlsx`);

const READ_ONLY = "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1]).catch((e) => { console.error(e); process.exit(1); })";

/**
 * name, argv, okStatus (exit codes that mean it ran), goal (max ratio to the baseline), and an
 * optional check of its output file.
 */
const measurements = [
  { name: "exceljs readFile", baseline: true, argv: [process.execPath, "-e", READ_ONLY, WORKBOOK], okStatus: [0] },
  {
    name: "ziping check --json",
    argv: [process.execPath, BIN, "check", "--json", WORKBOOK],
    okStatus: [0, 1],
    goal: 1.3,
    verify: (stdoutFile) => {
      const report = JSON.parse(fs.readFileSync(stdoutFile, "utf8"));
      const tables = report.files[0].tables.length;
      if (tables !== TABLES) throw new Error(`check found ${tables} tables, expected ${TABLES}`);
      return `${tables} tables checked`;
    },
  },
];

function runOnce(m, stdoutFile) {
  const fd = fs.openSync(stdoutFile, "w");
  try {
    const start = process.hrtime.bigint();
    const r = spawnSync(m.argv[0], m.argv.slice(1), { cwd: ROOT, stdio: ["ignore", fd, "pipe"], maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.error || !m.okStatus.includes(r.status)) {
      throw new Error(`${m.name} failed (status ${r.status}${r.error ? `, ${r.error.message}` : ""}):\n${r.stderr}`);
    }
    return seconds;
  } finally {
    fs.closeSync(fd);
  }
}

function outputFile(m) {
  return path.join(OUT, `${m.name.replace(/[^a-z0-9]+/gi, "-")}.out`);
}

/** Rounds interleave the measurements so that a busy moment of the machine hits all of them. */
function measureAll() {
  const times = measurements.map(() => []);
  for (let round = 0; round < RUNS; round++) measurements.forEach((m, i) => times[i].push(runOnce(m, outputFile(m))));
  return measurements.map((m, i) => ({ ...m, best: Math.min(...times[i]), times: times[i], note: m.verify ? m.verify(outputFile(m)) : "" }));
}

async function main() {
  const written = await writeStackedWorkbook(WORKBOOK, TABLES);
  const size = (fs.statSync(WORKBOOK).size / 1024).toFixed(0);
  console.log(`workbook: ${path.relative(ROOT, WORKBOOK)} (${written} tables, ${size} KiB); best of ${RUNS} runs each`);
  const results = measureAll();
  const base = results.find((r) => r.baseline);
  for (const r of results) {
    const ratio = r.best / base.best;
    const goal = r.goal === undefined ? "" : ratio <= r.goal ? `  (goal ≤ ${r.goal}: met)` : `  (goal ≤ ${r.goal}: NOT met)`;
    const runs = r.times.map((t) => t.toFixed(2)).join(" / ");
    console.log(
      `${r.name.padEnd(24)} ${r.best.toFixed(2)} s  [${runs}]  ratio ${ratio.toFixed(2)}${goal}${r.note ? `  ${r.note}` : ""}`,
    );
  }
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
