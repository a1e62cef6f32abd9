/**
 * Builds the add-in: the task pane (React + Fluent UI v9), the ribbon's function file and its
 * dialog. office.js is NOT bundled: each page loads it from Microsoft's CDN (see the HTML
 * templates), as the platform requires.
 *
 * Also the 网页版 (preview.html): the same pane over the browser host, with exceljs's browser
 * build and the sample workbook — static files that work from any web server, no office.js.
 * It is larger than the pane and not bound by the pane's budget; its size is printed all the same.
 *
 *   npm run build        production build into dist/ (ADDIN_BASE_URL=https://host/path/ rewrites the manifest)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs certificates
 */
"use strict";
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
/** Gzip budget of the task pane's scripts (the benchmark). */
const TASKPANE_BUDGET = 200 * 1024;

function baseUrl(dev) {
  const url = !dev && process.env.ADDIN_BASE_URL ? process.env.ADDIN_BASE_URL : DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Prints, and emits as bundle-size.json, the gzip size of each entry's scripts (minified, when production). */
class BundleSizePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BundleSizePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const report = {};
        for (const [name, entry] of compilation.entrypoints) {
          const files = [...entry.getFiles()].filter((f) => f.endsWith(".js"));
          let raw = 0;
          let gzip = 0;
          for (const f of files) {
            const buf = compilation.getAsset(f).source.buffer();
            raw += buf.length;
            gzip += zlib.gzipSync(buf, { level: 9 }).length;
          }
          report[name] = { files, raw, gzip };
        }
        compilation.emitAsset("bundle-size.json", new sources.RawSource(JSON.stringify({ budget: TASKPANE_BUDGET, entries: report }, null, 2)));
        const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
        for (const [name, r] of Object.entries(report)) console.log(`[size] ${name}: ${kib(r.raw)}${compiler.options.mode === "production" ? " minified" : ""}, ${kib(r.gzip)} gzip`);
        if (compiler.options.mode === "production" && report.taskpane && report.taskpane.gzip > TASKPANE_BUDGET) {
          compilation.errors.push(new Error(`task pane is ${kib(report.taskpane.gzip)} gzip, over the ${kib(TASKPANE_BUDGET)} budget`));
        }
      });
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    // office-addin-dev-certs generates the certificate, then fails to trust its CA where it cannot
    // (Linux without sudo): serve https with the generated files anyway and say how to trust them.
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = ["ca.crt", "localhost.key", "localhost.crt"].map((f) => path.join(dir, f));
    const reason = String(e && e.message).split("\n")[0];
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(`[dev-server] the development CA is not trusted (${reason}); serving https with ${dir}. Trust ca.crt, or run "npx office-addin-dev-certs install".`);
      const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
      return { type: "https", options: { ca, key, cert } };
    }
    console.warn(`[dev-server] no development certificate (${reason}); serving plain http. Run "npx office-addin-dev-certs install".`);
    return { type: "http" };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = baseUrl(dev);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
      preview: "./src/browser/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist", "addin"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // exceljs resolves to its browser build ("browser" in its package.json): one pre-built
      // bundle with nothing for webpack to follow inside, so it is not parsed
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // type checking is `npm run typecheck`; here: ES modules so Fluent UI tree-shakes
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "node", target: "es2020", sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/commands/dialog.html", chunks: ["dialog"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/browser/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "assets/sample/pujin-2023-sample.xlsx", to: "sample/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url === DEV_URL ? content : Buffer.from(content.toString().split(DEV_URL).join(url))),
          },
        ],
      }),
      new BundleSizePlugin(),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist", "addin") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_BUILD ? undefined : await httpsOptions(),
      port: PORT,
      hot: false,
    },
  };
};
