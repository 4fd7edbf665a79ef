// The real-layout corpus is whole: every workbook exists, was written by LibreOffice, opens, matches its book.ts, and holds every expected cell.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Plan } from "../../core/plan/schema";
import { parseA1 } from "./fods";
import { TestBook } from "../helpers/xlsx";
import { loadLayouts, parseExpected, renderLayout, STATUSES } from "./layouts";

const layouts = loadLayouts();

/** docProps/app.xml of an .xlsx names the program that wrote it. */
function writer(book: TestBook): string {
  const app = book.book.zip.has("docProps/app.xml") ? new TextDecoder().decode(book.book.zip.bytes("docProps/app.xml")) : "";
  return /<Application>([^<]*)<\/Application>/.exec(app)?.[1] ?? "";
}

describe("parseExpected", () => {
  it("reads facts, roll-ups and cell alternatives written with an escaped bar", () => {
    const md = [
      "- sheet: Biểu 1",
      "- as-of: 2025-05-31",
      "- plan: plan.json",
      "- roll-up: PCGD tiểu học: 10/12 xã đạt",
      "",
      "| sheet | cell | indicator | target | actual | expected | why |",
      "|---|---|---|---|---|---|---|",
      "| Biểu 1 | D11\\|E11 | Vĩnh Hải · Tỷ lệ | 40% | 251/612 | exceeded | 41% > 40% |",
    ].join("\n");
    const { facts, rows } = parseExpected(md);
    expect(facts).toMatchObject({ sheet: "Biểu 1", asOf: "2025-05-31", hasPlan: true, rollUps: [{ met: 10, units: 12 }] });
    expect(rows).toEqual([{ sheet: "Biểu 1", cells: ["D11", "E11"], indicator: "Vĩnh Hải · Tỷ lệ", target: "40%", actual: "251/612", status: "exceeded", why: "41% > 40%" }]);
  });

  it("rejects a status outside the contract", () => {
    expect(() => parseExpected("- sheet: S\n- as-of: 2025-01-01\n| sheet | cell | indicator | target | actual | expected | why |\n|---|\n| S | A1 | x | y | z | ok |  |")).toThrow(/unknown status/);
  });
});

describe("the layout corpus", () => {
  it("has at least 26 workbooks, about 70% for development and 30% held out", () => {
    const dev = layouts.filter((l) => l.set === "dev").length;
    const holdout = layouts.filter((l) => l.set === "holdout").length;
    expect(dev + holdout).toBeGreaterThanOrEqual(26);
    expect(holdout / (dev + holdout)).toBeGreaterThanOrEqual(0.25);
    expect(holdout / (dev + holdout)).toBeLessThanOrEqual(0.35);
  });

  it("has a second held-out set of at least 14 workbooks from other documents", () => {
    expect(layouts.filter((l) => l.set === "holdout2").length).toBeGreaterThanOrEqual(14);
  });

  it("has a third held-out set of at least 8 workbooks from still other documents", () => {
    expect(layouts.filter((l) => l.set === "holdout3").length).toBeGreaterThanOrEqual(8);
  });

  it("has a fourth held-out set of at least 6 workbooks from yet other documents", () => {
    expect(layouts.filter((l) => l.set === "holdout4").length).toBeGreaterThanOrEqual(6);
  });

  it("has a fifth held-out set of at least 6 workbooks from documents none of the others use", () => {
    expect(layouts.filter((l) => l.set === "holdout5").length).toBeGreaterThanOrEqual(6);
  });

  it("has a sixth held-out set of at least 6 workbooks from documents none of the others use", () => {
    expect(layouts.filter((l) => l.set === "holdout6").length).toBeGreaterThanOrEqual(6);
  });

  it("gives every layout ids that are unique across all sets", () => {
    const ids = layouts.map((l) => l.id.replace(/^\d+-/, ""));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(layouts.map((l) => [`${l.set}/${l.id}`, l] as const))("%s", (_name, l) => {
  it("has its README with a source address, book.ts, book.fods, book.xlsx and expected verdicts of every kind it uses", () => {
    for (const f of ["README.md", "book.ts", "book.fods", "book.xlsx", "expected.md"]) expect(existsSync(join(l.dir, f)), f).toBe(true);
    expect(readFileSync(join(l.dir, "README.md"), "utf8")).toMatch(/https?:\/\//);
    expect(l.rows.length).toBeGreaterThan(0);
    for (const r of l.rows) expect(STATUSES).toContain(r.status);
  });

  it("is generated from its book.ts (book.fods, expected.md and plan.json are up to date)", async () => {
    const files = await renderLayout(l.dir, l.id);
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(l.dir, name), "utf8"), `${name}: run node scripts/build-layouts.mjs`).toBe(text);
    expect(existsSync(join(l.dir, "plan.json"))).toBe("plan.json" in files);
  });

  it("has a plan that fits the plan schema when it is checked against one", () => {
    if (!l.plan) return;
    const parsed = Plan.safeParse(JSON.parse(readFileSync(l.plan, "utf8")));
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
  });

  it("was written by LibreOffice, opens, and holds every expected cell on the named sheet", async () => {
    const book = new TestBook(l.xlsx);
    expect(writer(book)).toMatch(/LibreOffice/);
    expect(book.names, `sheet "${l.facts.sheet}"`).toContain(l.facts.sheet);
    for (const r of l.rows) {
      expect(book.names, `sheet "${r.sheet}"`).toContain(r.sheet);
      const blank = (v: unknown) => v === null || v === undefined || v === "";
      // What each named cell shows: a formula shows its cached result (an IF(…="","",…) rate over a blank count
      // shows nothing); a formula with no cached result counts as showing a figure unless it is such an IF.
      const shows = r.cells.map((a) => {
        const { row, col } = parseA1(a);
        const value = book.value(r.sheet, [row, col]);
        const formula = book.formula(r.sheet, [row, col]);
        if (formula) return !blank(value) || (value === undefined && !/^IF\(/i.test(formula));
        return !blank(value);
      });
      // A blank figure is blank in every named cell; any other figure is in one of them (a count pair, or the
      // level columns of a table marked with "x").
      const where = `${r.sheet}!${r.cells.join("|")} (${r.indicator})`;
      if (r.actual === "(trống)") expect(shows.some(Boolean), `${where} expected blank`).toBe(false);
      else expect(shows.some(Boolean), `${where} expected "${r.actual}"`).toBe(true);
    }
  });
});
