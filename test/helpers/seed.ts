import { readFileSync } from "fs";
import { join } from "path";
import type { SheetGrid } from "../../src/core";

/** A tab-separated text grid as the seed is written: line N is row N, field K column K. */
export function textGrid(text: string, name: string): SheetGrid {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return {
    name,
    typed: false,
    cells: lines.map((line) => line.split("\t").map((v) => ({ value: v === "" ? null : v }))),
  };
}

export const SEED_PATH = join(__dirname, "..", "fixtures", "seed", "pujin-2023-self-evaluation.txt");

export function seedGrid(): SheetGrid {
  return textGrid(readFileSync(SEED_PATH, "utf8"), "pujin-2023-self-evaluation");
}
