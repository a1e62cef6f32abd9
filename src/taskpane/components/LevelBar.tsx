import { ProgressBar, Text } from "@fluentui/react-components";
import { fmt } from "../model";
import { useStyles } from "./styles";

export interface LevelBarProps {
  label: string;
  earned: number | null;
  weight: number;
}

/** Earned vs possible points of one 一级指标 (or of 预算执行率). */
export function LevelBar({ label, earned, weight }: LevelBarProps) {
  const st = useStyles();
  const value = weight > 0 && earned !== null ? Math.max(0, Math.min(1, earned / weight)) : 0;
  const full = earned !== null && earned >= weight;
  return (
    <div className={st.bar}>
      <Text size={200}>{label}</Text>
      <ProgressBar value={value} max={1} thickness="large" color={full ? "success" : "brand"} aria-label={label} />
      <Text size={200}>
        {fmt(earned)}/{fmt(weight)}
      </Text>
    </div>
  );
}
