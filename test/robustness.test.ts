// The bad-input catalogue: every case ends in its documented verdict or one-line error, and docs/robustness.md matches it.
import { describe, expect, it, afterAll } from "vitest";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CASES, ROOT, scratchDir, type Outcome } from "./robustness.cases";

const DOC = join(ROOT, "docs/robustness.md");
const outcomes = new Map<number, Outcome>();

const BEGIN = "<!-- catalogue:begin (generated from test/robustness.cases.ts; UPDATE_DOCS=1 npx vitest run test/robustness.test.ts) -->";
const END = "<!-- catalogue:end -->";

/** The catalogue's section of docs/robustness.md; the test below keeps the committed copy equal to it (the rest of the file is written by hand or by the hostile suite). */
function renderDoc(): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    BEGIN,
    "",
    "Every case runs in `npm test`. Verdict codes: see `core/rule/verdict.ts`; `exit 2` means the CLI printed one line",
    "(Vietnamese / English) and stopped, leaving the input file byte-identical.",
    "",
    `${CASES.length} cases.`,
    "",
    "| # | area | input | outcome | message must mention |",
    "|---|---|---|---|---|",
    ...CASES.map((c, i) => `| ${i + 1} | ${c.area} | ${esc(c.input)} | \`${c.expect}\` | ${c.mentions ? `\`${esc(c.mentions.source)}\`` : ""} |`),
    "",
    END,
  ];
  return lines.join("\n");
}

describe("bad input catalogue", () => {
  afterAll(() => rmSync(scratchDir(), { recursive: true, force: true }));

  it("has at least 50 kinds of bad input", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  CASES.forEach((c, i) => {
    it(`${c.area}: ${c.input} → ${c.expect}`, async () => {
      const o = await c.run();
      outcomes.set(i, o);
      expect(o.code, o.message).toBe(c.expect);
      if (c.mentions) expect(o.message).toMatch(c.mentions);
      // One line: errors and verdict sentences never spill over several lines.
      expect(o.message).not.toMatch(/\n/);
    }, 120_000);
  });

  it("is documented in docs/robustness.md exactly", () => {
    const text = renderDoc();
    const doc = readFileSync(DOC, "utf8");
    const a = doc.indexOf(BEGIN.slice(0, 22));
    const b = doc.indexOf(END);
    const current = a >= 0 && b > a ? doc.slice(a, b + END.length) : "";
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, current ? doc.replace(current, text) : `${doc.trimEnd()}\n\n${text}\n`);
    else expect(current).toBe(text);
  });
});
