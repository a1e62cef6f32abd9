/**
 * Packages for tests: a workbook's package with parts added, replaced or removed (how the tests
 * make an .xlsx that holds a chart, a macro or a threaded comment without Excel), or a zip from
 * nothing (a zip that is not a workbook). Written stored, by src/files/zip.ts's own writer — which
 * stays honest here because exceljs, an independent reader, opens what it writes in these tests
 * and in test/fix/files.test.ts.
 */
import { crc32, entryBytes, packZip, zipEntries } from "../../src/files/zip";

export function partsOf(bytes: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of zipEntries(bytes) ?? []) out.set(e.name, entryBytes(bytes, e)!);
  return out;
}

/** A zip of these parts (name → content), each stored as it is. */
export function zipOf(parts: ReadonlyMap<string, string | Buffer>): Buffer {
  return packZip(
    [...parts].map(([name, content]) => {
      const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      return { name, method: 0, flags: 0, time: 0, date: 0, crc: crc32(data), size: data.length, data };
    }),
  );
}

/** changes: name → new content (string or bytes), or null to remove the part */
export function withParts(bytes: Buffer, changes: Record<string, string | Buffer | null>): Buffer {
  const parts: Map<string, string | Buffer> = partsOf(bytes);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) parts.delete(name);
    else parts.set(name, content);
  }
  return zipOf(parts);
}
