import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";
import { App } from "../../taskpane/App";
import type { Lang } from "../../i18n/strings";
import { PageNotes } from "./PageNotes";
import { previewTexts } from "./texts";
import { Toolbar } from "./Toolbar";
import { usePreview } from "./usePreview";
import { WorkbookSheet } from "./WorkbookSheet";

export interface PreviewPageProps {
  lang: Lang;
}

/** 网页版: the workbook drawn as a sheet on the left, the real task pane on the right. */
export function PreviewPage({ lang }: PreviewPageProps) {
  const t = previewTexts(lang);
  const p = usePreview(lang, t);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en-US" : "zh-CN"} className="page">
      <Toolbar t={t} fileName={p.doc?.fileName ?? null} busy={p.busy} onOpen={(f) => void p.openFile(f)} onDownload={() => void p.download()} />
      <PageNotes t={t} isSample={p.isSample} error={p.error} />
      <div className="main">
        {p.doc ? <WorkbookSheet key={p.docKey} doc={p.doc} t={t} /> : <Text className="hint">{t.loading}</Text>}
        <aside className="pane" aria-label="task pane">
          {p.host && <App key={p.docKey} host={p.host} />}
        </aside>
      </div>
    </FluentProvider>
  );
}
