import { Badge, Text } from "@fluentui/react-components";
import type { Strings } from "../../i18n/strings";
import { fmt, type TableView } from "../model";
import { LevelBar } from "./LevelBar";
import { useStyles } from "./styles";

export interface TableSummaryProps {
  s: Strings;
  view: TableView;
}

/** 项目名称, 总分, 评分等级, whether it may be submitted, and a bar per 一级指标. */
export function TableSummary({ s, view }: TableSummaryProps) {
  const st = useStyles();
  const r = view.report;
  const total = r.total.computed ?? r.total.entered;
  const grade = r.grade.computed ?? r.grade.entered;
  return (
    <section className={st.card} aria-label={r.project ?? s.untitled}>
      <div className={st.spread}>
        <Text weight="semibold">{r.project ?? s.untitled}</Text>
        <Badge appearance="tint" color={view.ready ? "success" : "warning"}>
          {view.ready ? s.ready : s.notReady(view.open)}
        </Badge>
      </div>
      <div className={st.row}>
        <Text>
          {s.total} <b>{fmt(total)}</b>
        </Text>
        <Text>
          {s.grade} <b>{grade ?? "—"}</b>
        </Text>
        <Text className={st.muted} size={200}>
          {r.sheet}!{r.range}
        </Text>
      </div>
      {r.levels.map((l) => (
        <LevelBar key={l.level} label={l.level === "预算执行率" ? s.funds : l.level} earned={l.earned} weight={l.weight} />
      ))}
    </section>
  );
}
