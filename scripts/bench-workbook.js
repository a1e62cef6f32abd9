"use strict";
/**
 * The bench's input: the seed's four tables stacked again and again on one sheet of an .xlsx,
 * typed as Excel holds them (numbers as numbers) and with the merged title rows real forms have.
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const SEED = path.join(__dirname, "..", "test", "fixtures", "seed", "pujin-2023-self-evaluation.txt");
const TABLES_IN_SEED = 4;
const COLUMNS = 8; // A:H

function seedRows() {
  return fs
    .readFileSync(SEED, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.split("\t"));
}

function typed(text) {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Title and year lines span the form's width; 项目名称's value spans the rest of its row. */
function mergesFor(fields) {
  const filled = fields.map((f, i) => (f !== "" ? i : -1)).filter((i) => i >= 0);
  if (filled.length === 1 && filled[0] === 0) return [[0, COLUMNS - 1]];
  if (fields[0] === "项目名称" && filled.length === 2 && filled[1] === 2) return [[2, COLUMNS - 1]];
  return [];
}

/** Write `tables` tables (a multiple of the seed's four) to `file`; returns the number written. */
async function writeStackedWorkbook(file, tables) {
  const rows = seedRows();
  const copies = Math.ceil(tables / TABLES_IN_SEED);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  for (let copy = 0; copy < copies; copy++) {
    const offset = copy * rows.length;
    rows.forEach((fields, r) => {
      const rowNumber = offset + r + 1;
      fields.forEach((f, c) => {
        if (f !== "") ws.getCell(rowNumber, c + 1).value = typed(f);
      });
      for (const [from, to] of mergesFor(fields)) ws.mergeCells(rowNumber, from + 1, rowNumber, to + 1);
    });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return copies * TABLES_IN_SEED;
}

module.exports = { writeStackedWorkbook };
