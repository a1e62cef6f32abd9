#!/usr/bin/env node
/**
 * The core alone on the 500-table bench workbook (written by `npm run bench`): its first pass,
 * when V8 has compiled nothing yet, and a warm pass. Run: npm run bench:core
 */
"use strict";
const path = require("path");
const { readGrids } = require("../dist/files/readGrids.js");
const { checkSheet } = require("../dist/core/index.js");

const file = path.join(__dirname, "..", "bench-output", "bench-500-tables.xlsx");

function timed(fn) {
  const t = process.hrtime.bigint();
  const out = fn();
  return { out, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

(async () => {
  const read = await readGrids(file);
  if (!read.grids) {
    process.stderr.write(`先运行 npm run bench 生成 ${file} / run npm run bench first\n`);
    process.exitCode = 2;
    return;
  }
  const grid = read.grids[0];
  const cold = timed(() => checkSheet(grid));
  for (let i = 0; i < 3; i++) checkSheet(grid);
  const warm = timed(() => checkSheet(grid));
  console.log(`core, ${cold.out.length} tables: first pass ${cold.ms.toFixed(0)} ms, warm pass ${warm.ms.toFixed(0)} ms`);
})();
