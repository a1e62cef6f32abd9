import { FluentProvider, webLightTheme, Text, Divider } from "@fluentui/react-components";
import type { WorkbookHost } from "../host/WorkbookHost";
import { usePane } from "./usePane";
import { Header } from "./components/Header";
import { RecalcBar } from "./components/RecalcBar";
import { StatusMessage } from "./components/StatusMessage";
import { TableSummary } from "./components/TableSummary";
import { FindingList } from "./components/FindingList";
import { ActionsBar } from "./components/ActionsBar";
import { SettingsPanel } from "./components/SettingsPanel";
import { useStyles } from "./components/styles";

export interface AppProps {
  host: WorkbookHost;
}

/** The task pane: one button, the result per table, the findings, the clean-up, the rules. */
export function App({ host }: AppProps) {
  const pane = usePane(host);
  const st = useStyles();
  const { s, result } = pane;
  return (
    <FluentProvider theme={webLightTheme} lang={pane.lang === "zh" ? "zh-CN" : "en-US"}>
      <main className={st.pane}>
        <Header s={s} onToggleLang={pane.toggleLang} />
        <RecalcBar s={s} scope={pane.prefs.scope} busy={pane.busy === "recalc"} disabled={pane.busy !== null} onRecalc={pane.recalc} />
        <StatusMessage s={s} message={pane.message} />
        {!result && <Text className={st.muted}>{s.empty}</Text>}
        {result && result.notes === 0 && result.marked > 0 && <Text className={st.muted} size={200}>{s.notesHint}</Text>}
        {pane.views.map((v) => (
          <TableSummary key={v.key} s={s} view={v} />
        ))}
        {pane.views.length > 0 && (
          <FindingList s={s} lang={pane.lang} views={pane.views} selectedKeys={pane.selectedKeys} onSelect={(f) => pane.select({ sheet: f.sheet, cell: f.finding.cell })} />
        )}
        <Divider />
        <ActionsBar s={s} disabled={pane.busy !== null} onClear={pane.clearMarks} onUndo={pane.undo} onClean={pane.clean} />
        <SettingsPanel s={s} prefs={pane.prefs} disabled={pane.busy !== null} onSave={pane.savePrefs} />
      </main>
    </FluentProvider>
  );
}
