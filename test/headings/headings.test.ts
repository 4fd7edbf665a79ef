// The headings corpus stays well-formed: both halves parse, ids and documents are distinct, no address is reused.
// It only parses the files; it never runs the sheet reader on them (part B is scored by the integrator alone).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { headingsPath, headingStats, loadHeadings, pageKey, parseHeadings, parseSays, sourceKey } from "./headings";

const design = loadHeadings("design");
const stats = headingStats(design.tables);
const holdoutPresent = existsSync(headingsPath("holdout"));

/** What the brief asks of the design half (reached by gatherHA and gatherHC together, session 18). */
const BRIEF = { tables: 35, documents: 30, headings: 220 };
/** What the design half holds now: it may grow, never shrink. */
const FLOOR = { tables: 40, documents: 36, headings: 259 };

/** Every address written in the older corpora: the phrase tables and the layouts' READMEs. */
function usedAddresses(): Set<string> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const files: string[] = [];
  const corpus = join(root, "corpus");
  for (const f of readdirSync(corpus)) if (f.endsWith(".md")) files.push(join(corpus, f));
  const layouts = join(root, "layouts");
  for (const set of readdirSync(layouts, { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    for (const l of readdirSync(join(layouts, set.name), { withFileTypes: true })) {
      if (!l.isDirectory()) continue;
      for (const f of readdirSync(join(layouts, set.name, l.name))) if (f.startsWith("README")) files.push(join(layouts, set.name, l.name, f));
    }
  }
  const keys = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/https?:\/\/[^\s)<>\]|"'`]+/g)) {
      const url = m[0].replace(/[.,;:]+$/, "");
      keys.add(sourceKey(url));
      keys.add(pageKey(url));
    }
  }
  return keys;
}

describe("the headings corpus, design half", () => {
  it("parses with no problems", () => {
    expect(design.problems).toEqual([]);
  });

  it("keeps what was gathered (may grow, never shrink)", () => {
    expect(stats.tables).toBeGreaterThanOrEqual(FLOOR.tables);
    expect(stats.documents).toBeGreaterThanOrEqual(FLOOR.documents);
    expect(stats.headings).toBeGreaterThanOrEqual(FLOOR.headings);
  });

  it(`reaches the brief's size: ≥ ${BRIEF.tables} tables, ≥ ${BRIEF.documents} documents, ≥ ${BRIEF.headings} headings`, () => {
    expect(stats.tables).toBeGreaterThanOrEqual(BRIEF.tables);
    expect(stats.documents).toBeGreaterThanOrEqual(BRIEF.documents);
    expect(stats.headings).toBeGreaterThanOrEqual(BRIEF.headings);
  });

  it("gives row labels for at least half of the tables", () => {
    expect(stats.withRows * 2).toBeGreaterThanOrEqual(stats.tables);
  });

  it("takes at most two tables from one document", () => {
    expect([...stats.perDocument].filter(([, n]) => n > 2)).toEqual([]);
  });

  it("uses no address already used by the phrase corpora or the layouts", () => {
    const used = usedAddresses();
    expect(used.size).toBeGreaterThan(100);
    const reused = design.tables.filter((t) => used.has(sourceKey(t.source)) || used.has(pageKey(t.source))).map((t) => t.id);
    expect(reused).toEqual([]);
  });

  it.skipIf(!holdoutPresent)("shares no address with the held-out half", () => {
    const mine = new Set(design.tables.flatMap((t) => [sourceKey(t.source), pageKey(t.source)]));
    const theirs = loadHeadings("holdout").tables;
    expect(theirs.filter((t) => mine.has(sourceKey(t.source)) || mine.has(pageKey(t.source))).map((t) => t.id)).toEqual([]);
  });
});

describe("the headings corpus, held-out half", () => {
  it.skipIf(!holdoutPresent)("parses with no problems (present)", () => {
    expect(loadHeadings("holdout").problems).toEqual([]);
  });

  it.skipIf(holdoutPresent)("is not gathered yet, so nothing to parse", () => {
    expect(existsSync(headingsPath("holdout"))).toBe(false);
  });
});

describe("the headings parser", () => {
  const block = (body: string, id = "t001"): string => `# header\n\n## ${id} · list · example.vn/a\nA document, a table\n${body}`;
  const cols = "| col | heading | role | says |\n|---|---|---|---|\n";

  it("reads levels, roles, says words and notes", () => {
    const f = parseHeadings(block(`${cols}| A | STT | stt | |\n| D | Năm học 2024 ⟩ Ước thực hiện HK I | actual | estimate half 2024; from the estimate row |\n`), "design");
    expect(f.problems).toEqual([]);
    const [stt, est] = f.tables[0].columns;
    expect(stt.says).toEqual([]);
    expect(est.levels).toEqual(["Năm học 2024", "Ước thực hiện HK I"]);
    expect(est.says).toEqual(["estimate", "half", "2024", "from the estimate row"]);
  });

  it("reads a rows table", () => {
    const f = parseHeadings(block(`${cols}| A | Nội dung | name | |\nrows:\n| label | kind |\n|---|---|\n| Tổng cộng | total |\n| - Nữ | part |\n`), "design");
    expect(f.problems).toEqual([]);
    expect(f.tables[0].rows).toEqual([{ label: "Tổng cộng", kind: "total" }, { label: "- Nữ", kind: "part" }]);
  });

  it("names an unknown role, kind and row kind, a bad letter, an empty heading and a duplicate id", () => {
    const bad = `${block(`${cols}| 1 | STT | stt | |\n| B |  | name | |\n| C | Kế hoạch | plan | |\nrows:\n| label | kind |\n|---|---|\n| Cộng | sum |\n`)}\n## t001 · sheet · example.vn/b\nAnother\n${cols}| A | X | note | |\n`;
    const msgs = parseHeadings(bad, "design").problems.join("\n");
    expect(msgs).toMatch(/bad column letter "1"/);
    expect(msgs).toMatch(/column B has an empty heading/);
    expect(msgs).toMatch(/unknown role "plan"/);
    expect(msgs).toMatch(/unknown kind "sum"/);
    expect(msgs).toMatch(/duplicate id t001/);
    expect(msgs).toMatch(/unknown kind "sheet"/);
  });

  it("names a missing source, an id outside the half and columns out of order", () => {
    const msgs = parseHeadings(`## t205 · list · \nA doc\n${cols}| B | X | name | |\n| A | Y | note | |\n`, "design").problems.join("\n");
    expect(msgs).toMatch(/has no source/);
    expect(msgs).toMatch(/outside design's ids/);
    expect(msgs).toMatch(/column A does not come after B/);
  });

  it("keeps a says note whole when it starts with words that are not says-words", () => {
    expect(parseSays("part of Tổng số")).toEqual(["part of Tổng số"]);
    expect(parseSays("% ; prior 2019")).toEqual(["%", "prior", "2019"]);
  });

  it("compares addresses without scheme, www. or a trailing slash", () => {
    expect(sourceKey("https://www.example.vn/a/")).toBe("example.vn/a");
    expect(pageKey("http://example.vn/a?id=3")).toBe("example.vn/a");
  });
});
