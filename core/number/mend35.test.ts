// Round 35 (mend35): figures clerks type in one cell with a result word before them or nouns after a fraction
// (/work/notes/closing28.md "Noticed and left alone"). Every figure here is invented.
import { describe, expect, it } from "vitest";
import { readCell } from "./cell";
import { evaluate } from "../rule/evaluate";
import { formulaReads } from "../rule/formula";
import { parseTarget } from "../rule/parse";

describe("a result word before the figure", () => {
  it("is read by the core cell reader, the text kept as typed", () => {
    expect(readCell("Đạt 98,4%")).toMatchObject({ kind: "number", value: 0.984, percent: true, text: "Đạt 98,4%" });
    expect(readCell("đạt 8 trường")).toMatchObject({ kind: "number", value: 8, noun: "trường", text: "đạt 8 trường" });
    expect(readCell("Hoàn thành (100%)")).toMatchObject({ kind: "number", value: 1, percent: true });
    expect(readCell("Đạt 8/10 tiêu chí")).toMatchObject({ kind: "fraction", numerator: 8, denominator: 10, noun: "tiêu chí" });
    // A month or a year after the word is a time, no figure.
    expect(readCell("Hoàn thành 6/2022").kind).toBe("text");
    expect(readCell("Hoàn thành 2025").kind).toBe("text");
  });
  it("is judged by eval, and a share of the plan is asked about, never taken for the figure", () => {
    expect(evaluate("ít nhất 100%", "Đạt 98,4%").status).toBe("not_met");
    expect(evaluate("ít nhất 20 trường", "đạt 8 trường").status).toBe("not_met");
    expect(evaluate("ít nhất 20 trường", "Đạt 98,4% kế hoạch").status).toBe("review");
    expect(evaluate("ít nhất 95%", "Đạt 98,4% kế hoạch").status).toBe("review");
    expect(evaluate("Hoàn thành 100% kế hoạch", "Đạt 98,4% kế hoạch").status).toBe("not_met");
    // A rate over the plan: 110% of the plan is 10% over it.
    expect(evaluate("phấn đấu thực hiện vượt trên 10% so kế hoạch", "đạt 110% kế hoạch", { unit: "% kế hoạch" }).status).toBe("review");
  });
  it("leaves the status formula to write the engine's label", () => {
    const p = parseTarget("ít nhất 100%");
    expect(p.ok && formulaReads(p.rule, "Đạt 98,4%")).toBe(false);
  });
});

describe("nouns after a fraction", () => {
  it("may be two kinds of place a comma apart", () => {
    expect(readCell("40/40 tuyến, địa bàn")).toMatchObject({ kind: "fraction", numerator: 40, denominator: 40, noun: "tuyến, địa bàn" });
    expect(evaluate("100% các tuyến, địa bàn trọng điểm", "40/40 tuyến, địa bàn").status).toBe("met");
    expect(readCell("13/14, 1 xã chưa").kind).toBe("text");
  });
});
