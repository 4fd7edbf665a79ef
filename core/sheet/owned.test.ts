// The tool's mark: its reference text round-trips, broken parts read as the user's, and only a whole-sheet mark makes a sheet the tool's.
import { describe, expect, it } from "vitest";
import type { CellRange } from "./model";
import { decodeOwned, encodeOwned, isOwnSheet, isSheetsOwnedName, ownedInSheet, sheetsOwnedName, WHOLE_SHEET } from "./owned";

const H5I13: CellRange = { top: 4, left: 7, bottom: 12, right: 8 };

describe("encodeOwned and decodeOwned", () => {
  it.each<[string, CellRange[], string]>([
    ["one block", [H5I13], "'Tổng hợp'!$H$5:$I$13"],
    ["one cell", [{ top: 0, left: 0, bottom: 0, right: 0 }], "'Tổng hợp'!$A$1"],
    ["a union", [H5I13, { top: 4, left: 10, bottom: 12, right: 10 }], "'Tổng hợp'!$H$5:$I$13,'Tổng hợp'!$K$5:$K$13"],
    ["the whole sheet", [WHOLE_SHEET], "'Tổng hợp'!$1:$1048576"],
    ["whole columns", [{ top: 0, left: 7, bottom: 1_048_575, right: 8 }], "'Tổng hợp'!$H:$I"],
  ])("writes %s and reads it back", (_, ranges, text) => {
    expect(encodeOwned("Tổng hợp", ranges)).toBe(text);
    expect(decodeOwned(text)).toEqual(ranges);
    expect(decodeOwned(`=${text}`)).toEqual(ranges);
  });

  it("quotes sheet names holding quotes and commas", () => {
    const text = encodeOwned("Số liệu, 'HK I'", [H5I13]);
    expect(text).toBe("'Số liệu, ''HK I'''!$H$5:$I$13");
    expect(decodeOwned(`${text},${text}`)).toEqual([H5I13, H5I13]);
  });

  it.each([
    ["a part Excel broke when the columns were deleted", "'S'!#REF!,'S'!$H$5:$I$13", [H5I13]],
    ["only broken parts", "#REF!", []],
    ["no $ signs and lower case", "S!h5:i13", [H5I13]],
    ["past the grid", "'S'!$A$1:$A$1048577", []],
    ["garbage", "hello world", []],
    ["empty", "", []],
  ])("reads %s as the user's", (_, text, want) => expect(decodeOwned(text)).toEqual(want));
});

describe("where a mark applies", () => {
  it("moves host ranges into SheetData coordinates", () => {
    expect(ownedInSheet([H5I13], { row: 2, col: 1 })).toEqual([{ top: 2, left: 6, bottom: 10, right: 7 }]);
  });

  it.each([
    ["a whole-sheet mark", { owned: [WHOLE_SHEET] }, true],
    ["a whole-sheet mark read from B3", { owned: ownedInSheet([WHOLE_SHEET], { row: 2, col: 1 }), origin: { row: 2, col: 1 } }, true],
    ["a block mark", { owned: [H5I13] }, false],
    ["no mark (a data sheet named Báo cáo)", {}, false],
  ])("%s → own sheet: %s", (_, sheet, own) => expect(isOwnSheet(sheet)).toBe(own));

  it("names Sheets' named ranges per sheet", () => {
    expect(sheetsOwnedName(123, 2)).toBe("ChiTieu_Owned_123_2");
    expect(isSheetsOwnedName("ChiTieu_Owned_123_2", 123)).toBe(true);
    expect(isSheetsOwnedName("ChiTieu_Owned_1234_2", 123)).toBe(false);
    expect(isSheetsOwnedName("ChiTieu_Owned_123_x", 123)).toBe(false);
  });
});
