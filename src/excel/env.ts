/**
 * What the Excel host needs from Office.js, gathered in one place so the adapter can run against a
 * strict fake in tests. Only src/excel/ touches the Office and Excel globals.
 */
export interface ExcelEnv {
  /** Excel.run with options (delayForCellEdit), or inside an existing context (to remove a handler). */
  run<T>(options: Excel.RunOptions | OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office's display language, e.g. "zh-CN". */
  displayLanguage: string;
  /** Largest request one sync may carry: 5 MB in Excel on the web. Writes beyond it go in chunks. */
  payloadLimit: number;
}

/** Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function officeEnv(): ExcelEnv {
  return {
    run: (options, batch) =>
      options instanceof OfficeExtension.ClientRequestContext ? Excel.run(options, batch) : Excel.run(options as Excel.RunOptions, batch),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
    displayLanguage: (typeof Office !== "undefined" && Office.context?.displayLanguage) || "zh-CN",
    // keep a margin for the request envelope
    payloadLimit: Math.floor(WEB_PAYLOAD_LIMIT * 0.8),
  };
}
