import { FluentProvider, Link, Text, webLightTheme } from "@fluentui/react-components";
import { strings } from "../../i18n/strings";
import { useStyles } from "./styles";

export interface OutsideOfficeProps {
  /** the 网页版, beside taskpane.html in the build */
  webVersionUrl: string;
}

/** taskpane.html opened outside Excel: say where it works, in both languages, instead of failing. */
export function OutsideOffice({ webVersionUrl }: OutsideOfficeProps) {
  const st = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={st.pane} role="status">
        {(["zh", "en"] as const).map((lang) => strings(lang)).map((s, i) => (
          <section key={s.title} lang={i === 0 ? "zh-CN" : "en"}>
            <Text as="h1" size={500} weight="semibold" block>
              {s.outsideTitle}
            </Text>
            <Text as="p" block>
              {s.outsideBody}
            </Text>
            <Link href={webVersionUrl}>{s.openWebVersion}</Link>
          </section>
        ))}
      </main>
    </FluentProvider>
  );
}
