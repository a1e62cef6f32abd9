/** Counts over a whole run, kept as files stream past, and the exit status they mean (contract). */
import type { FileOutcome } from "./checkFile";

export interface Tally {
  files: number;
  unreadable: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTally(): Tally {
  return { files: 0, unreadable: 0, tables: 0, errors: 0, warnings: 0, infos: 0 };
}

export function countOutcome(t: Tally, o: FileOutcome): void {
  t.files += 1;
  if (o.error) t.unreadable += 1;
  t.tables += o.tables.length;
  for (const table of o.tables) {
    for (const f of table.findings) {
      if (f.severity === "error") t.errors += 1;
      else if (f.severity === "warning") t.warnings += 1;
      else t.infos += 1;
    }
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_NOTHING_PROCESSED = 2;

export function exitStatus(t: Tally): number {
  if (t.files === t.unreadable) return EXIT_NOTHING_PROCESSED;
  if (t.errors > 0 || t.unreadable > 0) return EXIT_FINDINGS;
  return EXIT_OK;
}
