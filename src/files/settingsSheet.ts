/**
 * The add-in keeps its settings in a hidden sheet (src/core/workbookSettings.ts): A1 the marker,
 * A2 the settings as JSON. The file host passes them on unjudged; resolveSettings judges them.
 */
import type { Worksheet } from "exceljs";
import { SETTINGS_MARKER } from "../core/workbookSettings";
import { plainValue } from "./xlsxCell";

export interface SheetSettings {
  /** Parsed JSON, or null when the sheet holds none. */
  settings: unknown;
  /** A one-line "中文 / English" problem, when the sheet holds something unusable. */
  problem: string | null;
}

export function readSettingsSheet(ws: Worksheet): SheetSettings {
  const marker = plainValue(ws.getCell("A1").value);
  if (typeof marker !== "string" || marker.trim() !== SETTINGS_MARKER) return { settings: null, problem: null };
  const json = plainValue(ws.getCell("A2").value);
  if (json === null || (typeof json === "string" && json.trim() === "")) return { settings: null, problem: null };
  if (typeof json !== "string") {
    return { settings: null, problem: "工作簿内保存的设置不是 JSON 文本，已忽略 / the workbook's stored settings are not JSON text, ignored" };
  }
  try {
    return { settings: JSON.parse(json) as unknown, problem: null };
  } catch {
    return { settings: null, problem: "工作簿内保存的设置不是有效的 JSON，已忽略 / the workbook's stored settings are not valid JSON, ignored" };
  }
}
