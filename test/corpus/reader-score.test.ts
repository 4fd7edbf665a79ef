// A ratchet on the target reader over the real-phrase corpus (test/corpus/targets*.md): every judged figure goes through
// the public evaluate() with the row's indicator, unit and period and counts as right, refused, or confidently wrong,
// the way scripts/score-corpus.ts counts. Per set, right may not fall and wrong may not rise past the rates reached
// (rounded half a point to the safe side), so any regression fails; raise the floors when the reader improves.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCorpus, type CorpusSet } from "./corpus";
import { judgeCheck, outcomeOf } from "./outcome";

/**
 * The floors, in percent of checks: [set, file, right at least, wrong at most]. Reached when last raised (2026-12-02,
 * round 7, a figure the reader cannot place is a question, not invalid or no data; right / refused / wrong): dev 95.1
 * / 4.2 / 0.7, holdout 83.8 / 12.4 / 3.8, holdout2 83.7 / 11.5 / 4.8, holdout3 81.6 / 13.9 / 4.5, holdout4 80.7 / 16.7
 * / 2.6, holdout5 84.8 / 9.8 / 5.4; each floor is half a point to the safe side of that. (Round 4 traded a few right-by-accident verdicts for reviews: a figure in
 * another unit or of another kind is asked about, not judged. Round 5 did the same for compound targets whose figure
 * may answer a later part; round 6 for a threshold measured alike that the context did not rule out, a figure that
 * reads as a change or a level alike, and a rough figure whose lower-is-better side no operator states.) Round 7
 * (parser7; holdout6 spent by it, docs/measures.md) left holdout2 at 83.7 / 11.5 / 4.8, raised holdout3 to 81.6 /
 * 13.2 / 5.2, and added holdout6 at 79.3 / 13.6 / 7.1 (a list of levels alike keeps its farthest as the runner-up:
 * a right-by-accident verdict each on holdout2 and holdout6 became a review, a wrong one each too). Round 8 (parser8 and
 * dates8 together, session 8): dev 95.3 / 4.2 / 0.5, holdout 87.4 / 10.8 / 1.8, holdout2 85.5 / 11.4 / 3.0, holdout3
 * 83.3 / 14.4 / 2.3, holdout4 82.3 / 15.6 / 2.1, holdout5 85.4 / 11.0 / 3.6, holdout6 81.8 / 13.6 / 4.5.
 */
