/**
 * `--json`: the contract's {version: 1, files: [...]} (docs/check-json.md), written file by file
 * as the run goes so that hundreds of files never sit in memory together. The core's table
 * reports are passed through whole: every field they carry is kept.
 */
import { oneLine } from "../files/readError";
import type { FileOutcome } from "./checkFile";

export const REPORT_VERSION = 1;

export function fileEntry(o: FileOutcome): { path: string; error: string | null; warnings: string[]; tables: unknown[] } {
  return { path: o.path, error: o.error ? oneLine(o.error) : null, warnings: o.warnings, tables: o.tables };
}

function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return pad + text.replace(/\n/g, "\n" + pad);
}

export class JsonReportWriter {
  private count = 0;

  constructor(private readonly write: (s: string) => void) {}

  start(): void {
    this.write(`{\n  "version": ${REPORT_VERSION},\n  "files": [`);
  }

  /** extra: fields a command adds to the contract's entry (fix: where it wrote, what it wrote) */
  file(o: FileOutcome, extra: Record<string, unknown> = {}): void {
    this.write(`${this.count === 0 ? "\n" : ",\n"}${indent(JSON.stringify({ ...fileEntry(o), ...extra }, null, 2), 4)}`);
    this.count += 1;
  }

  end(): void {
    this.write(this.count === 0 ? "]\n}\n" : "\n  ]\n}\n");
  }
}
