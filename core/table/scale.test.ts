// The one percent-scale rule: a plain number's scale from the cell's format, its column, the row's count and the target.
import { describe, expect, it } from "vitest";
import { cellScale, columnScale, isPercentUnit } from "./scale";

const POINTS = { points: true, fractions: false };
const FRACTIONS = { points: false, fractions: true };

describe("cellScale", () => {
  it.each([
    { name: "a percent format holds a fraction", value: 0.632, ev: { format: "0.0%" }, scale: "fraction" },
    { name: "a plain number above 1 is points", value: 95, ev: {}, scale: "points" },
    { name: "0 is 0 either way", value: 0, ev: {}, scale: "points" },
    { name: "0,3 among points (95, 98) is 0,3%", value: 0.3, ev: { column: POINTS }, scale: "points" },
    { name: "0,95 among percent-formatted cells is a fraction", value: 0.95, ev: { column: FRACTIONS }, scale: "fraction" },
    { name: "the row's count decides (3 of 308 is 0,97%)", value: 0.97, ev: { rowShare: 3 / 308 }, scale: "points" },
    { name: "0,7 against 65% is 70%: 0,7% is no reading of it", value: 0.7, ev: { threshold: 0.65 }, scale: "fraction" },
    { name: "0,3 against 'dưới 1%' is 0,3%", value: 0.3, ev: { threshold: 0.01 }, scale: "points" },
    { name: "a column of points and a target pointing the other way: the user decides", value: 0.93, ev: { column: POINTS, threshold: 0.88 }, scale: "either" },
    { name: "nothing on the sheet decides", value: 0.5, ev: {}, scale: "either" },
    { name: "text carries its own scale", value: "85,7%", ev: {}, scale: "auto" },
  ])("$name", ({ value, ev, scale }) => {
    expect(cellScale(value, ev)).toBe(scale);
  });
});

describe("columnScale", () => {
  it.each([
    { cells: [[95, undefined], [0.3, undefined]], out: POINTS },
    { cells: [[0.95, "0%"], [0.3, undefined]], out: FRACTIONS },
    { cells: [[0.95, "0%"], [98, undefined]], out: POINTS },
    { cells: [[0.3, undefined]], out: { points: false, fractions: false } },
  ] as const)("reads $cells as $out", ({ cells, out }) => {
    expect(columnScale(cells as never)).toEqual(out);
  });
});

describe("isPercentUnit", () => {
  it.each([["%", true], ["Tỷ lệ", true], ["tỉ lệ %", true], ["trẻ", false], ["", false]])("'%s' → %s", (u, yes) => {
    expect(isPercentUnit(u)).toBe(yes);
  });
});
