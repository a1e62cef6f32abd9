/**
 * A .csv/.tsv/.txt file → one grid named after the file. Every cell is text (typed: false): the
 * core reads numbers out of text itself, and a text grid cannot say "number stored as text".
 */
import * as path from "path";
import type { GridCell, SheetGrid } from "../core/grid";
import { decodeText } from "./decodeText";
import { detectDelimiter, splitDelimited } from "./delimited";
import type { ReadError } from "./readError";

export function gridNameOf(filePath: string): string {
  return path.basename(filePath, path.extname(filePath));
}

export function readTextGrid(filePath: string, bytes: Uint8Array): SheetGrid | ReadError {
  const text = decodeText(bytes);
  if (typeof text !== "string") return text;
  const rows = splitDelimited(text, detectDelimiter(text));
  const cells = rows.map((fields) => {
    if (fields.every((f) => f === "")) return null;
    return fields.map((f): GridCell | null => (f === "" ? null : { value: f }));
  });
  return { name: gridNameOf(filePath), cells, typed: false };
}
