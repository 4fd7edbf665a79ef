// Proves a size change to the built bundles kept every answer: runs all eight custom functions through dist/sheets/Code.js
// (as Apps Script loads it) and dist/excel/functions.js (as Excel loads it) on every phrase and figure of the design sets,
// one line per call, so two runs can be diffed byte for byte.
//   node scripts/build.mjs && npx tsx scripts/bundle-answers.ts /tmp/answers-before.txt   (before the change)
//   node scripts/build.mjs && npx tsx scripts/bundle-answers.ts /tmp/answers-after.txt    (after), then cmp the two files
// Each phrase's checks are called with the figure as typed and, when it is a plain number or share, as the number a cell
// would hold; TARGET_RULE and TARGET_EXPLAIN in both languages; PLAN_TARGET on every bundled plan's indicators.
// Only the writing split is read (the sets scripts/score-split.ts calls WRITING): its lines may be printed and diffed.
// The validation split (holdout18–22) and the fresh sets are never written out here (room39 found holdout18–21 still
// listed from before they became validation sets).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { loadCorpus, type CorpusSet } from "../test/corpus/corpus";
import { createGasFakes, loadAppsScript } from "../test/helpers/gas-fakes";

const DESIGN: CorpusSet[] = ["dev", "holdout", ...Array.from({ length: 15 }, (_, i) => `holdout${i + 2}` as CorpusSet), "holdout23", "holdout24", "holdout25", "holdout26", "holdout27"];

type Run = (id: string, args: unknown[]) => string;

/** Code.js loaded with the Apps Script fakes; each answer as JSON, or the error it threw. */
function sheetsRunner(dist: string): Run {
  const plans = readFileSync(join(dist, "sheets", "Plans.html"), "utf8");
  const api = loadAppsScript(readFileSync(join(dist, "sheets", "Code.js"), "utf8"), createGasFakes(), { Plans: plans }).ChiTieu;
  return (id, args) => {
    try {
      return JSON.stringify(api.runForSheets(id, args));
    } catch (e) {
      return `threw ${String(e)}`;
    }
  };
}

/** functions.js loaded on a page as Excel's runtime gives it, with the plans the pane would set; every cell a matrix. */
function excelRunner(dist: string): { run: (id: string, args: unknown[]) => Promise<string> } {
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  class CfError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  const ctx = vm.createContext({
    CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => associated.set(id, fn), Error: CfError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
    Office: { context: { displayLanguage: "vi-VN" } },
    CHITIEU_PLANS: JSON.parse(readFileSync(join(dist, "excel", "plans.json"), "utf8")),
  });
  vm.runInContext(readFileSync(join(dist, "excel", "functions.js"), "utf8"), ctx);
  const show = (v: unknown) => JSON.stringify(v, (_k, x) => (x && typeof x === "object" && "code" in x && !Array.isArray(x) ? { error: x.code, message: x.message } : x));
  return {
    run: async (id, args) => {
      try {
        return show(await associated.get(id)!(...args.map((a) => (a === null ? null : [[a]]))));
      } catch (e) {
        return `threw ${String(e)}`;
      }
    },
  };
}

/** A figure typed as a plain number or share ("64,9%", "1.234", "12,5") as the number a cell holding it would give, else null. */
function asNumber(s: string): number | null {
  const m = /^(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?(%?)$/.exec(s.trim());
  if (!m) return null;
  const n = Number(`${m[1].replace(/\./g, "")}.${m[2] ?? "0"}`);
  return m[3] ? n / 100 : n;
}

async function main(outFile: string, dist = "dist") {
  const sheets = sheetsRunner(dist);
  const excel = excelRunner(dist);
  const out: string[] = [];
  const call = async (key: string, id: string, args: unknown[]) => {
    out.push(`${key}\t${id}\tS\t${sheets(id, args.map((a) => (a === null ? "" : a)))}`);
    out.push(`${key}\t${id}\tX\t${await excel.run(id, args)}`);
  };
  for (const set of DESIGN) {
    for (const r of loadCorpus(set).rows) {
      const key = `${set} ${r.id}`;
      for (const lang of ["vi", "en"]) await call(key, "TARGET_RULE", [r.phrase, lang, r.unit || null, r.period || null]);
      for (const [k, c] of r.checks.entries()) {
        const figures: unknown[] = [c.actual];
        const n = asNumber(c.actual);
        if (n !== null) figures.push(n);
        for (const [j, actual] of figures.entries()) {
          const base = [actual, r.phrase, c.baseline ?? null, c.asOf ?? "2025-06-01"];
          const ck = `${key}#${k}${j ? "n" : ""}`;
          for (const id of ["TARGET_STATUS", "TARGET_MET", "TARGET_GAP", "TARGET_PROGRESS"]) await call(ck, id, [...base, r.unit || null, r.period || null]);
          for (const lang of ["vi", "en"]) await call(ck, "TARGET_EXPLAIN", [...base, lang, r.unit || null, r.period || null]);
          await call(ck, "VN_NUMBER", [actual]);
        }
      }
    }
  }
  const plans = JSON.parse(readFileSync(join(dist, "sheets", "Plans.html"), "utf8")) as Record<string, { indicators?: Array<{ id?: string; name?: string }> }>;
  for (const [file, plan] of Object.entries(plans)) {
    const id = file.replace(/\.json$/, "");
    const inds = (plan.indicators ?? []).flatMap((i) => [i.id, i.name]).filter((x): x is string => typeof x === "string");
    for (const ind of [...inds, "x", "1"]) await call(`plan ${id}`, "PLAN_TARGET", [id, ind]);
  }
  await call("plan none", "PLAN_TARGET", ["không-có", "1"]);
  writeFileSync(outFile, out.join("\n") + "\n");
  console.log(`${out.length} answers written to ${outFile}`);
}

main(process.argv[2] ?? "/tmp/bundle-answers.txt", process.argv[3]).catch((e) => {
  console.error(e);
  process.exit(1);
});
