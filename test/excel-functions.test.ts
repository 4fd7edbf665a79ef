// The built Excel custom functions: loaded the way Excel loads them, their ids, metadata and results against the core.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { getBundledPlan } from "../core/plan/bundled";
import { BUNDLED_PLAN_JSON } from "../templates/plans/index";
import { buildExcel } from "../scripts/build.mjs";
import { FUNCTIONS, callFunction, cellScale } from "../core/functions/registry";
import { renderFunctionReference } from "../core/functions/reference";
import { evaluate } from "../core/rule/evaluate";
import type { CellValue } from "../core/types";

interface Meta {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    parameters: Array<{ name: string; description: string; type: string; dimensionality?: string; optional?: boolean }>;
    result: { dimensionality?: string };
    options?: Record<string, boolean>;
  }>;
}

class FakeCfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

let dir = "";
let associated = new Map<string, (...args: unknown[]) => unknown>();
let meta: Meta;
let metaVi: Meta;
/** The page functions.js runs in: the task pane's bundle sets CHITIEU_PLANS on it (scripts/plans-source.mjs). */
let page: vm.Context;

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-excel-fn-"));
  dir = (await buildExcel({ outDir: join(tmp, "excel"), genDir: join(tmp, "gen") })).dir;
  const context = (page = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeCfError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
    Office: { context: { displayLanguage: "vi-VN" } },
  }));
  associated = new Map();
  vm.runInContext(readFileSync(join(dir, "functions.js"), "utf8"), context);
  meta = JSON.parse(readFileSync(join(dir, "functions.json"), "utf8"));
  metaVi = JSON.parse(readFileSync(join(dir, "functions-vi.json"), "utf8"));
});

/** A cell argument as Excel passes it to a matrix parameter. */
const cell = (v: CellValue): CellValue[][] => [[v]];
/** Results crossing the vm boundary: compare as plain data, errors as their code and message. */
const plain = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_k, x) => (x && typeof x === "object" && "code" in x && !Array.isArray(x) ? { error: x.code, message: x.message } : x)));

describe("the built functions bundle", () => {
  it("associates exactly the registry's ids, which are exactly functions.json's ids", () => {
    const ids = FUNCTIONS.map((f) => f.id).sort();
    expect([...associated.keys()].sort()).toEqual(ids);
    expect(meta.functions.map((f) => f.id).sort()).toEqual(ids);
  });

  it("declares every parameter and result as a matrix so single cells and ranges both work", () => {
    for (const f of meta.functions) {
      expect(f.result.dimensionality, f.id).toBe("matrix");
      for (const p of f.parameters) expect(p.dimensionality, `${f.id}.${p.name}`).toBe("matrix");
    }
  });

  it("has no volatile, streaming or cancelable function", () => {
    for (const f of meta.functions) expect(f.options ?? {}, f.id).not.toMatchObject({ volatile: true });
    for (const f of meta.functions) expect(f.options?.stream ?? false, f.id).toBe(false);
  });

  it("marks the registry's optional parameters optional, and only those", () => {
    for (const spec of FUNCTIONS) {
      const m = meta.functions.find((f) => f.id === spec.id)!;
      expect(m.parameters.map((p) => Boolean(p.optional)), spec.id).toEqual(spec.params.map((p) => Boolean(p.optional)));
    }
  });

  it("uses the registry's English names in functions.json and Vietnamese names in functions-vi.json, same ids", () => {
    expect(metaVi.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    for (const spec of FUNCTIONS) {
      const en = meta.functions.find((f) => f.id === spec.id)!;
      const vi = metaVi.functions.find((f) => f.id === spec.id)!;
      expect(en.name).toBe(spec.name.en);
      expect(vi.name).toBe(spec.name.vi);
      expect(vi.description).toBe(spec.description.vi);
      expect(vi.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name.vi));
    }
  });
});

type Case = { name: string; id: string; args: CellValue[]; expected: (args: CellValue[]) => unknown };
const verdict = (a: CellValue[]) =>
  evaluate(String(a[1]), a[0], { baseline: a[2] ?? undefined, reference: a[2] ?? undefined, asOf: typeof a[3] === "string" ? a[3] : undefined, percentScale: cellScale(a[0] ?? null) });

