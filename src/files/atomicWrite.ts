/**
 * Write a whole file or nothing: the bytes go to a temporary file in the target's own folder
 * (so the rename never crosses file systems), are flushed to disk, and only then replace the
 * target in one rename. Whatever fails, the temporary file is removed and the target is as it
 * was. Never throws: the caller gets a one-line reason.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { ReadError } from "./readError";
import { writeErrors, writeFailure } from "./writeError";

/** The few file operations used, so a test can make the disk fill up. */
export interface WriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
  stat: typeof fs.stat;
}

export async function atomicWrite(target: string, bytes: Uint8Array, io: WriteFs = fs): Promise<ReadError | null> {
  const problem = await targetProblem(target, io);
  if (problem) return problem;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let created = false;
  try {
    const handle = await io.open(temp, "wx");
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temp, target);
    return null;
  } catch (e) {
    if (created) await io.unlink(temp).catch(() => undefined);
    return writeFailure(e);
  }
}

/**
 * A rename replaces a read-only file without asking (on Linux and macOS): check first, by the
 * file's mode bits, which say "read-only" even to root.
 */
export async function targetProblem(target: string, io: Pick<WriteFs, "stat"> = fs): Promise<ReadError | null> {
  try {
    const stat = await io.stat(target);
    if (stat.isDirectory()) return writeErrors.targetIsFolder;
    if ((stat.mode & 0o222) === 0) return writeErrors.readOnlyTarget;
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    return writeFailure(e);
  }
}
