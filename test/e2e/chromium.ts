/**
 * Debian's Chromium driven by playwright-core — never a downloaded browser (docs: the toolchain
 * notes). A fresh profile per run. Where Chromium is missing the end-to-end tests are skipped with
 * a message, except under CI, where they fail: .ci/run installs it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export type Availability = { run: true } | { run: false; fail: boolean; why: string };

export function availability(): Availability {
  if (fs.existsSync(CHROMIUM)) return { run: true };
  const why = `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH; never download a browser`;
  return { run: false, fail: !!process.env.CI, why };
}

export interface Launched {
  context: BrowserContext;
  close: () => Promise<void>;
}

export async function launch(): Promise<Launched> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ziping-chromium-"));
  // launchPersistentContext: playwright refuses --user-data-dir in args
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
    locale: "zh-CN",
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
