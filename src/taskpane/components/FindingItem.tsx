import { useEffect, useRef } from "react";
import { Badge, mergeClasses } from "@fluentui/react-components";
import type { Lang, Strings } from "../../i18n/strings";
import type { FindingView } from "../model";
import { useStyles } from "./styles";

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingItemProps {
  s: Strings;
  lang: Lang;
  view: FindingView;
  selected: boolean;
  onSelect: (view: FindingView) => void;
}

/** One finding: severity, cell address, sentence (always as text). Click: select the cell. */
export function FindingItem({ s, lang, view, selected, onSelect }: FindingItemProps) {
  const st = useStyles();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [selected]);
  const f = view.finding;
  return (
    <li>
      <button ref={ref} type="button" className={mergeClasses(st.finding, selected && st.selected)} aria-current={selected} onClick={() => onSelect(view)}>
        <Badge appearance={view.fixed ? "outline" : "filled"} color={view.fixed ? "success" : COLOR[f.severity]}>
          {view.fixed ? s.fixed : s.severity[f.severity]}
        </Badge>
        <span className={st.cell}>{f.cell}</span>
        <span>{lang === "en" ? f.messageEn || f.message : f.message}</span>
      </button>
    </li>
  );
}
