/**
 * Turn settings from outside (a --settings file, the workbook's hidden sheet, the pane) into a
 * complete Settings: unknown keys and wrong types are reported, never thrown, and fall back to
 * the national default.
 */
import { DEFAULT_SETTINGS, type Settings, type GradeBand, type FundsStep, type LevelWeights } from "./settings";

export interface SettingsResult {
  settings: Settings;
  /** One sentence per rejected key, Chinese first. */
  problems: string[];
}

type Check = (v: unknown) => boolean;
const isNum: Check = (v) => typeof v === "number" && Number.isFinite(v);
const nonNeg: Check = (v) => isNum(v) && (v as number) >= 0;

const validators: { [K in keyof Settings]: Check } = {
  fundsWeight: (v) => nonNeg(v) && (v as number) <= 100,
  fundsScoring: (v) => v === "linear" || v === "steps",
  fundsSteps: (v) =>
    Array.isArray(v) && v.length > 0 && v.every((s: FundsStep) => s && nonNeg(s.minRate) && nonNeg(s.share) && s.share <= 1),
  reverseFormula: (v) => v === "ratio" || v === "linear",
  scorePolicy: (v) => v === "ceiling" || v === "strict",
  rateReasonThreshold: (v) => v === null || (nonNeg(v) && (v as number) <= 100),
  gradeBands: (v) =>
    Array.isArray(v) && v.length > 0 && v.every((b: GradeBand) => b && isNum(b.min) && typeof b.grade === "string" && b.grade.length > 0),
  levelWeights: (v) =>
    v === null ||
    (typeof v === "object" &&
      (["funds", "output", "benefit", "satisfaction"] as (keyof LevelWeights)[]).every((k) => nonNeg((v as LevelWeights)[k]))),
  decimals: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4,
  lowerIsBetterWords: (v) => Array.isArray(v) && v.every((w) => typeof w === "string" && w.length > 0),
  rescaleNotApplicable: (v) => typeof v === "boolean",
};

export function resolveSettings(input: unknown): SettingsResult {
  const settings: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
  const problems: string[] = [];
  if (input === null || input === undefined) return { settings, problems };
  if (typeof input !== "object" || Array.isArray(input)) {
    problems.push("设置必须是一个 JSON 对象 / settings must be a JSON object");
    return { settings, problems };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (!(key in validators)) {
      problems.push(`未知的设置项“${key}”，已忽略 / unknown setting "${key}" ignored`);
      continue;
    }
    const k = key as keyof Settings;
    if (!validators[k](value)) {
      problems.push(`设置项“${key}”的值无效，已使用默认值 / invalid value for "${key}", default used`);
      continue;
    }
    (settings as unknown as Record<string, unknown>)[k] = JSON.parse(JSON.stringify(value));
  }
  settings.gradeBands.sort((a, b) => b.min - a.min);
  settings.fundsSteps.sort((a, b) => b.minRate - a.minRate);
  return { settings, problems };
}
