import { createProgress, fitFromEnd } from "../../src/cli/progress";

function fakeStream(isTTY: boolean, columns = 60) {
  const chunks: string[] = [];
  return { isTTY, columns, write: (s: string) => chunks.push(s), chunks };
}

describe("the progress bar", () => {
  it("draws on a terminal and wipes itself", () => {
    const s = fakeStream(true);
    const p = createProgress(s, 4);
    p.update(2, "data/浦锦街道/一网统管.xlsx");
    p.clear();
    expect(s.chunks[0]).toMatch(/^\r\x1b\[2K\[#{12}-{12}\] 2\/4 /);
    expect(s.chunks[s.chunks.length - 1]).toBe("\r\x1b[2K");
  });

  it("writes nothing at all when the stream is not a terminal", () => {
    const s = fakeStream(false);
    const p = createProgress(s, 4);
    p.update(1, "a.xlsx");
    p.clear();
    expect(s.chunks).toEqual([]);
  });

  it("keeps within the terminal's width, counting CJK as two columns", () => {
    const s = fakeStream(true, 50);
    createProgress(s, 300).update(10, `${"很长的文件夹名/".repeat(10)}一网统管.xlsx`);
    const line = s.chunks[0].replace("\r\x1b[2K", "");
    const width = [...line].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
    expect(width).toBeLessThan(50);
    expect(line.endsWith("一网统管.xlsx")).toBe(true);
  });

  it("shortens from the front so the file name stays", () => {
    expect(fitFromEnd("abcdef", 4)).toBe("…def");
    expect(fitFromEnd("abc", 4)).toBe("abc");
    expect(fitFromEnd("abc", 0)).toBe("");
  });
});
