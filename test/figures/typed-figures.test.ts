// Reads every row of test/figures/typed-figures.md (how clerks type an actual, by class, with its source) and checks
// the reading it records: what readCell (or readChange, for a change typed) makes of it. A `gap:` row records a reading
// that is not yet what the clerk means; it is checked too, so closing a gap means updating its row.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCell, readChange, type CellReading } from "../../core/number/cell";

const rows = readFileSync(new URL("./typed-figures.md", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.startsWith("| ") && !l.startsWith("| class"))
  .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));

/** The notation of the table's `read as` column for one typed text. */
function readAs(typed: string): string {
  const ch = readChange(typed);
  if (ch) return `change ${ch.direction === "increase" ? "+" : "−"}${ch.amount}${ch.percent ? " %" : ""}`;
  const r: CellReading = readCell(typed);
  switch (r.kind) {
    case "number": return `number ${r.value}${r.percent ? " %" : ""}${r.noun ? ` [${r.noun}]` : ""}`;
    case "fraction": return `fraction ${r.numerator}/${r.denominator}${r.noun ? ` [${r.noun}]` : ""}`;
    case "boolean": return r.value ? "yes" : "no";
    case "date": return `date ${r.iso}`;
    case "level": case "rank": return `${r.kind} ${r.value}`;
    default: return r.kind;
  }
}

describe("typed figures as clerks write them (test/figures/typed-figures.md)", () => {
  it("has rows of every class named, each with a source", () => {
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) expect(r[4], r[1]).not.toBe("");
  });
  for (const [cls, typed, , readAsText] of rows) {
    it(`${cls}: "${typed}" reads as ${readAsText}`, () => {
      expect(readAs(typed)).toBe(readAsText.replace(/^gap: /u, ""));
    });
  }
});
