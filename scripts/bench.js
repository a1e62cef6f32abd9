"use strict";
/**
 * `npm run bench`: how much slower `ziping check` is than exceljs merely reading the same
 * workbook, and `ziping fix` than exceljs reading and writing it back (goal: at most 1.3× each).
 * Every measurement is a fresh node process, best of 3, so both sides pay node's start-up and
 * exceljs' load alike. To measure another command, add an entry to `measurements` with the
 * baseline it is held against.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { writeStackedWorkbook } = require("./bench-workbook");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "bench-output");
const BIN = path.join(ROOT, "bin", "ziping.js");
const TABLES = 500;
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const WORKBOOK = path.join(OUT, `bench-${TABLES}-tables.xlsx`);

const FIXED = path.join(OUT, `bench-${TABLES}-tables.scored.xlsx`);
const BARE_COPY = path.join(OUT, `bench-${TABLES}-tables.copy.xlsx`);

const READ_ONLY = "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1]).catch((e) => { console.error(e); process.exit(1); })";
const READ_WRITE =
  "const wb = new (require('exceljs').Workbook)(); wb.xlsx.readFile(process.argv[1]).then(() => wb.xlsx.writeFile(process.argv[2])).catch((e) => { console.error(e); process.exit(1); })";

/**
 * name, argv, okStatus (exit codes that mean it ran), against (the baseline's name) and goal (max
 * ratio to it), and an optional check of its output.
 */
const measurements = [
  { name: "exceljs readFile", argv: [process.execPath, "-e", READ_ONLY, WORKBOOK], okStatus: [0] },
  { name: "exceljs read + write", argv: [process.execPath, "-e", READ_WRITE, WORKBOOK, BARE_COPY], okStatus: [0] },
  {
    name: "ziping check --json",
    against: "exceljs readFile",
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
  {
    name: "ziping fix --json",
    against: "exceljs read + write",
    argv: [process.execPath, BIN, "fix", "--json", WORKBOOK, "-o", FIXED],
    okStatus: [0, 1],
    goal: 1.3,
    verify: (stdoutFile) => {
      const report = JSON.parse(fs.readFileSync(stdoutFile, "utf8"));
      const f = report.files[0];
      if (f.output !== FIXED) throw new Error(`fix wrote no copy: ${f.error}`);
      return `${f.tables.length} tables, ${f.cellsWritten} cells written, ${f.cellsMarked} marked`;
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
  for (const r of results) {
    const runs = r.times.map((t) => t.toFixed(2)).join(" / ");
    const base = r.against && results.find((b) => b.name === r.against);
    let versus = "";
    if (base) {
      const ratio = r.best / base.best;
      const goal = r.goal === undefined ? "" : ratio <= r.goal ? ` (goal ≤ ${r.goal}: met)` : ` (goal ≤ ${r.goal}: NOT met)`;
      versus = `  ${ratio.toFixed(2)}× ${r.against}${goal}`;
    }
    console.log(`${r.name.padEnd(24)} ${r.best.toFixed(2)} s  [${runs}]${versus}${r.note ? `  ${r.note}` : ""}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
