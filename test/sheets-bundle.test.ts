// The built Apps Script project in node:vm over in-memory SpreadsheetApp fakes: globals, custom functions, menu, check, storage and service-call counts.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { buildSheets } from "../scripts/build-sheets.mjs";
import { FUNCTIONS, callFunction, isFunctionError, type FunctionArg } from "../core/functions/registry";
import { loadBundledPlans } from "../core/plan/bundled";
import { STATUS_HEADER } from "../core/sheet/edits";
import { createGasFakes, loadAppsScript, PROPERTY_VALUE_LIMIT, type Cell, type GasFakes } from "./helpers/gas-fakes";
import { Session } from "../core/session/session";
import { RemoteWorkbook } from "../addin-sheets/sidebar/remote-host";
import type { Call } from "../addin-sheets/sidebar/server";
import { SIDEBAR_CALLS } from "../addin-sheets/server/sidebar-calls";
import type { SheetEdits } from "../core/sheet/edits";
import { pointsToPixels as px, type NewSheet } from "../core/sheet/output";
import { getBundledPlan } from "../core/plan";
import { matrixGrid } from "../bench/grids";

let code = "";
let sidebar = "";
/** The project's HTML file with the bundled plans, which Code.js reads when a plan is looked up. */
let plans = "";
/** The project's HTML file with the sidebar's and the menu items' server code, which Code.js evaluates on their first call. */
let host = "";

beforeAll(async () => {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-sheets-"));
  const { dir } = await buildSheets({ outDir: join(tmp, "sheets"), genDir: join(tmp, "gen") });
  code = readFileSync(join(dir, "Code.js"), "utf8");
  sidebar = readFileSync(join(dir, "Sidebar.html"), "utf8");
  plans = readFileSync(join(dir, "Plans.html"), "utf8");
  host = readFileSync(join(dir, "Host.html"), "utf8");
  console.log(`Code.js ${Buffer.byteLength(code)} bytes (gzip ${gzipSync(code).length}), Sidebar.html ${Buffer.byteLength(sidebar)} bytes (gzip ${gzipSync(sidebar).length})`);
});

