/**
 * A sheet's conditional-format rules as exceljs holds them, and which of them are the add-in's
 * highlights (tagged "ziping:<severity>", src/host/marks.ts) — whoever wrote them: `ziping fix`,
 * the browser page or the Excel add-in.
 */
import type { ConditionalFormattingOptions, ConditionalFormattingRule, Worksheet } from "exceljs";
import type { MarkSeverity } from "../core/plan";
import { ownedRuleSeverity } from "../host/marks";

/** The sheet's rules as exceljs holds them (its typings only declare add and remove). */
export function rulesOf(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

/** The severity of a highlight the add-in wrote; null for anyone else's rule. */
export function ownedSeverity(rule: ConditionalFormattingRule): MarkSeverity | null {
  const f: unknown = rule.type === "expression" ? rule.formulae?.[0] : null;
  return ownedRuleSeverity(typeof f === "string" ? f : null);
}
