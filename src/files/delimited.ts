/**
 * Split delimited text into rows of fields, RFC 4180 style: a field that starts with a double
 * quote runs to the matching quote, may hold delimiters and line breaks, and "" inside it is one
 * quote. Text from PDF converters is not always that clean: a field like `"一网统管"运维费`
 * (text after the closing quote) or a quote that never closes is read as plain text instead,
 * quotes kept, so one stray quote cannot swallow the rest of the file.
 */
export type Delimiter = "\t" | ",";

/** Tab when any line holds a tab (the seed and Excel's text export), comma otherwise. */
export function detectDelimiter(text: string): Delimiter {
  return text.includes("\t") ? "\t" : ",";
}

export function splitDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    const field = text[i] === '"' ? readQuoted(text, i, delimiter) : null;
    const { value, end } = field ?? readPlain(text, i, delimiter);
    row.push(value);
    i = end;
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    // a line break: \r\n, \n or a lone \r
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    rows.push(row);
    row = [];
    // a final line break ends the file, it does not start an empty last row
    if (i >= n) return rows;
  }
}

function isFieldEnd(text: string, i: number, delimiter: Delimiter): boolean {
  return i >= text.length || text[i] === delimiter || text[i] === "\n" || text[i] === "\r";
}

function readPlain(text: string, start: number, delimiter: Delimiter): { value: string; end: number } {
  let i = start;
  while (!isFieldEnd(text, i, delimiter)) i += 1;
  return { value: text.slice(start, i), end: i };
}

/** null when the quotes are not a proper RFC 4180 field: the caller then reads it as plain text. */
function readQuoted(text: string, start: number, delimiter: Delimiter): { value: string; end: number } | null {
  let value = "";
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return null;
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
      continue;
    }
    return isFieldEnd(text, q + 1, delimiter) ? { value, end: q + 1 } : null;
  }
}
