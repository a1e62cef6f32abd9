import { Button, Spinner, Text } from "@fluentui/react-components";
import type { Scope } from "../../host/WorkbookHost";
import type { Strings } from "../../i18n/strings";
import { useStyles } from "./styles";

export interface RecalcBarProps {
  s: Strings;
  scope: Scope;
  busy: boolean;
  disabled: boolean;
  onRecalc: () => void;
}

/** The one primary button, and where it will look. */
export function RecalcBar({ s, scope, busy, disabled, onRecalc }: RecalcBarProps) {
  const st = useStyles();
  return (
    <div className={st.row}>
      <Button appearance="primary" size="large" onClick={onRecalc} disabled={disabled} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? s.recalcBusy : s.recalc}
      </Button>
      <Text className={st.muted}>{scope === "workbook" ? s.scopeWorkbook : s.scopeSheet}</Text>
    </div>
  );
}
