/**
 * LibreOffice headless as an independent engine: it opens a workbook, recalculates every formula
 * from the cells (a private profile sets OOXMLRecalcMode = 0, "always", or it would keep the cached
 * results), and saves it again as .xlsx for exceljs to read the values it computed.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export function sofficeVersion(): string | null {
  const r = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Convert every file to .xlsx in outDir, in one LibreOffice process with a fresh profile. */
export function recalculate(files: string[], outDir: string, profileDir: string): void {
  fs.mkdirSync(path.join(profileDir, "user"), { recursive: true });
  fs.writeFileSync(path.join(profileDir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${path.resolve(profileDir)}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 600000 },
  );
  const missing = files.filter((f) => !fs.existsSync(path.join(outDir, path.basename(f))));
  if (r.status !== 0 || missing.length > 0) {
    throw new Error(`LibreOffice did not convert ${missing.join(", ") || "the files"} (status ${r.status}):\n${r.stderr}`);
  }
}
