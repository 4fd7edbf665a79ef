// The real-phrase corpus stays well-formed: every row parses, ids are unique, checks are enough, the sets share no document.
import { describe, expect, it } from "vitest";
import { loadCorpus, parseCheck, parseCorpus, validExpected } from "./corpus";

const corpus = loadCorpus("all");

describe("the corpus tables", () => {
  it("parse with no malformed row", () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.rows.length).toBeGreaterThan(0);
  });

  it("give every row a unique id and a unique number", () => {
    const ids = corpus.rows.map((r) => r.id);
    const nums = corpus.rows.map((r) => r.num);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("give every row at least two judged figures", () => {
    expect(corpus.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
  });

  it("keep every source document in one set only", () => {
    const dev = new Set(corpus.rows.filter((r) => r.set === "dev").map((r) => r.url));
    const shared = corpus.rows.filter((r) => r.set === "holdout" && dev.has(r.url)).map((r) => r.id);
    expect(shared).toEqual([]);
  });

  it("judge lower-or-upper bound targets with a figure on each side", () => {
    // A compare target with checks all on one side could not catch a reader that flips the direction.
    const oneSided = corpus.rows.filter((r) => {
      if (!/^(?:>=|>|<=|<) /.test(r.expected)) return false;
      const good = r.checks.some((c) => c.status === "met" || c.status === "exceeded");
      const bad = r.checks.some((c) => c.status === "not_met");
      return !(good && bad);
    });
    expect(oneSided.map((r) => r.id)).toEqual([]);
  });
});

describe("the corpus parser", () => {
  it.each([
    [">= 65 %", true],
    ["<= 20 học sinh/máy tính", true],
    [">= 28/28 trường", true],
    ["in [2000, 3500) m2", true],
    ["rank <= 6 of 30", true],
    ["change -15 % rel since 2020", true],
    ["window 2025-08-01..2025-08-05", true],
    ["review <= 2 % or change -2 pp since 2024", true],
    [">= 450000 đồng; >= 8 kg", true],
    ["review >= 1 giải; >= 2 giải or level >= Nhì", true],
    ["level >= Khá", true],
    ["level >= B2", true],
    ["change x1.5 since 2020", true],
    ["change in [-1.5, -1] pp per year", true],
    ["review >= 1 giải; at least 2 or level >= Nhì", false],
    ["level >= khá", false],
    ["at least 65", false],
    ["by 30/6/2025", false],
    ["", false],
  ])("reads expected %j as valid: %s", (expected, valid) => {
    expect(validExpected(expected)).toBe(valid);
  });

  it("reads a check's context, figure and status", () => {
    expect(parseCheck("[asOf 2025-07-01] [baseline 20%] chưa hoàn thành → overdue")).toEqual({
      actual: "chưa hoàn thành", status: "overdue", asOf: "2025-07-01", baseline: "20%",
    });
    expect(parseCheck("[part 2] 6 kg → not_met")).toEqual({ actual: "6 kg", status: "not_met", part: 2 });
    expect(parseCheck("(blank) → no_data")).toEqual({ actual: "", status: "no_data" });
  });

  it("names the line and id of a malformed row", () => {
    const text = [
      "| p0001-bare | đạt 95% |  | % | 2025 | >= 95 % | 95% → met; 94% → nope | https://a.vn |",
      "| p0002-bare | đạt 95% |  | % | 2025 | at least 95 | 95% → met | https://a.vn |",
      "| p0003-bare | đạt 95% |  | % | 2025 | >= 95 % | 95% → met; 94% → not_met | https://a.vn |",
    ].join("\n");
    const { rows, problems } = parseCorpus(text, "dev");
    expect(rows.map((r) => r.id)).toEqual(["p0003-bare"]);
    expect(problems.map((p) => [p.line, p.id])).toEqual([[1, "p0001-bare"], [2, "p0002-bare"]]);
  });

  it("reads an escaped pipe inside a cell as a pipe", () => {
    const { rows } = parseCorpus("| p0009-count | A \\| B 5 trường |  | trường |  | >= 5 trường | 5 → met; 4 → not_met | https://a.vn |", "dev");
    expect(rows[0].phrase).toBe("A | B 5 trường");
  });
});
