// The build's check of the bundled plans, which lets Code.js, functions.js and the CLI skip validating them: it passes the shipped plans and refuses any plan validation would reject or change.
import { describe, expect, it } from "vitest";
import { checkedPlanJson } from "../scripts/plans-checked";
import { BUNDLED_PLAN_JSON } from "../templates/plans/index";

const shipped = (file: string) => JSON.parse(JSON.stringify(BUNDLED_PLAN_JSON[file])) as Record<string, unknown>;
const FILE = "hai-an-2024-2025.json";

describe("checkedPlanJson", () => {
  it("passes every shipped plan, unchanged", () => {
    const r = checkedPlanJson();
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.json).toEqual(BUNDLED_PLAN_JSON);
  });

  // Each row: what is wrong with the plan, how to make it so, a word the refusal must contain.
  const cases: Array<[string, (p: Record<string, unknown>) => void, string]> = [
    ["a field validation rejects", (p) => (p.indicators = "none"), FILE],
    ["an unknown key (a typo)", (p) => (p.qoute = "x"), FILE],
    ["a default validation would fill in", (p) => delete p.tasks, "default"],
  ];
  it.each(cases)("refuses a plan with %s, naming the file", (_name, spoil, word) => {
    const p = shipped(FILE);
    spoil(p);
    const r = checkedPlanJson({ ...BUNDLED_PLAN_JSON, [FILE]: p });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(word);
  });
});
