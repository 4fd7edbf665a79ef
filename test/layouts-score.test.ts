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
  it("reads at least 95% of the expected verdicts right with none confidently wrong, finds every table, and never reports clean over unjudged shortfalls", async () => {
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
    // Round 6 (2026-12-02): 98.2% right and no confidently wrong verdict ("không giảm" had passed 3 shortfalls).
    expect(t.wrong).toBe(0);
  }, 600_000);
});

/**
 * The held-out layout sets as a ratchet: each was measured fresh once (never tuned on when measured), and from then on
 * may not fall below what the readers reached, nor give more confidently wrong verdicts. 2026-12-02, after round 6
 * (sheet6): holdout 8/8 tables, 97.0% right, 0 wrong (99.0% before: three first-term rates are now asked, "Cần xác
 * nhận", where layouts disagree on judging them); holdout2 13/15, 83.8%, 4; holdout3 8/10, 68.5%, 5; holdout4 6/6,
 * 92.5%, 1; holdout5 8/8, 80.2%, 11 (71.9% and 6/8 fresh; spent by round 6). Holdout6 after round 7 (sheet7): 7/14,
 * 39.8%, 8 (5/14, 31.1%, 7 fresh; spent by round 7), with the one false pass (97) and two silent clean results (97, 98)
 * it was measured with, allowed until fixed and never more. No other set may pass a shortfall or report clean over one.
 * Round 8 (sheet8): holdout6 12/14, 84.8%, 6 wrong, no false pass and no silent clean result left (a planned deadline
 * column, timetables with merged month cells, units × deadlines, targets in another table); holdout5 80.6%, 9 wrong;
 * holdout2 3 wrong; the other sets unchanged.
 * Round 9 (sheet9) spends holdout7 (fresh before round 8: 8/12, 56.4%, 7 wrong, 1 silent clean; after round 8 10/12,
 * 64.4%, 9 wrong with one false pass, 112): 10/12, 67.0%, 3 wrong, no false pass (a mid-year estimate under a bare
 * "Năm 2014" heading, a strict "Trước ngày" deadline cell, "Chưa báo cáo" over a count pair's total); the other sets
 * unchanged.
 * Session 10 (rounds 12 and 13): the ratchet follows what the readers reached on every set (holdout2 84.5%, 2 wrong;
 * holdout6 13/14, 88.6%; holdout7 11/12, 85.1%, 2 wrong) and takes holdout8 (spent by round 11: 12/12, 96.6%, 2 wrong)
 * and holdout9 (fresh before round 12: 7/8, 60.9%, 15 wrong, one silent clean result; spent by round 13: 7/8, 86.4%,
 * 3 wrong, none silent).
 * Sheet14b: a shortfall beside a remark giving a reason it may not count is asked; a task's asked share, a Tết deadline:
 * and a best prize against a prize level: holdout3 69.0%, 4 wrong; holdout4 93.8%, 0 wrong; holdout5 87.0%, 4 wrong;
 * holdout8 97.0%, 1 wrong; holdout9 88.8%, 0 wrong.
 * Round 14 (sheet14a): holdout6 14/14, 89.8% (targets listed on another sheet, a count with its share below);
 * holdout9 8/8, 98.2%, 0 wrong with both (a target named by the body that set it, a name heading merged over two columns).
 * Sheet15: holdout2 88.6% (84.5%), 2 wrong: "Kết quả" no longer counts against a heading's match, and "Đạt" is never
 * contained in "Chưa đạt" (rating levels under "Kết quả xếp loại", 44).
 * Sheet16a: holdout10 joins (spent; measured fresh at 5/8, 34.3%, 8 wrong): 8/8, 88.4%, 9 wrong with roles heading a
 * unit matrix's blocks (140), a target row's label ending in its source in brackets (143) and answers by level with
 * the level aimed at in the title (138); the ninth wrong is a blank beside a note naming a later month, read pending.
 * Sheet16b: holdout3 70.0%, 2 wrong (a middle grade's bare share asked); holdout5 3 wrong and holdout6 2 (a count under a
 * yes/no target asked); holdout10 joins (spent by session 12: 5/8 tables, 34.3% and 8 wrong fresh; 39.0%, 0 wrong after
 * a standard's level ladder, an enrolment pair above 100%, windows and spans of days, six months' caps and growth).
 * Both merged: holdout10 8/8, 93.0%, 1 wrong; holdout6 89.4%, 3 wrong (91 E10: "Tuần 2, 3 tháng 10/2022 (từ 10/10 đến
 * 22/10)", kept as written now that the reader sees its first day, is read as "≥ 3 tháng" by the reader).
 * Fix15d: holdout6 89.8%, 2 wrong (91 E10 right: numbers before a month with its year are its weeks or days, and the
 * month lends its year to the window's days).
 * Sheet17a: holdout11 joins (spent; fresh 7/8 tables, 59.5%, 9 wrong, 2 false passes, 146 silently clean): 7/8, 73.3%,
 * 8 wrong, 1 false pass (148's years side by side), none silent: a target sentence is never taken from another table
 * above (146 now ends in the one-line error, not clean over counts), a share or zero on the target row judges the total
 * row too (144, 145; holdout6 91.3%, holdout10 95.9%), a unit's own target column makes no target row (149), a
 * registered target pairs with the one column of numbers beside it (150's COUNTIF of a grid of marks).
 * Sheet17b: holdout7 88.3% (85.1%), 2 wrong: earlier years' plan/result pairs beside the latest are judged (114).
 * Session 13 end (round 16 with its review, both sheet branches merged): holdout11 87.1%, 1 wrong, no false pass.
 * Sheet18a: holdout12 joins (spent; fresh 5/8 tables, 47.6%, 5 wrong, none silent): 8/8, 88.6%, 4 wrong, no false
 * pass (agencies × periods with deadlines in a second header row, two tables on one sheet both judged, a conclusion
 * judged from its parts by the sheet's all-pass rule, a guarded rate over a count still to come); holdout5 90.1%
 * (87.0%: 81's second table is judged too).
 * Sheet18b: holdout3 9/10 tables, 75.9% (70.0%), 2 wrong: a period in a plan's name ("giai đoạn 2013 - 2015") no
 * longer counts against a column naming no year (63 found; its city-wide rates are still not judged).
 * Sheet19: holdout13 joins (spent; fresh 6/8 tables, 59.2%, 3 wrong, 1 false pass): 8/8, 88.3%, 4 wrong, no false pass
 * (a target merged over several columns judged on their sum, band rows holding targets, a receipt column beside a
 * deadline read as the result; the 4 wrong are blanks past due, on which the sets disagree).
 * Session 16: a blank past its due date is overdue in every set (fix19c re-decided 17 older cells to that one rule).
 * Sheet20 and fix19c: holdout14 joins (spent; fresh 7/8 tables, 72.8%, 16 wrong, no false pass): 7/8, 92.6%, 2 wrong
 * (a part-done task past due, on which 171 and 98/125 disagree; "Chưa có số liệu ước" read as invalid).
 * Sheet21 (holdout15 spent; fresh 6/8 tables, 55.7%, 3 wrong, 1 false pass, 1 silent): holdout15 8/8, 94.8%, 1 wrong
 * (178's part-done task, as above), no false pass, none silent; holdout8 97.0% → 97.5% ("Đang đề nghị … công nhận"
 * awaits a decision, 126).
 * Sheet22 (holdout16 spent; fresh 7/8 tables, 44.4%, 34 wrong, 3 false passes, 1 silent): holdout16 7/8, 66.2%, 2 wrong
 * (a commune total over a unit whose leaver remark is asked; a blank the notes say is scheduled), no false pass, none
 * silent; --all and holdout15 unchanged.
 * Session 17 (integrator): an unfinished task past due is overdue, blank or part-done (171 F15, 178 E15 re-decided to
 * the convention 98 and 125 already held): holdout14 93.1%, 1 wrong; holdout15 96.5%, 0 wrong.
 * Sheet23a: a block of yes/no answers marked under a "Có | Không" line inside a table is read by its marks: holdout2
 * 89.0% (48 C41), holdout7 89.9% (105 C39); no set's wrong count moved.
 * Sheet26 (holdout17 spent in session 21; fresh 5/8 tables, 29.7%, 1 wrong, 0 false passes, 1 silent: 199): 6/8,
 * 46.2%, 1 wrong (194's Thôn 4, a roll the notes correct), no false pass, none silent (199's nine district columns tied
 * with the one read are counted as not judged: exit 4); the spent 168 layouts unchanged line by line.
 */
