// Host-neutral output helpers: text that must stay text, addresses, width conversions.
import { describe, expect, it } from "vitest";
import { cellAddress, columnLetters, rangeAddress } from "./model";
import { formulaFits, formulaString, hostInput, literalText, needsTextGuard, numberFormatGrid, pointsToExcelChars, pointsToPixels, type OutCell } from "./output";
import { fold, nameTokens } from "./text";

describe("literalText", () => {
  // Each row: a text the tool writes, and what the host must be handed so the cell keeps exactly that text.
  it.each([
    ["=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["+84 912", "'+84 912"],
    ["-", "'-"],
    ["@user", "'@user"],
    ["85,7", "'85,7"],
    ["65%", "'65%"],
    ["01/09/2024", "'01/09/2024"],
    ["12/2025", "'12/2025"],
    ["1e5", "'1e5"],
    ["(5)", "'(5)"],
    ["12:30", "'12:30"],
    ["$5", "'$5"],
    ["½", "'½"],
    ["#N/A", "'#N/A"],
    ["#DIV/0!", "'#DIV/0!"],
    ["TRUE", "'TRUE"],
    ["false", "'false"],
    ["Sai", "'Sai"],
    ["Jan 2025", "'Jan 2025"],
    ["Tháng 5/2025", "'Tháng 5/2025"],
    [" Đạt", "' Đạt"],
    ["'trích dẫn", "''trích dẫn"],
    ["✓ Đạt: 66% ≥ 65%", "'✓ Đạt: 66% ≥ 65%"],
    ["7.910 trẻ/9.232", "'7.910 trẻ/9.232"],
    ["Đạt", "Đạt"],
    ["Chưa có số liệu", "Chưa có số liệu"],
    ["Đánh giá (Chỉ tiêu)", "Đánh giá (Chỉ tiêu)"],
    ["", ""],
  ])("keeps %j as text: %j", (input, out) => {
    expect(literalText(input)).toBe(out);
    expect(needsTextGuard(input)).toBe(input !== out);
    expect(hostInput({ text: input })).toBe(out);
  });
});

describe("formula limits", () => {
  it.each([
    ['IF(E5="","Chưa có số liệu","Đạt")', true],
    [`T(E5,"${"x".repeat(255)}")`, true],
    [`T(E5,"${"x".repeat(256)}")`, false],
    [`T(E5,"${'""'.repeat(200)}")`, true],
    [`T(E5,"${'""'.repeat(256)}")`, false],
    [`T(E5,"${"𝔁".repeat(255)}")`, true],
    [`'${"x".repeat(300)}'!A1`, true],
    ["A1+".repeat(3000) + "1", false],
  ])("formulaFits(%j) is %s", (f, ok) => expect(formulaFits(f)).toBe(ok));

  it("quotes short texts and refuses long ones", () => {
    expect(formulaString('đạt "chuẩn"')).toBe('"đạt ""chuẩn"""');
    expect(formulaString("x".repeat(255))).toBe(`"${"x".repeat(255)}"`);
    expect(formulaString("x".repeat(256))).toBeNull();
  });
});

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (c, s) => expect(columnLetters(c)).toBe(s));

  it("adds the read range's origin", () => {
    const s = { origin: { row: 2, col: 1 } };
    expect(cellAddress(s, 0, 0)).toBe("B3");
    expect(rangeAddress(s, { top: 0, left: 0, bottom: 9, right: 2 })).toBe("B3:D12");
    expect(rangeAddress({}, { top: 4, left: 4, bottom: 4, right: 4 })).toBe("E5");
  });
});

describe("width conversions", () => {
  it("turns points into Excel characters and pixels", () => {
    expect(pointsToPixels(75)).toBe(100);
    expect(pointsToExcelChars(75)).toBeCloseTo(13.57, 2);
  });
});

describe("fold and nameTokens", () => {
  it.each([
    ["Tỷ lệ (%)", "ti le %"],
    ["Tỉ lệ", "ti le"],
    ["ĐVT", "dvt"],
    ["  Nội   dung\nchỉ tiêu ", "noi dung chi tieu"],
    ["Kỹ năng", "ki nang"],
  ])("folds %j to %j", (a, b) => expect(fold(a)).toBe(b));

  it("expands abbreviations and drops filler words", () => {
    // "sở" is dropped like the filler "số" it folds to, in the expansion of THCS as in the words typed out.
    expect(nameTokens("Tỷ lệ GV THCS của các trường")).toEqual(["ti", "le", "giao", "vien", "trung", "hoc", "co", "truong"]);
    expect(nameTokens("Tỷ lệ GV THCS")).toEqual(nameTokens("Tỷ lệ giáo viên trung học cơ sở"));
  });
});

describe("hostInput", () => {
  it.each<[string, OutCell, string | number | boolean]>([
    ["writes a formula with its equals sign", { formula: "IF(E5>=0.65,\"Đạt\",\"Chưa đạt\")" }, '=IF(E5>=0.65,"Đạt","Chưa đạt")'],
    ["guards text that a host would read as a formula", { text: "=1+1" }, "'=1+1"],
    ["keeps plain text as it is", { text: "Đạt" }, "Đạt"],
    ["writes a number as a number", { number: 0.5, format: "0%" }, 0.5],
    ["writes a boolean as a boolean", { bool: false }, false],
    ["writes an empty cell as an empty string", null, ""],
  ])("%s", (_name, cell, expected) => {
    expect(hostInput(cell)).toBe(expected);
  });
});

describe("numberFormatGrid", () => {
  it("gives each number its format and General elsewhere", () => {
    expect(numberFormatGrid([[{ number: 0.5, format: "0%" }, { text: "x" }], [null, { number: 3 }]])).toEqual([
      ["0%", "General"],
      ["General", "General"],
    ]);
  });
  it("is null when no cell asks for a format, so the host can skip the call", () => {
    expect(numberFormatGrid([[{ number: 3 }, { text: "x" }]])).toBeNull();
  });
});
