/**
 * One file through the core: read its grids, lay its own settings under the command line's,
 * check every sheet. Whatever goes wrong stays with this file so the next one still runs.
 */
import { checkSheet } from "../core";
import type { TableReport } from "../core/report";
import { readGrids } from "../files/readGrids";
import type { ReadError } from "../files/readError";
import { judgeLayer, layerSettings, type SettingsLayer } from "./settingsLayers";

export interface FileOutcome {
  path: string;
  error: ReadError | null;
  tables: TableReport[];
  /** Not fatal: the workbook's stored settings had bad keys, and such. One line each, zh / en. */
  warnings: string[];
}

/** cliLayer: the --settings file and --strict, already judged and laid together. */
export async function checkFile(filePath: string, cliLayer: SettingsLayer): Promise<FileOutcome> {
  try {
    const read = await readGrids(filePath);
    if (!read.ok) return { path: filePath, error: read.error, tables: [], warnings: [] };
    const workbookLayer = judgeLayer(read.workbookSettings);
    const settings = layerSettings(workbookLayer.values, cliLayer);
    const tables: TableReport[] = [];
    for (const grid of read.grids) tables.push(...checkSheet(grid, settings));
    const warnings = [...read.warnings, ...workbookLayer.problems.map((p) => `工作簿设置 / workbook settings: ${p}`)];
    return { path: filePath, error: null, tables, warnings };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split("\n", 1)[0];
    return {
      path: filePath,
      error: { zh: `检查时出现内部错误（${detail}）`, en: `internal error while checking (${detail})` },
      tables: [],
      warnings: [],
    };
  }
}
