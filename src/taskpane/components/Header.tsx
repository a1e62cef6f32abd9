import { Button, Text } from "@fluentui/react-components";
import type { Strings } from "../../i18n/strings";
import { useStyles } from "./styles";

export interface HeaderProps {
  s: Strings;
  onToggleLang: () => void;
}

/** Title and the language switch (中文 / English). */
export function Header({ s, onToggleLang }: HeaderProps) {
  const st = useStyles();
  return (
    <div className={st.spread}>
      <Text as="h1" size={500} weight="semibold">
        {s.title}
      </Text>
      <Button appearance="subtle" size="small" onClick={onToggleLang} aria-label={s.switchTo}>
        {s.switchTo}
      </Button>
    </div>
  );
}
