/**
 * Bytes of a text grid → string. UTF-8 (with or without BOM) is the format we ask for; Excel's
 * "Unicode 文本" export is UTF-16LE with a BOM, and Excel on Chinese Windows saves CSV as GBK, so
 * both are accepted rather than turned into mojibake.
 */
import { TextDecoder } from "util";
import { readErrors, type ReadError } from "./readError";

function decoder(encoding: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(encoding, { fatal });
  } catch {
    // Node built without full ICU has no GB18030 decoder.
    return null;
  }
}

export function decodeText(bytes: Uint8Array): string | ReadError {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode("utf-8", bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", bytes.subarray(2));
  for (const encoding of ["utf-8", "gb18030"]) {
    const d = decoder(encoding, true);
    if (!d) continue;
    try {
      return d.decode(bytes);
    } catch {
      // not this encoding: try the next one
    }
  }
  return readErrors.notUtf8;
}

function decode(encoding: string, bytes: Uint8Array): string | ReadError {
  const d = decoder(encoding, true);
  if (!d) return readErrors.notUtf8;
  try {
    return d.decode(bytes);
  } catch {
    return readErrors.notUtf8;
  }
}
