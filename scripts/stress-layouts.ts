// Checks the real-layout corpus after rewriting it the ways real sheets differ (unknown heading words, a table moved off A1, no STT column): a reader that generalises turns right verdicts into refusals at worst, never into wrong ones.
//
//   npx tsx scripts/stress-layouts.ts words            headings reworded into words the vocabulary does not hold
//   npx tsx scripts/stress-layouts.ts shift            the table moved 3 rows down and 2 columns right
//   npx tsx scripts/stress-layouts.ts nostt            the STT column removed
//   npx tsx scripts/stress-layouts.ts words --verbose  every miss listed
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { a1 } from "../test/layouts/fods";
import { FRESH_SETS, loadLayouts, type Layout } from "../test/layouts/layouts";
import { openWorkbook, readSheets } from "../cli/xlsx/read";
import { checkSheet } from "../core/sheet/check";
import type { SheetData } from "../core/sheet/model";
import { fold } from "../core/sheet/text";

export type Stress = "none" | "words" | "shift" | "nostt";

/**
 * Heading rewordings no vocabulary row holds: what a clerk might type instead of the form's words. Only whole header
 * cells in the first rows are rewritten; the data is left as it is.
 */
const REWORDINGS: Array<[RegExp, string]> = [
  [/^(ke hoach|kh|chi tieu giao|ke hoach giao|chi tieu ke hoach)( nam hoc \d{4} \d{4}| nam \d{4})?$/, "Mốc đề ra"],
  [/^(thuc hien|ket qua|ket qua thuc hien|th)$/, "Số đạt được"],
  [/^(noi dung|noi dung chi tieu|ten chi tieu|chi tieu)$/, "Hạng mục"],
  [/^(ten truong|truong|don vi|phuong|xa|quan huyen)$/, "Nơi báo cáo"],
];

/** Where a stressed sheet's cells moved: rows and columns added (or removed, negative) before the original A1. */
interface Moved {
  sheet: SheetData;
  dr: number;
  dc: number;
}

export function stress(s: SheetData, how: Stress): Moved {
  if (how === "words") {
    for (let r = 0; r < Math.min(s.values.length, 30); r++) {
      const row = s.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== "string") continue;
        const hit = REWORDINGS.find(([re]) => re.test(fold(v)));
        if (hit) row[c] = hit[1];
      }
    }
    return { sheet: s, dr: 0, dc: 0 };
  }
  if (how === "shift") {
    const [dr, dc] = [3, 2];
    const out: SheetData = {
      ...s,
      values: [[], [], [], ...s.values.map((row) => [null, null, ...(row ?? [])])],
      ...(s.formats ? { formats: [[], [], [], ...s.formats.map((row) => [undefined, undefined, ...(row ?? [])])] as SheetData["formats"] } : {}),
      // Formulas move with their cells and read the moved cells, as a spreadsheet program rewrites them.
      ...(s.formulas ? { formulas: [[], [], [], ...s.formulas.map((row) => [undefined, undefined, ...(row ?? []).map((f) => (f ? shiftRefs(f, dr, dc) : f))])] } : {}),
      ...(s.merges ? { merges: s.merges.map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc })) } : {}),
      ...(s.hiddenColumns ? { hiddenColumns: s.hiddenColumns.map((c) => c + dc) } : {}),
      ...(s.hiddenRows ? { hiddenRows: s.hiddenRows.map((r) => r + dr) } : {}),
    };
    return { sheet: out, dr, dc };
  }
  if (how === "nostt") {
    const stt = s.values.slice(0, 20).some((row) => typeof row?.[0] === "string" && /^(stt|tt|số tt)$/i.test(String(row[0]).trim()));
    if (!stt) return { sheet: s, dr: 0, dc: 0 };
    // A title typed in column A stays on the sheet (moved into the new column A), as a clerk deleting a column keeps it.
    const values = s.values.map((row) => {
      const out = (row ?? []).slice(1);
      if (typeof row?.[0] === "string" && row[0].length >= 15 && (out[0] === null || out[0] === undefined || out[0] === "")) out[0] = row[0];
      return out;
    });
    const out: SheetData = {
      ...s,
      values,
      ...(s.formats ? { formats: s.formats.map((row) => (row ?? []).slice(1)) as SheetData["formats"] } : {}),
      ...(s.formulas ? { formulas: s.formulas.map((row) => (row ?? []).slice(1).map((f) => (f ? shiftRefs(f, 0, -1) : f))) } : {}),
      ...(s.merges ? { merges: s.merges.filter((m) => m.right > 0).map((m) => ({ ...m, left: Math.max(0, m.left - 1), right: m.right - 1 })) } : {}),
      ...(s.hiddenColumns ? { hiddenColumns: s.hiddenColumns.filter((c) => c > 0).map((c) => c - 1) } : {}),
    };
    return { sheet: out, dr: 0, dc: -1 };
  }
  return { sheet: s, dr: 0, dc: 0 };
}

