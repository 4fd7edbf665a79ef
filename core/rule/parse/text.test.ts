import { describe, expect, it } from "vitest";
import { leftmost, prepare, type Alternative } from "./text";

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

// leftmost finds what the parts joined into one alternation find: the earliest place, and there the earliest part,
// with the part's own groups; a part whose words are missing is never compiled.
describe("leftmost: an alternation split into parts", () => {
  const sources = ["(?<!\\p{L})ab+", "(?<=x )b(c)?", "a(?=b)", "(b|c)a", "^\\P{L}*c", "\\p{L}{2,}d"];
  const parts = (): Alternative[] => sources.map((source) => ({ source, needs: () => true }));
  it("matches the joined pattern on every short text over a small alphabet", () => {
    const ps = parts();
    const whole = new RegExp(sources.map((s) => `(?:${s})`).join("|"), "u");
    const alphabet = ["a", "b", "c", "d", "x", " ", "1", "ả"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: rand(9) }, () => alphabet[rand(alphabet.length)]).join("");
      const a = leftmost(ps, "u", text);
      const b = whole.exec(text);
      expect(a?.index, text).toBe(b?.index);
      expect(a?.[0], text).toBe(b?.[0]);
    }
  });
  it("keeps a part's groups, ties to the earlier part, and compiles only the parts a text needs", () => {
    const ps: Alternative[] = [
      { source: "b(c)", needs: (t) => t.includes("bc") },
      { source: "bc?", needs: (t) => t.includes("b") },
      { source: "(z)", needs: (t) => t.includes("z") },
    ];
    expect(leftmost(ps, "u", "ab")?.[0]).toBe("b");
    expect(ps[2].re).toBeUndefined();
    const m = leftmost(ps, "u", "abcz");
    expect([m?.index, m?.[0], m?.[1]]).toEqual([1, "bc", "c"]);
    expect(leftmost(ps, "u", "xz")?.[1]).toBe("z");
    expect(leftmost(ps, "u", "")).toBeNull();
  });
});
