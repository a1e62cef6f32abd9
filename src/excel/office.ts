/**
 * The Office.js glue outside workbook access: start-up, ribbon commands, the short dialog the
 * ribbon command opens (Excel has no notification API). Kept here so src/excel/ stays the only
 * code that touches the Office global.
 */

/** Resolves once office.js (from Microsoft's CDN) has initialised the host. */
export function whenOfficeReady(): Promise<{ host: string | null }> {
  return Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null }));
}

export function displayLanguage(): string {
  return Office.context?.displayLanguage || "zh-CN";
}

/** Bind a ribbon button's FunctionName (manifest ExecuteFunction) to a handler. */
export function registerCommand(name: string, handler: (event: Office.AddinCommands.Event) => void): void {
  Office.actions.associate(name, handler);
}

/**
 * Open a small dialog page that shows `message`, and resolve when it is closed — by the person,
 * by its own close button, or after `autoCloseMs`. Never rejects: a dialog that cannot open
 * (blocked, another one open) simply resolves.
 */
export function showMessageDialog(pageUrl: string, message: string, autoCloseMs = 8000): Promise<void> {
  return new Promise((resolve) => {
    const url = `${pageUrl}?m=${encodeURIComponent(message)}`;
    try {
      Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = res.value;
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          try {
            dialog.close();
          } catch {
            // already closed by the person
          }
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        setTimeout(finish, autoCloseMs);
      });
    } catch {
      resolve();
    }
  });
}

/** Inside the dialog page: ask the command that opened it to close it. */
export function closeFromDialog(): void {
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close();
  }
}