export interface StressScore {
  id: string;
  right: number;
  /** A verdict that is neither right nor a refusal (review, unreadable, not judged). */
  wrong: Array<{ cell: string; expected: string; got: string }>;
  refused: number;
  verdicts: number;
}

const PASS = new Set(["met", "exceeded"]);

/**
 * Checks one layout's sheet, stressed, in process (core's checkSheet on the sheet the CLI reads), against expected.md.
 * @example await stressLayout(loadLayouts("dev")[0], "words") → { id: "01-…", right: 48, wrong: [], … }
 */
export async function stressLayout(l: Layout, how: Stress): Promise<StressScore> {
  const book = await openWorkbook(l.xlsx);
  const original = readSheets(book, l.facts.sheet)[0];
  const { sheet, dr, dc } = stress(original, how);
  const plan = l.plan ? JSON.parse(readFileSync(l.plan, "utf8")) : null;
  const res = checkSheet(sheet, plan, { asOf: l.facts.asOf });
  const got = new Map<string, string>();
  if (res.ok) {
    const o = sheet.origin ?? { row: 0, col: 0 };
    for (const it of res.items) {
      got.set(a1(it.cell.row + o.row, it.cell.col + o.col), it.status);
      if (it.denominatorCell) got.set(a1(it.denominatorCell.row + o.row, it.denominatorCell.col + o.col), it.status);
    }
  }
  const moved = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    let n = 0;
    for (const ch of m[1]) n = n * 26 + ch.charCodeAt(0) - 64;
    return a1(Number(m[2]) - 1 + dr, n - 1 + dc);
  };
  const score: StressScore = { id: l.id, right: 0, wrong: [], refused: 0, verdicts: l.rows.length };
  for (const row of l.rows) {
    const g = row.cells.map((c) => got.get(moved(c))).find(Boolean);
    const e = row.status;
    const right = e === "refuse" ? !g || g === "review" || g === "unreadable" : g === e || (PASS.has(g ?? "") && PASS.has(e));
    if (right) score.right++;
    else if (!g || g === "review" || g === "unreadable") score.refused++;
    else score.wrong.push({ cell: row.cells[0], expected: e, got: g });
  }
  return score;
}

async function main(argv: string[]): Promise<number> {
  const how = (argv.find((a) => !a.startsWith("--")) ?? "words") as Stress;
  const verbose = argv.includes("--verbose");
  const scores: StressScore[] = [];
  for (const l of loadLayouts().filter((x) => !FRESH_SETS.has(x.set))) scores.push(await stressLayout(l, how));
  let right = 0;
  let total = 0;
  let refused = 0;
  let wrong = 0;
  for (const s of scores) {
    right += s.right;
    total += s.verdicts;
    refused += s.refused;
    wrong += s.wrong.length;
    if (verbose || s.right < s.verdicts) console.log(`${s.id}: right ${s.right}/${s.verdicts}, refused or not judged ${s.refused}, wrong ${s.wrong.length}${s.wrong.length ? ` (${s.wrong.map((w) => `${w.cell} ${w.expected}→${w.got}`).join(", ")})` : ""}`);
  }
  console.log(`\n${how}: right ${right}/${total} (${((100 * right) / total).toFixed(1)}%), refused or not judged ${refused}, wrong ${wrong}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

/**
 * A formula's cell references moved by rows and columns, as a spreadsheet program rewrites them when cells move
 * (a reference into a deleted column is left as it was).
 * @example shiftRefs("=D20+F20", 3, 2) → "=F23+H23"
 */
export function shiftRefs(formula: string, dr: number, dc: number): string {
  const letters = (n: number) => {
    let out = "";
    for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
    return out;
  };
  const index = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return formula.replace(/("[^"]*")|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (all, str, d1, col, d2, row) => {
    if (str) return str;
    const c = index(col) + dc;
    if (c < 0) return all;
    return `${d1}${letters(c)}${d2}${Number(row) + dr}`;
  });
}
