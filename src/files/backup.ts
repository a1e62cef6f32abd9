/**
 * `fix --in-place` keeps the original first: 自评表.xlsx → 自评表.bak.xlsx beside it. An older
 * backup is never overwritten (it may be the only original left): the next free name is taken,
 * 自评表.bak2.xlsx, 自评表.bak3.xlsx…
 */
import { constants, promises as fs } from "fs";
import * as path from "path";
import type { ReadError } from "./readError";
import { writeFailure } from "./writeError";

export type Backup = { ok: true; path: string } | { ok: false; error: ReadError };

export async function keepBackup(file: string): Promise<Backup> {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = `${stem}.bak${n === 1 ? "" : n}${ext}`;
    try {
      await fs.copyFile(file, candidate, constants.COPYFILE_EXCL);
      return { ok: true, path: candidate };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      // with COPYFILE_EXCL any other failure means the file is ours: no half copy stays behind
      await fs.unlink(candidate).catch(() => undefined);
      return { ok: false, error: writeFailure(e) };
    }
  }
  return { ok: false, error: writeFailure(new Error("too many backups")) };
}
