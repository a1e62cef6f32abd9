import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** A fresh folder per test file, removed afterwards. */
export function tempDir(prefix: string): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ziping-${prefix}-`));
  return {
    dir,
    file: (name) => path.join(dir, name),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
