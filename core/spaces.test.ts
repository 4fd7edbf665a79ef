import { describe, expect, it } from "vitest";
import { isClean, oneSpaced } from "./spaces";
import { cellText } from "./sheet/text";
import { readCell } from "./number/cell";
import { evaluate } from "./rule/evaluate";
import { parseStatement } from "./rule/parse";

// Spaces a clerk's cell brings from a web page, a PDF, a Chinese or Japanese input method or a French-locale file.
const SPACES = ["\u00a0", "\u2002", "\u2009", "\u202f", "\u205f", "\u3000", "\ufeff", "\t"];

describe("one rule for every kind of space (core/spaces.ts)", () => {
  it("makes each run of any white space one plain space, none at the ends", () => {
    for (const sp of SPACES) expect(oneSpaced(`${sp}Tỷ lệ${sp}${sp}trẻ ${sp}`), escape(sp)).toBe("Tỷ lệ trẻ");
    expect(isClean("Tỷ lệ trẻ")).toBe(true);
    expect(isClean("Tỷ\u3000lệ")).toBe(false);
    expect(isClean("")).toBe(true);
  });

  it("the sheet reader, the figure reader and the target reader each read a Unicode space as a space", () => {
    // Invented targets and figures: each read with a plain space, then with another kind in its place.
    const pairs: Array<[string, string]> = [
      ["từ 95 % trở lên", "94,5 %"],
      ["ít nhất 65 %", "27 trường"],
      ["giảm còn 1,2 %", "1,3 %"],
      ["28/28 trường", "27/28 trường"],
      ["chậm nhất tháng 6/2025", "tháng 7/2025"],
      ["không quá 25 trẻ/lớp", "27 trẻ/lớp"],
    ];
    for (const sp of SPACES) {
      expect(cellText(`Số${sp}trường${sp}`)).toBe("Số trường");
      for (const [target, actual] of pairs) {
        const odd = (s: string) => s.replace(/ /g, sp);
        const plain = readCell(actual);
        expect(readCell(odd(actual)), `${escape(sp)} ${actual}`).toEqual(plain);
        const want = evaluate(target, actual, { asOf: "2025-08-31" });
        const got = evaluate(odd(target), odd(actual), { asOf: "2025-08-31" });
        expect([got.status, got.explanations.vi], `${escape(sp)} ${target} | ${actual}`).toEqual([want.status, want.explanations.vi]);
      }
      expect(parseStatement(`đạt 98%;${sp}trên 30${sp}trường`).length).toBe(parseStatement("đạt 98%; trên 30 trường").length);
    }
  });
});

function escape(s: string): string {
  return `U+${s.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
