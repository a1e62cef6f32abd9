/**
 * The page's state: which workbook it holds (the sample at first, then any .xlsx the person
 * opens), the browser host over it, and the two file actions. Everything stays in the page.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { analyzeSheet } from "../../core";
import { isReadError } from "../../files/readError";
import type { Lang } from "../../i18n/strings";
import { BrowserHost } from "../host/BrowserHost";
import { WorkbookDoc } from "../WorkbookDoc";
import type { PreviewTexts } from "./texts";
import { downloadName, openWorkbook, saveBlob, workbookBlob } from "./workbookFile";

/** Beside preview.html (copied there by webpack.config.js). */
export const SAMPLE_URL = "sample/pujin-2023-sample.xlsx";

export interface Preview {
  doc: WorkbookDoc | null;
  host: BrowserHost | null;
  /** changes with every workbook opened: the pane starts afresh for each */
  docKey: number;
  isSample: boolean;
  busy: boolean;
  error: string | null;
  openFile: (file: File) => Promise<void>;
  download: () => Promise<void>;
}

export function usePreview(lang: Lang, t: PreviewTexts): Preview {
  const [doc, setDoc] = useState<WorkbookDoc | null>(null);
  const [docKey, setDocKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const host = useMemo(() => (doc ? new BrowserHost(doc, analyzeSheet, lang === "en" ? "en-US" : "zh-CN") : null), [doc, lang]);

  const open = useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      setBusy(true);
      setError(null);
      try {
        const wb = await openWorkbook(await bytes());
        if (isReadError(wb)) setError(t.openFailed(name, lang === "en" ? wb.en : wb.zh));
        else {
          setDoc(new WorkbookDoc(wb, name));
          setDocKey((k) => k + 1);
        }
      } catch (e) {
        setError(t.openFailed(name, e instanceof Error ? e.message : String(e)));
      } finally {
        setBusy(false);
      }
    },
    [lang, t],
  );

  // the sample, once, when the page opens
  useEffect(() => {
    void fetch(SAMPLE_URL).then(
      (r) => (r.ok ? open(t.sampleName, () => r.arrayBuffer()) : setError(t.sampleFailed)),
      () => setError(t.sampleFailed),
    );
  }, []);

  const openFile = useCallback((file: File) => open(file.name, () => file.arrayBuffer()), [open]);

  const download = useCallback(async () => {
    if (!doc) return;
    setBusy(true);
    try {
      saveBlob(await workbookBlob(doc.workbook), downloadName(doc.fileName));
    } catch (e) {
      setError(t.downloadFailed((e instanceof Error ? e.message : String(e)).split("\n", 1)[0]));
    } finally {
      setBusy(false);
    }
  }, [doc, t]);

  return { doc, host, docKey, isSample: doc?.fileName === t.sampleName, busy, error, openFile, download };
}
