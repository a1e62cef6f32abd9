/** @jest-environment jsdom */
/** The sheet view in the DOM: text from cells stays text; a click selects; spans and highlights as modelled. */
import { fireEvent, render } from "@testing-library/react";
import { SheetTable } from "../../src/browser/sheet/SheetTable";
import { SheetTabs } from "../../src/browser/sheet/SheetTabs";
import type { SheetModel } from "../../src/browser/sheet/sheetModel";
import { MARK_STYLES } from "../../src/host/marks";

const MODEL: SheetModel = {
  name: "S<b>1</b>",
  widths: [80, 80],
  truncated: false,
  rows: [
    { number: 1, cells: [{ address: "A1", text: '<img src=x onerror="alert(1)">', rowSpan: 1, colSpan: 2, numeric: false, bold: true, note: "<script>x</script>" }] },
    { number: 2, cells: [{ address: "A2", text: "98.00", rowSpan: 1, colSpan: 1, numeric: true, bold: false, mark: "error" }, { address: "B2", text: "", rowSpan: 1, colSpan: 1, numeric: false, bold: false }] },
  ],
};

test("cell text and notes are shown as text, never as HTML", () => {
  const { container } = render(<SheetTable model={MODEL} selected={null} onSelect={() => undefined} />);
  expect(container.querySelector("img, script, b")).toBeNull();
  const a1 = container.querySelector('[data-cell="A1"]') as HTMLTableCellElement;
  expect(a1.textContent).toBe('<img src=x onerror="alert(1)">');
  expect(a1.title).toBe("<script>x</script>");
  expect(a1.colSpan).toBe(2);
});

test("a highlight takes the severity's colours; a click selects the cell", () => {
  const picked: string[] = [];
  const { container } = render(<SheetTable model={MODEL} selected="A2" onSelect={(a) => picked.push(a)} />);
  const a2 = container.querySelector('[data-cell="A2"]') as HTMLElement;
  expect(a2.dataset.mark).toBe("error");
  expect(a2.getAttribute("aria-selected")).toBe("true");
  expect(a2.style.backgroundColor).toBe(hexToRgb(MARK_STYLES.error.fill));
  fireEvent.click(container.querySelector('[data-cell="B2"]') as HTMLElement);
  expect(picked).toEqual(["B2"]);
});

test("sheet tabs: names as text, the shown one selected, a click switches", () => {
  const shown: string[] = [];
  const { getAllByRole } = render(<SheetTabs names={["表<1>", "表2"]} active="表2" label="工作表" onActivate={(n) => shown.push(n)} />);
  const tabs = getAllByRole("tab");
  expect(tabs.map((t) => [t.textContent, t.getAttribute("aria-selected")])).toEqual([["表<1>", "false"], ["表2", "true"]]);
  fireEvent.click(tabs[0]);
  expect(shown).toEqual(["表<1>"]);
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
