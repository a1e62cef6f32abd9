/** Regional variants of RULES.md §6. The national defaults come first everywhere. */
export interface GradeBand {
  /** lowest 总分 (inclusive) that earns this grade */
  min: number;
  grade: string;
}

export interface FundsStep {
  /** lowest 执行率 in percent (inclusive) for this step */
  minRate: number;
  /** share of the funds 分值 earned, 0..1 */
  share: number;
}

export interface LevelWeights {
  funds: number;
  output: number;
  benefit: number;
  satisfaction: number;
}

export interface Settings {
  /** 分值 of the 预算执行率 row when a table states none (10; Hubei 20). */
  fundsWeight: number;
  /** linear: min(rate,100%) × 分值; steps: Jiangxi-style steps. */
  fundsScoring: "linear" | "steps";
  fundsSteps: FundsStep[];
  /** ≤ targets missed: ratio = target ÷ actual × 分值; linear = (1 − (actual − target) ÷ target) × 分值, 0 at twice the target. */
  reverseFormula: "ratio" | "linear";
  /** ceiling: the rule score is the most a manual score may be; strict: it is the only accepted score. */
  scorePolicy: "ceiling" | "strict";
  /** Sichuan asks for an explanation when 执行率 is below this percent; null: never. */
  rateReasonThreshold: number | null;
  gradeBands: GradeBand[];
  /** Expected 一级 split; null disables the LEVEL_WEIGHTS check. */
  levelWeights: LevelWeights | null;
  /** Decimals of every computed number (2; some regions 0). */
  decimals: number;
  /** Words in an indicator's name that make an `=` target lower-is-better. */
  lowerIsBetterWords: string[];
  /** Rescale to a 100-point basis when indicators are 不适用. */
  rescaleNotApplicable: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  fundsWeight: 10,
  fundsScoring: "linear",
  fundsSteps: [
    { minRate: 100, share: 1 },
    { minRate: 80, share: 0.7 },
    { minRate: 60, share: 0.5 },
  ],
  reverseFormula: "ratio",
  scorePolicy: "ceiling",
  rateReasonThreshold: null,
  gradeBands: [
    { min: 90, grade: "优" },
    { min: 80, grade: "良" },
    { min: 60, grade: "中" },
    { min: 0, grade: "差" },
  ],
  levelWeights: { funds: 10, output: 50, benefit: 30, satisfaction: 10 },
  decimals: 2,
  lowerIsBetterWords: ["事故", "投诉", "差错", "违规", "违纪", "失误"],
  rescaleNotApplicable: true,
}) as Settings;
