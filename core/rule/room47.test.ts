// Round 47 (room47): the bundle-size folds change no answer. Each probe of room47.probes.ts (number words, the tone
// scan's letter table, a fee's or a spending's clause, explain without a figure, days of no year, days in a month, an
// ambiguous percent) gives, line for line, what main gave before the folds (room47.probes.expected.txt).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROBES, probeAnswers } from "./room47.probes";

describe("room47: the folded tables and messages answer as before", () => {
  it("gives main's answers to every probe", () => {
    const expected = readFileSync(join(__dirname, "room47.probes.expected.txt"), "utf8").trimEnd().split("\n");
    expect(PROBES.length).toBeGreaterThanOrEqual(10);
    expect(probeAnswers()).toEqual(expected);
  });
});
