import { describe, expect, it } from "vitest";
import { prepare } from "./text";

// The old tone placement is moved only at the end of a word; the preparation's scan decides whether to look at all, so
// every kind of character that can follow the marked vowel is tried here.
describe("prepare: old tone marks", () => {
  it.each([
    ["Hoà Bình", "hòa bình"],
    ["hoà", "hòa"],
    ["hoà.", "hòa."],
    ["HOÀ", "hòa"],
    ["Thuỷ lợi", "thủy lợi"],
    ["xoá5 lớp", "xóa5 lớp"],
    ["(thuỷ)", "(thủy)"],
    ["hoà\u00a0bình", "hòa bình"],
    ["hoàn thành", "hoàn thành"],
    ["khoảng 5%", "khoảng 5%"],
    ["toàn trường", "toàn trường"],
    ["quý 2", "quý 2"],
    // A letter of another script after the vowel: still inside a word, so nothing moves.
    ["hoàб", "hoàб"],
    // Decomposed (NFD) text is composed first, then moved.
    ["hoa\u0300 bình", "hòa bình"],
  ])("%s → %s", (text, low) => {
    expect(prepare(text).low).toBe(low);
  });
});

// The caller's lower case is taken only for text that came through unchanged; any rewrite, NFC or trim folds anew.
describe("prepare: a lower case handed in", () => {
  it.each([
    "Ít Nhất 65% Trẻ Ra Lớp",
    "Hoà Bình đạt 98%",
    "  Tối Đa 3 Vụ  ",
    "Từ  95 % trở lên",
    "≥ 80% (Kế Hoạch)",
    "hoa\u0300 bình >= 5",
    "Đạt95% trường",
  ])("%s: the same as folding it here", (text) => {
    expect(prepare(text, text.toLowerCase())).toEqual(prepare(text));
  });
});
