import { useEffect, useId, useState } from "react";
import { Input, Label, Text } from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface NumbersFieldProps {
  label: string;
  hint: string;
  invalidText: string;
  value: string;
  disabled?: boolean;
  /** returns false when the text is not understood (then nothing is saved) */
  onCommit: (text: string) => boolean;
}

/** Numbers typed as "10/50/30/10", committed on Enter or when the field loses focus. */
export function NumbersField({ label, hint, invalidText, value, disabled, onCommit }: NumbersFieldProps) {
  const st = useStyles();
  const id = useId();
  const [text, setText] = useState(value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() === value) return;
    setInvalid(!onCommit(text.trim()));
  };
  return (
    <div className={st.field}>
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      <Input id={id} size="small" value={text} disabled={disabled} aria-invalid={invalid} onChange={(_, d) => setText(d.value)} onBlur={commit} onKeyDown={(e) => e.key === "Enter" && commit()} />
      <Text size={100} className={st.muted}>
        {invalid ? invalidText : hint}
      </Text>
    </div>
  );
}
