/**
 * Why a scored copy or a report could not be written, in the same two-language shape as the
 * read errors (ReadError): Chinese first, one line.
 */
import type { ReadError } from "./readError";

export const writeErrors = {
  diskFull: { zh: "无法写出：磁盘空间不足", en: "cannot write: the disk is full" },
  noPermission: {
    zh: "无法写出：没有写入权限（或文件正在 Excel 中打开）",
    en: "cannot write: permission denied (or the file is open in Excel)",
  },
  readOnlyFileSystem: { zh: "无法写出：目标位置是只读的", en: "cannot write: the target is on a read-only file system" },
  readOnlyTarget: {
    zh: "无法写出：目标文件是只读的，请先取消只读属性",
    en: "cannot write: the target file is read-only, clear its read-only flag first",
  },
  noFolder: { zh: "无法写出：目标文件夹不存在", en: "cannot write: the target folder does not exist" },
  targetIsFolder: { zh: "无法写出：目标是一个文件夹", en: "cannot write: the target is a directory" },
  nameTooLong: { zh: "无法写出：文件名太长", en: "cannot write: the file name is too long" },
  busy: {
    zh: "无法写出：目标文件正被其他程序使用（例如在 Excel 中打开），请关闭后重试",
    en: "cannot write: the target file is in use (open in Excel?), close it and retry",
  },
} satisfies Record<string, ReadError>;

export function writeFailure(e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return writeErrors.diskFull;
    case "EACCES":
    case "EPERM":
      return writeErrors.noPermission;
    case "EROFS":
      return writeErrors.readOnlyFileSystem;
    case "ENOENT":
    case "ENOTDIR":
      return writeErrors.noFolder;
    case "EISDIR":
      return writeErrors.targetIsFolder;
    case "ENAMETOOLONG":
      return writeErrors.nameTooLong;
    case "EBUSY":
    case "ETXTBSY":
      return writeErrors.busy;
    default: {
      const detail = (e instanceof Error ? e.message : String(e)).split(/\r?\n/, 1)[0].trim() || "?";
      return { zh: `无法写出：写入文件时出错（${detail}）`, en: `cannot write: error while writing the file (${detail})` };
    }
  }
}
