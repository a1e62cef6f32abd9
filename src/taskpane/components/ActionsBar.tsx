import { Button, Text } from "@fluentui/react-components";
import type { Strings } from "../../i18n/strings";
import { useStyles } from "./styles";

export interface ActionsBarProps {
  s: Strings;
  disabled: boolean;
  onClear: () => void;
  onUndo: () => void;
  onClean: () => void;
}

/** 清除标记, 撤销本次计算, 提交前清理: all work from what the document records. */
export function ActionsBar({ s, disabled, onClear, onUndo, onClean }: ActionsBarProps) {
  const st = useStyles();
  return (
    <section aria-label={s.actions}>
      <Text as="h2" size={400} weight="semibold">
        {s.actions}
      </Text>
      <div className={st.row}>
        <Button onClick={onClear} disabled={disabled}>
          {s.clearMarks}
        </Button>
        <Button onClick={onUndo} disabled={disabled}>
          {s.undo}
        </Button>
        <Button onClick={onClean} disabled={disabled}>
          {s.cleanForSubmit}
        </Button>
      </div>
    </section>
  );
}