const FLOORS: ReadonlyArray<readonly [CorpusSet, string, number, number]> = [
  // Round 23 (fix23r: a same-day turnaround is ≤ 0 working days): 95.9 / 3.6 / 0.5.
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 95.8 / 3.7 / 0.4.
  ["dev", "./targets.md", 95.3, 0.9],
  // Round 20 (fix20b): 89.1 / 10.1 / 0.8 (a school's intake "tuyển 700 học sinh" is a quota, asked both ways).
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 89.9 / 9.3 / 0.8.
  ["holdout", "./targets-holdout.md", 89.4, 1.3],
  // Round 20 (fix20a, compound parts, with its five rules put back by the integrator): 87.5 / 10.3 / 2.2.
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 87.8 / 10.4 / 1.8.
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 87.7 / 10.6 / 1.7 (right floor kept).
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 87.9 / 10.2 / 1.8.
  // Round 24 combined (fix24w + fix24r, integrator): floor half a point under the right reached, the lower wrong ceiling.
  // Round 25 (fix25w: confidently wrong verdicts, rules adopted on evidence over the sixteen design sets): 88.0 / 10.4 / 1.6.
  // Round 28 combined (fix28r + fix28w with its baseline rule, integrator): 87.9 / 10.8 / 1.4; wrong ceiling half a point over it.
  ["holdout2", "./targets-holdout2.md", 87.5, 1.9],
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 85.3 / 13.4 / 1.3.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 85.5 / 13.2 / 1.3.
  // Round 35x (mend35: a result word before a figure read in core, nouns a comma apart after a fraction, a share of the plan asked about): 85.6 / 13.1 / 1.3; floor and ceiling half a point from it where they improved.
  ["holdout3", "./targets-holdout3.md", 85.1, 1.8],
  // Measured once fresh after round 4 (79.1 / 13.5 / 7.4), then development data for round 5.
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 86.2 / 13.5 / 0.3.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 86.5 / 13.2 / 0.3.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 86.5 / 13.5 / 0.0.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 86.8 / 13.2 / 0.0; floor and ceiling half a point from it.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 87.0 / 13.0 / 0.0; floor and ceiling half a point from it where tighter.
  ["holdout4", "./targets-holdout4.md", 86.5, 0.5],
  // Measured fresh after round 5 (86.6 / 6.0 / 7.4) and after round 6's frozen gate (85.7 / 6.8 / 7.4); its failures
  // were then read, so it is spent (docs/measures.md).
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 87.5 / 9.5 / 3.0.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 87.5 / 10.1 / 2.4.
  // Round 27 (fix27c: compound targets, rules adopted on evidence over the eighteen design sets): 87.8 / 10.1 / 2.1 (right floor kept).
  // Round 28 combined (fix28r + fix28w with its baseline rule, integrator): 87.8 / 10.4 / 1.8; wrong ceiling half a point over it.
  ["holdout5", "./targets-holdout5.md", 87.0, 2.3],
  // Measured fresh before and after round 6 by the integrator (77.1 / 12.2 / 10.7, then 77.7 / 13.0 / 9.2); round 7
  // read its failures, so it is spent (docs/measures.md).
  // Round 14 (fix14b, dates) traded two right-by-accident verdicts for reviews (81.2 / 14.7 / 4.1): three days for
  // three groups ("cấp MN, TH: ngày 21-8; THCS, THPT: ngày 14-8; …") were read as deadlines, so an earlier group's day
  // met the first by luck; each is now the day it happens on and a day another part names is asked about.
  // Round 20 (fix20a and fix20b: a change restating a level of the same measure weighs less than it): 84.5 / 12.7 / 2.8.
  // Round 23 (fix23r, a same-day turnaround): 84.8 / 12.4 / 2.8.
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 84.6 / 12.9 / 2.5.
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 85.1 / 12.5 / 2.4.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 85.1 / 12.9 / 2.0.
  // Round 27 (fix27w: confidently wrong verdicts outside compound parts, rules adopted on evidence over the eighteen design sets): 85.3 / 12.9 / 1.9.
  // Round 28 (fix28r: refusals where the Vietnamese decides, a charge waived or entered as none, adopted on evidence over the nineteen design sets): 85.7 / 12.4 / 1.9.
  // Round 28 combined (fix28r + fix28w with its baseline rule, integrator): 85.7 / 12.5 / 1.7; wrong ceiling half a point over it.
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 85.4 / 13.5 / 1.1; wrong ceiling half a point over it.
  ["holdout6", "./targets-holdout6.md", 85.2, 1.6],
  // Measured fresh before and after round 8 (78.0 / 17.0 / 5.0, then 78.4 / 17.3 / 4.3); round 9 read its failures, so
  // it is spent: 77.9 / 18.2 / 4.0 after it (a figure under an indicator naming several parts is asked about).
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 83.4 / 14.2 / 2.4.
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 83.2 / 14.7 / 2.1 (right floor kept).
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 83.7 / 14.2 / 2.1; floor and ceiling half a point from it where tighter.
  // Round 35x (money35: the cost of a project is at most, "tổng mức đầu tư" firmly, another planned cost or the amount itself; p1813 re-decided, test/corpus/README.md policy 4): 83.6 / 14.5 / 1.9; floor and ceiling half a point from it.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 83.9 / 14.2 / 1.9; floor and ceiling half a point from it.
  ["holdout7", "./targets-holdout7.md", 83.4, 2.4],
  // Measured fresh before and after round 10 (74.8 / 13.8 / 11.5 both times: round 10 changed none of its checks);
  // round 11 read its failures, so it is spent: 76.1 / 13.8 / 10.1 after it.
  // Round 14 (fix14b, dates): 75.5 / 14.9 / 9.6, two wrong fewer and two right-by-accident verdicts fewer ("tựu trường
  // từ ngày 12/8" read as due by the 12th; "học" of "Học sinh" taken for the indicator's "năm học 2023-2024").
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 76.9 / 16.3 / 6.9.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 77.1 / 16.1 / 6.9.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 77.1 / 16.4 / 6.5.
  // Round 25 (fix25w: confidently wrong verdicts, rules adopted on evidence over the sixteen design sets): 77.6 / 16.3 / 6.1.
  // Round 25 combined (fix25i + fix25w, integrator): 77.6 / 16.6 / 5.7; wrong ceiling half a point over it.
  // Round 26 (fix26w: confidently wrong verdicts, rules adopted on evidence over the seventeen design sets): 77.8 / 17.0 / 5.2.
  // Round 27 (fix27w: confidently wrong verdicts outside compound parts, rules adopted on evidence over the eighteen design sets): 78.6 / 16.6 / 4.8.
  // Round 30w (fix30w: confidently wrong verdicts outside compound parts and typed figures, rules adopted on evidence over the twenty-one design sets): 78.8 / 16.6 / 4.6.
  // Round 30 combined (six branches, the review mend and the integrator's invalid-to-ask rule): 78.8 / 17.0 / 4.2; wrong ceiling half a point over it.
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 78.6 / 17.6 / 3.8; wrong ceiling half a point over it.
  // Round 35x (mend35: a result word before a figure read in core, nouns a comma apart after a fraction, a share of the plan asked about): 78.6 / 18.0 / 3.4; floor and ceiling half a point from it where they improved.
  ["holdout8", "./targets-holdout8.md", 78.3, 3.9],
  // Measured fresh before and after round 12 (78.4 / 12.4 / 9.2, then 78.4 / 12.6 / 9.0); round 14 read its failures,
  // so it is spent: 84.6 / 13.2 / 2.2 after round 14 and its review (session 11, docs/measures.md).
  // Round 20 (fix20a): 85.6 / 12.6 / 1.8, a right-by-accident verdict and a wrong one asked about ("trường phổ thông"
  // in the name no longer matches the part "trung học phổ thông": the name names neither level).
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 85.3 / 13.2 / 1.5.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 86.1 / 12.1 / 1.8.
  // Round 24 combined (fix24w + fix24r, integrator): floor half a point under the right reached, the lower wrong ceiling.
  // Round 25 (fix25w: confidently wrong verdicts, rules adopted on evidence over the sixteen design sets): 85.9 / 12.7 / 1.3.
  ["holdout9", "./targets-holdout9.md", 85.4, 1.9],
  // Measured fresh before and after round 14 (71.7 / 16.1 / 12.2, then 72.4 / 17.1 / 10.5); round 15 read its failures,
  // so it is spent: 80.5 / 14.6 / 4.9 after round 15 and its review (session 12, docs/measures.md).
  // Round 20 (fix20b): 81.4 / 14.4 / 4.2 (a permission above a norm, "có thể … cao hơn 3 tuổi", is a cap).
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 81.2 / 14.9 / 3.9 (right floor kept).
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 81.0 / 15.2 / 3.7 (right floor kept).
  // Round 27 (fix27w: confidently wrong verdicts outside compound parts, rules adopted on evidence over the eighteen design sets): 81.0 / 15.7 / 3.2 (right floor kept).
  // Round 28 (fix28w: confidently wrong verdicts, rules adopted on evidence over the nineteen design sets): 80.9 / 16.1 / 3.0 (right floor kept).
  // Round 35x (report35: a statement of where things stand, "cả nước đã có …", with no aim word is refused): 81.0 / 16.4 / 2.5 (right floor kept, wrong ceiling half a point over it).
  ["holdout10", "./targets-holdout10.md", 80.7, 3.0],
  // Measured fresh before and after round 15 (77.0 / 12.2 / 10.7, then 79.1 / 11.9 / 9.1); round 16 read its failures,
  // so it is spent: 86.1 / 10.6 / 3.3 after round 16 and its review (session 13, docs/measures.md).
  // Round 23 (fix23r, a same-day turnaround): 87.0 / 10.4 / 2.6.
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 87.2 / 10.9 / 1.9.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 87.6 / 10.9 / 1.5.
  // Round 26 (fix26w: confidently wrong verdicts, rules adopted on evidence over the seventeen design sets): 87.6 / 11.1 / 1.3 (right floor kept).
  ["holdout11", "./targets-holdout11.md", 87.1, 1.8],
  // Measured fresh before and after round 16 (73.2 / 21.3 / 5.5, then 73.2 / 21.5 / 5.3; 79.7 / 15.6 / 4.6 once a
  // compound row's [part N] check is judged with that part's own name, session 14); round 17 read its failures, so it
  // is spent: 85.9 / 13.7 / 0.4 after round 17 (session 14, docs/measures.md).
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 85.4 / 14.3 / 0.2 (right floor kept); wrong ceiling half a point over it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 85.2 / 14.6 / 0.2; right floor lowered 0.2 to 85.2: one check, "Bữa trưa … đáp ứng 30 - 40% nhu cầu năng lượng" with 45%, is now asked (a need met from both sides, or a floor?), not called short.
  ["holdout12", "./targets-holdout12.md", 85.2, 0.7],
  // Measured fresh before and after round 17 (74.8 / 18.6 / 6.6, then 75.7 / 17.9 / 6.4, part names); round 18 read its
  // failures, so it is spent: 82.4 / 15.0 / 2.7 after round 18 (session 15, docs/measures.md).
  // Round 20 (fix20a, compound parts): 85.3 / 12.5 / 2.2.
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 85.8 / 12.0 / 2.2.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 85.8 / 11.8 / 2.5.
  // Round 24 combined (fix24w + fix24r, integrator): floor half a point under the right reached, the lower wrong ceiling.
  // Round 29 (fix29r: refusals where the Vietnamese decides outside compound targets, adopted on evidence over the twenty design sets): 86.5 / 11.0 / 2.5.
  ["holdout13", "./targets-holdout13.md", 86.0, 2.7],
  // Measured fresh before and after round 18 (75.3 / 17.2 / 7.5, then 75.3 / 17.4 / 7.3, part names); round 19 read its
  // failures, so it is spent: 83.5 / 12.6 / 3.9 after round 19 (session 16, docs/measures.md).
  // Round 20 (fix20a): 84.0 / 12.4 / 3.6.
  // Round 23 (fix23r, a same-day turnaround): 84.3 / 12.1 / 3.6.
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 83.8 / 12.9 / 3.3 (right floor kept).
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 84.3 / 12.4 / 3.3.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 84.3 / 12.6 / 3.1.
  // Round 25 (fix25w: confidently wrong verdicts, rules adopted on evidence over the sixteen design sets): 84.3 / 12.6 / 3.1 (right floor kept).
  // Round 25 combined (fix25i + fix25w, integrator): 84.3 / 12.7 / 3.0; wrong ceiling half a point over it.
  // Round 27 (fix27c: compound targets, rules adopted on evidence over the eighteen design sets): 84.3 / 13.0 / 2.7 (right floor kept).
  // Round 28 (fix28w: confidently wrong verdicts, rules adopted on evidence over the nineteen design sets): 84.3 / 13.2 / 2.5 (right floor kept).
  // Round 29 (fix29r: refusals where the Vietnamese decides outside compound targets, adopted on evidence over the twenty design sets): 84.7 / 12.7 / 2.5.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 84.9 / 12.6 / 2.5; floor and ceiling half a point from it where tighter.
  // Round 35x (mend35: a result word before a figure read in core, nouns a comma apart after a fraction, a share of the plan asked about): 84.9 / 12.6 / 2.5; floor and ceiling half a point from it where they improved.
  ["holdout14", "./targets-holdout14.md", 84.4, 3.0],
  // Measured fresh before and after round 19 (78.2 / 16.0 / 5.8 after it; 78.9 / 15.1 / 6.0 once a review compound's
  // part checks get their part names, session 17); round 20 read its failures, so it is spent: 84.6 / 12.4 / 3.1 after
  // fix20a (compound parts) and fix20b (caps, bands, quotas, yes/no) (session 17, docs/measures.md).
  // Round 23 (fix23w: rules adopted only on evidence over the sixteen design sets): 84.6 / 12.8 / 2.6 (right floor kept).
  // Round 24 (fix24w: a compound's part chosen without evidence asks; figures of its branch, before three of its four rules were left out at integration, docs/measures.md "Session 19"): 84.9 / 12.5 / 2.6.
  // Round 24 (fix24r: refusals turned into verdicts, adopted on evidence over the sixteen design sets): 84.7 / 12.7 / 2.6.
  // Round 24 combined (fix24w + fix24r, integrator): floor half a point under the right reached, the lower wrong ceiling.
  // Round 25 (fix25i: a change typed where the target speaks of change, and a blank beside a day not read as due, are asked about): 84.7 / 12.8 / 2.4.
  // Round 25 (fix25w: confidently wrong verdicts, rules adopted on evidence over the sixteen design sets): 84.9 / 12.7 / 2.4 (right floor kept).
  // Round 25 combined (fix25i + fix25w, integrator): 84.9 / 12.8 / 2.3; wrong ceiling half a point over it.
  // Round 26 (fix26w: confidently wrong verdicts, rules adopted on evidence over the seventeen design sets): 84.9 / 13.0 / 2.1 (right floor kept).
  // Round 27 (fix27c: compound targets, rules adopted on evidence over the eighteen design sets): 84.9 / 13.1 / 2.0 (right floor kept).
  // Round 28 (fix28r: refusals where the Vietnamese decides, a charge waived or entered as none, adopted on evidence over the nineteen design sets): 85.8 / 12.2 / 2.0.
  // Round 32w (fix32w: a bare span framed as a limit, a shorter span typed, is asked about; '100%' of a rate read as a cap is all of it): 85.8 / 12.4 / 1.8; floor and ceiling half a point from it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 85.8 / 12.5 / 1.7; wrong ceiling half a point over it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 86.3 / 12.1 / 1.7; floor and ceiling half a point from it.
  ["holdout15", "./targets-holdout15.md", 85.8, 2.2],
  // Measured fresh when new (session 18) and used as the ship gate of rounds 23–25, totals only: 77.6 / 16.9 / 5.5 at the
  // end of session 20. Session 21 spends it: round 26 reads its failures, so it joins the design sets with its floor half
  // a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 26 (fix26w: confidently wrong verdicts, rules adopted on evidence over the seventeen design sets): 77.8 / 17.3 / 4.9.
  // Round 27 (fix27c: compound targets, rules adopted on evidence over the eighteen design sets): 77.8 / 17.8 / 4.5 (right floor kept).
  // Round 27 (fix27w: confidently wrong verdicts outside compound parts, rules adopted on evidence over the eighteen design sets): 77.9 / 17.2 / 4.9.
  // Round 27 combined (fix27c + fix27w, integrator): 77.9 / 17.6 / 4.5.
  // Round 28 (fix28r: refusals where the Vietnamese decides, a charge waived or entered as none, adopted on evidence over the nineteen design sets): 78.7 / 16.8 / 4.5.
  // Round 29w (fix29w: confidently wrong verdicts outside compound targets, rules adopted on evidence over the twenty design sets): 79.0 / 16.8 / 4.2.
  // Round 29 (fix29r: refusals where the Vietnamese decides outside compound targets, adopted on evidence over the twenty design sets): 79.3 / 16.2 / 4.5.
  // Round 29 combined (fix29w + fix29c + fix29r, integrator): 79.6 / 16.2 / 4.2; floor and ceiling half a point from it where tighter.
  // Round 30t (fix30t: typed figures read with their unit, span, hours and minutes): 79.9 / 16.4 / 3.8.
  // Round 30 combined (six branches, the review mend and the integrator's invalid-to-ask rule): 79.9 / 16.8 / 3.4; wrong ceiling half a point over it.
  // Round 32w (fix32w: a bare span framed as a limit, a shorter span typed, is asked about; '100%' of a rate read as a cap is all of it): 80.1 / 16.8 / 3.1; floor and ceiling half a point from it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 80.3 / 16.9 / 2.8; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 80.8 / 16.5 / 2.7; floor and ceiling half a point from it.
  ["holdout16", "./targets-holdout16.md", 80.3, 3.2],
  // Gathered fresh in session 21 (171 targets, 99 documents) and scored on main before and after round 26, totals only:
  // 64.8 / 24.7 / 10.6 both times. Session 22 spends it: round 27 reads its failures, so it joins the design sets with its
  // floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 27 (fix27c: compound targets, rules adopted on evidence over the eighteen design sets): 64.6 / 25.7 / 9.7 (right floor kept).
  // Round 27 (fix27w: confidently wrong verdicts outside compound parts, rules adopted on evidence over the eighteen design sets): 65.7 / 25.1 / 9.3.
  // Round 27 combined (fix27c + fix27w, integrator): 65.5 / 26.1 / 8.4; wrong ceiling half a point over it.
  // Round 28 (fix28r: refusals where the Vietnamese decides, a charge waived or entered as none, adopted on evidence over the nineteen design sets): 66.3 / 25.5 / 8.2.
  // Round 28 (fix28w: confidently wrong verdicts, rules adopted on evidence over the nineteen design sets): 65.5 / 26.5 / 8.0 (right floor kept).
  // Round 28 combined (fix28r + fix28w, integrator): 66.3 / 25.8 / 7.8; floor and ceiling half a point from it.
  // Round 29w (fix29w: confidently wrong verdicts outside compound targets, rules adopted on evidence over the twenty design sets): 67.0 / 26.2 / 6.8.
  // Round 29 (fix29r: refusals where the Vietnamese decides outside compound targets, adopted on evidence over the twenty design sets): 66.4 / 25.7 / 7.8.
  // Round 29c (fix29c: compound targets, a fee named before its sum under a part's name; an age of admission asked both ways): 66.3 / 26.0 / 7.7.
  // Round 29 combined (fix29w + fix29c + fix29r, integrator): 67.1 / 26.2 / 6.7; floor and ceiling half a point from it where tighter.
  // Round 30c (fix30c: compound targets, a schedule of bare sums of money in one unit asks above each amount): 67.1 / 26.5 / 6.4; wrong ceiling half a point over it.
  // Round 30t (fix30t: typed figures read with their unit, span, hours and minutes): 67.4 / 26.2 / 6.4.
  // Round 30 combined (six branches, the review mend and the integrator's invalid-to-ask rule): 67.4 / 27.2 / 5.5; wrong ceiling half a point over it.
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 67.1 / 27.5 / 5.4; wrong ceiling half a point over it.
  // Round 34x (lower34: a bare figure under its subject's own "tối đa" is at most): 67.4 / 27.7 / 5.0; wrong ceiling half a point over it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 67.8 / 26.9 / 5.4; floor and ceiling half a point from it.
  // Round 34 merged (integrator: lower34, noresult34 and policy34 together): 68.0 / 27.0 / 5.0; floor and ceiling half a point from it.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 68.9 / 26.1 / 5.0; floor and ceiling half a point from it where tighter.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 68.9 / 26.1 / 5.0; floor and ceiling half a point from it.
  // Round 36x (compound36: a grade typed where the phrase writes a grade part asked about; a language test's figure read for a part naming another test judged by that test's part, else asked): 68.9 / 26.6 / 4.4; wrong ceiling half a point over it.
  // Round 36x (exact36: a bare figure stated after a copula or a grant, with no aim word, is exact or a least — asked about above it): 69.2 / 26.5 / 4.3; floor and ceiling half a point from it.
  // Round 36 merged (integrator: compound36, exact36 and mend36 together): 69.2 / 27.0 / 3.8; floor and ceiling half a point from it.
  ["holdout18", "./targets-holdout18.md", 68.7, 4.3],
  // Gathered fresh in session 22 (175 targets, 99 documents) and scored on main before and after round 27, totals only:
  // 72.3 / 20.1 / 7.7 before, 72.0 / 20.8 / 7.1 after. Session 23 spends it: round 28 reads its failures, so it joins the
  // design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 28 (fix28r: refusals where the Vietnamese decides, a charge waived or entered as none, adopted on evidence over the nineteen design sets): 72.3 / 20.6 / 7.1.
  // Round 28 (fix28w: confidently wrong verdicts, rules adopted on evidence over the nineteen design sets): 71.8 / 22.4 / 5.8 (right floor kept).
  // Round 28 combined (fix28r + fix28w, integrator): 72.0 / 22.2 / 5.8.
  // Round 29w (fix29w: confidently wrong verdicts outside compound targets, rules adopted on evidence over the twenty design sets): 72.2 / 22.3 / 5.5.
  // Round 29c (fix29c: compound targets, a fee named before its sum under a part's name; an age of admission asked both ways): 72.2 / 22.3 / 5.5.
  // Round 29 combined (fix29w + fix29c + fix29r, integrator): 72.3 / 22.4 / 5.3; floor and ceiling half a point from it where tighter.
  // Round 30t (fix30t: typed figures read with their unit, span, hours and minutes): 73.1 / 21.6 / 5.3.
  // Round 30w (fix30w: confidently wrong verdicts outside compound parts and typed figures, rules adopted on evidence over the twenty-one design sets): 72.6 / 22.4 / 5.0.
  // Round 32w (fix32w: a bare span framed as a limit, a shorter span typed, is asked about; '100%' of a rate read as a cap is all of it): 73.4 / 21.8 / 4.9; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 73.6 / 21.5 / 4.9; floor and ceiling half a point from it.
  ["holdout19", "./targets-holdout19.md", 73.1, 5.3],
  // Gathered fresh in session 23 (162 targets, 115 documents) and scored on main before and after round 28, totals only:
  // 62.7 / 26.9 / 10.4 before, 62.7 / 27.9 / 9.4 after. Session 24 spends it: round 29 reads its failures, so it joins the
  // design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 29w (fix29w: confidently wrong verdicts outside compound targets, rules adopted on evidence over the twenty design sets): 63.9 / 28.1 / 8.0.
  // Round 29 (fix29r: refusals where the Vietnamese decides outside compound targets, adopted on evidence over the twenty design sets): 63.8 / 26.9 / 9.4.
  // Round 29c (fix29c: compound targets, a fee named before its sum under a part's name; an age of admission asked both ways): 62.8 / 28.2 / 9.0.
  // Round 29 combined (fix29w + fix29c + fix29r, integrator): 65.1 / 27.2 / 7.7; floor and ceiling half a point from it where tighter.
  // Round 30c (fix30c: compound targets, a schedule of bare sums of money in one unit asks above each amount): 65.1 / 27.3 / 7.6; wrong ceiling half a point over it.
  // Round 30w (fix30w: confidently wrong verdicts outside compound parts and typed figures, rules adopted on evidence over the twenty-one design sets): 66.1 / 27.2 / 6.7.
  // Round 30 combined (six branches, the review mend and the integrator's invalid-to-ask rule): 66.2 / 27.6 / 6.2; wrong ceiling half a point over it.
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 66.2 / 27.7 / 6.1; wrong ceiling half a point over it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 66.5 / 27.7 / 5.8; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 66.8 / 27.5 / 5.8; floor and ceiling half a point from it.
  // Round 36x (compound36: a grade typed where the phrase writes a grade part asked about; a language test's figure read for a part naming another test judged by that test's part, else asked): 67.0 / 27.5 / 5.5; floor and ceiling half a point from it.
  // Round 36x (exact36: a bare figure stated after a copula or a grant, with no aim word, is exact or a least — asked about above it): 66.8 / 27.6 / 5.6; wrong ceiling half a point over it.
  // Round 36 merged (integrator: compound36, exact36 and mend36 together): 67.0 / 27.6 / 5.4; floor and ceiling half a point from it.
  ["holdout20", "./targets-holdout20.md", 66.5, 5.9],
  // Gathered fresh in session 24 (167 targets, 109 documents) and scored on main before and after round 29, totals only:
  // 62.2 / 27.3 / 10.5 before, 62.2 / 27.4 / 10.4 after. Session 25 spends it: round 30 reads its failures, so it joins the
  // design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 30c (fix30c: compound targets, a schedule of bare sums of money in one unit asks above each amount): 62.1 / 28.2 / 9.6 (right floor kept); wrong ceiling half a point over it.
  // Round 30t (fix30t: typed figures read with their unit, span, hours and minutes): 63.3 / 27.3 / 9.4.
  // Round 30w (fix30w: confidently wrong verdicts outside compound parts and typed figures, rules adopted on evidence over the twenty-one design sets): 63.4 / 27.4 / 9.2.
  // Round 30 combined (six branches, the review mend and the integrator's invalid-to-ask rule): 64.1 / 28.1 / 7.8; wrong ceiling half a point over it.
  // Round 32w (fix32w: a bare span framed as a limit, a shorter span typed, is asked about; '100%' of a rate read as a cap is all of it): 64.1 / 28.2 / 7.6; floor and ceiling half a point from it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 64.1 / 28.4 / 7.5; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 64.2 / 28.2 / 7.5; floor and ceiling half a point from it.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 64.1 / 28.5 / 7.4; floor and ceiling half a point from it where tighter.
  ["holdout21", "./targets-holdout21.md", 63.7, 7.9],
  // Gathered fresh in session 25 (176 targets, 122 documents) and scored on main before and after round 30, totals only:
  // 66.9 / 21.9 / 11.2 before, 66.9 / 22.4 / 10.7 after. Session 26 spends it: round 31 reads its failures, so it joins the
  // design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 31w (fix31w: a figure before "phần trăm" is a rate; a measure judged against none, and a fall typed against a level left, are asked about): 67.0 / 23.6 / 9.4; floor and ceiling half a point from it.
  // Round 34x (lower34: a bare figure under its subject's own "tối đa" is at most): 67.1 / 23.8 / 9.1; floor and ceiling half a point from it.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 67.1 / 23.9 / 9.0; floor and ceiling half a point from it where tighter.
  // Round 35x (mend35: a result word before a figure read in core, nouns a comma apart after a fraction, a share of the plan asked about): 66.9 / 24.3 / 8.8; floor and ceiling half a point from it where they improved.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 66.9 / 24.4 / 8.7; floor and ceiling half a point from it.
  // Round 36x (compound36: a grade typed where the phrase writes a grade part asked about; a language test's figure read for a part naming another test judged by that test's part, else asked): 66.5 / 26.2 / 7.3; floor and ceiling half a point from it. The floor moves down 0.6: 6 right checks judged by another test's
  // part, or by a test's figure under a part naming none, are asked about now (p5318, p5320, p5328, p5353) and 3 wrong become right (p5328, p5392).
  // Round 36x (exact36: a bare figure stated after a copula or a grant, with no aim word, is exact or a least — asked about above it): 66.7 / 24.8 / 8.5; wrong ceiling half a point over it.
  // Round 36 merged (integrator: compound36, exact36 and mend36 together): 66.4 / 26.5 / 7.1; floor and ceiling half a point from it.
  ["holdout22", "./targets-holdout22.md", 65.9, 7.6],
  // Gathered fresh in session 26 (147 targets; part B capped at five rows per university) and scored on main before and
  // after round 31, totals only: 66.7 / 24.7 / 8.6 both times. Spent the same session: round 32 reads its failures, so it
  // joins the design sets with its floor half a point under the right reached and its wrong ceiling half a point over.
  // Round 32w (fix32w: a bare span framed as a limit, a shorter span typed, is asked about; '100%' of a rate read as a cap is all of it): 67.1 / 25.1 / 7.8; floor and ceiling half a point from it.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 67.1 / 25.2 / 7.7; wrong ceiling half a point over it.
  // Round 34x (noresult34: a result set against a plan it never states is refused): 67.3 / 25.2 / 7.5; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 67.3 / 25.2 / 7.5; floor and ceiling half a point from it.
  // Round 34 merged (integrator: lower34, noresult34 and policy34 together): 67.4 / 25.2 / 7.4; floor and ceiling half a point from it.
  ["holdout23", "./targets-holdout23.md", 66.9, 7.9],
  // Gathered fresh in session 26 (121 targets) and scored on main before and after round 32, totals only: 70.8 / 20.2 /
  // 9.0 both times. Session 27 spends it: round 33 reads its failures, so it joins the design sets with its floor half
  // a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 33x (fresh33: a bare band nothing decides is asked about above its top, and stays a rival beside a horizon day): 71.0 / 20.5 / 8.5; floor and ceiling half a point from it.
  // Round 34x (noresult34: a result set against a plan it never states is refused): 72.2 / 20.5 / 7.3; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 71.6 / 20.5 / 7.9; floor and ceiling half a point from it.
  // Round 34 merged (integrator: lower34, noresult34 and policy34 together): 72.7 / 20.5 / 6.8; floor and ceiling half a point from it.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 72.9 / 20.8 / 6.4; floor and ceiling half a point from it.
  ["holdout24", "./targets-holdout24.md", 72.3, 6.8],
  // Gathered fresh in session 27 (116 targets) and scored on main before and after round 33, totals only: 72.0 / 20.3 /
  // 7.7 before, 72.2 / 20.8 / 7.0 after. Session 28 spends it: round 34 reads its failures, so it joins the design sets
  // with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 34x (noresult34: a result set against a plan it never states is refused): 72.7 / 20.8 / 6.5; floor and ceiling half a point from it.
  // Round 34x (policy34: a level held, "ổn định ở mức X", asked about well above it; a sum a rule sets for each one read as exactly that amount; re-decided rows, test/corpus/README.md): 72.5 / 20.6 / 6.9; floor and ceiling half a point from it.
  // Round 34 merged (integrator: lower34, noresult34 and policy34 together): 73.0 / 20.6 / 6.4; floor and ceiling half a point from it.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 73.6 / 20.1 / 6.2; floor and ceiling half a point from it where tighter.
  // Gathered fresh in session 28 (115 targets, 634 checks) and scored on main before and after round 34, totals only:
  // 65.8 / 22.7 / 11.5 before, 65.0 / 24.0 / 11.0 after. Session 29 spends it: round 35 reads its failures, so it joins
  // the design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  // Round 35x (part35: a list of labelled parts chosen by the one later label the indicator names; a part with no figure of its own refused): 66.7 / 22.6 / 10.7; floor and ceiling half a point from it where tighter.
  // Round 35x (mend35: a result word before a figure read in core, nouns a comma apart after a fraction, a share of the plan asked about): 65.8 / 23.3 / 10.9; floor and ceiling half a point from it where they improved.
  // Round 35x (money35: the cost of a project is at most, "tổng mức đầu tư" firmly, another planned cost or the amount itself; test/corpus/README.md policy 4): 66.7 / 24.0 / 9.3; floor and ceiling half a point from it.
  // Round 35x (report35: a rank reached, "đứng thứ 21/68", or a review, "Qua đối chiếu", with no aim word is refused): 74.1 / 20.6 / 5.2; floor and ceiling half a point from it.
  // Round 35x (report35: where things stand with no aim word — a rank reached, a count as of a day or over a whole area, a shortfall, a review after a while — is refused): 67.2 / 24.0 / 8.8; floor and ceiling half a point from it.
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 74.8 / 20.1 / 5.1; floor and ceiling half a point from it.
  // Round 36x (exact36: a bare figure stated after a copula or a grant, with no aim word, is exact or a least — asked about above it): 75.0 / 20.3 / 4.7; floor and ceiling half a point from it.
  // Round 36 merged (integrator: compound36, exact36 and mend36 together): 75.0 / 20.3 / 4.7; floor and ceiling half a point from it.
  ["holdout25", "./targets-holdout25.md", 74.5, 5.2],
  // Round 35 merged (integrator: part35, mend35, money35 and report35 with the review's mends): 71.1 / 21.9 / 6.9; floor and ceiling half a point from it.
  ["holdout26", "./targets-holdout26.md", 70.6, 7.4],
  // Gathered fresh in session 29 (110 targets, p6300–p6371 and p6400–p6443, re-decided by a second reader) and scored on
  // main before and after rounds 35 and 36, totals only: 71.6 / 17.3 / 11.1 before round 35, 71.8 / 17.3 / 10.9 after it,
  // 71.6 / 17.7 / 10.7 after round 36. Spent at the end of session 30: round 37 may read its failures, so it joins the
  // design sets with its floor half a point under the right reached and its wrong ceiling half a point over the wrong.
  ["holdout27", "./targets-holdout27.md", 71.1, 11.2],
];