const CASES: Case[] = [
  { name: "TARGET_STATUS labels 63,2% against 'ít nhất 65%'", id: "TARGET_STATUS", args: [0.632, "ít nhất 65%"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS labels 70% against 'ít nhất 65%'", id: "TARGET_STATUS", args: [0.7, "ít nhất 65%"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS labels 46 classes against 'không quá 45 lớp'", id: "TARGET_STATUS", args: [46, "không quá 45 lớp"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS labels 28 schools against '28/28 trường'", id: "TARGET_STATUS", args: [28, "28/28 trường"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS labels an empty cell as no data", id: "TARGET_STATUS", args: ["", "trên 75%"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS labels text that is no figure", id: "TARGET_STATUS", args: ["abc", "trên 75%"], expected: (a) => verdict(a).label },
  { name: "TARGET_STATUS judges a deadline on the as-of day given as ISO text", id: "TARGET_STATUS", args: ["", "chậm nhất tháng 6/2025", null, "2025-01-15"], expected: (a) => verdict(a).label },
  { name: "TARGET_EXPLAIN gives the core's sentence", id: "TARGET_EXPLAIN", args: [0.632, "ít nhất 65%"], expected: (a) => verdict(a).explanation },
  { name: "TARGET_GAP gives the core's signed gap", id: "TARGET_GAP", args: [0.632, "ít nhất 65%"], expected: (a) => verdict(a).gap.value },
  { name: "TARGET_PROGRESS gives the core's ratio", id: "TARGET_PROGRESS", args: [21, "28/28 trường"], expected: (a) => verdict(a).ratio },
  { name: "TARGET_MET is TRUE when exceeded", id: "TARGET_MET", args: [0.9, "ít nhất 65%"], expected: () => true },
  { name: "TARGET_MET is FALSE when short", id: "TARGET_MET", args: [0.5, "ít nhất 65%"], expected: () => false },
  { name: "VN_NUMBER reads '7.910' as 7910", id: "VN_NUMBER", args: ["7.910"], expected: () => 7910 },
  { name: "VN_NUMBER reads '85,7%' as 0.857", id: "VN_NUMBER", args: ["85,7%"], expected: () => 0.857 },
];

describe("each function through the bundle gives the core's result", () => {
  it.each(CASES)("$name", ({ id, args, expected }) => {
    const fn = associated.get(id)!;
    const got = plain(fn(...args.map((a) => (a === null ? null : cell(a)))));
    expect(got).toEqual([[expected(args)]]);
    expect(got).toEqual(plain(callFunction(id, args.map((a) => (a === null ? null : cell(a))))));
  });
});

describe("ranges spill and errors are Excel errors", () => {
  it("spills a column of statuses for a column of actuals against one target", () => {
    const fn = associated.get("TARGET_STATUS")!;
    const got = plain(fn([[0.5], [0.7], [""]], [["ít nhất 65%"]], null, null));
    expect(got).toEqual([0.5, 0.7, ""].map((v) => [evaluate("ít nhất 65%", v, { percentScale: cellScale(v) }).label]));
  });

  it("pairs a column of actuals with a column of targets row by row", () => {
    const fn = associated.get("TARGET_MET")!;
    expect(plain(fn([[0.7], [46]], [["ít nhất 65%"], ["không quá 45 lớp"]], null, null))).toEqual([[true], [false]]);
  });

  it("gives #N/A for cells where ranges of different sizes do not overlap", () => {
    const fn = associated.get("VN_NUMBER")!;
    const got = plain(fn([["1"], ["2"]])) as unknown[][];
    expect(got).toEqual([[1], [2]]);
    const status = plain(associated.get("TARGET_STATUS")!([[1], [2], [3]], [["ít nhất 1"], ["ít nhất 1"]], null, null)) as unknown[][];
    expect(status[2][0]).toMatchObject({ error: "#N/A" });
  });

  it("returns #VALUE! with a Vietnamese message for unreadable number text", () => {
    const got = plain(associated.get("VN_NUMBER")!(cell("bảy và tám"))) as Array<Array<{ error: string; message: string }>>;
    expect(got[0][0].error).toBe("#VALUE!");
    expect(got[0][0].message).toMatch(/không phải là số/);
  });

  it("returns #N/A for a bundled plan that does not exist, once the plans are on the page", async () => {
    page.CHITIEU_PLANS ??= JSON.parse(JSON.stringify(BUNDLED_PLAN_JSON));
    const got = plain(await associated.get("PLAN_TARGET")!(cell("no-such-plan"), cell("x"))) as Array<Array<{ error: string; message: string }>>;
    expect(got[0][0].error).toBe("#N/A");
    expect(got[0][0].message).toContain("no-such-plan");
  });

  // Issue 15's goal is ≤ 250 KB; functions.js reached 181 KiB once the functions' help and zod left it, 189 KiB with
  // round 5 of both readers, 200.7 KiB with rounds 6 and 7, 212.2 KiB with round 8 of the target reader (parser8 and
  // dates8: about 11 KiB, much of it the notes saying how a cell was read), 215.2 KiB with round 10 of the target
  // reader (parser10: about 2.6 KiB: statements by a year, guessed band sides, intervals, repeating due days, sized
  // columns, statements of all; Code.js is then 13 B under its 250 KB goal), 216.8 KiB with one reader of a typed day
  // (tidy12), 202.3 KiB once each repeated literal is written once (scripts/alias-strings.mjs, as Code.js); this
  // ratchet left about 5.7 KiB for the readers' next rounds; round 14 (dates, compound parts, bands and changes: about
  // 5.7 KiB) spent it, 210.3 KiB, and it now leaves about 3.7 KiB again; round 15 (session 12: bans as zero targets,
  // window starts, completion-cell dates, per-base rates, capped extensions: about 1.8 KiB) and its review's mends
  // (done words, event windows, pauses, bans with a count, same-noun shares: about 2.2 KiB) reached 216.5 KiB, so the
  // ratchet moves to 218 KiB, still 26 KB under the goal. Round 16 (session 13: about 3.6 KiB) reached 220.1 KiB, then
  // 214.9 KiB once terser minifies it a second time (scripts/minify-hard.mjs, as Code.js); the ratchet stays. Session 14:
  // property names and built-in globals written once (bytes17, scripts/alias-strings.mjs) took it to 202.0 KiB, round 17
  // to 204.5 KiB; the ratchet moves down to 210 KiB. Session 16: round 19 (a cap on a change no longer read as a floor,
  // signed change rates, permissions as caps, …) reached 210 KiB; the ratchet moves to 213 KiB, 38 KB under the goal.
  // Session 17: round 20 (compound parts by initials and labels, lists of floors, timetable norms, caps raised or
  // allowed, quotas, bands of percents) reached 216.1 KiB with the five compound rules fix20a had taken out for bytes put
  // back (they fix wrong verdicts); the ratchet moves to 217 KiB, 28 KB under the goal. Code.js is then 247.6 KB of 250.
  // Session 18 (bytes23): 212.6 KiB (217,675 B) once values only the build or the sheet reader use are built by calls
  // marked pure, the lexicon's and the units' tables are written as runs split at "|", and terser writes arrows; the
  // ratchet stays, so the room goes to the readers' next rounds.
  // Session 21 (lean26): 222,062 → 215,167 B with no answer changed: built for ES2020 (?. and ?? as written: 6,345 B;
  // its lookbehind regexes already need an engine that has them, scripts/build.mjs FUNCTIONS_TARGET), `a?.kind` sharing
  // its name's literal (263), one object per stateless regex written alike (183), terser's third pass (104). The ratchet
  // moves to 218,232 B: 215,167 + 3,065 B, the room Code.js has under issue 15's 250,000 (every reader rule lands in both
  // bundles, and Code.js is the tighter), so this round's rules share that room.
  // Session 23 (lean28): 217,339 → 213,829 B with no answer changed: an object literal's key list built often alike
  // written once as a function (scripts/share-shapes.mjs, `{vi:…,en:…}` → `s(…,…)`: 2,557 B) and a shared property
  // compared often with a fixed value likewise (scripts/share-compares.mjs, `e.kind===c` → `K(e,c)`: 953). The ratchet
  // moves to 218,221 B: 213,829 + the 4,392 B Code.js then has under 250,000.
  // Session 25 (lean30): 216,415 → 214,418 B with no answer changed: pieces of text the functions' literals share
  // written once (scripts/share-fragments.mjs, 1.8 KB), g regexes of replace calls written once (scripts/share-regexes.mjs,
  // 0.2 KB); functions.js is ES2020, so share-optionals finds nothing in it. The ratchet moves to 215,300 B (about 0.9 KB
  // of margin, as Code.js's ceiling now has), so the room freed stays for the readers' rules. Round 30's phrase rules
  // took 2,370 B of it when merged (216,788 B); the ratchet moves to 217,700 on purpose.
  // Round 31 (fix31r): review30's defects mended took 490 B (217,260 → 217,750, the same rules as Code.js's); the
  // ratchet moves to 217,800 on purpose. Merged with fix31w's two rules (298 B) and the integrator's narrower duration
  // words: 218,169 B; the ratchet moves to 218,200 on purpose.
  // Round 32 (fix32w): fix31w's fall typed against a level left (604 B), a bare span framed as a limit (427 B),
  // "nửa cuối năm" and "100%" of a rate read as a cap (212 B): 219,412 B; the ratchet moves to 219,450 on purpose.
  // The integrator's mends of what review31 found took 204 B merged: 219,616 B; the ratchet moves to 219,650 on purpose.
  // Round 33 (fresh33): a bare band asked about above its top (96 B): 219,712 B; the ratchet moves to 219,715 on purpose.
  // Round 34x (noresult34): a result set against a plan it never states refused (reported_result): +692 B (219,560 →
  // 220,252 B); the ratchet moves up by those 692 B, to 220,407, on purpose.
  // Round 34 (lower34): a bare figure under its subject's own "tối đa" is at most (329 B over 219,560 B): 219,889 B; the
  // ratchet moves to 219,900 on purpose. Round 34 (lower34): fourteen harm rows of plans beyond schooling (255 B):
  // 220,144 B; the ratchet moves to 220,150 on purpose.
  // Both merged (integrator): 220,845 B; the ratchet moves to 220,850 on purpose.
  // Round 34x (policy34): a level held asked about well above it, a set amount read exactly: +442 B: 220,002 B; the ratchet moves to 220,005 on purpose.
  // With policy34 merged too (integrator): 221,287 B; the ratchet moves to 221,290 on purpose.
  // The review's mends (a set sum needs a sign it is for each one): +145 B, 221,432 B; the ratchet moves to 221,435 on purpose.
  // Round 35x (part35): a labelled part chosen by the one label named, a part with no figure refused: +1,238 B, 222,670 B; the ratchet moves to 222,675 on purpose.
  // Round 35x (mend35): a result word before a figure read in core, a share of the plan asked about, a level held printed: +1,516 B,
  // 222,948 B; the ratchet moves to 222,960 on purpose.
  // Round 35x (money35): the cost of a project read as at most: +893 B, 222,325 B; the ratchet moves to 222,330 on purpose.
  // Round 35x (report35): where things stand with no aim word refused, a plan word naming the aim kept a target: +811 B
  // (222,243 B); the ratchet moves up by those 811 B, to 222,246, on purpose.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 together): 225,906 B; the ratchet moves to 225,910 on purpose.
  // The review's mends (as in test/sheets-bundle.test.ts): 226,420 B; the ratchet moves to 226,425 on purpose.
  // Round 36x (compound36): a grade typed where the phrase writes a grade part asked about, a language test's figure read
  // for a part naming another test judged by that test's part: +1,398 B, 227,818 B; the ratchet moves to 227,823 on purpose.
  // Round 36x (mend36, as in test/sheets-bundle.test.ts): +727 B (227,147 B alone); with compound36 merged 228,514 B, the ratchet moves to 228,519 on purpose.
  // Round 36x (exact36): a bare figure stated after a copula or a grant asked about above it: +831 B (227,251 B); the
  // ratchet moves up by those 831 B, to 227,256, on purpose.
  // Round 36 merged (integrator: compound36, mend36 and exact36 together): 229,345 B; the ratchet moves to 229,350 on purpose.
  // Round 36x (fix36a, as in test/sheets-bundle.test.ts): +482 B, 228,996 B; the ratchet moves to 229,001 on purpose.
  // Round 36 with the reviews' mends (fix36a, fix36b, review36b's block): 229,915 B; the ratchet moves to 229,920 on purpose.
  // Round 37 (bundle37, as in test/sheets-bundle.test.ts): top-level function declarations as arrows in one var, no
  // answer changed: 229,915 → 227,694 B; the ratchet moves down to 227,894 (+ 200).
  // Round 37 merged (integrator: compound37, refuse37, qual37 and layout37, as in test/sheets-bundle.test.ts): 231,198 B; the ratchet moves to 231,398 on purpose.
  // Round 37 with the reviews' mends (fix37r, fix37s, as in test/sheets-bundle.test.ts): 233,160 B; the ratchet moves to 233,360 on purpose.
  // Round 38 (room38, as in test/sheets-bundle.test.ts): each vocabulary said once, no answer changed: 233,160 → 232,926 B;
  // the ratchet moves down to 233,126 (+ 200).
  // Round 38 merged with the reviews' mends (integrator, as in test/sheets-bundle.test.ts): 234,885 B; the ratchet
  // moves to 235,085 (+ 200) on purpose, with Code.js at its goal.
  // Round 39 (room39, as in test/sheets-bundle.test.ts): room made with no answer changed: 234,885 → 234,081 B; the
  // ratchet moves down to 234,281 (+ 200).
  // Round 39 merged (integrator): the same reader rules took 1,648 B: 235,729 B; the ratchet moves to 235,929 (+ 200)
  // on purpose, 14 KB under the goal; review39's mends: 236,197 B, the ratchet moves to 236,397.
  // Round 40 (room40): the last read's tidies took 30 B (236,227 B); then the build reads no indicator's name
  // (scripts/without-indicator.mjs, −8,254 B): 227,973 B; the ratchet moves down to 228,173 (+ 200).
  // Round 40 merged (integrator): the round's reader rules took 3,823 B: 231,796 B; the ratchet moves to 231,996.
  // Round 42 (as in test/sheets-bundle.test.ts): the merged reader rules took 1,901 B: 232,660 B; the ratchet moves to
  // 232,860 (+ 200), 17 KB under the goal.
  // Round 43 (phrases30b, findings43) took 1,068 B: 233,728 B; the ratchet moves to 233,928 (+ 200).
  // Round 44 took 602 B over 233,758: 234,360 B; the ratchet moves to 234,560 (+ 200).
  // Round 45 (milestones45: dated parts measuring their own things, a past level beside an aim) took 403 B: 234,763 B;
  // the ratchet moves to 234,963 (+ 200).
  // Round 46 (deadline46 + mend46d, units46 + mend46u) took 956 B: 235,888 B; the ratchet moves to 236,088 (+ 200).
  // Round 47 (room47): second copies folded into one, no answer changed (one letter table, one digit-word table, one
  // 12-digit rounding, one days-in-month, one yearless-day format, one two-readings message, explain's missing-figure
  // check once): 235,888 → 234,844 B; the ratchet moves down to 235,044 (+ 200). numword47 (number words read whole or
  // refused, one reader for targets and cells): 234,844 → 235,309 B; the ratchet moves to 235,509 (+ 200). Merged with
  // deadline47 + mend47d: 235,413 B; the ratchet moves to 235,613 (+ 200).
  it("keeps functions.js from growing (ratchet at 235,613 B; goal 250 KB): the plans come with the task pane's bundle or plans.json", () => {
    const text = readFileSync(join(dir, "functions.js"), "utf8");
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(235_613);
    expect(text).not.toContain("Tỷ lệ trẻ kênh bình thường");
    // Help texts reach Excel through functions.json; the bundle carries only what runs (core/functions/call.ts).
    for (const f of FUNCTIONS) expect(text).not.toContain(f.description.vi);
  });

  // Fetching plans.json when the pane has not loaded is tested in Chromium (excel-functions-chromium.test.ts); this
  // page has no fetch, so the function must say why it has no plans rather than that the plan does not exist.
  it("reads a bundled plan's target once the task pane's bundle on the same page hands over the plans; before, says it could not load them", async () => {
    const plan = getBundledPlan("hai-an-2024-2025")!;
    const ask = async () => plain(await associated.get("PLAN_TARGET")!(cell(plan.id), cell(plan.indicators[0].id))) as unknown[][];
    page.CHITIEU_PLANS = undefined;
    expect((await ask())[0][0]).toMatchObject({ error: "#N/A", message: expect.stringContaining("plans.json") });
    page.CHITIEU_PLANS = JSON.parse(JSON.stringify(BUNDLED_PLAN_JSON));
    expect((await ask())[0][0]).toBe(plan.indicators[0].target);
  });

  it("writes plans.json beside functions.js: the bundled plans, as the task pane carries them", () => {
    expect(JSON.parse(readFileSync(join(dir, "plans.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(BUNDLED_PLAN_JSON)));
  });

  it("returns #VALUE! when the target is missing, never throws", () => {
    const got = plain(associated.get("TARGET_GAP")!(cell(0.5), cell(""), null, null)) as Array<Array<{ error: string }>>;
    expect(got[0][0].error).toBe("#VALUE!");
  });

  // The bundle reads no indicator's name (scripts/without-indicator.mjs); no function passes one today, so a name reaching
  // its parser is refused with a line saying what to do, not "Lỗi khi đọc chỉ tiêu …". The refusal itself is exercised on
  // a bundle built with the same plugin in test/without-indicator.test.ts; here: the shipped file carries its words.
  it("carries the refusal of an indicator's name in both languages, saying what to do", () => {
    const js = readFileSync(join(dir, "functions.js"), "utf8");
    // (The build writes pieces other literals share once, so only runs of words no other literal has are looked for.)
    expect(js).toContain("dùng khung Kiểm tra");
    expect(js).toContain("leave that argument empty, or use the Kiểm tra");
  });
});

describe("docs/functions.md", () => {
  it("is what the registry renders today (run `npm run build` after changing the registry)", () => {
    const committed = readFileSync(join(__dirname, "..", "docs", "functions.md"), "utf8");
    expect(committed).toBe(renderFunctionReference());
  });
});
