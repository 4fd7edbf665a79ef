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
    // Past Excel's grid (column XFD, row 1,048,576) is a name, not a cell; a third corner is not a rectangle.
    ["XFE1", null],
    ["A1048577", null],
    ["XFD1048576", { top: 1048575, left: 16383, bottom: 1048575, right: 16383 }],
    ["A1:B2:C3", null],
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
