import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { PreviewTexts } from "./texts";

export interface PageNotesProps {
  t: PreviewTexts;
  isSample: boolean;
  error: string | null;
}

/** What the page promises (nothing leaves the computer), what the sample changed, what went wrong. */
export function PageNotes({ t, isSample, error }: PageNotesProps) {
  return (
    <div className="notes">
      <Text size={200} className="privacy" data-testid="privacy">
        {t.privacy}
      </Text>
      {isSample && (
        <Text size={200} data-testid="sample-note">
          {t.sampleNote}
        </Text>
      )}
      <Text size={200}>{t.downloadHint}</Text>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
