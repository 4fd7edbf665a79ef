// The real-layout corpus (dev set, made by LibreOffice from public forms) checked through the real CLI: at least 95%
// of the expected verdicts right, every table found, and no clean result while expected shortfalls went unjudged.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const scorer = resolve(import.meta.dirname, "..", "scripts", "score-layouts.ts");
const dev = resolve(import.meta.dirname, "layouts", "dev");
const present = existsSync(scorer) && existsSync(dev);

interface Totals {
  layouts: number;
  tablesFound: number;
  verdicts: number;
  right: number;
  wrong: number;
  silentClean: number;
}

describe.skipIf(!present)(present ? "the dev layout corpus" : "the dev layout corpus (skipped: test/layouts/dev and scripts/score-layouts.ts come with the corpus-layouts branch)", () => {
  it("reads at least 95% of the expected verdicts right, finds every table, and never reports clean over unjudged shortfalls", async () => {
    const { loadLayouts } = (await import(pathToFileURL(resolve(import.meta.dirname, "layouts", "layouts.ts")).href)) as { loadLayouts: (set: "dev") => unknown[] };
    const { scoreAll, totals } = (await import(pathToFileURL(scorer).href)) as {
      scoreAll: (l: unknown[]) => Promise<Array<{ id: string; tableFound: boolean; silentClean: boolean }>>;
      totals: (s: unknown[]) => Totals;
    };
    const scores = await scoreAll(loadLayouts("dev"));
    const t = totals(scores);
    expect(scores.filter((s) => !s.tableFound).map((s) => s.id)).toEqual([]);
    expect(scores.filter((s) => s.silentClean).map((s) => s.id)).toEqual([]);
    expect(t.right / t.verdicts).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});
