import { useRef } from "react";
import { Button, Text } from "@fluentui/react-components";
import { XLSX_TYPE } from "./workbookFile";
import type { PreviewTexts } from "./texts";

export interface ToolbarProps {
  t: PreviewTexts;
  fileName: string | null;
  busy: boolean;
  onOpen: (file: File) => void;
  onDownload: () => void;
}

/** Title, the workbook's name, 打开文件 and 下载结果. */
export function Toolbar({ t, fileName, busy, onOpen, onDownload }: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <Text as="h1" size={500} weight="semibold">
        {t.title}
      </Text>
      <Text className="file-name" data-testid="file-name">
        {fileName ?? t.loading}
      </Text>
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${XLSX_TYPE}`}
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onOpen(file);
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={busy}>
        {t.open}
      </Button>
      <Button appearance="primary" onClick={onDownload} disabled={busy || !fileName}>
        {t.download}
      </Button>
    </header>
  );
}
