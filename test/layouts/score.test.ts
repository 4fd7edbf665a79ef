// How the layout scorer grades one verdict and adds them up (the corpus measure must itself be right).
import { describe, expect, it } from "vitest";
import { outcomeOf, totals, type LayoutScore } from "../../scripts/score-layouts";

describe("outcomeOf", () => {
  it.each([
    // expected, tool's status, outcome
    ["met", "met", "right"],
    ["exceeded", "met", "right"],
    ["met", "exceeded", "right"],
    ["not_met", "near", "right"],
    ["overdue", "overdue", "right"],
    ["not_met", "met", "wrong"],
    ["met", "not_met", "wrong"],
    ["pending", "not_met", "wrong"],
    ["no_data", "invalid", "wrong"],
    ["met", "review", "refused"],
    ["not_met", "unreadable", "refused"],
    ["review", "review", "right"],
    ["refuse", "unreadable", "right"],
    ["refuse", "review", "right"],
    ["refuse", undefined, "right"],
    ["refuse", "met", "wrong"],
    ["met", undefined, "not_judged"],
  ] as const)("expected %s, tool says %s → %s", (expected, got, outcome) => {
    expect(outcomeOf(expected, got)).toBe(outcome);
  });

  it("tells met from exceeded only when asked to be strict", () => {
    expect(outcomeOf("exceeded", "met", true)).toBe("wrong");
    expect(outcomeOf("met", "met", true)).toBe("right");
  });
});

describe("totals", () => {
  const row = (outcome: "right" | "refused" | "wrong" | "not_judged", falsePass = false) => ({
    row: { sheet: "S", cells: ["A1"], indicator: "x", target: "y", actual: "z", status: "not_met" as const, why: "" },
    outcome,
    falsePass,
  });
  const score = (over: Partial<LayoutScore>): LayoutScore => ({
    set: "dev", id: "x", exitCode: 0, tableFound: true, rows: [], extra: [], rollUps: { expected: 0, right: 0, wrong: [] }, silentClean: false, ...over,
  });

  it("counts verdicts by outcome, false passes, extra verdicts, roll-ups, silent clean results and exits 4 (fewer than half judged)", () => {
    const t = totals([
      score({ rows: [row("right"), row("wrong", true), row("refused")], extra: [{ cell: "B9", name: "Cộng", status: "met" }], rollUps: { expected: 2, right: 1, wrong: ["…"] } }),
      score({ tableFound: false, rows: [row("not_judged"), row("not_judged")], silentClean: true }),
      score({ exitCode: 4, rows: [row("right")] }),
    ]);
    expect(t).toEqual({
      layouts: 3, tablesFound: 2, verdicts: 6, right: 2, refused: 1, wrong: 1, falsePass: 1, notJudged: 2, extra: 1, rollUpsRight: 1, rollUps: 2, silentClean: 1, exitIncomplete: 1,
    });
  });
});
