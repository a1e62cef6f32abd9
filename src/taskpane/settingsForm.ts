/** Between the stored settings and what the settings panel shows. Pure. */
import { DEFAULT_SETTINGS, type GradeBand, type Settings } from "../core/settings";
import { settingsDiff } from "../host/dataSheet";
import { parseNumbers } from "./model";
import type { Strings } from "../i18n/strings";

export function effective(partial: Partial<Settings>): Settings {
  return { ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings), ...partial };
}

export function levelWeightsText(s: Settings): string {
  const w = s.levelWeights;
  return w ? `${w.funds}/${w.output}/${w.benefit}/${w.satisfaction}` : "";
}

export function gradeBandsText(s: Settings): string {
  return [...s.gradeBands]
    .sort((a, b) => b.min - a.min)
    .filter((b) => b.min > 0)
    .map((b) => b.min)
    .join("/");
}

export function parseLevelWeights(text: string): Settings["levelWeights"] | undefined {
  if (text === "") return null;
  const n = parseNumbers(text, 4);
  return n ? { funds: n[0], output: n[1], benefit: n[2], satisfaction: n[3] } : undefined;
}

const GRADES = ["优", "良", "中"];

export function parseGradeBands(text: string): GradeBand[] | undefined {
  const n = parseNumbers(text, 3);
  if (!n || !(n[0] > n[1] && n[1] > n[2])) return undefined;
  return [...n.map((min, i) => ({ min, grade: GRADES[i] })), { min: 0, grade: "差" }];
}

/** One setting changed: the new stored difference from the national default. */
export function withSetting<K extends keyof Settings>(partial: Partial<Settings>, key: K, value: Settings[K]): Partial<Settings> {
  return settingsDiff({ ...effective(partial), [key]: value });
}

type Options = ReadonlyArray<readonly [string, string]>;

/** The options of each choice, in the pane's language; a stored value off the list is kept as one. */
export function choices(s: Strings, e: Settings): Record<"scope" | "write" | "fundsWeight" | "fundsScoring" | "reverse" | "policy" | "rateReason" | "decimals", Options> {
  const plain = (...values: string[]): Options => [...new Set(values)].map((v) => [v, v] as const);
  const rate = e.rateReasonThreshold;
  return {
    scope: [["sheet", s.scopeSheet], ["workbook", s.scopeWorkbook]],
    write: [["f", s.writeFormulas], ["v", s.writeValues]],
    fundsWeight: plain("10", "20", String(e.fundsWeight)),
    fundsScoring: [["linear", s.fundsLinear], ["steps", s.fundsSteps]],
    reverse: [["ratio", s.reverseRatio], ["linear", s.reverseLinear]],
    policy: [["ceiling", s.policyCeiling], ["strict", s.policyStrict]],
    rateReason: [["none", s.rateReasonNone], ["90", s.rateReason90], ...(rate !== null && rate !== 90 ? [[String(rate), `${rate}%`] as const] : [])],
    decimals: plain("2", "0", String(e.decimals)),
  };
}
