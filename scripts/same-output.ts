// Proves a speed change to `chitieu check` on .xlsx kept every output: dumps what checkFile says and writes on every
// layout workbook and on the bench's 100k-cell list and matrix, then compares.
//   npx tsx scripts/same-output.ts --write /tmp/out-before   (before the change)
//   npx tsx scripts/same-output.ts --check /tmp/out-before   (after: exit 1 and the first differences if any moved)
//   … [--only layouts|bench]                                  (one half; the bench's books take most of the time)
// What is dumped per case, one file per output part: `result.json` (the sheet chosen, formulas, fixed labels, notes
// and core's whole result, as `--json` prints it; or the one-line error) and every part of the saved package,
// unzipped (so a change of compression level does not count as a change of output). The layouts run as the scorer
// runs them (their as-of, their plan.json, every sheet named in expected.md besides the one chosen) with the report
// sheet at its default; the bench's books with the bench's plan and as-of day.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { getBundledPlan } from "../core/plan";
import type { Plan } from "../core/plan/schema";
import { CliError } from "../cli/errors";
import { checkFile } from "../cli/xlsx/check";
import { resolvePlan } from "../cli/xlsx/plan";
import { ZipReader } from "../cli/xlsx/ooxml/zip";
import { FRESH_SETS, loadLayouts } from "../test/layouts/layouts";
import { gridWorkbook } from "../bench/workbooks";

interface Case {
  key: string;
  path: string;
  plan: Plan | null;
  asOf: string;
  sheet?: string;
}

async function cases(only: string | undefined): Promise<Case[]> {
  const out: Case[] = [];
  if (only !== "bench") {
    for (const l of loadLayouts().filter((x) => !FRESH_SETS.has(x.set))) {
      const plan = l.plan ? await resolvePlan(l.plan) : null;
      out.push({ key: `${l.set}-${l.id}`, path: l.xlsx, plan, asOf: l.facts.asOf });
      const sheets = [...new Set(l.rows.map((r) => r.sheet))];
      if (sheets.length > 1) sheets.forEach((s, k) => out.push({ key: `${l.set}-${l.id}-sheet${k}`, path: l.xlsx, plan, asOf: l.facts.asOf, sheet: s }));
    }
  }
  if (only !== "layouts") {
    const plan = getBundledPlan("hai-an-2024-2025")!;
    for (const shape of ["list", "matrix"] as const) out.push({ key: `bench-${shape}-100k`, path: await gridWorkbook(plan, shape, 100_000), plan, asOf: "2025-05-31" });
  }
  return out;
}

/** Every file of one case's dump: name → bytes. */
async function dump(c: Case, work: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const out = join(work, "out.xlsx");
  try {
    const done = await checkFile(c.path, { plan: c.plan, asOf: c.asOf, ...(c.sheet !== undefined ? { sheet: c.sheet } : {}) });
    files.set("result.json", Buffer.from(JSON.stringify({ sheet: done.sheet.name, formulas: done.formulas, fallbacks: done.fallbacks, notes: done.notes, reportSheet: done.reportSheet, result: done.result }, null, 1)));
    await done.save(out);
    const zip = new ZipReader(readFileSync(out));
    files.set("zip-order.txt", Buffer.from(zip.order.join("\n")));
    for (const name of zip.order) files.set(`part/${name}`, zip.bytes(name));
  } catch (e) {
    const msg = e instanceof CliError ? `${e.vi}\n${e.en}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    files.set("error.txt", Buffer.from(msg));
  }
  return files;
}

function listFiles(dir: string, base = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name), `${base}${d.name}/`) : [`${base}${d.name}`]));
}

function firstDiff(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 80), i + 80).toString("utf8"));
  return `at byte ${i} (${a.length} vs ${b.length} bytes)\n    before ${show(a)}\n    now    ${show(b)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args[0];
  const dir = args[1];
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  if ((mode !== "--write" && mode !== "--check") || !dir) {
    console.error("usage: npx tsx scripts/same-output.ts --write|--check DIR [--only layouts|bench]");
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), "same-output-"));
  let diffs = 0;
  let n = 0;
  try {
    for (const c of await cases(only)) {
      const now = await dump(c, work);
      n++;
      const caseDir = join(dir, c.key);
      if (mode === "--write") {
        rmSync(caseDir, { recursive: true, force: true });
        for (const [name, bytes] of now) {
          mkdirSync(dirname(join(caseDir, name)), { recursive: true });
          writeFileSync(join(caseDir, name), bytes);
        }
        continue;
      }
      const before = listFiles(caseDir);
      const names = new Set([...before, ...now.keys()]);
      for (const name of names) {
        const a = existsSync(join(caseDir, name)) ? readFileSync(join(caseDir, name)) : null;
        const b = now.get(name) ?? null;
        if (a && b && a.equals(b)) continue;
        if (++diffs <= 10) console.log(`${c.key} ${name}: ${!a ? "new" : !b ? "gone" : firstDiff(a, b)}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (mode === "--write") console.log(`${n} cases written to ${dir}`);
  else {
    console.log(diffs === 0 ? `${n} cases: every output the same` : `${diffs} files differ`);
    if (diffs > 0) process.exit(1);
  }
}

await main();
