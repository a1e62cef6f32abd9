/**
 * A1 addresses as hosts print them: "Sheet1!A1:B2", "'My sheet'!G18", "Sheet1!A1:B2, Sheet1!D4".
 * Rows and columns are 0-based, as in the core's grid.
 */
import { colLetters, parseAddress } from "../core/grid";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet name as a formula or address must write it: quoted when not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "'My ''x'!A1:B2" → {sheet: "My 'x", range: "A1:B2"}; no "!" → sheet null. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const a = address.trim();
  if (a.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < a.length) {
      if (a[i] === "'") {
        if (a[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += a[i++];
    }
    return { sheet: name, range: a.slice(i + 2) };
  }
  const bang = a.lastIndexOf("!");
  return bang < 0 ? { sheet: null, range: a } : { sheet: a.slice(0, bang), range: a.slice(bang + 1) };
}

/** Split a multi-area address on the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** "A1:B2" or "G18" (with or without sheet and $) → rectangle; null for whole rows/columns or junk. */
export function parseRect(address: string): Rect | null {
  const { range } = splitSheet(address);
  const [a, b] = range.split(":");
  const p = parseAddress(a);
  const q = b === undefined ? p : parseAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rectAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetters(r.right)}${r.bottom + 1}`;
}

/** The first cell of a selection address: "'S 1'!G18:H20" → {sheet: "S 1", cell: "G18"}. */
export function firstCell(address: string): { sheet: string | null; cell: string } | null {
  const first = splitAreas(address)[0];
  if (!first) return null;
  const { sheet } = splitSheet(first);
  const r = parseRect(first);
  if (!r) return null;
  return { sheet, cell: `${colLetters(r.left)}${r.top + 1}` };
}
