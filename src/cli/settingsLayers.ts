/**
 * Settings come in layers: national defaults < the workbook's own (hidden sheet) < --settings
 * file < --strict. resolveSettings judges a whole object and falls back to the default for a bad
 * key, which would let a bad key in a higher layer undo a good one below it; so each layer is
 * judged key by key and only its valid keys are laid over the layers below.
 */
import * as fs from "fs";
import type { Settings } from "../core/settings";
import { resolveSettings } from "../core/settingsInput";

export type SettingsLayer = Partial<Settings>;

export interface JudgedLayer {
  values: SettingsLayer;
  /** One line each, Chinese first then English (resolveSettings' wording). */
  problems: string[];
}

export function judgeLayer(input: unknown): JudgedLayer {
  if (input === null || input === undefined) return { values: {}, problems: [] };
  if (typeof input !== "object" || Array.isArray(input)) return { values: {}, problems: resolveSettings(input).problems };
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const judged = resolveSettings({ [key]: value });
    if (judged.problems.length > 0) problems.push(...judged.problems);
    else if (key in judged.settings) values[key] = (judged.settings as unknown as Record<string, unknown>)[key];
  }
  return { values: values as SettingsLayer, problems };
}

export function strictLayer(strict: boolean): SettingsLayer {
  return strict ? { scorePolicy: "strict" } : {};
}

/** Lowest layer first. */
export function layerSettings(...layers: SettingsLayer[]): SettingsLayer {
  return Object.assign({}, ...layers) as SettingsLayer;
}

export type SettingsFileRead = { ok: true; layer: JudgedLayer } | { ok: false; message: string };

export function readSettingsFile(filePath: string): SettingsFileRead {
  let text: string;
  try {
    text = fs.readFileSync(filePath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const [zh, en] =
      code === "ENOENT" ? ["文件不存在", "file not found"] : code === "EISDIR" ? ["这是一个文件夹", "it is a directory"] : ["读取出错", "read error"];
    return { ok: false, message: `无法读取设置文件 ${filePath}：${zh} / cannot read settings file ${filePath}: ${en}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n", 1)[0] : "";
    return { ok: false, message: `设置文件 ${filePath} 不是有效的 JSON（${detail}） / settings file ${filePath} is not valid JSON (${detail})` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, message: `设置文件 ${filePath} 必须是一个 JSON 对象 / settings file ${filePath} must hold a JSON object` };
  }
  return { ok: true, layer: judgeLayer(json) };
}
