#!/usr/bin/env node
/**
 * npm run preview: build the add-in and its 网页版 (production, into dist/addin/), then serve them
 * on http://localhost:${PORT:-3000}/preview.html. Plain http on localhost: the page needs no
 * certificate, talks to no other server, and the files are the same static files `npm run build`
 * emits for hosting anywhere.
 *
 *   npm run preview                 build, then serve on PORT (default 3000)
 *   node scripts/preview.js --dev   a development build (faster, unminified)
 *   node scripts/preview.js --no-build
 *
 * The end-to-end test uses build() and serveStatic() from here (types: preview.d.ts).
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist", "addin");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Run webpack.config.js through webpack's Node API; resolves once the files are written. */
async function build({ mode = "production", outputPath = DIST, quiet = false } = {}) {
  const webpack = require("webpack");
  const config = await require(path.join(ROOT, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode });
  config.output = { ...config.output, path: outputPath };
  if (mode !== "production") config.devtool = false;
  const log = console.log;
  if (quiet) console.log = () => undefined; // the size report of BundleSizePlugin
  try {
    const stats = await new Promise((resolve, reject) => webpack(config, (err, s) => (err ? reject(err) : resolve(s))));
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return stats;
  } finally {
    console.log = log;
  }
}

/** The file under root for a URL path, or null when it is outside root or not a file. */
function fileFor(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${rel.endsWith("/") ? `${rel}index.html` : rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** A tiny static file server (GET and HEAD only). port 0 picks a free port. */
function serveStatic(root, port = 0, host = "127.0.0.1") {
  const dir = path.resolve(root);
  const server = http.createServer((req, res) => {
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(dir, req.url || "/") : null;
    if (!file) {
      res.writeHead(req.method === "GET" || req.method === "HEAD" ? 404 : 405, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host === "127.0.0.1" ? "localhost" : host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--no-build")) {
    const mode = args.includes("--dev") ? "development" : "production";
    console.log(`[preview] building (${mode}) into ${path.relative(ROOT, DIST)}/ …`);
    await build({ mode });
  }
  if (!fs.existsSync(path.join(DIST, "preview.html"))) throw new Error("dist/addin/preview.html is missing: build first");
  const port = Number(process.env.PORT || 3000);
  const { url } = await serveStatic(DIST, port);
  console.log(`[preview] 网页版: ${url}preview.html   (Ctrl+C to stop)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`[preview] ${e && e.message ? e.message : e}`);
    process.exit(1);
  });
}

module.exports = { build, serveStatic, DIST };
