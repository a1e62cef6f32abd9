import { roundHalfUp, gradeFor, DEFAULT_SETTINGS } from "../../src/core";

describe("roundHalfUp rounds as Excel's ROUND does", () => {
  it.each([
    [(97 / 100) * 20, 2, 19.4],
    [1.005, 2, 1.01],
    [(215457.6 / 250000) * 10, 2, 8.62],
    [(215457.6 / 250000) * 100, 2, 86.18],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.125, 2, 0.13],
    [9.995, 2, 10],
    [89.994999, 2, 89.99],
    [1e21, 2, 1e21],
    [1.23e-9, 2, 0],
    [0.5, 0, 1],
    [(95 / 100) * 10, 2, 9.5],
  ])("%p to %p decimals → %p", (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });
  it("leaves non-finite values alone", () => {
    expect(roundHalfUp(Infinity)).toBe(Infinity);
    expect(Number.isNaN(roundHalfUp(NaN))).toBe(true);
  });
});

describe("gradeFor takes the band whose lower bound the total reaches", () => {
  it.each([
    [100, "优"], [90, "优"], [89.99, "良"], [89.5, "良"], [80, "良"], [79.99, "中"], [60, "中"], [59.99, "差"], [0, "差"],
  ])("%p → %p", (total, grade) => {
    expect(gradeFor(total, DEFAULT_SETTINGS.gradeBands)).toBe(grade);
  });
  it("honours regional bands", () => {
    const bands = [{ min: 85, grade: "A" }, { min: 0, grade: "B" }];
    expect([gradeFor(85, bands), gradeFor(84.99, bands)]).toEqual(["A", "B"]);
  });
});
