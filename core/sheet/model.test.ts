// Tests for A1 addresses: what the hosts send to and read from Excel and Sheets.
import { describe, expect, it } from "vitest";
import type { CellRange } from "./model";
import { a1, parseA1 } from "./model";

describe("parseA1", () => {
  it.each<[string, CellRange | null]>([
    ["B3", { top: 2, left: 1, bottom: 2, right: 1 }],
    ["B3:D9", { top: 2, left: 1, bottom: 8, right: 3 }],
    ["Sheet1!B3:D9", { top: 2, left: 1, bottom: 8, right: 3 }],
    ["'Báo cáo'!$A$1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["aa10", { top: 9, left: 26, bottom: 9, right: 26 }],
    ["B:D", null],
    ["Thực hiện", null],
  ])("reads %s", (address, expected) => {
    expect(parseA1(address)).toEqual(expected);
  });

  it.each<[CellRange]>([[{ top: 0, left: 0, bottom: 0, right: 0 }], [{ top: 4, left: 25, bottom: 99, right: 27 }]])(
    "reads back what a1 writes for %o",
    (r) => {
      expect(parseA1(a1(r))).toEqual(r);
    },
  );
});
