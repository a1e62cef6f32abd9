/** What the preview page's sheet view shows, read from the DOM: the proof of what a person sees. */
import type { Page } from "playwright-core";

export interface ShownCell {
  text: string;
  mark: string | null;
  selected: boolean;
}

/** Every drawn cell of the sheet shown: address → text, highlight, selection. */
export async function shownCells(page: Page): Promise<Record<string, ShownCell>> {
  return page.$$eval("table.sheet td[data-cell]", (tds) =>
    Object.fromEntries(
      tds.map((td) => {
        const el = td as HTMLElement;
        return [el.dataset.cell, { text: el.textContent ?? "", mark: el.dataset.mark ?? null, selected: el.getAttribute("aria-selected") === "true" }];
      }),
    ),
  );
}

export function marksOf(cells: Record<string, ShownCell>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).flatMap(([a, c]) => (c.mark ? [[a, c.mark]] : [])));
}

export function withoutSelection(cells: Record<string, ShownCell>): Record<string, Omit<ShownCell, "selected">> {
  return Object.fromEntries(Object.entries(cells).map(([a, c]) => [a, { text: c.text, mark: c.mark }]));
}