describe("the built Sidebar.html", () => {
  it("inlines the panel's layout and Google's add-on look, nothing of the Excel pane's Fluent look", () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(sidebar)?.[1] ?? "";
    expect(style).toContain(".gaddon");
    expect(style).toContain(".steps ol");
    expect(style).not.toContain(".fluent");
    expect(style).not.toContain("Segoe UI");
  });

  it("carries none of zod's message locales in either bundle (Apps Script parses Code.js on every call)", () => {
    for (const [name, text] of [["Code.js", code], ["Sidebar.html", sidebar]]) {
      expect(text, name).not.toContain("מחרוזת");
      expect(text, name).not.toContain("文字列");
    }
  });

  // Apps Script evaluates every script file before each call, custom functions included. Issue 15's goal is ≤ 250 KB.
  // Code.js reached 213 KiB once the functions' help (core/functions/registry.ts) and the plans' validator (zod; the
  // build validates Plans.html instead) left it, then 221 KiB with round 5 of both readers (the rules themselves), 232.5
  // KiB with rounds 6 and 7 (the target reader's confidence gate, a figure not placed asked about, the sheet reader's new
  // classes), 244.2 KiB with round 8 of the target reader and sheet reader (about 11 KiB, much of it the notes saying
  // how a cell was read), then 241.1 KiB once the English-named function stubs pointed to the Vietnamese ones' help
  // instead of repeating it (3.2 KB): core/rule is most of the 233 KB of code; the next reader round must pay its way.
  // 249,983 bytes with rounds 9-11, then 234,655 once the build wrote each repeated literal once (scripts/alias-strings.mjs:
  // the rules' kind tags "percent", "compare", "count" … were about 12 KB of repeats, `null` and `void 0` 3 KB).
  // 249,872 after rounds 12-15, then 243,866 once terser minifies the bundle a second time (scripts/minify-hard.mjs:
  // two compress passes and short names for the shared literals save 6 KB that esbuild's single pass leaves).
  // 249,818 after round 16, then 236,080 once a property read by name shares its name's literal too (`e.kind` → `e[u]`),
  // 235,820 with class fields assigned (no __publicField), 234,264 with built-in globals (Number, Math …) read through a var,
  // 233,212 once a Vietnamese literal's saving is counted in UTF-8 bytes and the shared vars are declared most used first.
  // 247,606 after rounds 17-20, then 243,434 (bytes23): 732 once values only the build or the sheet reader use are built by
  // calls marked pure (dropped unused), 1,700 for the lexicon's tables and 763 for the units' written as runs split at
  // "|", 977 for terser's arrows (unsafe_arrows).
  // Session 21 (lean26): 247,867 → 246,935 B with no answer changed: ChiTieu a plain object of the module's exports
  // instead of esbuild's namespace of getters (588 B, build-sheets.mjs underGlobal), one object per stateless regex
  // written alike (183), terser's third pass (161). Code.js stays ES2019 (no deployed script has tried `?.`; ES2020 would
  // take 6.5 KB more). The ratchet stays at 250,000: 246,935 + 3,065 B, the room is what is left under the goal.
  // Session 23 (lean28): 249,173 → 245,608 B with no answer changed: object literals' key lists built often alike written
  // once as a function each (2,620 B, scripts/share-shapes.mjs) and a shared property compared often with a fixed value
  // likewise (945, scripts/share-compares.mjs); 4,392 B of room. The ratchet stays at 250,000.
  // Session 25 (lean30): 248,218 → 241,672 B with no answer changed: the ES2019 forms of `?.` and `??` written once each
  // (scripts/share-optionals.mjs, 4.0 KB), pieces of text the functions' literals share written once
  // (scripts/share-fragments.mjs, 1.9 KB), the stubs passing `arguments` (0.4 KB), g regexes of replace calls written
  // once (scripts/share-regexes.mjs, 0.2 KB). Measured and left because the load got slower (CPU, 31 alternated cold
  // loads): function declarations as arrows (2.5 KB; load +4.5 ms) and shared pieces in the literals read while the
  // bundle loads (1.1 KB more; load and first call +3 ms each). The ceiling moves down to 242,600 (about 0.9 KB of
  // margin) so the room freed stays for the readers' rules: a round that needs more raises it on purpose, with its
  // figures, up to issue 15's 250,000. Round 30's phrase rules (fix30c, fix30t, fix30w) took 2,401 B of it when merged:
  // 244,073 B; the ceiling moves to 245,000 on purpose, leaving about 5 KB under the goal.
  // Round 31 (fix31r): review30's defects mended took 490 B (244,545 → 245,035: durations told from clock times 387,
  // a yes/no answer to an unstated bound 103; the sheet reader's mends are not in Code.js); the ceiling moves to 245,100
  // on purpose. Merged with fix31w ("80 phần trăm" as a rate, 303 B; a measure against "none" asked) and the integrator's
  // narrower duration words: 245,459 B; the ceiling moves to 245,500 on purpose, 4.5 KB under the goal.
  // Round 32 (fix32w): fix31w's fall typed against a level left, taken up (641 B), a bare span framed as a limit asked
  // about (431 B), "nửa cuối năm" and "100%" of a rate read as a cap (213 B): 246,744 B; the ceiling moves to 246,750 on
  // purpose, 3.3 KB under the goal. The integrator's mends of what review31 found (a length of time held to every hour
  // the target names; a year is no figure beside a "none" target) took 202 B merged: 246,946 B; the ceiling moves to
  // 247,000 on purpose, 3 KB under the goal.
  // Round 33 (lean33): 246,946 → 234,563 B with no answer changed: the sidebar's and the menu items' server code (host.ts,
  // flows, the stored state, the formula writes: 12.4 KB) is Host.html, which Code.js evaluates on the first call that
  // needs it (addin-sheets/server/main.ts), so custom-function calls no longer evaluate it. The ceiling moves down to
  // 234,613 (the new size + 50 B) on purpose: the room freed is for the readers' rounds, each raising it with its figures.
  // Round 33 (fresh33, merged after lean33): a bare band nothing decides asked about above its top, and its other
  // reading kept beside a horizon day: +96 B; the ceiling moves to 234,709 (234,659 B + 50) on purpose.
  // Round 34x (noresult34): a result set against a plan it never states refused (reported_result): +688 B (234,620 →
  // 235,308 B); the ceiling moves up by those 688 B, to 235,397, on purpose.
  // Round 34 (lower34): a bare figure under its subject's own "tối đa" is at most (+329 B over 234,620 B): 234,949 B;
  // the ceiling moves to 234,999 (+ 50) on purpose. Round 34 (lower34): fourteen harm rows of plans beyond schooling
  // (+255 B): 235,204 B; the ceiling moves to 235,254 (+ 50) on purpose.
  // Both merged (integrator): 235,901 B; the ceiling moves to 235,951 (+ 50) on purpose.
  // Round 34x (policy34): a level held ("ổn định ở mức X") asked about well above it, and a sum a rule sets for each
  // one read as exactly that amount: +472 B (235,092 B); the ceiling moves to 235,142 (+50) on purpose.
  // With policy34 merged too (integrator): 236,374 B; the ceiling moves to 236,424 (+ 50) on purpose.
  // The review's mends (a set sum needs a sign it is for each one; a share done must end the cell or name the work): +145 B,
  // 236,519 B; the ceiling moves to 236,569 (+ 50) on purpose.
  // Round 35x (part35): a list of labelled parts chosen by the one label the indicator names, and a part with no figure
  // of its own refused: +1,251 B, 237,770 B; the ceiling moves to 237,820 (+ 50) on purpose.
  // Round 35x (mend35): a result word before a figure read in core, a share of the plan asked about, a level held printed,
  // "ổn định" and "N tháng" narrowed: +1,514 B, 238,033 B; the ceiling moves to 238,060 on purpose.
  // Round 35x (money35): the cost of a project read as at most ("tổng mức đầu tư", "vốn đầu tư", "kinh phí" before a bare
  // sum): +905 B, 237,424 B; the ceiling moves to 237,474 (+ 50) on purpose.
  // Round 35x (report35): where things stand with no aim word refused, and a plan word that names what is aimed at kept
  // a target: +811 B (237,330 B); the ceiling moves up by those 811 B, to 237,380, on purpose.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 together): 241,017 B; the ceiling moves to 241,067 (+ 50) on purpose.
  // The review's mends (a whole area "có" a count only with "hiện"/"đã", "tất cả" no area, a bare figure before what will
  // be done no part without a figure, "Có" no result word, a message saying what to do): 241,531 B; ceiling 241,581 on purpose.
  // Round 36x (compound36): a grade typed where the phrase writes a grade part asked about, a language test's figure read
  // for a part naming another test judged by that test's part: +1,422 B, 242,953 B; the ceiling moves to 243,003 (+ 50) on purpose.
  // Round 36x (mend36): a syllable of a longer word no list word, a label before a target, a share of the plan as a
  // target, a cost named anywhere in its clause, a day after "hoàn thành": +734 B (242,265 B alone); with compound36 merged 243,691 B, ceiling 243,741 (+ 50) on purpose.
  // Round 36x (exact36): a bare figure stated after a copula or a grant, with no aim word, asked about above it: +831 B
  // (242,362 B); the ceiling moves up by 807 B, to 242,388, on purpose.
  // Round 36 merged (integrator: compound36, mend36 and exact36 together): 244,522 B; the ceiling moves to 244,572 (+ 50) on purpose.
  // Round 36x (fix36a: the second reader's mends, a test's part asked about only where another figure could answer, the
  // grade review saying what to do, a label naming a time or a result kept): +478 B, 244,169 B; ceiling 244,219 (+ 50).
  // Round 36 with the reviews' mends (integrator: fix36a, fix36b and review36b's block on exact36): 245,088 B; the ceiling moves to 245,138 (+ 50) on purpose.
  // Round 37 (bundle37): the top level's function declarations written as values of one var, which terser writes as
  // arrows (scripts/function-values.mjs), with no answer changed: 245,088 → 242,861 B; the ceiling moves down to 243,061 (+ 200).
  // Round 37 merged (integrator: compound37 −66 B, refuse37's seven refusals and readings about +1,500 B, qual37's bans,
  // test scores and money columns about +2,160 B, layout37's bounds and levels in words): 246,470 B; the ceiling moves to 246,670 (+ 200) on purpose.
  // Round 37 with the reviews' mends (fix37r: plain asks, a lead time's event, bans as a main clause, a withdrawn
  // clause; fix37s: who recognises, an honest "over" note, a year as the sum of its parts, an issue month): 248,443 B;
  // the ceiling moves to 248,643 (+ 200) on purpose — 1,557 B short of the goal, so the next round must make room first.
  // Round 38 (room38): each vocabulary said once (the scored language tests, the every-period words, the plan's words in
  // the quantity judge), no answer changed: 248,443 → 248,209 B; the ceiling moves down to 248,409 (+ 200).
  // Round 38 merged (integrator: room38, speed38, compound38, layout38, refuse38): 249,958 B; with the reviews' mends
  // (fix38b, fix38c, compound38b) 250,217 B, back to 249,889 B by a shorter pointer in the English-named stubs (the
  // Vietnamese twin holds the help). The ceiling is the goal itself, 250,000: the next rule must bring its own bytes.
  // Round 39 (room39): room made with no answer changed: terser's unsafe rewrites (templates joining a value and text as
  // `+`, 293 B), the explanation's pieces as Vietnamese/English pairs under one key (284), one private run_ the custom-function
  // stubs call (270), the period words and the parser's examples said once, explain's target-only sentence shared (231),
  // the menu's Vietnamese labels apart from the sidebar's texts (341): 249,889 → 248,470 B; the ceiling moves down to
  // 248,670 (+ 200).
  // Round 39 merged (integrator): unread39's readings (power units, months and shares in words, 'số' ending a measure's
  // name, 'em'/'cháu'), compound39's in-clause parts and refuse39's said figures took 1,720 B (250,190 B, over the goal);
  // room39-stubs (the English-named stub keeps only its pointer to the Vietnamese twin, −1,104 B) paid for it: 249,086 B;
  // the ceiling moves to 249,300 on purpose, 700 B under the goal. review39's mends (an in-clause pair names its part only
  // when no other part holds an indicator word it lacks; a source refuses only the clause it opens; 'tháng Năm năm …')
  // took 489 B: 249,575 B; the ceiling moves to 249,775, 225 B under the goal.
  // Round 40 (room40): the entry-point stubs' parameters as single letters (−80 B), the last read's tidies (+30 B):
  // 249,525 B; then the custom functions' build reads no indicator's name (scripts/without-indicator.mjs: the steps only
  // a name reaches are dropped, −8,299 B): 241,226 B; the ceiling moves down to 241,426 (+ 200).
  // Round 40 merged (integrator: compound40, direction40, refuse40, deadline40, money40 and the reviews' mends) took
  // 3,890 B: 245,116 B; the ceiling moves to 245,316 (+ 200), 4.7 KB under the goal.
  // Round 42 opened room on purpose for reader rules held back for want of it (phrases28-extra): the merged round
  // (phrases29c, extra42c) took 1,915 B: 245,956 B; the ceiling moves to 246,156 (+ 200), 3.8 KB under the goal.
  // Round 43 (phrases30b: an indicator's bound before a comma or bracket, temperatures below zero, per mille typed "%o";
  // findings43: results and findings refused, a result over its plan read as the plan) took 1,048 B: 247,004 B; the
  // ceiling moves to 247,204 (+ 200), 2.8 KB under the goal.
  // Round 44 (a result against a period's plan, a band's other reading kept as a rival beside another part, a share
  // sentence never judging counts, a requirement line's clauses) took 602 B over 247,034: 247,636 B; the ceiling moves
  // to 247,836 (+ 200), 2.2 KB under the goal.
  // Round 45 (milestones45: dated parts measuring their own things, a past level beside an aim; the baseline step
  // behind READS_INDICATOR) took 428 B: 248,064 B; the ceiling moves to 248,264 (+ 200), 1.9 KB under the goal.
  // Round 46 (deadline46 + mend46d: a scheduled event's day is no duty's deadline, a duty done before its exact day is
  // asked; units46 + mend46u: a heading's unit applied once) took 957 B: 249,190 B; the ceiling moves to 249,390
  // (+ 200), 0.6 KB under the goal — the next reader rule must pay for itself.
  // Round 47 (room47): second copies folded into one, no answer changed (one letter table, one digit-word table, one
  // 12-digit rounding, one days-in-month, one yearless-day format, one two-readings message, explain's missing-figure
  // check once): 249,190 → 248,157 B; the ceiling moves down to 248,357 (+ 200), 1.6 KB under the goal. numword47 (number
  // words read whole or refused): 248,157 → 248,626 B; the ceiling moves to 248,826 (+ 200). Merged with deadline47 +
  // mend47d (a forecast event, one chosen-day rule): 248,730 B; the ceiling moves to 248,930 (+ 200), 1.1 KB under the goal.
  it("keeps Code.js within issue 15's goal (250 KB, which round 8 reached; ceiling 248,930 B since round 47): no plans' JSON, no help text the stubs do not show, no sidebar server code", () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(248_930);
    expect(code).not.toContain("getDataValidations");
    // The stubs' JSDoc is in Vietnamese; the English help lives only in the registry the build reads.
    for (const f of FUNCTIONS) expect(code).not.toContain(f.description.en);
    expect(code).not.toContain("Tỷ lệ trẻ kênh bình thường");
    expect(Object.keys(JSON.parse(plans))).toContain("hai-an-2024-2025.json");
  });
});

