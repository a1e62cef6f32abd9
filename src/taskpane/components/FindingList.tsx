import { Text } from "@fluentui/react-components";
import type { Lang, Strings } from "../../i18n/strings";
import type { FindingView, TableView } from "../model";
import { FindingItem } from "./FindingItem";
import { useStyles } from "./styles";

export interface FindingListProps {
  s: Strings;
  lang: Lang;
  views: TableView[];
  selectedKeys: string[];
  onSelect: (view: FindingView) => void;
}

/** Findings grouped by table, errors first. */
export function FindingList({ s, lang, views, selectedKeys, onSelect }: FindingListProps) {
  const st = useStyles();
  return (
    <section aria-label={s.findings}>
      <Text as="h2" size={400} weight="semibold">
        {s.findings}
      </Text>
      {views.map((v) => (
        <div key={v.key}>
          <Text size={300} weight="semibold">
            {v.report.project ?? s.untitled}
          </Text>
          {v.findings.length === 0 ? (
            <Text className={st.muted}> {s.noFindings}</Text>
          ) : (
            <ul className={st.list}>
              {v.findings.map((f) => (
                <FindingItem key={f.key} s={s} lang={lang} view={f} selected={selectedKeys.includes(f.key)} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
