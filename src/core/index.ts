/**
 * The core pipeline: locate → parse → score → check → plan. Pure and synchronous: a host hands
 * in plain grids and gets back reports and a plan of cell edits and marks.
 */
import type { SheetGrid } from "./grid";
import type { Plan, PlanOptions } from "./plan";
import type { TableReport } from "./report";
import { DEFAULT_PLAN_OPTIONS } from "./plan";
import { type Settings } from "./settings";
import { resolveSettings } from "./settingsInput";
import { locateTables } from "./locate";
import { parseTable } from "./parse";
import { evaluateTable } from "./evaluate";
import { planTable } from "./planEdits";
import { isSettingsSheet } from "./workbookSettings";

export * from "./grid";
export * from "./report";
export * from "./plan";
export * from "./settings";
export * from "./settingsInput";
export * from "./workbookSettings";
export { roundHalfUp } from "./rounding";
export { gradeFor } from "./grade";

export interface SheetResult {
  reports: TableReport[];
  plan: Plan;
}

/** Check one sheet: every 自评表 on it, in order from the top. A sheet with no table gives []. */
export function checkSheet(grid: SheetGrid, settings?: Partial<Settings>): TableReport[] {
  return run(grid, settings, null).reports;
}

/** Check one sheet and plan what a recalculation writes into it. */
export function analyzeSheet(
  grid: SheetGrid,
  settings?: Partial<Settings>,
  options: Partial<PlanOptions> = {},
): SheetResult {
  return run(grid, settings, { ...DEFAULT_PLAN_OPTIONS, ...options });
}

/** The pipeline; with opts null it stops after the check (no plan is built). */
function run(grid: SheetGrid, settings: Partial<Settings> | undefined, opts: PlanOptions | null): SheetResult {
  const s = resolveSettings(settings ?? {}).settings;
  const reports: TableReport[] = [];
  const plan: Plan = { edits: [], marks: [] };
  if (isSettingsSheet(grid.name)) return { reports, plan };
  for (const block of locateTables(grid)) {
    const model = parseTable(grid, block);
    const evaluated = evaluateTable(model, s, grid.typed === true);
    reports.push(evaluated.report);
    if (!opts) continue;
    const p = planTable(grid, model, evaluated, s, opts);
    plan.edits.push(...p.edits);
    plan.marks.push(...p.marks);
  }
  return { reports, plan };
}
