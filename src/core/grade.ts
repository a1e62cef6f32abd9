import type { GradeBand } from "./settings";

/** 评分等级 of a (rounded) 总分: the first band whose lower bound the total reaches (≥). */
export function gradeFor(total: number, bands: ReadonlyArray<GradeBand>): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const b of sorted) if (total >= b.min) return b.grade;
  return sorted[sorted.length - 1]?.grade ?? "";
}