const HEADER: Cell[] = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"];
const ROWS: Cell[][] = [
  [1, "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", "%", "ít nhất 65%", 0.6, ""],
  [2, "Số trường đạt chuẩn quốc gia", "trường", "28/28 trường", 28, ""],
  [3, "Số lớp tiểu học", "lớp", "không quá 45 lớp", 46, ""],
  [4, "Tỷ lệ học sinh hoàn thành chương trình", "%", "từ 98% trở lên", 0.991, ""],
];

/**
 * An indicator list of at least `cells` cells: the four rows above repeated with distinct names, and `extra`
 * columns of evidence text the check reads but does not judge (so a large sheet stays quick for the core).
 */
function listSheet(cells: number, extra = 0): Cell[][] {
  const width = HEADER.length + extra;
  const rows = Math.max(ROWS.length, Math.ceil(cells / width) - 1);
  const out: Cell[][] = [[...HEADER, ...Array.from({ length: extra }, (_, j) => `Minh chứng ${j + 1}`)]];
  for (let i = 0; i < rows; i++) {
    const base = ROWS[i % ROWS.length];
    const evidence = Array.from({ length: extra }, (_, j) => `Văn bản ${i + 1}.${j + 1}`);
    out.push([i + 1, `${base[1]} (đơn vị ${Math.floor(i / ROWS.length) + 1})`, base[2], base[3], base[4], "", ...evidence]);
  }
  return out;
}

