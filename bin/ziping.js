#!/usr/bin/env node
"use strict";
// The command line lives in dist/ (built by `npm run build:cli`, which `npm test` and `npm run demo` run).
let main;
try {
  main = require("../dist/cli/main.js").main;
} catch (e) {
  const notBuilt = e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/cli/main.js");
  const detail = String((e && e.message) || e).split("\n", 1)[0];
  process.stderr.write(
    notBuilt
      ? "ziping: 尚未构建，请先运行 npm run build:cli / not built yet: run npm run build:cli\n"
      : `ziping: 无法启动（${detail}），请重新运行 npm install / cannot start (${detail}): run npm install again\n`,
  );
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
