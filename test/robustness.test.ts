// The bad-input catalogue: every case ends in its documented verdict or one-line error, and docs/robustness.md matches it.
import { describe, expect, it, afterAll } from "vitest";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CASES, ROOT, scratchDir, type Outcome } from "./robustness.cases";

const DOC = join(ROOT, "docs/robustness.md");
const outcomes = new Map<number, Outcome>();

/** The document generated from the catalogue; the test below keeps the committed copy equal to it. */
function renderDoc(): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    "# Đầu vào xấu và kết quả / Bad input and what users get",
    "",
    "Generated from `test/robustness.cases.ts` (run `UPDATE_DOCS=1 npx vitest run test/robustness.test.ts` after changing it).",
    "Every case runs in `npm test`. Verdict codes: see `core/rule/verdict.ts`; `exit 2` means the CLI printed one line",
    "(Vietnamese / English) and stopped, leaving the input file byte-identical.",
    "",
    `${CASES.length} cases.`,
    "",
    "| # | area | input | outcome | message must mention |",
    "|---|---|---|---|---|",
    ...CASES.map((c, i) => `| ${i + 1} | ${c.area} | ${esc(c.input)} | \`${c.expect}\` | ${c.mentions ? `\`${esc(c.mentions.source)}\`` : ""} |`),
    "",
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
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, text);
    expect(readFileSync(DOC, "utf8")).toBe(text);
  });
});
