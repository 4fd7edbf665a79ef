// cellText's fast path for clean strings gives exactly what collapsing and trimming whitespace gives.
import { describe, expect, it } from "vitest";
import { cellText, isClean } from "./text";

const slow = (s: string) => s.replace(/\s+/g, " ").trim();

describe("cellText on strings", () => {
  it.each([
    ["", true],
    ["Tỷ lệ (%)", true],
    ["a b c", true],
    [" a", false],
    ["a ", false],
    [" ", false],
    ["a  b", false],
    ["a\tb", false],
    ["a\nb", false],
    ["a\u00a0b", false],
    ["a\u2009b", false],
    ["a\u3000b", false],
    ["a\ufeffb", false],
    ["a\u200bb", true], // zero-width space is not \s
    ["😀 đạt", true],
  ])("%j clean: %s", (s, clean) => {
    expect(isClean(s)).toBe(clean);
    expect(cellText(s)).toBe(slow(s));
  });

  it("agrees with \\s on every UTF-16 code unit, inside and at the ends", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `${ch}b`, `a${ch}`]) if (cellText(s) !== slow(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