function env(values: Cell[][], name = "Tổng hợp"): { fakes: GasFakes; ctx: Record<string, any> } {
  const fakes = createGasFakes();
  fakes.addSheet(name, values);
  const ctx = loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans, Host: host });
  return { fakes, ctx };
}

/** Crosses the vm boundary as plain data (arrays made in the context are not this realm's arrays). */
const plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/** What the Sheets wrapper should give for these arguments: the registry's result with error cells as text. */
function expected(id: string, args: FunctionArg[]): { value?: unknown; thrown?: string } {
  const r = callFunction(id, args);
  if (Array.isArray(r)) return { value: r.map((row) => row.map((v) => (isFunctionError(v) ? `${v.error} ${v.message.vi}` : v))) };
  if (isFunctionError(r)) return { thrown: `${r.error} ${r.message.vi}` };
  return { value: r };
}

describe("the built Code.js", () => {
  it("declares every registry function at top level with @customfunction JSDoc right before it", () => {
    for (const f of FUNCTIONS) {
      for (const name of new Set([f.id, f.name.vi])) {
        const jsdoc = new RegExp(`/\\*\\*(?:(?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\nfunction ${name}\\(`);
        expect(code, name).toMatch(jsdoc);
        expect(code, name).toMatch(new RegExp(`^function ${name}\\(`, "m"));
      }
      // The help is written once, on the Vietnamese name: every parameter described there, the English name pointing to it.
      if (f.name.vi !== f.id) {
        const doc = (name: string) => new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code)![1];
        for (const p of f.params) expect(doc(f.name.vi), f.name.vi).toMatch(new RegExp(`@param \\{\\*\\} \\[?${p.name.vi}\\]? \\S`));
        expect(doc(f.id), f.id).toContain(`Tên tiếng Việt: ${f.name.vi}`);
      }
    }
  });

  it("makes every registry function and every entry point a callable global", () => {
    const { ctx } = env([["x"]]);
    for (const f of FUNCTIONS) {
      expect(typeof ctx[f.id], f.id).toBe("function");
      expect(typeof ctx[f.name.vi], f.name.vi).toBe("function");
    }
    for (const n of ["onOpen", "onInstall", "showSidebar", "menuCheck", "menuReport", "menuInsertPlan", "menuLintPlan", ...SIDEBAR_CALLS.map((c) => c.name)]) {
      expect(typeof ctx[n], n).toBe("function");
      expect(code).toMatch(new RegExp(`^function ${n}\\(`, "m"));
    }
  });

  it("carries @OnlyCurrentDoc so Apps Script limits it to the bound spreadsheet", () => {
    expect(code.startsWith("/** @OnlyCurrentDoc */")).toBe(true);
  });

  it("calls no service while loading (Apps Script evaluates the file before every call)", () => {
    const fakes = createGasFakes();
    loadAppsScript(code, fakes, { Plans: plans });
    expect(fakes.calls.total).toBe(0);
  });
});

const plan = loadBundledPlans()[0];
const CASES: Array<{ name: string; id: string; args: FunctionArg[] }> = [
  { name: "a status for one cell", id: "TARGET_STATUS", args: [0.632, "ít nhất 65%"] },
  { name: "a status column for a range (one call)", id: "TARGET_STATUS", args: [[[0.7], [0.5], [""], ["abc"]], "ít nhất 65%"] },
  { name: "statuses for a range of targets too", id: "TARGET_STATUS", args: [[[28], [20]], [["28/28 trường"], ["ít nhất 25 trường"]]] },
  { name: "met or not as booleans", id: "TARGET_MET", args: [[[0.7], [0.5]], "ít nhất 65%"] },
  { name: "a signed gap", id: "TARGET_GAP", args: [0.632, "ít nhất 65%"] },
  { name: "progress for a count", id: "TARGET_PROGRESS", args: [21, "28/28 trường"] },
  { name: "an English explanation", id: "TARGET_EXPLAIN", args: [0.632, "ít nhất 65%", "", "", "en"] },
  { name: "a change against a baseline", id: "TARGET_STATUS", args: [120, "tăng ít nhất 10% so với năm trước", 100] },
  { name: "the canonical form of a target", id: "TARGET_RULE", args: ["từ 95% trở lên"] },
  { name: "Vietnamese numbers in a column", id: "VN_NUMBER", args: [[["7.910"], ["85,7%"], ["1.234,5"]]] },
  { name: "an error cell inside a spilled column as text", id: "VN_NUMBER", args: [[["7.910"], ["không phải số"]]] },
  { name: "a bundled plan's target", id: "PLAN_TARGET", args: [plan.id, plan.indicators[0].id] },
];

