/** @jest-environment jsdom */
import "./domStubs";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { analyzeSheet } from "../../src/core";
import type { TableReport } from "../../src/core/report";
import { App } from "../../src/taskpane/App";
import { HostError } from "../../src/host/WorkbookHost";
import { seedGrid } from "../helpers/seed";
import { FakeHost } from "./fakeHost";

function reports(): TableReport[] {
  const r = analyzeSheet(seedGrid()).reports;
  // a finding whose text comes from a cell, with markup in it: must stay text
  r[1].findings.push({ code: "TOTAL_MISMATCH", severity: "error", cell: "G47", message: '总分 <img src=x onerror="alert(1)"> 不符', messageEn: "Total <b>mismatch</b>" });
  return r;
}

async function renderPane(host: FakeHost) {
  const utils = render(<App host={host} />);
  await waitFor(() => expect(host.calls.some((c) => c[0] === "loadSettings")).toBe(true));
  return utils;
}

async function recalc(host: FakeHost) {
  fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
  await waitFor(() => expect(screen.getByText(/已计算 4 张自评表/)).toBeTruthy());
  expect(host.calls.find((c) => c[0] === "recalculate")).toEqual(["recalculate", "sheet", {}, { formulas: true }]);
}

describe("task pane", () => {
  test("recalculate → a summary per table and findings grouped by table, errors first", async () => {
    const host = new FakeHost(reports());
    await renderPane(host);
    await recalc(host);
    const table1 = screen.getByRole("region", { name: "“一网统管”运维费" });
    expect(within(table1).getByText("98.00")).toBeTruthy();
    expect(within(table1).getByText("优")).toBeTruthy();
    expect(within(table1).getByText("可以提交")).toBeTruthy();
    expect(within(table1).getByRole("progressbar", { name: "产出指标" })).toBeTruthy();
    expect(within(table1).getByText("48.00/50.00")).toBeTruthy();
    const findings = screen.getByRole("region", { name: "审核意见" });
    const items = within(findings).getAllByRole("button");
    expect(items.length).toBe(reports().reduce((a, r) => a + r.findings.length, 0));
    // table 2: the error comes before its info findings
    expect(items.findIndex((b) => b.textContent?.includes("G47"))).toBeLessThan(items.findIndex((b) => b.textContent?.includes("G41")));
    expect(screen.getByText("还有 1 项需处理")).toBeTruthy();
  });

  test("text from cells is shown as text, never as HTML", async () => {
    const host = new FakeHost(reports());
    const { container } = await renderPane(host);
    await recalc(host);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('总分 <img src=x onerror="alert(1)"> 不符')).toBeTruthy();
  });

  test("click a finding → the host selects that cell; a selection in Excel brings its finding into view", async () => {
    const host = new FakeHost(reports());
    await renderPane(host);
    await recalc(host);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    fireEvent.click(screen.getByRole("button", { name: /G18/ }));
    await waitFor(() => expect(host.calls).toContainEqual(["selectCell", { sheet: "pujin-2023-self-evaluation", cell: "G18" }]));

    act(() => host.emitSelection({ sheet: "pujin-2023-self-evaluation", cell: "G93" }));
    const item = screen.getByRole("button", { name: /G93/ });
    await waitFor(() => expect(item.getAttribute("aria-current")).toBe("true"));
    expect(scrolled).toContain(item);
    expect(screen.getByRole("button", { name: /G18/ }).getAttribute("aria-current")).toBe("false");
  });

  test("language: Chinese by default, English when Office is English, and a switch", async () => {
    const zh = new FakeHost(reports(), "zh-CN");
    const { unmount } = await renderPane(zh);
    expect(screen.getByRole("button", { name: "重新计算" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "Recalculate" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Clear marks" })).toBeTruthy();
    unmount();

    const en = new FakeHost(reports(), "en-US");
    await renderPane(en);
    fireEvent.click(screen.getByRole("button", { name: "Recalculate" }));
    await waitFor(() => expect(screen.getByText(/Recalculated 4 tables/)).toBeTruthy());
    expect(screen.getByText(/Score 18\.00 is below the rule score 19\.40/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByText(/已计算 4 张自评表/)).toBeTruthy();
  });

  test("settings load from the workbook and every change is saved into it", async () => {
    const host = new FakeHost(reports());
    host.prefs = { settings: { fundsWeight: 20 }, formulas: true, scope: "sheet" };
    await renderPane(host);
    const weight = (await screen.findByLabelText("预算执行率分值")) as HTMLSelectElement;
    await waitFor(() => expect(weight.value).toBe("20"));

    fireEvent.change(screen.getByLabelText("手动得分"), { target: { value: "strict" } });
    await waitFor(() => expect(host.prefs).toEqual({ settings: { fundsWeight: 20, scorePolicy: "strict" }, formulas: true, scope: "sheet" }));
    fireEvent.change(screen.getByLabelText("写入方式"), { target: { value: "v" } });
    fireEvent.change(screen.getByLabelText("计算范围"), { target: { value: "workbook" } });
    await waitFor(() => expect(host.prefs.scope).toBe("workbook"));
    expect(host.prefs.formulas).toBe(false);

    const levels = screen.getByLabelText("一级指标分值");
    fireEvent.change(levels, { target: { value: "10/60/30/0" } });
    fireEvent.blur(levels);
    await waitFor(() => expect(host.prefs.settings.levelWeights).toEqual({ funds: 10, output: 60, benefit: 30, satisfaction: 0 }));
    fireEvent.change(levels, { target: { value: "10/60" } });
    fireEvent.blur(levels);
    expect(await screen.findByText("格式不对，未保存")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    await waitFor(() => expect(host.calls.find((c) => c[0] === "recalculate")).toEqual(["recalculate", "workbook", host.prefs.settings, { formulas: false }]));
  });

  test("清除标记, 撤销本次计算 and 提交前清理 go to the host and say what they did", async () => {
    const host = new FakeHost(reports());
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 2 条标色规则。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "撤销本次计算" }));
    expect(await screen.findByText(/已恢复 3 个单元格。另有 1 个单元格在计算后被修改过/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "提交前清理" }));
    expect(await screen.findByText(/已清除全部标记和 3 条撤销记录/)).toBeTruthy();
  });

  test("host errors become a clear message", async () => {
    const host = new FakeHost(reports());
    await renderPane(host);
    host.failWith = new HostError("protected", "x", "Sheet1");
    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/工作表“Sheet1”受保护.*没有写入任何内容/);
    host.failWith = new HostError("noTable", "x", "Sheet1");
    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/没有找到自评表.*标准模板/));
    host.failWith = new Error("boom");
    fireEvent.click(screen.getByRole("button", { name: "重新计算" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("操作失败：boom"));
  });
});