function score(set: CorpusSet) {
  return loadCorpus(set).rows.flatMap((row) =>
    row.checks.map((check) => {
      const v = judgeCheck(row, check);
      return { id: row.id, actual: check.actual, expected: check.status, got: v.status, outcome: outcomeOf(check.status, v) };
    }),
  );
}

for (const [set, file, rightFloor, wrongCeiling] of FLOORS) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const present = existsSync(path);
  if (!present) console.warn(`reader-score: ${set} skipped, ${path} is absent`);

  describe.skipIf(!present)(`the reader on the ${set} corpus`, () => {
    const outcomes = present ? score(set) : [];
    const pct = (o: string) => (100 * outcomes.filter((x) => x.outcome === o).length) / outcomes.length;

    it("has checks to score", () => {
      expect(outcomes.length).toBeGreaterThan(0);
    });

    it(`gets at least ${rightFloor}% of the checks right`, () => {
      expect(pct("right")).toBeGreaterThanOrEqual(rightFloor);
    });

    it(`is confidently wrong on at most ${wrongCeiling}% of the checks`, () => {
      const wrong = outcomes.filter((x) => x.outcome === "wrong").map((x) => `${x.id}: ${JSON.stringify(x.actual)} expected ${x.expected}, got ${x.got}`);
      expect(pct("wrong"), wrong.join("\n")).toBeLessThanOrEqual(wrongCeiling);
    });
  });
}