describe("custom functions through the bundle", () => {
  it.each(CASES)("give the registry's result for $name", ({ id, args }) => {
    const { ctx } = env([["x"]]);
    const want = expected(id, args);
    expect(want.thrown).toBeUndefined();
    expect(plain(ctx[id](...args))).toEqual(plain(want.value));
  });

  it("throw the registry's message for an error in a single cell, so the cell shows #ERROR! with it", () => {
    const { ctx } = env([["x"]]);
    const want = expected("VN_NUMBER", ["không phải số"]);
    expect(want.thrown).toMatch(/^#VALUE! /);
    expect(() => ctx.VN_NUMBER("không phải số")).toThrow(want.thrown);
    expect(() => ctx.TARGET_STATUS(0.5, "")).toThrow(expected("TARGET_STATUS", [0.5, ""]).thrown);
  });

  it("read dates handed over from another realm the way Apps Script hands them (local calendar day)", () => {
    const { ctx } = env([["x"]]);
    const asOf = new Date(2025, 0, 15);
    const inside = vm.runInContext("new Date(2025, 0, 15)", ctx as vm.Context);
    const args: FunctionArg[] = [null, "chậm nhất 30/6/2025", null, asOf];
    const want = expected("TARGET_STATUS", args).value;
    expect(ctx.TARGET_STATUS(null, "chậm nhất 30/6/2025", null, asOf)).toBe(want);
    expect(ctx.TARGET_STATUS(null, "chậm nhất 30/6/2025", null, inside)).toBe(want);
  });

  it("answer to their Vietnamese names with the same results", () => {
    const { ctx } = env([["x"]]);
    expect(plain(ctx.TRANG_THAI([[0.7], [0.5]], "ít nhất 65%"))).toEqual(plain(ctx.TARGET_STATUS([[0.7], [0.5]], "ít nhất 65%")));
  });
});

describe("the menu", () => {
  it("onOpen builds the add-on menu (Extensions › Chỉ tiêu) whose items call global functions", () => {
    const { fakes, ctx } = env([["x"]]);
    ctx.onOpen({});
    expect(fakes.ui.menus).toHaveLength(1);
    expect(fakes.calls.byMethod.get("Ui.createAddonMenu")).toBe(1);
    const menu = fakes.ui.menus[0];
    const items = menu.items.filter((i): i is { label: string; fn: string } => i !== "separator");
    expect(items.map((i) => i.label)).toEqual(["Mở bảng điều khiển", "Kiểm tra", "Báo cáo", "Chèn kế hoạch", "Kiểm tra kế hoạch"]);
    for (const i of items) expect(typeof ctx[i.fn], i.fn).toBe("function");
  });

  it("onOpen needs nothing of Host.html; the first item clicked reads it once, and custom functions never do", () => {
    const fakes = createGasFakes();
    fakes.addSheet("Tổng hợp", [["x"]]);
    const ctx = loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans });
    ctx.onOpen({});
    expect(ctx.TARGET_STATUS(0.7, "ít nhất 65%")).toBe(expected("TARGET_STATUS", [0.7, "ít nhất 65%"]).value);
    expect(fakes.calls.byMethod.get("HtmlService.createHtmlOutputFromFile")).toBeUndefined();
    expect(() => ctx.sidebarListSheets()).toThrow(/thiếu tệp HTML "Host"/);
    (fakes.globals.HtmlService as { __files: Map<string, string> }).__files.set("Host", host);
    ctx.sidebarLoadState();
    ctx.sidebarListSheets();
    ctx.showSidebar();
    // The read that failed, Host.html once for the three calls, and the sidebar's page.
    expect(fakes.calls.byMethod.get("HtmlService.createHtmlOutputFromFile")).toBe(3);
  });

  it("Mở bảng điều khiển shows the built sidebar", () => {
    const { fakes, ctx } = env([["x"]]);
    ctx.showSidebar();
    expect(fakes.ui.sidebars).toHaveLength(1);
    expect(fakes.ui.sidebars[0].title).toBe("Chỉ tiêu");
    expect(fakes.ui.sidebars[0].html).toBe(sidebar);
  });

  it.each([
    ["menuCheck", "sheet"],
    ["menuReport", "report"],
    ["menuInsertPlan", "plan"],
    ["menuLintPlan", "plan"],
  ])("%s opens the panel at the %s step and writes nothing to the sheet", (fn, step) => {
    const { fakes, ctx } = env(listSheet(0));
    const before = plain(fakes.snapshot("Tổng hợp"));
    ctx[fn]();
    expect(fakes.ui.sidebars).toHaveLength(1);
    expect(fakes.ui.alerts).toEqual([]);
    expect(plain(fakes.snapshot("Tổng hợp"))).toEqual(before);
    expect(fakes.sheets).toHaveLength(1);
    expect((plain(ctx.sidebarLoadState()) as any).intent.step).toBe(step);
  });
});

/**
 * The session as the sidebar runs it, over the built server in the vm: each host call goes through a JSON copy,
 * as google.script.run makes one.
 */
function remote(ctx: Record<string, any>, today = "2026-01-15", sent?: Array<{ fn: string; args: unknown[] }>): Session {
  const call = ((fn: string, ...args: unknown[]) => {
    sent?.push({ fn, args: plain(args) as unknown[] });
    return Promise.resolve().then(() => plain(ctx[fn](...(plain(args) as unknown[]))));
  }) as unknown as Call;
  return new Session(new RemoteWorkbook(call), { today });
}


/** A session that has chosen `planChoice` and read the first sheet, ready to write. */
async function opened(ctx: Record<string, any>, planChoice: Parameters<Session["choosePlan"]>[0] = { kind: "none" }): Promise<Session> {
  const s = remote(ctx);
  await s.start();
  await s.choosePlan(planChoice);
  s.toStep("sheet");
  await s.openSheet("Tổng hợp");
  return s;
}

/** Counts the service calls of `fn`. */
async function counted(fakes: GasFakes, fn: () => Promise<unknown>): Promise<{ calls: number; byMethod: Record<string, number> }> {
  fakes.resetCalls();
  await fn();
  return { calls: fakes.calls.total, byMethod: Object.fromEntries(fakes.calls.byMethod) };
}

