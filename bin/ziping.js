#!/usr/bin/env node
"use strict";
// The command line lives in dist/ (built by `npm run build:cli`, which `npm test` and `npm run demo` run).
let main;
try {
  main = require("../dist/cli/main.js").main;
} catch (e) {
  process.stderr.write("ziping: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
