#!/usr/bin/env node
/**
 * Print the gzip size of the production task-pane scripts (budget: 200 KiB), from the build's
 * dist/addin/bundle-size.json; builds first when there is none. Exit 1 over budget.
 *   npm run size
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { execSync } = require("child_process");

const file = path.join(__dirname, "..", "dist", "addin", "bundle-size.json");
if (!fs.existsSync(file) || process.argv.includes("--build")) {
  execSync("npx webpack --mode production", { stdio: "inherit", cwd: path.join(__dirname, "..") });
}
const { budget, entries } = JSON.parse(fs.readFileSync(file, "utf8"));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const [name, r] of Object.entries(entries)) console.log(`${name.padEnd(9)} ${kib(r.raw).padStart(10)} minified ${kib(r.gzip).padStart(10)} gzip  (${r.files.join(", ")})`);
const pane = entries.taskpane;
console.log(`task pane: ${kib(pane.gzip)} gzip of ${kib(budget)} budget`);
if (pane.gzip > budget) process.exit(1);
