// Every layout of the corpus, checked as `chitieu check` checks it: the status columns one check writes have pairwise
// distinct headings, and each heading names the column it judges (a level of that column's heading no other has).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { STATUS_HEADER } from "../core/sheet/edits";
import { groupColumns, planStatusColumn } from "../core/sheet/status";
import { columnLetters, type SheetData } from "../core/sheet/model";
import { cellText, fold } from "../core/sheet/text";
import { vietnamesePart } from "../core/table/header";
import { chooseSheet } from "../cli/xlsx/check";
import { resolvePlan } from "../cli/xlsx/plan";
import { openWorkbook } from "../cli/xlsx/read";
import { FRESH_SETS, loadLayouts } from "./layouts/layouts";

const present = existsSync(resolve(import.meta.dirname, "layouts", "dev"));

/** A column's heading levels top to bottom over the header rows, a merged heading read in every column it spans. */
function levels(sheet: SheetData, rows: number[], col: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const m = (sheet.merges ?? []).find((x) => r >= x.top && r <= x.bottom && col >= x.left && col <= x.right);
    const t = cellText(m ? sheet.values[m.top]?.[m.left] : sheet.values[r]?.[col]).trim();
    if (t !== "" && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

describe.skipIf(!present)("status headings on the layout corpus", () => {
  it("are pairwise distinct within a check, and each names the column it judges", async () => {
    const problems: string[] = [];
    for (const l of loadLayouts().filter((x) => !FRESH_SETS.has(x.set))) {
      const plan = l.plan ? await resolvePlan(l.plan) : null;
      let picked;
      try {
        picked = chooseSheet(await openWorkbook(l.xlsx), undefined, plan, { plan, asOf: l.facts.asOf });
      } catch {
        continue; // refused whole in one line: nothing written
      }
      const { sheet, result } = picked;
      const planned = planStatusColumn(sheet, result, { asOf: l.facts.asOf, names: true, liveExplanations: true });
      if (!planned.ok || result.layout.shape !== "matrix") continue;
      const { range, cells } = planned.edits.block;
      const header = cells[result.layout.headerRows[0] - range.top];
      const cols = groupColumns(result);
      const written = result.layout.groups.flatMap((g, gi) => {
        if (cols[gi] < 0) return [];
        const judged = g.col ?? g.numerator ?? g.rate;
        const text = (header[cols[gi]] as { text?: string } | null)?.text ?? "";
        const own = judged === undefined ? [] : levels(sheet, result.layout.headerRows, judged).map((t) => fold(vietnamesePart(t)));
        return [{ text, at: columnLetters(range.left + cols[gi] + (sheet.origin?.col ?? 0)), own }];
      });
      for (const w of written) {
        const twin = written.find((o) => o !== w && o.text === w.text);
        if (twin) problems.push(`${l.id} ${w.at}: "${w.text}" heads ${twin.at} too`);
        // The levels of its column's heading no other judged column has ("4-5 tuổi" under "Mẫu giáo"): one is in the
        // heading, so a reader can tell which column it judges.
        const apart = w.own.filter((t) => !written.some((o) => o !== w && o.own.includes(t)));
        const said = fold(w.text.slice(STATUS_HEADER.length));
        if (apart.length > 0 && !apart.some((t) => said.includes(t) || t.includes(said.replace(/^:\s*/, "")))) problems.push(`${l.id} ${w.at}: "${w.text}" names none of ${apart.join(" / ")}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
