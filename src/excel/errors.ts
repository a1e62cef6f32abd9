/** Host errors from Office.js, put into the codes the pane words (src/host/WorkbookHost.ts). */
import { HostError, isHostError } from "../host/WorkbookHost";

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

export function errorCode(e: unknown): string {
  const o = (e ?? {}) as OfficeLikeError;
  return String(o.code ?? o.debugInfo?.code ?? "");
}

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  const msg = String((e as OfficeLikeError)?.message ?? "");
  return /PayloadSizeLimitExceeded|PayloadTooLarge|RequestTooLarge|ResponseTooLarge/i.test(code) || /payload.*(limit|large)/i.test(msg);
}

/** A read that chained from an absent object (a null object) was rejected by the host. */
export function isMissingObjectError(e: unknown): boolean {
  return /ItemNotFound|InvalidObjectPath/i.test(errorCode(e));
}

export function toHostError(e: unknown): HostError {
  if (isHostError(e)) return e;
  const code = errorCode(e);
  const message = String((e as OfficeLikeError)?.message ?? e ?? "");
  if (/InvalidOperationInCellEditMode/i.test(code)) return new HostError("cellEditing", message);
  if (isPayloadError(e)) return new HostError("payloadTooLarge", message);
  if (/AccessDenied|SheetProtected|Protected/i.test(code)) return new HostError("protected", message);
  if (/ApiNotFound|NotImplemented|Unsupported/i.test(code)) return new HostError("unsupported", message);
  return new HostError("failed", message || code || "unknown error");
}