describe("checking a sheet through the server's host calls", () => {
  it("makes the same number of service calls on a small and on a 100,000-cell sheet", async () => {
    const small = env(listSheet(0));
    const big = env(listSheet(100_000, 44));
    const cells = big.fakes.sheets[0].values.length * big.fakes.sheets[0].values[0].length;
    expect(cells).toBeGreaterThanOrEqual(100_000);
    const sessions = { small: await opened(small.ctx), big: await opened(big.ctx) };
    const figures: Record<string, { small: number; big: number }> = {};
    for (const [step, run] of [
      ["read", (s: Session) => s.openSheet("Tổng hợp")],
      ["write", (s: Session) => s.write()],
      ["re-write", (s: Session) => s.write()],
      ["report", (s: Session) => s.makeReport({})],
    ] as const) {
      const a = await counted(small.fakes, () => run(sessions.small));
      const t0 = Date.now();
      const b = await counted(big.fakes, () => run(sessions.big));
      const ms = Date.now() - t0;
      console.log(`sheets ${step}: ${a.calls} calls on ${small.fakes.sheets[0].values.length * HEADER.length} cells, ${b.calls} calls on ${cells} cells (${ms} ms in Node over the fakes)`);
      expect(sessions.big.problem, step).toBeNull();
      expect(b.byMethod, step).toEqual(a.byMethod);
      expect(b.calls, step).toBe(a.calls);
      figures[step] = { small: a.calls, big: b.calls };
    }
    expect(sessions.big.step).toBe("results");
    expect(figures.write.small).toBeLessThan(120);
  });

  it("makes the same service calls on a 1k and a 100k-cell school × indicator matrix and leaves each block cell as core planned it", async () => {
    // The bench's matrix (bench/grids.ts): one row per school, a summary and a status per indicator on each row;
    // which status columns hold a formula in some row and which a fixed text in every row differs with the size.
    const plan = getBundledPlan("hai-an-2024-2025")!;
    const run = async (cells: number) => {
      const grid = matrixGrid(plan, cells);
      const width = Math.max(...grid.values.map((r) => r.length));
      const { fakes, ctx } = env(grid.values.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? "") as Cell)));
      const sent: Array<{ fn: string; args: unknown[] }> = [];
      const s = remote(ctx, "2025-05-31", sent);
      await s.start();
      await s.choosePlan({ kind: "bundled", id: plan.id });
      s.toStep("sheet");
      const read = await counted(fakes, () => s.openSheet("Tổng hợp"));
      const write = await counted(fakes, () => s.write());
      expect(s.problem, `${cells}`).toBeNull();
      expect(s.step).toBe("results");
      const edits = sent.find((x) => x.fn === "sidebarApplyEdits")!.args[0] as SheetEdits;
      return { read, write, edits, sheet: fakes.sheets[0], rows: grid.values.length };
    };
    const small = await run(1_000);
    const big = await run(100_000);
    expect(big.rows).toBeGreaterThan(10 * small.rows);
    expect(big.read.byMethod).toEqual(small.read.byMethod);
    expect(big.write.byMethod).toEqual(small.write.byMethod);
    expect(big.write.byMethod["Range.setFormulas"]).toBe(1);
    for (const { edits, sheet } of [small, big]) {
      const { top, left } = edits.block.range;
      let formulas = 0;
      edits.block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const at = `${r + top},${c + left}`;
          const f = sheet.formulas[r + top][c + left];
          const v = sheet.values[r + top][c + left];
          if (cell !== null && "formula" in cell) {
            formulas++;
            expect(f, at).toBe(`=${cell.formula}`);
          } else {
            expect(f, at).toBe("");
            expect(v, at).toEqual(cell === null ? "" : "text" in cell ? cell.text : "number" in cell ? cell.number : cell.bool);
          }
        }),
      );
      expect(formulas).toBeGreaterThan(edits.block.cells.length);
      // Every column's width as core asked, though equal widths side by side go in one call.
      const widths = Object.entries(edits.columnWidths);
      expect(widths.length).toBeGreaterThan(10);
      for (const [c, w] of widths) expect(sheet.columnWidths.get(Number(c) + 1), `column ${c}`).toBe(px(w));
    }
    expect(big.write.byMethod["Sheet.setColumnWidths"]).toBeLessThan(Object.keys(big.edits.columnWidths).length);
  }, 120_000);

  it("writes live formulas, one exact-text colour rule per verdict and live symbol + word explanations", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = await opened(ctx);
    await s.write();
    const sh = fakes.sheets[0];
    expect(sh.formulas[1][6]).toMatch(/^=IF\(/);
    // The explanation is live too: the engine's sentence while the figure is the one checked, "check again" after.
    expect(sh.formulas[1][7]).toMatch(/^=IF\(IFERROR\(AND\(ISNUMBER\(E2\).*,"✗ Chưa đạt[^"]*","\? Số liệu đã đổi/);
    expect(sh.formulas[2][7]).toMatch(/^=IF\(.*E3.*,"✓ Đạt/);
    expect(sh.rules.map((x) => x.condition.kind)).toEqual(sh.rules.map(() => "textEqualTo"));
    expect(sh.rules.map((x) => x.condition.value)).toContain("Chưa đạt");
    expect(new Set(sh.rules.flatMap((x) => x.ranges))).toEqual(new Set(["G2:G5"]));
    expect(s.results!.rows.filter((r) => r.status === "not_met").map((r) => r.address)).toEqual(["E2", "E4"]);
  });

  it("keeps a numerator/denominator pair live with the add-on's own TARGET_STATUS, agreeing with the check", async () => {
    const { fakes, ctx } = env([
      ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Tử số", "Mẫu số"],
      [1, "Tỷ lệ trường đạt chuẩn", "%", "ít nhất 80%", 21, 28],
      [2, "Tỷ lệ lớp học 2 buổi/ngày", "%", "100%", 30, 30],
    ]);
    const s = await opened(ctx);
    await s.write();
    const sh = fakes.sheets[0];
    expect(sh.formulas[1][6]).toBe('=TARGET_STATUS(E2&"/"&F2,"ít nhất 80%")');
    expect(sh.formulas[2][6]).toBe('=TARGET_STATUS(E3&"/"&F3,"100%")');
    expect(s.written?.fixed).toEqual([]);
    expect(ctx.TARGET_STATUS("21/28", "ít nhất 80%")).toBe("Chưa đạt");
    expect(ctx.TARGET_STATUS("30/30", "100%")).toBe("Đạt");
  });

  it("does not duplicate the status column or its colour rules on a re-check", async () => {
    const { fakes, ctx } = env(listSheet(0));
    await (await opened(ctx)).write();
    const first = plain(fakes.snapshot("Tổng hợp"));
    const rules = fakes.sheets[0].rules.length;
    const again = await opened(ctx);
    expect(again.pending?.remembered).toBe(true);
    await again.write();
    expect(plain(fakes.snapshot("Tổng hợp"))).toEqual(first);
    expect(fakes.snapshot("Tổng hợp")[0].filter((v) => v === STATUS_HEADER)).toHaveLength(1);
    expect(fakes.sheets[0].rules.length).toBe(rules);
  });

  it("keeps a user's own colour rule elsewhere on the sheet", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const userRule = ctx.SpreadsheetApp.newConditionalFormatRule().whenTextContains("x").setBackground("#000000").setRanges([ctx.SpreadsheetApp.getActiveSheet().getRange("B2:B5")]).build();
    ctx.SpreadsheetApp.getActiveSheet().setConditionalFormatRules([userRule]);
    const s = await opened(ctx);
    await s.write();
    await s.write();
    expect(fakes.sheets[0].rules.filter((r) => r.ranges.includes("B2:B5"))).toHaveLength(1);
  });

  it("keeps a user's words in the tool's old columns, writes right of them and says where", async () => {
    const values = listSheet(0);
    // The tool's status column is there from an earlier check that left no mark (an older version), and the user
    // typed a note where explanations go.
    values[0][6] = STATUS_HEADER;
    values[2][7] = "ghi chú riêng";
    const { fakes, ctx } = env(values);
    const s = await opened(ctx);
    await s.write();
    expect([s.step, s.problem]).toEqual(["results", null]);
    const snap = fakes.snapshot("Tổng hợp");
    expect([snap[0][6], snap[2][7], snap[0][8], snap[0][9]]).toEqual([STATUS_HEADER, "ghi chú riêng", STATUS_HEADER, "Giải thích (Chỉ tiêu)"]);
    expect(s.notice?.vi).toMatch(/\(từ cột I\)/);
    expect(fakes.namedRanges.map((n) => [n.name, n.a1])).toEqual([["ChiTieu_Owned_0_1", "I1:J5"]]);
    expect(fakes.lock.held).toBe(false);
  });

  it("reads its mark back and rewrites its own columns in place on a re-check", async () => {
    const { fakes, ctx } = env(listSheet(0));
    await (await opened(ctx)).write();
    const again = await opened(ctx);
    expect(again.pending?.sheet.owned).toEqual([{ top: 0, left: 6, bottom: 4, right: 7 }]);
    await again.write();
    expect(fakes.namedRanges.map((n) => n.a1)).toEqual(["G1:H5"]);
  });

  it("writes nothing, naming the column, when a column of the block was hidden since the read", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = await opened(ctx);
    fakes.sheets[0].hiddenColumns.add(7);
    const before = plain(fakes.snapshot("Tổng hợp"));
    await s.write();
    expect(s.problem?.message.vi).toMatch(/^Cột H của trang «Tổng hợp» đang bị ẩn; chưa ghi gì/);
    expect(s.problem?.cells).toEqual([{ sheet: "Tổng hợp", address: "H1" }]);
    expect(plain(fakes.snapshot("Tổng hợp"))).toEqual(before);
    expect(fakes.lock.held).toBe(false);
  });

  it("skips a column the user hid right of the table", async () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.sheets[0].hiddenColumns.add(6);
    const s = await opened(ctx);
    expect(s.pending?.sheet.hiddenColumns).toEqual([6]);
    await s.write();
    expect(fakes.snapshot("Tổng hợp")[0][7]).toBe(STATUS_HEADER);
  });

  it("grows the grid when the block passes its last column, moving none of the user's cells", async () => {
    const fakes = createGasFakes();
    fakes.addSheet("Tổng hợp", listSheet(0), undefined, { maxColumns: HEADER.length });
    const ctx = loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans, Host: host });
    const s = await opened(ctx);
    await s.write();
    expect(s.problem).toBeNull();
    expect(fakes.sheets[0].maxColumns).toBe(HEADER.length + 2);
    expect(fakes.snapshot("Tổng hợp")[0].slice(0, HEADER.length)).toEqual(HEADER);
  });

  it("inserts columns right after the actual when the user allows it, moving the user's 'Ghi chú' and its validation", async () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.sheets[0].values[2][5] = "thiếu 2 lớp";
    fakes.sheets[0].validations.add("3,5");
    const s = await opened(ctx);
    expect(s.placement).toMatchObject({ freeBesideActual: false, canInsert: true, insert: false });
    await s.setInsert(true);
    await s.write();
    const snap = fakes.snapshot("Tổng hợp");
    expect([snap[0][5], snap[0][7], snap[2][7]]).toEqual([STATUS_HEADER, "Ghi chú", "thiếu 2 lớp"]);
    expect([...fakes.sheets[0].validations]).toEqual(["3,7"]);
    expect(s.written?.inserted).toBe(true);
  });

  it("gives the block the table's font, fits its rows, freezes the header and links a print with core's setup", async () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.sheets[0].defaultFont = { family: "Times New Roman", size: 13 };
    const s = await opened(ctx);
    await s.write();
    const sh = fakes.sheets[0];
    expect(sh.fonts.get("1,6")).toEqual({ family: "Times New Roman", size: 13 });
    expect(sh.autoResized).toEqual([[1, 5]]);
    // "Ghi chú" sits right of the actual, so the block goes right of the table and the name column stays in view.
    expect([sh.frozenRows, sh.frozenColumns]).toEqual([1, 2]);
    const url = new URL(s.written!.printUrl!);
    expect([url.searchParams.get("size"), url.searchParams.get("fitw"), url.searchParams.get("fzr"), url.searchParams.get("gid")]).toEqual(["A4", "true", "true", "0"]);
  });

  it("writes nothing when the block changed between the read and the write", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = await opened(ctx);
    fakes.sheets[0].values[2][6] = "gõ thêm";
    await s.write();
    expect(s.problem?.message.vi).toMatch(/đã thay đổi từ lúc đọc \(G3\)/);
    expect(fakes.snapshot("Tổng hợp")[0]).toHaveLength(HEADER.length);
  });

  it("holds the document lock while writing and says so when another write holds it", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = await opened(ctx);
    fakes.lock.held = true;
    await s.write();
    expect(s.problem?.message.vi).toMatch(/người khác/);
    expect(fakes.snapshot("Tổng hợp")[0]).toHaveLength(HEADER.length);
    fakes.lock.held = false;
    await s.write();
    expect(fakes.lock.acquisitions).toBe(1);
    expect(fakes.lock.held).toBe(false);
  });

  it("notes a data finding on its own status cell of the row, keeps the user's notes and clears its stale ones", async () => {
    const values = listSheet(0);
    values[3][1] = values[2][1];
    const { fakes, ctx } = env(values);
    fakes.sheets[0].notes[1][1] = "ghi chú của người dùng";
    fakes.sheets[0].notes[2][1] = "Chỉ tiêu: ghi chú người dùng gõ giống của công cụ";
    const s = await opened(ctx);
    await s.write();
    expect(s.results!.findings[0].address).toBe("B3");
    expect(fakes.sheets[0].notes[2][6]).toMatch(/^Chỉ tiêu: B3: .*hai lần/);
    expect([fakes.sheets[0].notes[1][1], fakes.sheets[0].notes[2][1]]).toEqual(["ghi chú của người dùng", "Chỉ tiêu: ghi chú người dùng gõ giống của công cụ"]);
    fakes.sheets[0].values[3][1] = "Số lớp tiểu học khác";
    const again = await opened(ctx);
    await again.write();
    expect(fakes.sheets[0].notes[2][6]).toBe("");
    expect([fakes.sheets[0].notes[1][1], fakes.sheets[0].notes[2][1]]).toEqual(["ghi chú của người dùng", "Chỉ tiêu: ghi chú người dùng gõ giống của công cụ"]);
  });

  it("carries dates across google.script.run and back as dates", async () => {
    const { ctx } = env([
      ["STT", "Nhiệm vụ", "Kế hoạch", "Thực hiện"],
      [1, "Nộp báo cáo", "chậm nhất 30/6/2025", new Date(Date.UTC(2025, 4, 20))],
    ]);
    const sheet = await new RemoteWorkbook(((fn: string, ...a: unknown[]) => Promise.resolve(plain(ctx[fn](...a)))) as unknown as Call).readSheet("Tổng hợp");
    expect(sheet?.values[1][3]).toBeInstanceOf(Date);
    expect((sheet?.values[1][3] as Date).toISOString()).toBe("2025-05-20T00:00:00.000Z");
  });

  it("selects a cell on request", () => {
    const { fakes, ctx } = env(listSheet(0));
    fakes.resetCalls();
    expect(ctx.sidebarSelect("Tổng hợp", "E4")).toBe(true);
    expect(fakes.calls.byMethod.get("Range.activate")).toBe(1);
    expect(ctx.sidebarSelect("Tổng hợp", "not an address")).toBe(false);
  });
});

