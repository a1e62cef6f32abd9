import { Text } from "@fluentui/react-components";
import type { Settings } from "../../core/settings";
import type { WorkbookPrefs } from "../../host/WorkbookHost";
import type { Strings } from "../../i18n/strings";
import { choices, effective, gradeBandsText, levelWeightsText, parseGradeBands, parseLevelWeights, withSetting } from "../settingsForm";
import { ChoiceField } from "./ChoiceField";
import { NumbersField } from "./NumbersField";
import { useStyles } from "./styles";

export interface SettingsPanelProps {
  s: Strings;
  prefs: WorkbookPrefs;
  disabled: boolean;
  onSave: (prefs: WorkbookPrefs) => void;
}

/** The regional variants of RULES.md §6 and formulas vs values, saved into the workbook (folded by default). */
export function SettingsPanel({ s, prefs, disabled, onSave }: SettingsPanelProps) {
  const st = useStyles();
  const e = effective(prefs.settings);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => onSave({ ...prefs, settings: withSetting(prefs.settings, k, v) });
  const numbers = <K extends "levelWeights" | "gradeBands">(k: K, parse: (t: string) => Settings[K] | undefined) => (text: string) => {
    const v = parse(text);
    if (v !== undefined) set(k, v);
    return v !== undefined;
  };
  const c = choices(s, e);
  return (
    <details className={st.card} aria-label={s.settings}>
      <summary className={st.summary}>
        <Text size={400} weight="semibold">
          {s.settings}
        </Text>
      </summary>
      <ChoiceField label={s.scope} value={prefs.scope} disabled={disabled} options={c.scope} onChange={(v) => onSave({ ...prefs, scope: v as WorkbookPrefs["scope"] })} />
      <ChoiceField label={s.writeMode} value={prefs.formulas ? "f" : "v"} disabled={disabled} options={c.write} onChange={(v) => onSave({ ...prefs, formulas: v === "f" })} />
      <ChoiceField label={s.fundsWeight} value={String(e.fundsWeight)} disabled={disabled} options={c.fundsWeight} onChange={(v) => set("fundsWeight", Number(v))} />
      <ChoiceField label={s.fundsScoring} value={e.fundsScoring} disabled={disabled} options={c.fundsScoring} onChange={(v) => set("fundsScoring", v as Settings["fundsScoring"])} />
      <ChoiceField label={s.reverseFormula} value={e.reverseFormula} disabled={disabled} options={c.reverse} onChange={(v) => set("reverseFormula", v as Settings["reverseFormula"])} />
      <ChoiceField label={s.scorePolicy} value={e.scorePolicy} disabled={disabled} options={c.policy} onChange={(v) => set("scorePolicy", v as Settings["scorePolicy"])} />
      <ChoiceField label={s.rateReason} value={String(e.rateReasonThreshold ?? "none")} disabled={disabled} options={c.rateReason} onChange={(v) => set("rateReasonThreshold", v === "none" ? null : Number(v))} />
      <ChoiceField label={s.decimals} value={String(e.decimals)} disabled={disabled} options={c.decimals} onChange={(v) => set("decimals", Number(v))} />
      <NumbersField label={s.levelWeights} hint={s.levelWeightsHint} invalidText={s.invalidInput} value={levelWeightsText(e)} disabled={disabled} onCommit={numbers("levelWeights", parseLevelWeights)} />
      <NumbersField label={s.gradeBands} hint={s.gradeBandsHint} invalidText={s.invalidInput} value={gradeBandsText(e)} disabled={disabled} onCommit={numbers("gradeBands", parseGradeBands)} />
    </details>
  );
}
