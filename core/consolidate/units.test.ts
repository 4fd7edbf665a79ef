// The same unit reported twice is counted once when its files agree and not at all when they differ, whatever the spelling of its name.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { dedupeUnits, unitDisplayName, unitKey, type UnitReport } from "./units";

const report = (unit: string, file: string, figures: Record<string, CellValue>): UnitReport => ({ unit, file, figures: new Map(Object.entries(figures)) });

describe("unitKey", () => {
  it.each([
    ["Trường MN Cát Bi", "trường mn cát bi"],
    ["Trường MN Cát Bi".normalize("NFD"), "trường mn cát bi"],
    ["  TRƯỜNG  MN\u00a0CÁT BI\t", "trường mn cát bi"],
  ])("%j → %j", (name, key) => expect(unitKey(name)).toBe(key));

  it("keeps different units apart", () => {
    expect(unitKey("Trường MN Cát Bi 2")).not.toBe(unitKey("Trường MN Cát Bi"));
    expect(unitKey("Phường Cát Bi")).not.toBe(unitKey("Trường MN Cát Bi"));
  });

  it("shows names in NFC with single spaces", () => {
    expect(unitDisplayName(" Trường  MN Cát Bi ".normalize("NFD"))).toBe("Trường MN Cát Bi");
  });
});

describe("dedupeUnits", () => {
  const a = { "mn.1": 0.7, "mn.2": 12 };
  // [what, reports, units kept, merged count, conflict count]
  const CASES: [string, UnitReport[], string[], number, number][] = [
    ["distinct units", [report("Trường A", "a.xlsx", a), report("Trường B", "b.xlsx", a)], ["a.xlsx", "b.xlsx"], 0, 0],
    ["the same file sent twice", [report("Trường A", "a.xlsx", a), report("Trường A", "a (1).xlsx", a)], ["a.xlsx"], 1, 0],
    ["the same unit typed in NFD", [report("Trường Á", "a.xlsx", a), report("Trường Á".normalize("NFD"), "x.xlsx", a)], ["a.xlsx"], 1, 0],
    ["the same unit with different figures", [report("Trường A", "a.xlsx", a), report("TRƯỜNG A", "a2.xlsx", { ...a, "mn.2": 13 })], [], 0, 1],
    ["a figure typed as text in one file", [report("Trường A", "a.xlsx", a), report("Trường A", "a2.xlsx", { ...a, "mn.2": "12" })], [], 0, 1],
    ["three files, one unit, another unit beside", [report("A", "1.xlsx", a), report("B", "2.xlsx", a), report("a", "3.xlsx", a)], ["1.xlsx", "2.xlsx"], 1, 0],
  ];
  it.each(CASES)("%s", (_, reports, kept, merged, conflicts) => {
    const d = dedupeUnits(reports);
    expect(d.kept.map((r) => r.file)).toEqual(kept);
    expect(d.merged).toHaveLength(merged);
    expect(d.conflicts).toHaveLength(conflicts);
    expect(d.warnings).toHaveLength(merged + conflicts);
  });

  it("names the unit and every file in the warning", () => {
    const d = dedupeUnits([report("Trường A", "x/a.xlsx", a), report("Trường A", "y/b.xlsx", { "mn.1": 0.5 })]);
    expect(d.warnings[0].vi).toBe('Đơn vị "Trường A" có 2 tệp với số liệu khác nhau (a.xlsx, b.xlsx): không đưa vào tổng hợp; giữ lại một tệp đúng rồi chạy lại.');
    expect(d.warnings[0].en).toContain("left out of the roll-up");
  });
});
