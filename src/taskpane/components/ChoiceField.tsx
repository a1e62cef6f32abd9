import { useId } from "react";
import { Label, Select } from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface ChoiceFieldProps {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [value: string, text: string]>;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** A labelled native select: light, keyboard-friendly, and readable by tests. */
export function ChoiceField({ label, value, options, disabled, onChange }: ChoiceFieldProps) {
  const st = useStyles();
  const id = useId();
  return (
    <div className={st.field}>
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      <Select id={id} size="small" value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}
