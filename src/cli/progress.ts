/**
 * A one-line progress bar on stderr while many files are checked. Only on a terminal: a pipe or
 * a file must receive nothing but the report, and stdout never carries the bar.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface Progress {
  /** Show that `done` of the files are finished and `current` is next. */
  update(done: number, current: string): void;
  /** Wipe the bar so that report lines can be printed on a clean line. */
  clear(): void;
}

const CLEAR_LINE = "\r\x1b[2K";
const BAR_WIDTH = 24;

const silent: Progress = { update: () => undefined, clear: () => undefined };

export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY) return silent;
  let shown = false;
  return {
    update(done, current) {
      const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
      const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
      // a pty with no size set reports 0 columns
      const room = Math.max(0, (stream.columns || 80) - bar.length - 1);
      const name = fitFromEnd(current, room);
      stream.write(`${CLEAR_LINE}${bar}${name}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}

/** Terminals give CJK characters two columns; an overlong line would wrap and break the \r redraw. */
function columnsOf(ch: string): number {
  return (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
}

/** Keep the end of a path (the file name) within `room` columns. */
export function fitFromEnd(s: string, room: number): string {
  const chars = [...s];
  let width = 0;
  for (const ch of chars) width += columnsOf(ch);
  if (width <= room) return s;
  let out = "";
  width = 1; // the ellipsis
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = columnsOf(chars[i]);
    if (width + w > room) break;
    out = chars[i] + out;
    width += w;
  }
  return room > 0 ? `…${out}` : "";
}
