/**
 * The ribbon's 重新计算: the whole recalculation without opening the pane, then the result made
 * visible — Excel has no notification API, so it selects the first error cell and shows a short
 * dialog. Whatever happens, the command's event is completed (or Excel keeps the button busy).
 */
import type { WorkbookHost } from "../host/WorkbookHost";
import { isHostError } from "../host/WorkbookHost";
import { langFromDisplay, strings } from "../i18n/strings";
import { countOpenErrors, firstOpenError, tableViews } from "../taskpane/model";

export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  host: WorkbookHost;
  /** show a short message; resolves when it is gone, never rejects */
  showMessage: (text: string) => Promise<void>;
}

/** Run the recalculation and say what happened. Returns the message shown. */
export async function recalculateAndReport(deps: CommandDeps): Promise<string> {
  const s = strings(langFromDisplay(deps.host.displayLanguage));
  let text: string;
  try {
    const prefs = await deps.host.loadSettings();
    const r = await deps.host.recalculate(prefs.scope, prefs.settings, { formulas: prefs.formulas });
    const views = tableViews(r.reports, r.writtenCells);
    const first = firstOpenError(views);
    if (first) {
      await deps.host.selectCell(first).catch(() => undefined);
      text = s.dialogErrors(r.reports.length, countOpenErrors(views), first.cell);
    } else {
      text = s.dialogOk(r.reports.length, r.written);
    }
  } catch (e) {
    text = isHostError(e) ? s.errors[e.code](e.sheet) : s.unexpected(e instanceof Error ? e.message : String(e));
  }
  await deps.showMessage(text).catch(() => undefined);
  return text;
}

/** The ExecuteFunction handler: completes the event in every path, errors included. */
export async function recalculateCommand(event: CommandEvent, makeDeps: () => CommandDeps): Promise<void> {
  try {
    await recalculateAndReport(makeDeps());
  } catch {
    // recalculateAndReport words every error itself; nothing may stop completion
  } finally {
    event.completed();
  }
}