/** [set, tables at least, right rate at least, wrong at most, false passes at most, silent clean layouts allowed]. */
const HELD_OUT: ReadonlyArray<readonly [string, number, number, number, number, readonly string[]]> = [
  ["holdout", 8, 0.965, 0, 0, []],
  ["holdout2", 13, 0.889, 2, 0, []],
  ["holdout3", 9, 0.758, 2, 0, []],
  ["holdout4", 6, 0.937, 0, 0, []],
  // Round 46 (units46 + mend46u, levels46): holdout5/82 E12 "Số giải" 2 against "100% HS dự thi đạt giải" asked (the
  // share needs the entrants), 89.7%; holdout7/104 C11 a count of 953 under "%" refused, not 953 % (right by accident), 89.4%.
  ["holdout5", 8, 0.897, 3, 0, []],
  ["holdout6", 14, 0.912, 2, 0, []],
  ["holdout7", 11, 0.893, 2, 0, []],
  ["holdout8", 12, 0.975, 1, 0, []],
  ["holdout9", 8, 0.98, 0, 0, []],
  ["holdout10", 8, 0.958, 1, 0, []],
  // Round 30b (sheet30b: "vào lớp 1" a figure of who is there, so a remark on a child taught apart asks, 145 D12): 7 / 87.9% / 0 wrong.
  ["holdout11", 7, 0.879, 0, 0, []],
  ["holdout12", 8, 0.885, 4, 0, []],
  ["holdout13", 8, 0.88, 4, 0, []],
  // Round 29a (sheet29a: "Chưa có số liệu ước" is no data, 175 F24): 93.5%, 0 wrong.
  ["holdout14", 7, 0.935, 0, 0, []],
  ["holdout15", 8, 0.96, 0, 0, []],
  // Round 29r (fix29r: refusals where the Vietnamese decides; 187: +2 right, nothing lost): 7/8, 67.6% right, 2 wrong, no false pass, none silent.
  // Round 30a (sheet30a: a town's kind written short, "TT Yên Mỹ", names the unit "Thị trấn Yên Mỹ" of the targets
  // sheet, 190 E16/F16): 7/8 tables, 69.0% right, 2 wrong, no false pass, none silent.
  // Round 34x (task34: a progress column read as a second timing beside quarter and month deadlines is the tasks'
  // result, 191's works table, 13 → 19 of 19 right, 7 extra verdicts on the name column gone): 7 / 73.2% / 2 wrong.
  ["holdout16", 7, 0.73, 2, 0, []],
  // Session 21 (integrator): a row whose tied figure columns disagree asks instead of giving the first column's verdict for the
  // whole row (199: three first-district verdicts now "Cần xác nhận", both readings named): 46.2% → 44.1%, refused +3.
  // Round 28b (sheet28b): units across the top judged each on the row's target where that is safe (199: 0 → 26 of 33).
  // Round 29b (sheet29b: the whole's column "Toàn tỉnh" beside units across judged on the row's target, 199 O10-O12):
  // 6 / 64.1% / 1 wrong.
  // Round 33x (unit33: sheet32's plan row over a result row, labelled "Kế hoạch" / "Thực hiện" in a column beside the
  // names, re-landed with status headings naming the merged parent with its child, "Mẫu giáo – 3-4 tuổi"; 192 found:
  // 0 → 20 of 24): 7/8 tables, 77.9% right / 3.4% refused / 1 wrong.
  ["holdout17", 7, 0.77, 1, 0, []],
  // Gathered in session 18, scored fresh on main in sessions 18–21 (totals only); spent in session 22 by round 27 at
  // its last fresh figures: 7/8 tables, 50.3% right, 5 wrong, no false pass, none silent.
  // Round 27 (sheet27): units across under a result heading naming whose result it is ("Kết quả thực hiện của thôn ⟩
  // Thôn …") found and tied (205: table not found → found, every village column tied, exit 4): 7 → 8 tables, 52.4%.
  // Then a norm per unit judged on the average beside the count ("Số lượng | Trên tổng số | Bình quân", 203): 53.1%.
  // Round 28b: units across judged each on the row's target, asked where the target has two readings or the figure a
  // remark (205: 3 → 14 of 21, 7 refused, wrong unchanged): 60.5%.
  // Round 29a (sheet29a: "Chưa cân" is no data, 201 F20): 61.2%, 4 wrong.
  // Round 30b (sheet30b: a figure with more written after it asked about, 200 F27): 8 / 61.2% / 3 wrong.
  ["holdout18", 8, 0.612, 3, 0, []],
  // Gathered in session 22 and scored fresh on main before and after round 27 (totals only: the same both times); spent in
  // session 23 by round 28 at its last fresh figures: 5/8 tables, 31.0% right, 20 wrong, no false pass, one silent (212).
  // Round 28b (sheet28b): 208 (classes across under "Kết quả thực hiện theo lớp") and 210 (a unit's target beside the
  // combined group's share, re-marking awaited) found: 7/8 tables, 50.6% right, wrong 20 unchanged.
  // Round 28 (sheet28a): a plan and result paired under each period heading stay a pair, the other periods' results
  // counted as not judged (212: silent, 6 wrong → 7 right, exit 4); a no-figure phrase with a bracketed reason is no
  // data (214 E18): 35.4%, 13 wrong, none silent.
  // Round 28 combined (sheet28a + sheet28b, integrator): 7/8 tables, 55.1% right, 13 wrong, no false pass, none silent.
  // Round 29a (sheet29a: "Chưa chấm (chờ …)" is no data, 213 F15): 55.7%, 12 wrong.
  // Round 29b (sheet29b: the whole's column "Toàn trường (%)" beside the classes, 208 J11-J16): 7 / 58.2% / 13 wrong.
  // Round 29 combined (sheet29a + sheet29b + roll29, integrator): 7/8 tables, 58.9% right, 12 wrong, no false pass, none silent.
  // Round 30b (sheet30b: a figure with more written after it asked about, 213 D10-D21 "18/19 TC - 48/49 CT"): 7 / 58.9% / 2 wrong.
  ["holdout19", 7, 0.585, 2, 0, []],
  // Gathered in session 23 and scored fresh on main before and after round 28 (totals only: 5/8 tables, 26.7% → 48.1%
  // right, 21 wrong both times, no false pass, none silent); spent in session 24 by round 29 at its last fresh figures.
  // Round 29a (sheet29a: a term's figure on the term's plan, not the year's (216 table I); a term's figures under a title
  // naming the term held against the year's targets (216 table II); a group's own horizon target holds a short running
  // total not yet due (223)): 5/8 tables, 58.7% right, 7.6% refused, 6 wrong, no false pass, none silent.
  // Round 29b (sheet29b: the whole's column beside units across, 222 O10-O13; targets by school year on another sheet
  // taken from the column of the results' year, 217 found): 6/8 tables, 57.3% right, 21 wrong, none silent.
  // Round 29 combined (sheet29a + sheet29b + roll29, integrator): 6/8 tables, 67.9% right, 6 wrong, no false pass, none silent.
  // Round 30b (sheet30b: a figure with more written after it asked about, 223 F12/F13/F16, 220 E25): 6 / 67.9% / 2 wrong.
  // Round 30 combined (integrator): a figure the reading cannot take where the phrase holds another number is asked
  // about, not called invalid (core/rule/evaluate.ts partlyRead): one of 217's right verdicts becomes a question while
  // --all loses a wrong one (153) and gains a right one (65); 6/8, 67.2% right, 2 wrong. The floor moves down to 0.67, said.
  ["holdout20", 6, 0.67, 2, 0, []],
  // Gathered in session 24 and scored fresh on main before and after round 29 (totals only: 4/7 tables, 31.9% right both
  // times, 2 wrong, no false pass, none silent); spent in session 25 by round 30 at its last fresh figures.
  // Round 30b (sheet30b: a list row's note naming a child taught apart asks, 224 J18): 4 / 32.7% / 1 wrong.
  // Round 30a (sheet30a: a target row naming the part of the year the title reports on, over a rate part no word
  // names beside a plan and a count, 230 found; --all 193/207 tables, 85.5% right, 46 wrong, 8.9% not judged, 105
  // extra, none silent): 5/7 tables, 54.9% right, 13.3% refused, 2 wrong, no false pass, none silent.
  // Round 30a (sheet30a: a plan column naming what it plans with its source in brackets, "Chỉ tiêu giảm tỷ lệ hộ nghèo
  // năm 2023 (NQ HĐND tỉnh)", paired with "Mức giảm …", 229 found; --all 194/207, 85.8%, 46 wrong, 8.6% not judged):
  // 6/7 tables, 63.7% right, 13.3% refused, 2 wrong, no false pass, none silent.
  // Round 30a (sheet30a: a budget, "Dự toán HĐND thị xã giao năm 2021", is the plan of the revenue beside it; "% dự
  // toán" the ratio to it, 231's second block; --all 194/207, 86.0%, 46 wrong, 8.3% not judged): 6/7 tables, 71.7%
  // right, 13.3% refused, 2 wrong, no false pass, none silent.
  ["holdout21", 6, 0.716, 1, 0, []],
  // Gathered in session 25 and scored fresh on main before and after round 30 (totals only: 6/8 tables, 65.2% right both
  // times, 13 wrong, no false pass, none silent); spent in session 26 by round 31 at its last fresh figures.
  // Round 31x (sheet31: figures to a month's end are part of the year, 234; an estimate of the year naming no year beside
  // six months' results is no result yet, 239; a season harvested by mid-year is final, 236, 239; each unit's target
  // in words beside its result, or in shares after the year-end group's share, 237, 232; --all 202/215, 86.3% right,
  // 29 wrong, 7.9% not judged, 106 extra, none silent): 8/8 tables, 89.3% right, 9.6% refused, 1 wrong, no false
  // pass, none silent.
  ["holdout22", 8, 0.89, 1, 0, []],
  // Gathered in session 26 and scored fresh on main before and after round 31 (totals only: 4/8 tables, 28.7% → 29.5%
  // right, 1 → 0 wrong, no false pass, none silent); spent the same session by round 32 at its last fresh figures.
  // Round 33x (table33: a title line naming another sheet points to the targets there, 243; --all 214/231, 84.7% right,
  // 35 wrong, 9.4% not judged, 135 extra, none silent): 5/8 tables, 49.2% right, 1.6% refused, 0 wrong, no false pass,
  // none silent.
  // Round 33x (unit33: sheet32's plan row over a result row re-landed, 244 found: 7 of 9 right, 2 asked; --all 214/231
  // tables, 84.7% right, 35 wrong, 9.5% not judged, 145 extra, none silent): 5/8 tables, 35.2% right / 3.3% refused /
  // 0 wrong, no false pass, none silent.
  // Both merged (integrator): 6/8 tables, 54.9% right, 3.3% refused, 0 wrong, no false pass, none silent.
  ["holdout23", 6, 0.54, 0, 0, []],
  // Gathered in session 26 and scored fresh on main before and after round 32 (totals only: 6/8 tables, 62.6% right
  // both times, 3.3% refused, 6 wrong, no false pass, 27.5% not judged, none silent); spent in session 27 by round 33
  // at its last fresh figures.
  // Round 33x (table33: one target merged down the units' rows, after a hidden column, taken for a share of part of the
  // year, 252): 7/8 tables, 63.7% right, 12.1% refused, 6 wrong, no false pass, 17.6% not judged, none silent.
  ["holdout24", 7, 0.63, 6, 0, []],
  // Gathered in session 27 and scored fresh on main before and after round 33 (totals only: 6/8 tables, 48.5% right
  // both times, 9.1% refused, 6 wrong, 1 false pass — 262's canal finished after its deadline read as done on time —
  // 33.3% not judged, none silent); spent in session 28 by round 34 at its last fresh figures.
  // Round 34x (table34: a result word before what it counts beside the same year's target, 259; a count of months to
  // date, "Lũy kế 10 tháng", 263; a dash in the whole's column makes a count, 256): 8/8 tables, 71.2% right / 9.1%
  // refused / 6 wrong, 1 false pass, 10.6% not judged, none silent.
  // Round 34x (task34: in a task table the completion day decides on time or late over the result's words, 262 E16/E17;
  // a share of a task done against its deadline is under way, 262 F19, 261 E23; a deadline among count/rate columns is
  // answered in the count's cell, 256 F16): 6/8 tables, 54.5% right, 7.6% refused, 3 wrong, no false pass, none silent.
  // Both merged (integrator): 8/8 tables, 81.8% right, 7.6% refused, 1 wrong, no false pass, 9.1% not judged, none silent.
  ["holdout25", 8, 0.81, 1, 0, []],
  // Gathered in session 28 and scored fresh on main before and after round 34 (totals only: 6/8 tables, 73.4% right
  // both times, 2.5% refused, 6 wrong, no false pass, 16.5% not judged, none silent); spent in session 29 by round 35
  // at its last fresh figures.
  // Round 35x (table35: each row's as-of day in a "Số liệu đến ngày" column, 270; a figure cell saying when it comes,
  // 271, and "Chờ rà soát", 268; a dash in the first of two target columns, 269; the sheet's own target sentence above
  // a matrix, with the notes' as-of day and "duy trì sĩ số" not settled at opening, 266): 7/8 tables, 92.4% right /
  // 2.5% refused / 1 wrong, no false pass, 3.8% not judged, none silent.
  ["holdout26", 7, 0.92, 1, 0, []],
  // Gathered in session 29 and scored fresh on main before and after round 35 (totals only: 6/8 tables, 42.5% right both
  // times, 12.3% refused, 20 wrong, no false pass, 26.4% not judged, 18 extra, one silently clean result); spent at the
  // end of session 29 at those figures. 279 is the silently clean one, an open defect: the phase's review (11 July 2019)
  // is read as a figure before the phase ends, so every registration is "Chưa đến hạn", and the recognised households
  // (I, = G + H) are not paired with their target column F; strike it from the list when it is mended.
  // Round 36x (sheet36: a check whose every judged row is "Chưa đến hạn" concluded nothing and exits 4, never 0 — 279 is
  // no longer silently clean, its 8 wrong stay: row 9's target label read into the header makes C a target column; a
  // year group's plan after the sheet's period falls due at that year's end, 277 H9–H11): 6/8 tables, 45.3% right /
  // 12.3% refused / 17 wrong, no false pass, 26.4% not judged, none silent.
  // Round 36x (table36: one month alone under the year heading no longer outranks the figure to date beside it, 276;
  // --all 238/255 tables, 84.6% right, 57 wrong, 8.8% not judged, 142 extra, one silent — 279, as before): 7/8 tables,
  // 47.2% right / 12.3% refused / 20 wrong, no false pass, one silently clean result (279).
  // Both merged (integrator, session 30): 7/8 tables, 50.0% right, 17 wrong, no false pass, none silent.
  ["holdout27", 7, 0.49, 17, 0, []],
  // Gathered in session 30 and scored fresh on main in rounds 36–40 (totals only: 6/8 tables, 46.8% right, 0.8% refused,
  // 4 wrong, no false pass, 49.2% not judged, none silent, the same at every round's end); spent at the end of round 40
  // at those figures for the next round's tables work.
  // Round 40 (tables28: a plan column pairs with the merged group's sum column, 285) and round 41 (lexicon41: "thu hồi
  // nợ" is more-is-better, 286 F12): 7/8 tables, 52.4% right, 0.8% refused, 3 wrong, no false pass, none silent.
  // Round 42 (tables28d: tables28b/c's caps in a plan heading, adjusted plan and abbreviation pairing, landed with
  // review41d's two false passes mended — count or share from what the plan shows, a bracketed "(không kể …)" negates
  // nothing): 7/8 tables, 67.7% right, 0.8% refused, 2 wrong, no false pass, 29.8% not judged, none silent.
  // Round 42 (tables28e: review42c's four false passes closed by taking rules out — count or share only as the sheet
  // writes it, so 287's caps with no unit written are asked; the adjusted plan keeps the plan cell's own words; a count
  // adding words to the plan's is not paired): 7/8 tables, 60.5% right, 7.3% refused, 2 wrong, no false pass, none silent.
  ["holdout28", 7, 0.6, 2, 0, []],
  // Gathered in round 38 and scored fresh on main in rounds 38–40 (totals only: 5/8 tables, 44.7% right, 13.6% refused,
  // 1 wrong, no false pass, 40.9% not judged, none silent, the same at every round's end); spent in round 41 by
  // tables30: a target row's own due day ("Yêu cầu … | Hoàn thành trước 30/4/2014" in its notes cell) bounds its
  // targets, so a short rate read before it is not yet due, never asked against the year's end (302): 5/8 tables,
  // 57.6% right, 0.8% refused, 1 wrong, no false pass, 40.9% not judged, none silent.
  ["holdout30", 5, 0.57, 1, 0, []],
  // Gathered in round 41 and scored fresh once at 44cff018 (4/8 tables, 32.2% right, no refusal, 40 wrong — 34 of them
  // one sowing calendar's plans read as due at 31/1 — no false pass, 39.9% not judged, none silent); spent in round 42
  // by tables32: a schedule line over the header or a target cell's own horizon dates the plans (319, 318, 315), a
  // one-word plan pairs where a share's formulas divide by it (318), a plan naming a merged count's sum pairs with its
  // "Tổng số" over "Trong đó" parts (316): 6/8 tables, 83.9% right, no refusal, no wrong, 16.1% not judged, none silent.
  ["holdout32", 6, 0.83, 0, 0, []],
  // Gathered in round 42, scored fresh once at e3260448 (4/8 tables, 17.1% right, 0.6% refused, 5 wrong, no false
  // pass, 79.3% not judged, none silent); spent in round 43 by tables33: a part of a year naming a later year than the
  // top rows' period is partial (327), a yearly target judges each closed year's column (327), terms of one result
  // heading are ranked by term, never by the targets' words (320), of two time columns the one mostly days is the
  // schedule (323): 5/8 tables, 29.9% right, 5 wrong, no false pass, none silent. (tables33b removed "a year read before
  // it opens is not yet due": it trusted a period misread from any row; 323's three August quotas are wrong again.)
  ["holdout33", 5, 0.29, 5, 0, []],
  // Gathered in round 44, scored fresh in rounds 44-46 (2/8 tables, 33.2% right, 6.1% refused, 4 wrong, no false pass,
  // 58.9% not judged, none silent); spent in round 47 by layouts47: "Nghị quyết HĐND giao" a plan, "Kết quả kiểm tra" the
  // figure, a round not yet held sets no period, school levels over triples under merged caps with a row of changes,
  // a term of office's quota a horizon, a self-assessed level the result: 8/8 tables, 77.1% right, 15.0% refused,
  // 7 wrong, no false pass, 4.7% not judged, none silent.
  ["holdout34", 8, 0.77, 7, 0, []],
];
describe.skipIf(!present)("the held-out layout sets (ratchet)", () => {
  it.each(HELD_OUT)("%s: finds at least %i tables, stays at its right rate (%s), gives at most %i wrong verdicts and %i false passes, is never silently clean but where allowed", async (set, tables, right, wrong, falsePasses, silent) => {
    const { loadLayouts } = (await import(pathToFileURL(resolve(import.meta.dirname, "layouts", "layouts.ts")).href)) as { loadLayouts: (set: string) => unknown[] };
    const { scoreAll, totals } = (await import(pathToFileURL(scorer).href)) as {
      scoreAll: (l: unknown[]) => Promise<Array<{ id: string; tableFound: boolean; silentClean: boolean }>>;
      totals: (s: unknown[]) => Totals & { falsePass: number };
    };
    const scores = await scoreAll(loadLayouts(set));
    const t = totals(scores);
    expect(scores.filter((s) => s.tableFound).length).toBeGreaterThanOrEqual(tables);
    expect(scores.filter((s) => s.silentClean).map((s) => s.id).filter((id) => !silent.includes(id))).toEqual([]);
    expect(t.falsePass).toBeLessThanOrEqual(falsePasses);
    expect(t.wrong).toBeLessThanOrEqual(wrong);
    expect(t.right / t.verdicts).toBeGreaterThanOrEqual(right);
  }, 600_000);
});
