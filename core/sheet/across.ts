// Units across the top judged each on the row's one target (check.ts): a unit's verdict stands only where the target
// was read one way and the unit's cell holds its figure alone; otherwise the cell asks, saying why.
import type { Rule } from "../rule/schema";
import { restated, STATUS, type StatusCode } from "../rule/verdict";
import { type Ctx, judge, reviewVerdict } from "./judge";
import { Item, Judged } from "./item";
import type { RollUp } from "./types";
import { emptyCounts } from "./counts";
import { rollCount } from "./matrix";

// A figure with words in brackets after it ("1 hộ (bảo trợ xã hội)", "5,8 (chưa có lớp Chồi 2)"): the remark may take
// a case out of the count, or say the count is not whole. Brackets of figures only ("431 (89,2%)") are no remark.
const REMARKED = /\d[^()]*\([^()]*\p{L}{2}[^()]*\)/u;
// Verdicts a clerk reads as a pass, a shortfall or a time: the classes two readings must agree on.
const CLASS: Partial<Record<StatusCode, number>> = { met: 1, exceeded: 1, not_met: 2, near: 2, pending: 3, overdue: 4 };

/**
 * A unit column's item as it may stand: unchanged when the row's target has one reading (no runner-up, no rival part)
 * or every reading gives the verdict's class, and the figure carries no remark in brackets; else "Cần xác nhận" naming
 * the other reading or the remark; nor where the row's note alone moved it (`noteless`: the same cell read without the
 * note column). Statuses that are no verdict (no data, review) stand as they are.
 * @example unitVerdict(ctx, item "45,9" under "Gấp 1,2 lần … (năm 2019: 38,5 triệu đồng)") → review: ≥ 1,2 lần or ≥ 38,5 triệu đồng
 */
export function unitVerdict(ctx: Ctx, it: Item, noteless?: Item): Item {
  if (!CLASS[it.status]) return it;
  const rule = (ctx.rules[it.target] ?? it.verdict.rule) as Rule | null | undefined;
  const v = it.verdict;
  let asked = null;
  // The row's note decided the unit's verdict ("Chưa đến hạn" by "Cân tháng 5/2013"): a note beside units across may
  // speak of one of them only, so both are said.
  if (noteless && CLASS[noteless.status] && CLASS[noteless.status] !== CLASS[it.status]) {
    asked = reviewVerdict(ctx.lang, v, noteless.verdict, { vi: "theo ghi chú của dòng", en: "by the row's note" }, { vi: "không theo ghi chú", en: "without it" }, { vi: "ghi chú có thể chỉ nói về một đơn vị; ghi rõ đơn vị nào", en: "the note may speak of one unit only; say which" });
  } else if (typeof it.actual === "string" && REMARKED.test(it.actual)) {
    const note = /\(([^()]*)\)/.exec(it.actual)![1].trim();
    asked = restated(ctx.lang, v, "review", {
      vi: `${STATUS.review.vi}: ${v.labels.vi} nếu tính cả số ghi trong ngoặc "(${note})"; ghi chú có thể đổi số được tính, ghi số liệu riêng và ghi chú sang cột Ghi chú.`,
      en: `${STATUS.review.en}: ${v.labels.en} if the figure counts what the bracket says "(${note})"; the remark may change what is counted, write the figure alone and the remark in the notes column.`,
    });
  } else if (rule) {
    for (const other of [rule.alternative, ...(rule.rivals ?? [])]) {
      if (!other) continue;
      const j = judge(ctx, { ...other, text: rule.text } as Rule, it.actual, it.percentScale, it.name, undefined, it.unit);
      if (CLASS[j.status] === CLASS[it.status]) continue;
      asked = reviewVerdict(ctx.lang, v, j.verdict, { vi: `hiểu chỉ tiêu là ${v.canonical}`, en: `with the target read as ${v.canonical}` }, { vi: `là ${j.verdict.canonical}`, en: `as ${j.verdict.canonical}` }, { vi: "ghi rõ chỉ tiêu của dòng", en: "state the row's target plainly" });
      break;
    }
  }
  if (!asked) return it;
  const n = new Item(Judged.fixed(asked), it.row, it.cell, it.name, it.section, it.target, it.targetSource, it.actual, it.percentScale, it.match);
  return Object.assign(n, { unitName: it.unitName, beside: true, unit: it.unit, note: it.note, indicatorId: it.indicatorId, noFormula: true });
}

/**
 * Each row's roll-up over its units across the top: every unit's own verdict counted, as a unit matrix counts its units
 * ("6/10 đơn vị đạt (1 cần xác nhận)"); a unit with a blank cell (`it: null`) has no figure yet; a row with fewer than two
 * units has none. (The whole's column beside the units, "Toàn tỉnh", is never handed in: check.ts keeps it out.)
 * @example acrossRollUps(new Map([[9, [{ unit: "Mỹ Lộc", it: notMet }, { unit: "Vụ Bản", it: null }]]]))[0].text.vi → "0/2 đơn vị đạt (1 chưa có số liệu)"
 */
export function acrossRollUps(perUnit: ReadonlyMap<number, ReadonlyArray<{ unit: string; it: Item | null }>>): RollUp[] {
  const out: RollUp[] = [];
  for (const [row, all] of perUnit) {
    const first = all.find((u) => u.it)?.it;
    if (all.length < 2 || !first) continue;
    const byStatus = emptyCounts();
    for (const u of all) byStatus[u.it?.status ?? "no_data"]++;
    const met = byStatus.met + byStatus.exceeded;
    const { text, judged } = rollCount(byStatus, met, "đơn vị");
    const shortUnits = all.filter((u) => u.it && (u.it.status === "not_met" || u.it.status === "near" || u.it.status === "overdue")).map((u) => u.unit);
    const roll: RollUp = { group: row, name: first.name, target: first.target, units: all.length, met, byStatus, text, shortUnits, judged };
    if (first.indicatorId) roll.indicatorId = first.indicatorId;
    out.push(roll);
  }
  return out;
}
