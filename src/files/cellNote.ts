/**
 * A cell's note (comment) in exceljs: read as text however exceljs holds it, and deleted, for
 * which exceljs has no call. The add-in's marks are told apart from a person's notes by this text.
 */
import type { Cell } from "exceljs";

/** A note's text whether exceljs holds it as a string or as rich text runs; null for no note. */
export function noteString(cell: Cell): string | null {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: unknown }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => (typeof t.text === "string" ? t.text : "")).join("") : "";
}

/**
 * exceljs keeps a note in the cell's `_comment`, and a note it read also in the value's model,
 * from which it would write it again: both go.
 */
export function removeNote(cell: Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}
