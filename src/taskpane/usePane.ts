/**
 * The pane's state and actions. Talks to the workbook only through WorkbookHost, so the same pane
 * runs over Excel and over the browser preview's in-memory workbook.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CellRef, RecalcResult, WorkbookHost, WorkbookPrefs } from "../host/WorkbookHost";
import { isHostError } from "../host/WorkbookHost";
import { DEFAULT_PREFS } from "../host/dataSheet";
import { langFromDisplay, strings, type Lang, type Strings } from "../i18n/strings";
import { tableViews, findingsAt, type TableView } from "./model";

export type Busy = null | "recalc" | "undo" | "clear" | "clean" | "settings";

export interface Message {
  intent: "success" | "error" | "warning" | "info";
  text: (s: Strings) => string;
}

export interface Pane {
  lang: Lang;
  s: Strings;
  busy: Busy;
  result: RecalcResult | null;
  views: TableView[];
  message: Message | null;
  prefs: WorkbookPrefs;
  selectedKeys: string[];
  toggleLang(): void;
  recalc(): Promise<void>;
  undo(): Promise<void>;
  clearMarks(): Promise<void>;
  clean(): Promise<void>;
  select(ref: CellRef): Promise<void>;
  savePrefs(prefs: WorkbookPrefs): Promise<void>;
}

function errorMessage(e: unknown): Message {
  if (isHostError(e)) return { intent: "error", text: (s) => s.errors[e.code](e.sheet) };
  const m = e instanceof Error ? e.message : String(e);
  return { intent: "error", text: (s) => s.unexpected(m) };
}

export function usePane(host: WorkbookHost): Pane {
  const [lang, setLang] = useState<Lang>(() => langFromDisplay(host.displayLanguage));
  const [busy, setBusy] = useState<Busy>(null);
  const [result, setResult] = useState<RecalcResult | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [prefs, setPrefs] = useState<WorkbookPrefs>({ ...DEFAULT_PREFS, settings: {} });
  const [selected, setSelected] = useState<CellRef | null>(null);
  const prefsRef = useRef(prefs);
  prefsRef.current = prefs;

  useEffect(() => {
    let alive = true;
    host.loadSettings().then(
      (p) => alive && setPrefs(p),
      (e) => alive && setMessage(errorMessage(e)),
    );
    let off: (() => void) | null = null;
    host.onSelectionChanged((ref) => alive && setSelected(ref)).then(
      (f) => (alive ? (off = f) : f()),
      () => undefined,
    );
    return () => {
      alive = false;
      off?.();
    };
  }, [host]);

  const views = useMemo(() => (result ? tableViews(result.reports, result.writtenCells) : []), [result]);
  const selectedKeys = useMemo(() => findingsAt(views, selected), [views, selected]);

  const act = useCallback(async (kind: Exclude<Busy, null>, f: () => Promise<Message | null>) => {
    setBusy(kind);
    setMessage(null);
    try {
      setMessage(await f());
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }, []);

  const recalc = useCallback(
    () =>
      act("recalc", async () => {
        const p = prefsRef.current;
        const r = await host.recalculate(p.scope, p.settings, { formulas: p.formulas });
        setResult(r);
        return { intent: "success", text: (s) => s.recalcDone(r.reports.length, r.written, r.marked) };
      }),
    [act, host],
  );

  const undo = useCallback(
    () =>
      act("undo", async () => {
        const r = await host.undo();
        setResult(null);
        return { intent: r.skipped > 0 ? "warning" : "success", text: (s) => s.undoDone(r.restored, r.skipped) };
      }),
    [act, host],
  );

  const clearMarks = useCallback(
    () =>
      act("clear", async () => {
        const r = await host.clearMarks();
        return { intent: "success", text: (s) => s.clearDone(r.marks, r.notes) };
      }),
    [act, host],
  );

  const clean = useCallback(
    () =>
      act("clean", async () => {
        const r = await host.cleanForSubmit();
        return { intent: "success", text: (s) => s.cleanDone(r.records) };
      }),
    [act, host],
  );

  const select = useCallback(
    async (ref: CellRef) => {
      setSelected(ref);
      try {
        await host.selectCell(ref);
      } catch (e) {
        setMessage(errorMessage(e));
      }
    },
    [host],
  );

  const savePrefs = useCallback(
    (next: WorkbookPrefs) => {
      setPrefs(next);
      return act("settings", async () => {
        await host.saveSettings(next);
        return { intent: "info", text: (s) => s.settingsSaved };
      });
    },
    [act, host],
  );

  return {
    lang,
    s: strings(lang),
    busy,
    result,
    views,
    message,
    prefs,
    selectedKeys,
    toggleLang: () => setLang((l) => (l === "zh" ? "en" : "zh")),
    recalc,
    undo,
    clearMarks,
    clean,
    select,
    savePrefs,
  };
}