describe("plans and reports", () => {
  it("stores a JSON plan beyond 9 KB in chunks under the limit and reads it back whole", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const big = loadBundledPlans().reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    const text = JSON.stringify(big);
    expect(Buffer.byteLength(text)).toBeGreaterThan(PROPERTY_VALUE_LIMIT);
    const s = remote(ctx);
    await s.start();
    await s.choosePlanJson(text, "ke-hoach.json");
    expect(s.plan?.title).toBe(big.title);
    expect(fakes.documentProperties.size).toBeGreaterThan(2);
    for (const v of fakes.documentProperties.values()) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const fresh = remote(loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans, Host: host }));
    await fresh.start();
    expect(fresh.state.plan?.kind).toBe("file");
    expect(fresh.plan?.title).toBe(big.title);
    expect(fresh.step).toBe("sheet");
  });

  it("replaces every old chunk when a smaller state is stored", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = remote(ctx);
    await s.start();
    await s.choosePlanJson(JSON.stringify(loadBundledPlans()[0]));
    await s.choosePlan({ kind: "none" });
    expect([...fakes.documentProperties.keys()].sort()).toEqual(["chitieu.state.0", "chitieu.state.n"]);
  });

  it("says what is wrong with bad plan JSON and stores nothing", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = remote(ctx);
    await s.start();
    await s.choosePlanJson("{ not json", "ke-hoach.json");
    expect(s.problem?.message.en).toBe("File ke-hoach.json is not valid JSON; choose a plan .json file exported by Chỉ tiêu.");
    expect(fakes.documentProperties.size).toBe(0);
  });

  it("adds the report and its notes sheet, remembers them as the tool's and refuses to check them", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const sent: Array<{ fn: string; args: unknown[] }> = [];
    const s = remote(ctx, undefined, sent);
    await s.start();
    await s.choosePlan({ kind: "none" });
    s.toStep("sheet");
    await s.openSheet("Tổng hợp");
    await s.write();
    await s.makeReport({});
    expect(fakes.sheets.map((x) => x.name)).toEqual(["Tổng hợp", "Báo cáo", "Ghi chú kỹ thuật"]);
    // Each new sheet's columns as wide as core asked.
    const added = sent.filter((x) => x.fn === "sidebarAddSheet").map((x) => x.args[0] as NewSheet);
    expect(added).toHaveLength(2);
    added.forEach((ns, k) => {
      const widths = ns.columnWidths.flatMap((w, c) => (w === undefined ? [] : [[c, w] as const]));
      expect(widths.length).toBeGreaterThan(1);
      for (const [c, w] of widths) expect(fakes.sheets[k + 1].columnWidths.get(c + 1), `${ns.name} column ${c}`).toBe(px(w));
    });
    const text = fakes.snapshot("Báo cáo").flat().join(" ");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp");
    await s.makeReport({});
    expect(fakes.sheets.map((x) => x.name)).toContain("Báo cáo (2)");
    await s.openSheet("Báo cáo");
    expect(s.problem?.message.vi).toMatch(/^Trang «Báo cáo» là trang báo cáo do Chỉ tiêu tạo/);
    expect(fakes.sheets.find((x) => x.name === "Báo cáo")!.metadata).toEqual(["chitieu.ownedSheet"]);
    expect(new URL(s.reportSheets[0].printUrl!).searchParams.get("size")).toBe("A4");
    // Even when the spreadsheet's memory of what the tool made is gone, the mark refuses the report.
    fakes.documentProperties.clear();
    const fresh = await opened(loadAppsScript(code, fakes, { Sidebar: sidebar, Plans: plans, Host: host }));
    await fresh.openSheet("Báo cáo");
    expect(fresh.problem?.message.vi).toBe("Trang «Báo cáo» là trang do Chỉ tiêu tạo, không phải trang số liệu; hãy chọn trang có số liệu để kiểm tra.");
  });

  it("inserts the chosen bundled plan as a self-checking sheet, lints it, and reads a plan back from that sheet", async () => {
    const { fakes, ctx } = env(listSheet(0));
    const s = remote(ctx);
    await s.start();
    await s.choosePlan({ kind: "bundled", id: plan.id });
    await s.insertPlanSheet();
    const inserted = fakes.sheets[fakes.sheets.length - 1];
    expect(inserted.formulas.flat().filter((f) => f.startsWith("=")).length).toBeGreaterThan(0);
    await s.lint();
    expect(Array.isArray(s.lintResult)).toBe(true);
    await s.choosePlan({ kind: "sheet", name: inserted.name });
    expect(s.plan?.indicators.length).toBe(plan.indicators.length);
  });
});
