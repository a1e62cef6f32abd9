import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Strings } from "../../i18n/strings";
import type { Message } from "../usePane";

export interface StatusMessageProps {
  s: Strings;
  message: Message | null;
}

/** The outcome of the last action, in the current language; host errors in plain words. */
export function StatusMessage({ s, message }: StatusMessageProps) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{message.text(s)}</MessageBarBody>
    </MessageBar>
  );
}
