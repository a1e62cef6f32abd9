/**
 * Just enough of the zip format to look inside an .xlsx without exceljs: the central directory
 * (which parts the package holds) and the text of one part. Also a rewrite that copies every
 * untouched entry byte for byte and deflates only the replaced ones, and the writer it packs with
 * (which the tests build their packages with too). No zip64, no encryption:
 * an .xlsx is neither, and anything else gives null, never a throw.
 */
import { deflateRawSync, inflateRawSync } from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  /** DOS time and date of the entry, kept as they are by a rewrite */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory, in its order; null when the bytes are not a readable zip. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    entries.push({
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      time: bytes.readUInt16LE(p + 12),
      date: bytes.readUInt16LE(p + 14),
      crc: bytes.readUInt32LE(p + 16),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Where an entry's compressed bytes start, after its local header. */
function dataStart(bytes: Buffer, e: ZipEntry): number | null {
  const p = e.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL) return null;
  return p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
}

/** The entry's content, inflated; null when it cannot be read (encrypted, unknown method, broken). */
export function entryBytes(bytes: Buffer, e: ZipEntry): Buffer | null {
  if (e.flags & 1) return null;
  const start = dataStart(bytes, e);
  if (start === null || start + e.compressedSize > bytes.length) return null;
  const raw = bytes.subarray(start, start + e.compressedSize);
  try {
    if (e.method === 0) return raw;
    if (e.method === 8) return inflateRawSync(raw);
  } catch {
    return null;
  }
  return null;
}

export function entryText(bytes: Buffer, e: ZipEntry): string | null {
  return entryBytes(bytes, e)?.toString("utf8") ?? null;
}

/**
 * The same zip with some entries' contents replaced (by name). Untouched entries keep their
 * compressed bytes; null when the input cannot be read.
 */
export function replaceEntries(bytes: Buffer, replacements: ReadonlyMap<string, Buffer>): Buffer | null {
  return rewrite(bytes, (e) => {
    const replaced = replacements.get(e.name);
    return replaced ? { data: deflateRawSync(replaced), crc: crc32(replaced), size: replaced.length } : null;
  });
}

/**
 * The same zip with every stored (uncompressed) entry deflated by Node's zlib. exceljs compresses
 * through a JavaScript deflate; asked to store, then deflated natively at the same level, a large
 * workbook is written several times faster and no larger.
 */
export function deflateStored(bytes: Buffer): Buffer | null {
  return rewrite(bytes, (e, raw) => (e.method === 0 && !(e.flags & 1) ? { data: deflateRawSync(raw), crc: e.crc, size: raw.length } : null));
}

type Rewrite = (e: ZipEntry, raw: Buffer) => { data: Buffer; crc: number; size: number } | null;

function rewrite(bytes: Buffer, change: Rewrite): Buffer | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const out: PackedEntry[] = [];
  for (const e of entries) {
    const start = dataStart(bytes, e);
    if (start === null || start + e.compressedSize > bytes.length) return null;
    const raw = bytes.subarray(start, start + e.compressedSize);
    const replaced = change(e, raw);
    // bit 3 (sizes in a data descriptor after the data) is dropped: sizes are in the headers here
    const flags = (replaced ? e.flags & ~0x6 : e.flags) & ~0x8;
    const kept = { name: e.name, flags, time: e.time, date: e.date };
    out.push(replaced ? { ...kept, method: 8, ...replaced } : { ...kept, method: e.method, crc: e.crc, size: e.size, data: raw });
  }
  return packZip(out);
}

/**
 * An entry as it is written: the headers' fields of a ZipEntry (crc and size of the content) and
 * its data, already compressed by `method` (0 stored, 8 deflated); where it lands is the writer's.
 */
export type PackedEntry = Omit<ZipEntry, "compressedSize" | "localOffset"> & { data: Buffer };

/**
 * A zip of these entries, in this order: each local header and its data, then the central
 * directory and its end. Names are always marked UTF-8 (flag bit 11).
 */
export function packZip(entries: readonly PackedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags | 0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags | 0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(e.time, 12);
    central.writeUInt16LE(e.date, 14);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The zip format's checksum (CRC-32, IEEE) of an entry's uncompressed content. */
export function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
