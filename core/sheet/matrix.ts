// Checking a unit matrix: every unit × indicator figure judged against its target (row, column or plan), honest roll-ups, total rows as checks.
import { unitKey } from "../consolidate/units";
import type { Bilingual, CellValue } from "../types";
import { isCellError } from "../types";
import type { Plan } from "../plan/schema";
import type { Rule } from "../rule/schema";
import { STATUS, type PercentScale, type StatusCode, type Verdict, restated } from "../rule/verdict";
import { dayIn, targetFromCell } from "../table/target";
import { type Completion, readCompletion } from "../table/completion";
import { figureFor, ratioCells } from "../table/figure";
import { cellKind } from "../table/evidence";
import { columnScaleOf } from "../table/scale";
import { awaitsDecision, DUE_WORDS, eachScope, KEPT_OVER_YEAR, MARKS, NOT_SENT, NOT_SUMMED, NO_DIRECTION, NO_WORDS, NOTHING_YET, SETTLED_AT_OPENING, TARGET_ROW_LABEL, UNIT_KIND_WORD, WHOLE_SCOPE, YES_WORDS } from "../table/vocabulary";
import { excusedRemark, otherCohort } from "./remarks";
import { mergeCovering, mergedText } from "../table/read";
import { legendOf, withLegend } from "../table/legend";
import { type CellRef, type SheetData, columnLetters, isEmptyCell } from "./model";
import { formulaRefs } from "./a1";
import { isoToVi } from "../number/cell";
import { type MatchCandidate, matchIndicators } from "./match";
import { tableSubject, tableTerm } from "../table/read";
import { cellText, fold, levelNumerals, nameTokens } from "./text";
import { normRowOf } from "./norms";
import { jointActual, jointTargets } from "./joint";
import { bandRows } from "./bands";
import { planHorizon } from "./planhorizon";

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
import { Item, Judged } from "./item";
import { readHeader, saysPercent } from "../table/header";
import { todayIso } from "../rule/evaluate";
import { type Ctx, type Figure, type Target, addFinding, answerAsCount, formatAt, incompleteTotal, isCountRule, reviewVerdict, isPercentRule, judge, judgeFigure, notYetDue, partReading, partialShort, ruleFor, withWarning } from "./judge";
import { distributionChecks, errorFinding, num, pairChecks, totalChecks } from "./findings";
import { notApplicableCell } from "./text";
import { MAX_NOT_JUDGED, type Part, headingTarget, midpoint, notesDate, pairActual, reportDate } from "./list";
import { ACHIEVED, SHORT, emptyCounts } from "./counts";
import { isUncertain, notJudged } from "./coverage";
import { headingBound, type SiblingTarget, siblingTargets } from "./siblings";
import { bounded, termEnd } from "./list";
import { SHARE, type SentenceTarget, ownSentences, perUnit, sectionSentences, sentenceDecision, sentenceFor, sentenceRefusal, sentenceTargets } from "./sentences";
/** Words of a share heading saying how or when it is counted, not what: "tỷ lệ", "hiện tại", "đến ngày 25 tháng 10 năm 2013". */
// School levels a sentence or a row names ("trẻ mẫu giáo", "THCS"); "mầm non" in a sentence covers its two levels.
const LEVEL_WORDS: [string, RegExp][] = [["nt", /\bnha tre\b/], ["mg", /\bmau giao\b/], ["mn", /\bmam non\b/], ["th", /\btieu hoc\b/], ["cs", /\b(thcs|trung hoc co so)\b/], ["pt", /\b(thpt|trung hoc pho thong)\b/], ["tx", /\b(gdtx|giao duc thuong xuyen)\b/]];
const levelsIn = (t: string, wide = false): Set<string> => {
  const f = levelNumerals(fold(t));
  const out = new Set(LEVEL_WORDS.filter(([, re]) => re.test(f)).map(([k]) => k));
  if (wide && out.has("mn")) out.add("nt").add("mg");
  return out;
};
const rowLevelsOf = (name: string): Set<string> => levelsIn(name.replace(/\bTH\b/g, "tiểu học").replace(/\bMN\b/g, "mầm non").replace(/\bMG\b/g, "mẫu giáo"));
const SAID_WHEN = /(?<![\p{L}\d])(tỷ lệ|tỉ lệ|hiện (tại|nay)|(đến|tính đến) (ngày|hết|cuối)?[\s\d/.-]*(tháng[\s\d]*)?(năm[\s\d]*)?)/giu;
import type { CheckedItem, MatchInfo, MatrixGroup, MatrixLayout, NotJudged, RollUp } from "./types";

const BOOLEAN_RULE: Rule = { kind: "boolean" };
/** Shared by every item without a section, so a 1,000,000-cell matrix does not allocate a million empty arrays. */
const NO_SECTION: string[] = [];
const YES_NO = new Set([...YES_WORDS, ...NO_WORDS]);
const UNJUDGED: ReadonlySet<StatusCode> = new Set(["no_data", "invalid", "unreadable", "review"]);

/** A yes/no cell for a per-unit yes/no judgement (1/0 count as yes/no). */
function asYesNo(v: CellValue): CellValue {
  if (v === 1) return true;
  if (v === 0) return false;
  return v;
}

/**
 * True when most of a column's figures are yes/no answers from the one yes/no vocabulary ("Đạt", "Đạt chuẩn", "x",
 * 1/0) or marks the sheet's legend defines ("Đ", "CĐ"); the odd cell that is neither is judged invalid, and said.
 */
function looksYesNo(sheet: SheetData, col: number, rows: number[], legend: Map<string, string>): boolean {
  let seen = 0;
  let yesNo = 0;
  for (const r of rows) {
    if (seen >= 40) break;
    const v = sheet.values[r]?.[col];
    if (isEmptyCell(v)) continue;
    seen++;
    if (typeof v === "boolean") yesNo++;
    else if (typeof v === "string") {
      const low = v.trim().toLowerCase().replace(/\s+/g, " ");
      if (YES_NO.has(low) || legend.has(low)) yesNo++;
    }
  }
  return seen > 0 && yesNo * 2 > seen;
}

const NOUNS_EN: Record<string, string> = { phường: "wards", trường: "schools", lớp: "classes" };

/** "7 trường" / "schools: 7": how many units a column's message counts, in each language. */
const unitsOf = (k: number, noun: string): Bilingual => ({ vi: `${k} ${noun}`, en: `${NOUNS_EN[noun] ?? "units"}: ${k}` });

export function checkMatrix(ctx: Ctx, layout: MatrixLayout, plan: Plan | null): Part {
  const { sheet } = ctx;
  const items: Item[] = [];
  const rollUps: RollUp[] = [];
  const unmatchedRows: { row: number; name: string }[] = [];
  const out: NotJudged[] = [];
  let notJudgedTotal = 0;
  const indicators = plan?.indicators ?? [];
  const byId = new Map(indicators.map((i) => [i.id, i] as const));
  const forced = ctx.opts.overrides?.indicatorIds ?? {};
  const subject = tableSubject(sheet, layout.headerRows[0]);
  // A row's remark, read once per row: every short cell of a wide row asked for it (the row is not changed meanwhile).
  const remarks = new Map<number, string | null>();
  const remarkOf = (r: number, row: readonly CellValue[] | undefined) => {
    let v = remarks.get(r);
    if (v === undefined) remarks.set(r, (v = awaitingRemark(row, layout.unitColumn)));
    return v;
  };
  const matches = plan
    ? matchIndicators(
        layout.groups.map((g, i) => {
          const c: MatchCandidate = { key: i, name: g.header };
          if (g.indicatorId) c.id = g.indicatorId;
          if (subject) c.subject = subject;
          return c;
        }),
        indicators,
        ctx.opts.minMatchScore ?? 0.5,
      )
    : new Map<number, MatchInfo>();

  // Units: every named row but target, total, section and hidden rows (the layout lists those).
  const excluded = new Set((layout.excludedRows ?? []).map((e) => e.row));
  if (layout.targetRow !== undefined) excluded.add(layout.targetRow);
  // No target for this table and none from a plan: each unit's own may stand in a table of targets elsewhere (another
  // sheet "Chỉ tiêu giao", a table "I. MỤC TIÊU …" above this one), or in the title of its section.
  const noTargetHere = layout.targetRow === undefined && !plan && layout.groups.every((g) => g.target === undefined && headingTarget(g.header) === null);
  const sections = noTargetHere ? sectionSentences(sheet, layout) : null;
  for (const t of sections?.titles ?? []) excluded.add(t);
  for (const t of layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : [])) excluded.add(t);
  const unitRows: number[] = [];
  const unitNames: string[] = [];
  const seenUnits = new Map<string, number>();
  // Units of two rows ("Đăng ký" then "Thực hiện"): the unit's name sits merged over both, its target row above.
  const targetRowOf = new Map<number, number>();
  const unitText = layout.rowRoleColumn !== undefined ? mergedText(sheet, range(layout.firstDataRow, layout.lastDataRow)) : null;
  let lastTargetRow = -1;
  // Band rows carrying the targets of the units under them: no units; said once each.
  const bands = new Set(bandRows(sheet, layout));
  let band = -1;
  for (const b of bands) (layout.decisions ??= []).push({ vi: `Dòng ${b + 1} "${cellText(sheet.values[b]?.[layout.unitColumn]).trim()}" ghi chỉ tiêu cho các ${layout.unitNoun} bên dưới nó.`, en: `Row ${b + 1} "${cellText(sheet.values[b]?.[layout.unitColumn]).trim()}" holds the targets of the units below it.` });
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (layout.rowRoleColumn !== undefined && TARGET_ROW_LABEL.test(fold(cellText(sheet.values[r]?.[layout.rowRoleColumn])))) lastTargetRow = r;
    if (bands.has(r)) {
      band = r;
      continue;
    }
    if (excluded.has(r)) continue;
    if (band >= 0) targetRowOf.set(r, band);
    const name = unitText ? unitText(r, layout.unitColumn) : cellText(sheet.values[r]?.[layout.unitColumn]);
    if (name === "") continue;
    if (unitText && lastTargetRow >= 0 && unitText(lastTargetRow, layout.unitColumn) === name) targetRowOf.set(r, lastTargetRow);
    // Norms above the table: the row of the kind this unit's key column names ("Miền núi").
    if (layout.norms) {
      const nr = normRowOf(layout.norms, cellText(sheet.values[r]?.[layout.norms.keyColumn]));
      if (nr !== undefined) targetRowOf.set(r, nr);
    }
    unitRows.push(r);
    unitNames.push(name);
    // One key for a unit everywhere (NFC, case, spaces): a name typed with combining accents is the same unit.
    const key = unitKey(name);
    const prev = seenUnits.get(key);
    if (prev !== undefined) {
      addFinding(ctx, {
        code: "duplicate_indicator",
        severity: "warning",
        cells: [{ row: prev, col: layout.unitColumn }, { row: r, col: layout.unitColumn }],
        message: { vi: `Đơn vị "${name}" xuất hiện hai lần.`, en: `Unit "${name}" appears twice.` },
      });
    } else seenUnits.set(key, r);
  }

  // Targets of the whole ("Chỉ tiêu … (toàn trường)"): its total row is the one row judged; the units are its breakdown,
  // listed per column as having no target of their own, never judged against the whole's target.
  const unitsOnly = { rows: unitRows, names: unitNames };
  const judgedRows = layout.targetRowWhole ? (layout.totalRow !== undefined ? [layout.totalRow] : []) : unitRows;
  const judgedNames = layout.targetRowWhole ? judgedRows.map((r) => cellText(sheet.values[r]?.[layout.unitColumn]).trim()) : unitNames;
  const totalsWithTargets = layout.targetRowWhole ? [] : (layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : []));
  const horizonDue = targetRowHorizon(ctx, layout);
  // A target row's due day passed while the figures stop before it (namedDue kept it): they are the part before it.
  const rowDay = targetRowDay(ctx, layout);
  const partial = horizonDue ? null : rowDay !== undefined ? rowDay : partialDue(ctx, layout);
  const perRow = new Map<number, CheckedItem[]>();
  const distributions = indicators.some((i) => i.distribution);
  const legend = legendOf(sheet, layout.lastDataRow);
  const sib = noTargetHere ? siblingTargets(sheet, layout, ctx.opts.siblings ?? [], { ...(ctx.opts.asOf ? { asOf: ctx.opts.asOf } : {}), period: ctx.period }) : null;
  if (sib) (layout.decisions ??= []).push(sib.decision);
  if (sib && sib.byGroup.size > 0 && sib.sheet !== sheet.name) layout.targetsFrom = sib.sheet;
  // Those targets' horizon ("I. MỤC TIÊU ĐẾN NĂM 2025") not yet reached: a short figure is not yet due.
  const siblingDue = sib?.horizon && (ctx.opts.asOf ?? todayIso()) < sib.horizon ? sib.horizon : null;
  let sentences: SentenceTarget[] | undefined;
  // A target row "Chỉ tiêu (mỗi tổ và toàn trường)": each unit's target and the whole's, so the total row is judged too.
  const targetRowLabel = layout.targetRow !== undefined ? cellText(sheet.values[layout.targetRow]?.[layout.unitColumn]) : "";
  const targetRowBoth = WHOLE_SCOPE.test(fold(targetRowLabel)) && eachScope(targetRowLabel);
  // The rows a column's scale is read over, the same for every group: made once, not once per group.
  const scaleRows = [...new Set([...unitRows, ...judgedRows])];
  const { joints, covered } = jointTargets(sheet, layout);
  // The section titles' sentences naming every word of a column's heading, for the units and totals under them.
  // A sentence that names a column but must not judge it (`sentenceRefusal`): the column's, said where it is listed.
  const refused = new Map<number, { s: SentenceTarget; why: Bilingual }>();
  const periodEnd = ctx.period?.end ?? ctx.opts.asOf ?? todayIso();
  const wholeColumn = (c: number): boolean => {
    const vs = unitRows.map((r) => sheet.values[r]?.[c]).filter((v) => !isEmptyCell(v));
    return vs.length > 0 && vs.every((v) => typeof v === "number" && Number.isInteger(v)) && unitRows.every((r) => !(formatAt(sheet, r, c) ?? "").includes("%"));
  };
  const refuse = (s: SentenceTarget, g: MatrixGroup, gi: number, all?: SentenceTarget[]): boolean => {
    // A column of counts ("Số hộ …", no share beside it, not marked yes/no): a share is not its target.
    // Also a column whose figures pass 100 or are whole numbers none written as a share ("Trẻ suy dinh dưỡng": 3, 4 of
    // 40, 50; "Số ra lớp": 890), under a heading naming no share (levels45, mend45l).
    const h = fold(g.header);
    const countLike = /^(so|sl|tong so)\b/.test(h) || (g.col !== undefined && (unitRows.some((r) => { const v = sheet.values[r]?.[g.col!]; return typeof v === "number" && v > 100; }) || wholeColumn(g.col)));
    const counts = countLike && !SHARE.test(h) && !g.percentHeader && g.rate === undefined && g.numerator === undefined && !(g.col !== undefined && looksYesNo(sheet, g.col, unitRows, legend));
    const why = sentenceRefusal(s, g.header, layout.groups.filter((_, j) => j !== gi).map((o) => o.header), periodEnd, all, counts);
    if (why) refused.set(gi, { s, why });
    return why !== null;
  };
  const sectionTotals = new Set(layout.totalRows ?? (layout.totalRow !== undefined ? [layout.totalRow] : []));
  // By column, the total rows a clause for each unit is not asked of: their figures weigh as judged when a sheet or a
  // reading is picked (`setAside`), so leaving them out never hands the check to another sheet.
  const eachOnly = new Map<number, number[]>();
  let totalsAside = 0;
  const sectionTargets = (g: MatrixGroup, gi: number): Map<number, SiblingTarget> | undefined => {
    const m = new Map<number, SiblingTarget>();
    const fits = new Map<SentenceTarget, boolean>();
    for (const [r, s] of sections?.of ?? []) {
      let fit = fits.get(s);
      if (fit === undefined) fits.set(s, (fit = (sentenceFor([s], g.header) ?? (g.percentHeader ? sentenceFor([s], g.header.replace(SAID_WHEN, " ")) : undefined)) === s && !refuse(s, g, gi, [...new Set(sections!.of.values())])));
      // A clause for each unit ("mỗi thôn", "/thôn") is never the total's.
      if (fit && sectionTotals.has(r) && perUnit(s.text, layout.unitNoun)) eachOnly.set(gi, [...(eachOnly.get(gi) ?? []), r]);
      else if (fit) m.set(r, { value: s.text, at: `${sheet.name}!${s.row + 1}` });
    }
    for (const [s, fit] of fits) if (fit) (layout.decisions ??= []).push(sentenceDecision(g.header, s));
    return m.size > 0 ? m : undefined;
  };
  layout.groups.forEach((g, gi) => {
    // A part of a target written over several parts ("Yếu, kém ≤ 3%"): judged with the first, summed.
    if (covered.has(gi)) return;
    const joint = joints.get(gi);
    const external = sib?.byGroup.get(gi) ?? sectionTargets(g, gi);
    let match: MatchInfo = matches.get(gi) ?? { by: "none", score: 0 };
    if (forced[gi] && byId.has(forced[gi])) match = { indicatorId: forced[gi], by: "override", score: 1 };
    const candidate = match.indicatorId ? byId.get(match.indicatorId) : undefined;
    // A loose name match is not taken for a whole column of units: listed, not guessed.
    const ind = candidate && !isUncertain(match) ? candidate : undefined;
    // The plan indicator's own horizon ("… đến năm 2025"), once per indicator: still ahead, its target is not yet due.
    const planDue = ind ? planHorizon(ind.name) : null;
    const planAhead = planDue !== null && planDue > (ctx.opts.asOf ?? todayIso());
    const valueCol = g.col ?? g.rate ?? g.numerator;
    const unit = ind?.unit ?? (g.percentHeader ? "%" : "");
    const column = valueCol !== undefined ? columnScaleOf(scaleRows, (r) => sheet.values[r]?.[valueCol], (r) => formatAt(sheet, r, valueCol), true) : undefined;
    // A unit judged on its own plan cell reads its figure by it alone: the spread is read against the column's one shared target.
    const columnOwn = column ? { points: column.points, fractions: column.fractions } : undefined;
    let target: { text: string; alt?: string } = { text: "" };
    let targetSource: CheckedItem["targetSource"] = "none";
    let fromSentence = false;
    let fromRow = false;
    if (layout.targetRow !== undefined && valueCol !== undefined) {
      // The target row states the target over the part it is about: the figure column, or the rate column when the
      // figure column is blank there ("Dưới 2%" over "TL (%)" beside "SL").
      const tr = layout.targetRow;
      // One cell merged over the whole group ("Không quá 0,2%" over "Tổng số HS | Số HS bỏ học | Tỷ lệ (%)") states it too.
      const m = isEmptyCell(sheet.values[tr]?.[valueCol]) && g.rate !== undefined ? mergeCovering(sheet, tr, g.rate) : null;
      const whole = m !== null && m.left < valueCol && m.left >= Math.min(...[g.col, g.numerator, g.denominator].filter((k): k is number => k !== undefined));
      const onRate = isEmptyCell(sheet.values[tr]?.[valueCol]) && g.rate !== undefined && g.rate !== valueCol && (whole || !isEmptyCell(sheet.values[tr]?.[g.rate]));
      const tc = whole ? m.left : onRate ? g.rate! : valueCol;
      const tctx = { unit: onRate ? "%" : unit, headerPercent: onRate || g.percentHeader, ...(column && !onRate ? { column: columnOwn! } : {}) };
      target = targetFromCell(sheet.values[tr]?.[tc], { format: formatAt(sheet, tr, tc), ...tctx });
      if (layout.targetRowMax !== undefined) {
        // Lower and upper bound rows: the band between them ("≥ 13% và ≤ 20%", both bounds stated, so a norm held from
        // both sides, never a floor with a hoped-for top); one bound alone is no band.
        const hi = targetFromCell(sheet.values[layout.targetRowMax]?.[tc], { format: formatAt(sheet, layout.targetRowMax, tc), ...tctx });
        target = target.text !== "" && hi.text !== "" ? { text: `≥ ${target.text} và ≤ ${hi.text}` } : { text: "" };
      }
      if (target.text !== "") targetSource = "sheet";
      fromRow = target.text !== "";
    }
    // No target row: a threshold the column's heading states in its brackets ("Điểm xét tốt nghiệp (từ 5,0 trở lên)").
    if (target.text === "" && !ind && g.target === undefined) {
      const own = headingTarget(g.header);
      if (own) {
        target = { text: own };
        targetSource = "sheet";
      }
    }
    // No target on this sheet nor from a plan: a sentence on a sheet of targets naming every word of the heading
    // ("100% học sinh tham gia bảo hiểm y tế." for "Tham gia BHYT"); two such sentences are said, never chosen between.
    // A column whose line under the header was set aside is not handed to the sentence above it: the line was its own.
    if (target.text === "" && !plan && g.target === undefined && external === undefined && !refused.has(gi) && layout.targetRow === undefined && targetRowOf.size === 0) {
      // The sheet's own sentence above the header is offered beside them; two that fit are said, never chosen between.
      sentences ??= [...ownSentences(sheet, layout.headerRows[0]), ...sentenceTargets(sheet, ctx.opts.siblings ?? [])];
      // A share column's heading names its indicator with words that say only how or when it is counted ("Tỷ lệ tham
      // gia hiện tại (%)", "… đến ngày 25/10"): those set aside, the sheet's own one sentence may name it.
      const s = sentenceFor(sentences, g.header) ?? (g.percentHeader ? sentenceFor(ownSentences(sheet, layout.headerRows[0]), g.header.replace(SAID_WHEN, " ")) : undefined);
      if (s === "ambiguous") (layout.decisions ??= []).push({ vi: `Có nhiều câu chỉ tiêu cùng nêu "${g.header}"; không chọn câu nào.`, en: `Several target sentences name "${g.header}"; none is chosen.` });
      else if (s && !refuse(s, g, gi, sentences)) {
        fromSentence = true;
        target = { text: s.text };
        targetSource = "sheet";
        (layout.decisions ??= []).push(sentenceDecision(g.header, s));
      }
    }
    if (target.text === "" && ind) {
      target = { text: ind.target };
      targetSource = "plan";
    }
    if (layout.targetRowWhole) {
      const k = [g.col, g.rate, g.numerator].filter((c): c is number => c !== undefined);
      const withFigures = unitsOnly.rows.filter((r) => k.some((c) => !isEmptyCell(sheet.values[r]?.[c])));
      if (withFigures.length > 0) {
        const first = withFigures[0];
        notJudgedTotal += withFigures.length;
        const cell = { row: first, col: k.find((c) => !isEmptyCell(sheet.values[first]?.[c]))! };
        if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: first, cell, name: g.header, reason: "no_target", units: unitsOf(withFigures.length, layout.unitNoun), count: withFigures.length }));
      }
    }
    const unitTargets = external !== undefined || g.target !== undefined || (targetRowOf.size > 0 && [g.rate, g.col, g.numerator].some((k) => k !== undefined && [...targetRowOf.values()].some((tr) => !isEmptyCell(sheet.values[tr]?.[k]))));
    if (target.text === "" && !unitTargets) {
      unmatchedRows.push({ row: layout.headerRows[0], name: g.header });
      // Say it once per column: how many units had figures there, and why none was judged.
      let withFigures = 0;
      let first: CellRef | undefined;
      for (const r of judgedRows) {
        for (const c of [g.col, g.rate, g.numerator]) {
          if (c === undefined || isEmptyCell(sheet.values[r]?.[c])) continue;
          withFigures++;
          first ??= { row: r, col: c };
          break;
        }
      }
      if (withFigures > 0 && first) {
        notJudgedTotal += withFigures;
        const no = refused.get(gi);
        const reason = candidate ? "uncertain_match" : plan ? "no_match" : no ? "sentence_refused" : "no_target";
        const input: Parameters<typeof notJudged>[1] = { row: first.row, cell: first, name: g.header, reason, units: unitsOf(withFigures, layout.unitNoun), count: withFigures };
        if (no) Object.assign(input, { detail: `"${no.s.text}": ${no.why.vi}`, detailEn: `"${no.s.text}": ${no.why.en}` });
        if (candidate) input.candidate = { id: candidate.id, name: candidate.name, score: match.score };
        if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, input));
      }
      return;
    }
    // Units of two rows: a column merged over both ("Sĩ số: 435 em") describes the unit; with no figure on any result
    // row it holds no indicator.
    if (targetRowOf.size > 0 && judgedRows.every((r) => [g.col, g.rate, g.numerator].every((k) => k === undefined || isEmptyCell(sheet.values[r]?.[k])))) return;
    const rule = ruleFor(ctx, target.text, ind, g.header, unit);
    const percentRule = isPercentRule(rule);
    // Enrolment is settled when the year opens (the column's or the table's title says so): a term's figure is the year's.
    // Not where the column or its target names pupils kept over the year ("ra lớp, duy trì sĩ số đạt 99%"): that share
    // is known at the year's end.
    const settled = SETTLED_AT_OPENING.test(fold(`${g.header} ${ind?.name ?? ""} ${subject}`)) && !KEPT_OVER_YEAR.test(fold(`${g.header} ${target.text}`));
    const tgt: Target = { text: target.text, rule };
    if (target.alt) tgt.alt = { text: target.alt, rule: ruleFor(ctx, target.alt, ind, g.header, unit) };
    // Targets on the count of units ("14/14 phường", "100% trường ...") judge each unit yes/no and the district on the share.
    const overUnits =
      typeof rule !== "string" && g.col !== undefined && looksYesNo(sheet, g.col, unitRows, legend) && (rule.kind === "fraction" || (percentRule && rule.kind !== "zero"));
    let unitTarget: Target = overUnits ? { text: target.text, rule: BOOLEAN_RULE } : tgt;
    // "≥ 95% (xã ĐBKK ≥ 90%)": a second threshold for one kind of unit. A column headed by that kind ("Xã ĐBKK")
    // with a mark on the row says which applies; without one, both are readings and a figure between them is asked.
    const cond = overUnits ? null : conditionalTarget(target.text);
    const condCol = cond ? conditionColumn(sheet, layout, cond.when) : undefined;
    const condTarget = (alt: boolean): Target => {
      const text = alt ? cond!.alt : cond!.main;
      return { text, rule: ruleFor(ctx, text, ind, g.header, unit) };
    };
    if (cond && condCol === undefined) unitTarget = { ...condTarget(false), alt: condTarget(true) };
    // The figure's own part headings under the group ("Số trẻ ra lớp" under "Mẫu giáo – Tổng số"): what it counts.
    const lastHead = layout.headerRows[layout.headerRows.length - 1];
    const partHeadings = [g.numerator, g.col].filter((k): k is number => k !== undefined).map((k) => cellText(sheet.values[lastHead]?.[k])).join(" ");
    const byStatus = emptyCounts();
    const shortUnits: string[] = [];
    const notApplicable: string[] = [];
    // Units whose short figure waits on another's decision (their row's remark): the whole waits with them.
    let awaited = 0;
    // What the awaited units failed ("199/250": 51 papers at most to pass on re-marking); NaN when a figure is no pair.
    let awaitedFails = 0;
    let met = 0;
    let sumNum = 0;
    let sumDen = 0;
    const name = ind?.name ?? joint?.header ?? g.header;
    // What the user reads (verdicts, roll-ups, the report): both levels of a two-level heading; rules read the header.
    const label = ind?.name ?? joint?.header ?? g.title ?? g.header;

    // A total row registering a target phrase of its own in this indicator's target column ("Toàn trường | Ít nhất 18
    // giải | =SUM(…)"): judged against it as a unit is, never counted among the units of the roll-up. A number there
    // under units' targets in words ("03 giải") is the roll-up's.
    // A total the table of targets elsewhere names ("Toàn tỉnh" among the districts' columns) is judged on its own target too.
    // A sentence of targets is the whole's ("100% học sinh …"), as is a target row for each unit and the whole: its
    // total row is judged on it as each unit is; a sentence that
    // names the whole ("… toàn trường không quá 5%") is the total's alone, the units its breakdown.
    // A number typed there that is not the units' targets summed ("Toàn tỉnh | 108,66" over districts' 108,60, 108,80),
    // beside a figure typed too (not the units' sum or mean), is the whole's own target and figure, as a phrase is.
    // So is a count's plan summed from the units' ("Toàn huyện | =SUM(C10:C17) | =SUM(D10:D17)" of km, "Toàn tỉnh | 8 |
    // 7" works): what the whole was asked; a rate's or a mean's sum (a sex ratio's 326,1) is no one's target.
    // A plan column with no "%" of its own in a group with a rate ("Tổng số | Chỉ tiêu | Số sinh con thứ 3 | Tỷ lệ (%)")
    // plans a count or a share: a count where the plan grows with each unit's whole and the total row adds it up, a
    // share where every unit is given the same number (`planScale`). Where neither shows, each unit is asked, never
    // judged on the reading that would let it pass.
    const scaleOfPlan = g.target !== undefined && g.percentHeader && !g.targetPercent && !ind?.unit ? planScale(sheet, layout, g, g.target, unitRows) : undefined;
    const counted = scaleOfPlan === "count";
    const summable = (!g.percentHeader || counted) && !g.targetPercent && !percentRule && !NOT_SUMMED.test(fold(g.header));
    const ownTarget = (r: number, c: number): boolean => {
      const v = sheet.values[r]?.[c];
      if (typeof v === "string") return !notApplicableCell(v);
      const fc = g.col ?? g.rate;
      if (typeof v !== "number" || fc === undefined || typeof sheet.values[r]?.[fc] !== "number") return false;
      // (Units' targets in words, "03 giải", cannot be summed: a number under them is the roll-up's, as before.)
      // "-" under a unit: no plan given to it, nothing to add to the sum.
      let sum = 0;
      let words = false;
      for (const u of unitRows) {
        const t = sheet.values[u]?.[c];
        if (typeof t === "number") sum += t;
        else if (!isEmptyCell(t) && !notApplicableCell(t)) words = true;
      }
      if (summable) return !words;
      // A rate the whole's row computes from its own counts ("=ROUND(D10/C10*100,2)") is its own figure, not the units'
      // sum or mean; under units' targets partly in words ("Trên 95%") a typed rate is the whole's, none to sum.
      const ff = sheet.formulas?.[r]?.[fc];
      const src = ff ? ratioCells(ff, sheet.origin) : null;
      // So is a count its row adds up from its own cells ("=C12+F12", two exam clusters): no sum of the units.
      const own = ff ? formulaRefs(ff, sheet.origin).every((x) => !x.range && x.r1 === r) : false;
      if (sheet.formulas?.[r]?.[c] || (ff && !own && !(src && src.num[0] === r && src.den[0] === r))) return false;
      return words || Math.abs(sum - v) > Math.max(1, Math.abs(v) / 200);
    };
    // A share (or none at all) asked on the target row holds for the whole as for each unit ("Chỉ tiêu | 100% | Không quá 1%"): the
    // total row's own share is judged too; a count is the units' (the total is their sum), a target by kind of unit
    // ("Lá từ 95%; Chồi từ 90%") is no one target of the whole.
    const rowShare = fromRow && (percentRule || (typeof rule !== "string" && rule.kind === "zero")) && !overUnits && !cond && (targetRowBoth || !eachScope(targetRowLabel));
    // A unit left out of the whole's share may move it either way (an average, a ratio): no figure of the whole; only
    // "none at all" broken stays broken.
    const zeroRule = typeof rule !== "string" && rule.kind === "zero";
    const each = fromSentence && perUnit(target.text, layout.unitNoun);
    for (const r of external ? (eachOnly.get(gi) ?? []) : each ? totalsWithTargets : []) if (totalsWithTargets.includes(r) && [g.col, g.rate, g.numerator].some((k) => k !== undefined && !isEmptyCell(sheet.values[r]?.[k]))) totalsAside++;
    const ownTotals = g.target !== undefined ? totalsWithTargets.filter((r) => ownTarget(r, g.target!)) : external ? totalsWithTargets.filter((r) => external.has(r)) : (fromSentence && !each) || targetRowBoth || rowShare ? totalsWithTargets : [];
    const wholeOnly = fromSentence && ownTotals.length > 0 && WHOLE_SCOPE.test(fold(target.text)) && !eachScope(target.text);
    // A sentence naming a school level over a table keyed by level is that level's target only (never Tiểu học's).
    const saidLevels = fromSentence ? levelsIn(target.text, true) : new Set<string>();
    let planWords: string | undefined;
    const tableLevels = new Set(judgedNames.flatMap((n) => [...rowLevelsOf(n)]));
    const byLevel = saidLevels.size > 0 && tableLevels.size > 0;
    for (let u = wholeOnly ? judgedRows.length : 0; u < judgedRows.length + ownTotals.length; u++) {
      const selfTotal = u >= judgedRows.length;
      const r = selfTotal ? ownTotals[u - judgedRows.length] : judgedRows[u];
      const row = sheet.values[r];
      const unitName = selfTotal ? cellText(row?.[layout.unitColumn]).trim() : judgedNames[u];
      let unitTgt = unitTarget;
      let unitTargetText = target.text;
      if (cond && condCol !== undefined) {
        const marked = isMarked(row?.[condCol]);
        unitTgt = condTarget(marked);
        unitTargetText = marked ? `${cond.alt} (${cond.when})` : cond.main;
      }
      let unitSource = targetSource;
      // The unit's plan cell writes its own "%" (typed or formatted): its scale is said, whatever the column's heading.
      let planSaysPercent = false;
      const tr = targetRowOf.get(r);
      if (tr !== undefined && g.target === undefined) {
        // The unit's target row: its figure in the rate column (or the figure column when the rate is blank there).
        const tc = [g.rate, g.col, g.numerator].find((k) => k !== undefined && !isEmptyCell(sheet.values[tr]?.[k]));
        const own = tc === undefined ? { text: "" } : targetFromCell(sheet.values[tr]?.[tc], { format: formatAt(sheet, tr, tc), unit: tc === g.rate ? "%" : unit, headerPercent: tc === g.rate || g.percentHeader });
        if (own.text !== "") {
          unitTargetText = own.text;
          unitSource = "sheet";
          unitTgt = { text: own.text, rule: ruleFor(ctx, own.text, ind, g.header, tc === g.rate ? "%" : unit) };
          if (own.alt) unitTgt.alt = { text: own.alt, rule: ruleFor(ctx, own.alt, ind, g.header, unit) };
        }
      }
      if (g.target !== undefined) {
        // "-" as the unit's own target: nothing was asked of this unit. With no figure beside it, it is not one of
        // the indicator's units (left out of its roll-up, named on it); with a figure, it has no target and is listed
        // as not judged, never judged against another unit's or the district's target.
        // One target merged down the units' rows ("≥ 95%" in G9:G18) is each of those rows' own.
        const m = isEmptyCell(row?.[g.target]) ? mergeCovering(sheet, r, g.target) : null;
        const tRow = m && m.left === g.target && m.right === g.target && m.top < r && m.top >= layout.firstDataRow ? m.top : r;
        const ownCell = sheet.values[tRow]?.[g.target];
        planSaysPercent = cellText(ownCell).includes("%") || (formatAt(sheet, tRow, g.target) ?? "").includes("%");
        const nothing = (v: CellValue) => isEmptyCell(v) || notApplicableCell(v);
        if (notApplicableCell(ownCell)) {
          if ([g.col, g.rate, g.numerator].every((k) => k === undefined || nothing(row?.[k]))) {
            if (!selfTotal) notApplicable.push(unitName);
            continue;
          }
          unitTgt = { text: "", rule: unitTgt.rule };
        }
        // The target column's own heading decides its scale ("Chỉ tiêu giao (%)"), not a rate beside the counts.
        const tUnit = g.targetPercent ? "%" : counted ? "" : unit;
        const own = notApplicableCell(ownCell) ? { text: "" } : targetFromCell(ownCell, { format: formatAt(sheet, tRow, g.target), unit: tUnit, headerPercent: g.targetPercent || (g.percentHeader && !counted), ...(column ? { column: columnOwn! } : {}) });
        // A bare number under a plan heading that says its bound ("Chỉ tiêu khống chế (không quá)", "Mức tối đa"): a cap or a floor as the heading says.
        Object.assign(own, bounded(own, headingBound(columnTexts(sheet, layout, g.target).at(-1) ?? "")));
        if (own.text !== "") {
          unitTargetText = own.text;
          unitSource = "sheet";
          unitTgt = { text: own.text, rule: ruleFor(ctx, own.text, ind, g.header, tUnit) };
          if (own.alt) unitTgt.alt = { text: own.alt, rule: ruleFor(ctx, own.alt, ind, g.header, tUnit) };
        }
      }
      // The unit's own target on another sheet: a unit that sheet does not name has none (listed, never guessed).
      if (external) {
        const t = external.get(r);
        // A heading there that says a share ("Tỷ lệ học sinh lên lớp (%)") makes its bare "96" a share, as "%" over
        // this sheet's column would: the rate is judged, never the count beside it ("Lên lớp ⟩ SL | %", 399 ≥ 96).
        const own = t ? targetFromCell(t.value, { unit, headerPercent: g.percentHeader || (t.heading !== undefined && readHeader(t.heading).percent), ...(t.format ? { format: t.format } : {}) }) : { text: "" };
        // A bare number under a heading that closes with its bound ("… không quá (%)"): the heading's direction is the
        // target's, never a floor by default (9,5 under "không quá" is a cap: 10,88 is over it, not above a floor).
        const bound = t?.heading ? headingBound(t.heading) : null;
        if (bound && /^\d/.test(own.text)) {
          own.text = `${bound} ${own.text}`;
          if (own.alt) own.alt = `${bound} ${own.alt}`;
        }
        unitTargetText = own.text;
        unitSource = own.text !== "" ? "sheet" : "none";
        unitTgt = { text: own.text, rule: own.text !== "" ? ruleFor(ctx, own.text, ind, g.header, unit) : unitTgt.rule };
        if (own.alt) unitTgt.alt = { text: own.alt, rule: ruleFor(ctx, own.alt, ind, g.header, unit) };
      }
      // "Trường TH/MN …" names its level. A row naming none ("Toàn huyện", "Cộng", a commune) keeps the sentence only
      // when no other row names a level the sentence leaves out: a roll-up of tiểu học, THCS and THPT is no THCS figure.
      const rowLevels = rowLevelsOf(unitName);
      if (byLevel && (rowLevels.size > 0 ? ![...rowLevels].some((k) => saidLevels.has(k)) : [...tableLevels].some((k) => !saidLevels.has(k)))) unitTgt = { text: "", rule: unitTgt.rule };
      // Each unit's own target decides whether its rate or its count is the figure.
      const unitPercent = percentRule || isPercentRule(unitTgt.rule) || (unitTgt.alt !== undefined && isPercentRule(unitTgt.alt.rule));
      let actual: CellValue;
      let cell: CellRef;
      let scale: PercentScale | undefined;
      let denominatorCell: CellRef | undefined;
      let fromCells = false;
      let typedCount: string | undefined;
      const pairOk = g.numerator !== undefined && g.denominator !== undefined && !isEmptyCell(row?.[g.numerator]) && !isEmptyCell(row?.[g.denominator]);
      const rateFormula = g.rate !== undefined ? sheet.formulas?.[r]?.[g.rate] : undefined;
      if (g.rate !== undefined && (!isEmptyCell(row?.[g.rate]) || (rateFormula && unitPercent)) && (unitPercent || g.col === undefined) && !pairOk) {
        actual = row?.[g.rate];
        cell = { row: r, col: g.rate };
        // A rate its formula computes from two cells ("=ROUND(G10/D10*100,1)" showing 99,0 for 299/302) is judged on
        // those cells: the rounded figure hides which side of a bar it falls ("Trên 99%").
        const src = unitPercent ? ratioCells(rateFormula ?? "", sheet.origin) : null;
        const top = src ? sheet.values[src.num[0]]?.[src.num[1]] : undefined;
        // A count above its whole (late registrations counted) is judged on the rate as shown, as a typed rate is.
        const whole = src ? (num(sheet.values[src.den[0]]?.[src.den[1]]) ?? 0) : 0;
        if (src && num(top) !== null && whole > 0 && num(top)! <= whole) {
          actual = pairActual(top, sheet.values[src.den[0]]?.[src.den[1]]);
          scale = "fraction";
          fromCells = true;
        } else if (src && (isEmptyCell(actual) || isCellError(actual)) && (isEmptyCell(top) || cellKind(top) === "empty")) {
          // Blank or an error because the count it divides is still to come ("Đang tổng hợp", blank): no figure yet.
          actual = top ?? null;
          fromCells = true;
        } else if (src && (isEmptyCell(actual) || isCellError(actual))) {
          // Blank because a count it divides was typed with its noun ("01 trẻ", "60 người"): the counts, and said.
          const typed = typedRatio(sheet, rateFormula);
          if (typed) {
            actual = typed.actual;
            typedCount = typed.typed;
            scale = "fraction";
            fromCells = true;
          }
        }
      } else if (g.numerator !== undefined && g.denominator !== undefined) {
        actual = pairOk ? pairActual(row?.[g.numerator], row?.[g.denominator]) : undefined;
        cell = { row: r, col: g.numerator };
        denominatorCell = { row: r, col: g.denominator };
        scale = "fraction";
        const n = num(row?.[g.numerator]);
        const d = num(row?.[g.denominator]);
        if (n !== null && d !== null && !selfTotal) {
          sumNum += n;
          sumDen += d;
        }
        pairChecks(ctx, r, g.numerator, g.denominator, g.rate, g.percentHeader, `${unitName} – ${name}`);
      } else {
        const c = g.col ?? g.rate!;
        actual = row?.[c];
        cell = { row: r, col: c };
        // A rate column of its own, blank because a count it divides was typed with its noun: the counts, and said.
        const typed = unitPercent && (isEmptyCell(actual) || isCellError(actual)) ? typedRatio(sheet, sheet.formulas?.[r]?.[c]) : null;
        if (typed) {
          actual = typed.actual;
          typedCount = typed.typed;
          scale = "fraction";
          fromCells = true;
        }
      }
      if (joint) {
        const sum = jointActual(sheet, r, joint, unitPercent);
        actual = sum.actual;
        scale = sum.scale;
        // No one cell holds the sum: no live formula over the first part alone.
        fromCells = true;
      }
      // "-" as the unit's figure where the column's target asks something of it: the column does not apply to this
      // unit (a norm for group leaders only, a level the school does not teach). It is left out of the indicator's
      // units and named on its roll-up, never a unit "with no data yet".
      // Unless a remark on the row says the figure was not sent ("BHXH huyện chưa cung cấp số liệu"): then the dash
      // is a figure still to come, no data.
      if ((notApplicableCell(actual) && !notSent(row)) || (isEmptyCell(actual) && otherCohort(unitName, name))) {
        if (!selfTotal) notApplicable.push(unitName);
        continue;
      }
      // A legend's mark ("Đ" for "Đạt") or 1/0 read as yes/no: the cell holds something a formula reads otherwise.
      let read = false;
      if (overUnits || (typeof rule !== "string" && rule.kind === "boolean")) {
        const raw = actual;
        actual = asYesNo(withLegend(actual, legend));
        read = actual !== raw;
      }
      // No target for this unit: its own target cell blank, no row or plan target, or a dash where the target row sets
      // none for these units ("-" under "Tỷ lệ khá, giỏi" for the centres): not an unreadable target.
      const dashed = notApplicableCell(unitTgt.text);
      if ((unitTgt.text === "" || dashed) && !overUnits) {
        if (!isEmptyCell(actual)) {
          notJudgedTotal++;
          if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: r, cell, name: label, unitName, reason: plan && !dashed ? "no_match" : "no_target" }));
        }
        continue;
      }
      // An answer for a target of one ("Đạt cấp trường" for "1 sáng kiến") is judged as a count; the cell keeps its words.
      // "02 xã (Hương Phú, Hương Hòa)", "431 (89,2%)": the figure without its remark, the part the target judges (as in a list).
      const answered = answerAsCount(unitTgt.rule, typeof actual === "string" && !fromCells ? figureFor(actual, unitPercent) : actual);
      const baseline = g.baseline !== undefined ? row?.[g.baseline] : undefined;
      // Built field by field (same fields, same order as before): spreads cost an object each on every unit.
      const fig: Figure = { actual: answered, cell };
      if (scale) fig.scale = scale;
      if (column && !scale) fig.column = unitTargetText === target.text ? column : columnOwn!;
      if (baseline !== undefined) fig.baseline = baseline;
      let { judged, scale: used } = overUnits ? { judged: judge(ctx, BOOLEAN_RULE, actual, "auto", name), scale: "auto" as PercentScale } : judgeFigure(ctx, unitTgt, fig, name, unit);
      // The target row's own horizon ("Mục tiêu đến năm 2025") not yet reached: a short figure is not yet due.
      // The written formula knows no horizon: such a cell keeps the engine's verdict, as a list's does, and so does one
      // whose figure meets today (`periodBound`): a short figure typed later would be "Chưa đạt" to a formula.
      let adjusted = false;
      if (scaleOfPlan === null && unitSource === "sheet" && !overUnits && !planSaysPercent) {
        const [vi, en] = [judged.verdict.explanations.vi, judged.verdict.explanations.en].map((t) => t.replace(/^[^:]*:\s*/, ""));
        const heading = columnTexts(sheet, layout, g.target!).at(-1) ?? "";
        judged = Judged.fixed(restated(ctx.lang, judged.verdict, "review", { vi: `${STATUS.review.vi}: ${vi}; cột "${heading}" không ghi chỉ tiêu là số lượng hay tỷ lệ (%); ghi rõ đơn vị của chỉ tiêu`, en: `${STATUS.review.en}: ${en}; column "${heading}" does not say whether it plans a count or a share (%); write the target's unit` }));
        adjusted = true;
      }
      // A bare plan figure for births or events (NO_DIRECTION): read as a floor and as a ceiling; asked when they differ.
      // So is a bare plan cell given "%" only by the rate beside it.
      const bare = unitTgt.rule;
      if (typeof bare !== "string" && bare.kind === "compare" && bare.op === ">=" && (/^[\d.,\s]+$/.test(unitTgt.text) || (g.target !== undefined && !planSaysPercent && /^[\d.,\s]+%$/.test(unitTgt.text))) && NO_DIRECTION.test(fold(name))) {
        const cap = judge(ctx, { ...bare, op: "<=" }, answered, "auto", name, undefined, unit).verdict;
        if (/^(met|exceeded)$/.test(cap.status) !== /^(met|exceeded)$/.test(judged.status)) judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, cap, { vi: `"${unitTgt.text}" là mức tối thiểu`, en: `"${unitTgt.text}" as a floor` }, { vi: "là mức tối đa", en: "as a ceiling" }, { vi: "ghi rõ chỉ tiêu là tối thiểu hay tối đa", en: "say whether the target is a floor or a ceiling" }));
      }
      // A whole number past 100 under a count heading against the unit's own share ("Từ 99% trở lên" beside "Số học sinh
      // ra lớp": 890), no rate nor whole beside it: read as percent points it is a guess, so asked, as in a list.
      if (!adjusted && g.target !== undefined && isPercentRule(unitTgt.rule) && g.rate === undefined && g.numerator === undefined && g.denominator === undefined && !g.percentHeader && typeof actual === "number" && Number.isInteger(actual) && (actual > 100 || (g.col !== undefined && unitTgt.text.includes("%") && wholeColumn(g.col))) && !/\b(ti le|%)/.test(fold(g.header)) && !(formatAt(sheet, r, cell.col) ?? "").includes("%") && (ACHIEVED.has(judged.status) || judged.status === "not_met")) {
        judged = Judged.fixed(restated(ctx.lang, judged.verdict, "review", { vi: `${STATUS.review.vi}: ${actual} là số lượng, chỉ tiêu là tỷ lệ; ghi tỷ lệ hoặc tổng số để so.`, en: `${STATUS.review.en}: ${actual} is a count, the target a share; write the share or the whole to compare.` }));
        adjusted = true;
      }
      // (A unit's blank past a deadline is overdue, "chưa ghi kết quả", as a task's in a list: the engine's verdict stands.)
      // "Đã gửi" with no day in a column where the other units' cells are the days they sent: on time or late cannot be
      // told, so it is asked about, never "met" on the word alone. Only cells saying it was sent count ("-" where a
      // unit owes nothing and "Chưa gửi" tell nothing of how sending is written).
      if (!adjusted && typeof unitTgt.rule !== "string" && unitTgt.rule.kind === "deadline" && judged.status === "met" && typeof actual === "string" && dayOf(readCompletion(actual, ctx.period)) === null) {
        const col = cell.col;
        const others = unitRows.filter((u) => u !== r && !isEmptyCell(sheet.values[u]?.[col]) && !notApplicableCell(sheet.values[u]?.[col]) && readCompletion(sheet.values[u]?.[col] ?? null, ctx.period).kind !== "notDone");
        const days = others.filter((u) => typeof dayOf(readCompletion(sheet.values[u]?.[col] ?? null, ctx.period)) === "string").length;
        if (others.length >= 2 && days * 2 > others.length) {
          const late = restated(ctx.lang, judged.verdict, "not_met", judged.verdict.explanations);
          judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, late, { vi: "nếu gửi đúng hạn", en: "if sent on time" }, { vi: "nếu gửi sau hạn", en: "if sent after it" }, { vi: `ghi ngày gửi thay cho "${actual.trim()}"`, en: `write the day it was sent instead of "${actual.trim()}"` }));
          adjusted = true;
        }
      }
      // A total summed over the units (a formula) while a unit with a target has no figure yet: no figure of the whole.
      // A word in the figure's place ("Chưa báo cáo") is none to the sum either. (A number typed as text, "2,1 km", is a
      // figure the sum skips: the total is then short of it, judged as it stands, as before.)
      // A share from the target row: every unit was asked.
      // The whole's figure to date where every unit lacking one says nothing is done yet ("Chưa thu"): not yet due when
      // the units are; else, as any total lacking units, no figure of the whole.
      let lackingYet: Verdict | undefined;
      if (selfTotal && !adjusted && (g.target !== undefined || rowShare) && sheet.formulas?.[r]?.[cell.col] && (rowShare ? !zeroRule || ACHIEVED.has(judged.status) : !ACHIEVED.has(judged.status))) {
        // A share "at least" already reached over a whole that counts every unit (its own share's whole is there),
        // only its part missing: the missing part can only raise it, so it is reached whatever that part is.
        const src = rowShare && fromCells && ACHIEVED.has(judged.status) && typeof rule !== "string" && rule.kind === "compare" && (rule.op === ">=" || rule.op === ">") ? ratioCells(sheet.formulas?.[r]?.[g.rate ?? -1] ?? "", sheet.origin) : null;
        const onlyPart = (u: number) => src !== null && src.num[0] === r && src.den[0] === r && (num(sheet.values[u]?.[src.den[1]]) ?? 0) > 0;
        const lacking = unitRows.filter((u) => {
          const t = g.target === undefined ? "x" : sheet.values[u]?.[g.target];
          const v = sheet.values[u]?.[cell.col];
          return !isEmptyCell(t) && !notApplicableCell(t) && typeof v !== "number" && !notApplicableCell(v) && !/\d/.test(cellText(v)) && !onlyPart(u);
        });
        let missing = lacking.length;
        // A unit's rate blank only because its count was typed with its noun ("60 người"): the total's SUM skipped that
        // count. Judged again with it added; the verdict stands when both agree, else the whole has no figure.
        const whole = missing > 0 && unitPercent ? ratioCells(sheet.formulas?.[r]?.[cell.col] ?? "", sheet.origin) : null;
        const n0 = whole ? num(sheet.values[whole.num[0]]?.[whole.num[1]]) : null;
        const d0 = whole ? num(sheet.values[whole.den[0]]?.[whole.den[1]]) : null;
        const again = (n: number, d: number) => judgeFigure(ctx, unitTgt, { ...fig, actual: `${n}/${d}`, scale: "fraction" }, name, unit).judged.status;
        if (whole && n0 !== null && d0 !== null && d0 > 0 && again(n0, d0) === judged.status) {
          let [n, d] = [n0, d0];
          const summed = (at: [number, number]) => /^=\s*SUM\(/i.test(sheet.formulas?.[at[0]]?.[at[1]] ?? "");
          const added = lacking.filter((u) => {
            const src = ratioCells(sheet.formulas?.[u]?.[cell.col] ?? "", sheet.origin);
            const typed = typedRatio(sheet, sheet.formulas?.[u]?.[cell.col]);
            if (!src || !typed || src.num[1] !== whole.num[1] || src.den[1] !== whole.den[1]) return false;
            const [tn, td] = typed.actual.split("/").map(Number);
            const numTyped = typeof sheet.values[u]?.[src.num[1]] === "string";
            const denTyped = typeof sheet.values[u]?.[src.den[1]] === "string";
            if ((numTyped && !summed(whole.num)) || (denTyped && !summed(whole.den))) return false;
            if (numTyped) n += tn;
            if (denTyped) d += td;
            return true;
          }).length;
          if (added === missing && n <= d && again(n, d) === judged.status) {
            missing = 0;
            judged = withWarning(judged, { code: "actual_interpreted", message: { vi: `Dòng tổng chưa cộng số ghi kèm chữ của ${added} đơn vị; cộng vào (${n}/${d}) vẫn cùng kết quả.`, en: `The total leaves out ${added} ${added === 1 ? "unit's count" : "units' counts"} typed with words; with them (${n}/${d}) the verdict is the same.` } });
          }
        }
        if (missing > 0 && missing === lacking.length && !ACHIEVED.has(judged.status) && lacking.every((u) => NOTHING_YET.test(fold(cellText(sheet.values[u]?.[cell.col]).trim())))) {
          lackingYet = incompleteTotal(ctx.lang, judged.verdict, missing);
        } else if (missing > 0) {
          judged = Judged.fixed(incompleteTotal(ctx.lang, judged.verdict, missing));
          adjusted = true;
        }
      }
      // "Chưa thu", "Chưa thực hiện": nothing done yet (NOTHING_YET, as for the total), no figure to read; before the target falls due it is not yet
      // due, as a short figure is (the list reads it so too); after, it stays a figure not read.
      const notYet = judged.status === "invalid" && typeof actual === "string" && NOTHING_YET.test(fold(actual.trim())) ? actual.trim() : undefined;
      const short = judged.status === "not_met" || judged.status === "near" || notYet !== undefined;
      const byHorizon = horizonDue !== null && unitTargetText === target.text && targetSource === "sheet";
      if (byHorizon && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, horizonDue, notYet));
        adjusted = true;
      }
      // The plan's target for this unit, its horizon still ahead: a short figure is not yet due.
      const byPlan = planAhead && unitSource === "plan" && !adjusted;
      if (byPlan && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, planDue!, notYet));
        adjusted = true;
      }
      const bySibling = siblingDue !== null && external?.has(r) === true;
      if (!adjusted && bySibling && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, siblingDue, notYet));
        adjusted = true;
      }
      // One month's count against a target no month names ("Chỉ tiêu giao | … | Tháng 12"): the target runs over the
      // months to the period's end, so a short count is not yet due (as a term's count is in a list).
      const periodEnd = ctx.period?.end;
      const byMonth = g.month !== undefined && periodEnd !== undefined && (ctx.opts.asOf ?? todayIso()) < periodEnd && isCountRule(unitTgt.rule);
      if (!adjusted && byMonth && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, periodEnd, notYet));
        adjusted = true;
      }
      // A group's own target heading a horizon still ahead ("Mục tiêu đến năm 2025" beside "Đến 31/12/2021"): a short
      // figure is not yet due, as under a target row's horizon (the list reads its target heading so too).
      const groupHorizon = g.target !== undefined && unitSource === "sheet" && horizonDue === null ? groupHorizonDue(ctx, layout, g) : null;
      if (!adjusted && groupHorizon === "?") {
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, null, { vi: "tính theo chỉ tiêu cả nhiệm kỳ", en: "against the term's plan" }, { vi: "nếu nhiệm kỳ chưa kết thúc hoặc là nhiệm kỳ trước", en: "if the term has not ended or is a past one" }, { vi: "ghi rõ nhiệm kỳ (năm bắt đầu - năm kết thúc)", en: "state the term's years" }));
        adjusted = true;
      } else if (!adjusted && groupHorizon !== null && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, groupHorizon, notYet));
        adjusted = true;
      }
      // A target sentence naming its due day ("Chỉ tiêu: 100% … hoàn thành trước ngày 31/12/2013"): short before it is not yet due.
      const saidDue = fromSentence ? namedDue(ctx, target.text) : null;
      if (!adjusted && saidDue && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, saidDue, notYet));
        adjusted = true;
      }
      // A target cell naming its own horizon ("≥ 35% (đến hết năm 2020)": the reader's runner-up is that deadline), or, for a
      // count, the schedule line over the header ("… hoàn thành trước ngày 20/5/2017"), still ahead: short is not yet due.
      // A rate under a line is not softened (a share does not build up with time), a rate's own horizon only after the
      // part-period question below, and never a ceiling already overrun (a count over its cap can only grow).
      const own = unitTgt.rule;
      const cellDue = unitSource === "sheet" && typeof own !== "string" && own.kind !== "deadline" && own.alternative?.kind === "deadline" && own.alternative.due ? own.alternative.due : null;
      const overrun = typeof own !== "string" && own.kind === "compare" && own.op[0] === "<";
      const count = isCountRule(own);
      const lineDue = unitSource === "sheet" && !overrun && count ? scheduledDue(ctx, layout, g.header, cellDue) : null;
      if (!adjusted && lineDue && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, lineDue, notYet));
        adjusted = true;
      }
      // Figures for part of the period (the title's "HỌC KỲ I") against the whole period's target: a short count is not
      // yet due; a short rate is asked (judged on the term, or not yet due), as in a list.
      // So is a part's figure against the unit's own year plan in the group ("KH năm 2015 | TH 6 tháng").
      const ownPartial = g.target !== undefined && unitSource === "sheet" && !settled && horizonDue === null ? groupPartialDue(ctx, layout, g, partial) : null;
      // A target naming a part of the year itself ("bỏ học trong học kỳ I … dưới 1%") is that part's own: its figures are final.
      const ownTerm = readHeader(unitTargetText).term;
      const termDue = ownTerm !== undefined && ownTerm !== "year" ? null : ownPartial ?? (unitTargetText === target.text && !settled ? partial : null);
      // Read as a list reads a part (partReading): a figure within a cap on what builds up until then (drop-outs after
      // term one under "dưới 0,05%") is not yet due either; a count of events past its cap is missed for good.
      // The words around it include the unit's own plan cell, its row's name and the plan column's other cells: one
      // column is one quantity ("Không có học sinh bỏ học" over "Không quá 0,3%" says what the 0,3% caps).
      const byTerm = termDue !== null;
      if (byTerm && planWords === undefined) planWords = g.target === undefined ? "" : unitRows.slice(0, 200).map((u) => cellText(sheet.values[u]?.[g.target!])).join(" ");
      const reading = byTerm && !notYet && typeof unitTgt.rule !== "string" ? partReading(unitTgt.rule, judged.status, g.header, `${ind?.name ?? ""} ${subject} ${fromSentence ? target.text : ""} ${unitTargetText} ${unitName} ${planWords}`) : null;
      if (!adjusted && byTerm && (notYet !== undefined || (short ? reading !== "final" : reading === "pending"))) {
        judged = Judged.fixed(reading === "pending" || notYet ? notYetDue(ctx.lang, judged.verdict, termDue, notYet) : partialShort(ctx.lang, judged.verdict, termDue));
        adjusted = true;
      }
      // A rate's own horizon, after the part-period rule: a short rate on a term's figures stays asked.
      const rateDue = !count && cellDue ? scheduledDue(ctx, layout, g.header, cellDue) : null;
      if (!adjusted && rateDue && short) {
        judged = Judged.fixed(notYetDue(ctx.lang, judged.verdict, rateDue, notYet));
        adjusted = true;
      }
      if (lackingYet && judged.status !== "pending") {
        judged = Judged.fixed(lackingYet);
        adjusted = true;
      }
      // A remark on the row saying a case waits on another's decision ("Đã kiểm tra công nhận ngày 25/5, chờ Quyết định
      // của UBND tỉnh"): the short count is not final, not yet due to the period's end and asked after it, as a figure
      // cell saying so is; a total over such a unit waits too.
      // The whole waits only while what its awaited units failed could still lift it to its floor: 12.847/14.506 with at
      // most 51 more passes stays short of 90% whatever the re-marking gives.
      const shown = typeof actual === "string" ? /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(actual) : null;
      const bar = typeof unitTgt.rule !== "string" && unitTgt.rule.kind === "compare" && unitTgt.rule.op[0] === ">" && unitTgt.rule.unit.kind === "percent" ? unitTgt.rule.value : NaN;
      const beyond = selfTotal && shown !== null && (Number(shown[1]) + awaitedFails) / Number(shown[2]) < bar;
      const waits = !adjusted && short && !beyond ? (selfTotal ? (awaited > 0 ? `${awaited} ${layout.unitNoun}` : null) : remarkOf(r, row)) : null;
      if (waits) {
        if (!selfTotal) {
          awaited++;
          awaitedFails += shown ? Number(shown[2]) - Number(shown[1]) : NaN;
        }
        const end = ctx.period?.end;
        const ahead = end !== undefined && (ctx.opts.asOf ?? todayIso()) <= end;
        const [vi, en] = [judged.verdict.explanations.vi, judged.verdict.explanations.en].map((t) => t.replace(/^[^:]*:\s*/, ""));
        const said = ahead
          ? { vi: `${STATUS.pending.vi}: ${vi}; còn chờ quyết định ("${waits}"), kỳ kết thúc ${isoToVi(end)}`, en: `${STATUS.pending.en}: ${en}; a decision is awaited ("${waits}"), the period ends on ${isoToVi(end)}` }
          : { vi: `${STATUS.review.vi}: ${vi}; còn chờ quyết định ("${waits}") dù đã hết kỳ; ghi kết quả đã quyết định`, en: `${STATUS.review.en}: ${en}; a decision is still awaited ("${waits}") past the period; write the decided result` };
        judged = Judged.fixed(restated(ctx.lang, judged.verdict, ahead ? "pending" : "review", said));
        adjusted = true;
      }
      // A remark on the unit's row giving a reason the gap may not count ("01 HS chuyển trường", "Nghỉ thai sản"): the
      // target may or may not count that case, and the sheet does not say which. Both readings are said, never a verdict.
      let excuse = !adjusted && !selfTotal && (judged.status === "not_met" || judged.status === "near") ? excusedRemark(row, layout.unitColumn, name, partHeadings) : null;
      // Where the remark counts its cases ("01 HS chuyển trường") and the figure is a count or a pair, judged again
      // without them (one fewer of the whole, or one more towards the count): still short, the shortfall stands.
      const cases = excuse ? Number(/(?<![\d/])(\d{1,3})\s+\p{L}/u.exec(excuse)?.[1] ?? 0) : 0;
      const pair = typeof actual === "string" ? /^(\d+)\/(\d+)$/.exec(actual) : null;
      const without = pair ? `${pair[1]}/${Number(pair[2]) - cases}` : typeof actual === "number" && isCountRule(unitTgt.rule) ? actual + cases : null;
      if (cases > 0 && without !== null && SHORT.has(judgeFigure(ctx, unitTgt, { ...fig, actual: without }, name, unit).judged.status)) excuse = null;
      if (excuse) {
        const ifMet = restated(ctx.lang, judged.verdict, "met", { vi: STATUS.met.vi, en: STATUS.met.en });
        judged = Judged.fixed(reviewVerdict(ctx.lang, judged.verdict, ifMet, { vi: `nếu tính cả trường hợp ghi "${excuse}"`, en: `if the case noted "${excuse}" counts` }, { vi: "nếu không tính", en: "if it does not" }, { vi: "ghi rõ chỉ tiêu có tính trường hợp này hay không", en: "say whether the target counts it" }));
        adjusted = true;
      }
      // A unit of a kind the norm block above lacks ("Hải đảo") while its neighbours take their kind's norm: judged on
      // the plan's target, and said so (on the verdict and once among the decisions), never silently.
      if (layout.norms && tr === undefined && !selfTotal && unitSource === "plan") {
        const kind = cellText(row?.[layout.norms.keyColumn]).trim() || "?";
        judged = withWarning(judged, { code: "actual_interpreted", message: { vi: `"${kind}" không có trong bảng mức phía trên; đánh giá theo chỉ tiêu của kế hoạch (${unitTargetText}).`, en: `"${kind}" has no row in the norm block above; judged on the plan's target (${unitTargetText}).` } });
        const said = { vi: `Đơn vị loại "${kind}" không có trong bảng mức phía trên: đánh giá theo chỉ tiêu của kế hoạch.`, en: `Units of kind "${kind}" have no row in the norm block above: judged on the plan's targets.` };
        if (!ctx.decisions.some((d) => d.vi === said.vi)) ctx.decisions.push(said);
      }
      if (typedCount) judged = withWarning(judged, { code: "actual_interpreted", message: { vi: `"${typedCount}" đọc là ${actual} (ô tỷ lệ để trống vì số được ghi kèm chữ).`, en: `"${typedCount}" read as ${actual} (the rate cell is blank as the count was typed with words).` } });
      const periodBound = byHorizon || bySibling || byMonth || byTerm || byPlan;
      if (!selfTotal) {
        byStatus[judged.status]++;
        if (ACHIEVED.has(judged.status)) met++;
        else if (SHORT.has(judged.status)) shortUnits.push(unitName);
      }
      if (!isEmptyCell(actual) && (judged.status === "invalid" || judged.status === "unreadable")) {
        notJudgedTotal++;
        if (out.length < MAX_NOT_JUDGED) {
          out.push(notJudged(ctx, { row: r, cell, name: label, unitName, reason: judged.status === "invalid" ? "invalid_figure" : "unreadable_target", detail: judged.status === "invalid" ? cellText(actual) : unitTargetText }));
        }
      }
      if (isCellError(actual)) errorFinding(ctx, cell, `${unitName} – ${name}`, actual.error);
      const item = new Item(judged, r, cell, label, ind?.section ?? NO_SECTION, unitTargetText, unitSource, actual, used, match);
      if (answered !== actual || read || adjusted || fromCells) item.noFormula = true;
      else if (periodBound) item.noFormula = "period";
      item.unitName = unitName;
      item.group = gi;
      if (denominatorCell) item.denominatorCell = denominatorCell;
      if (ind) item.indicatorId = ind.id;
      if (ind?.unit) item.unit = ind.unit;
      items.push(item);
      if (distributions) {
        const l = perRow.get(r);
        if (l) l.push(item);
        else perRow.set(r, [item]);
      }
    }

    // The whole's own row was judged: no count of units met to report.
    if (!layout.targetRowWhole) {
      const roll = rollUp(ctx, layout, gi, name, target.text, rule, byStatus, met, shortUnits, overUnits, percentRule, sumNum, sumDen, ind?.id);
      if (notApplicable.length > 0) roll.notApplicable = notApplicable;
      roll.name = label;
      rollUps.push(roll);
    }
    if (layout.totalRow !== undefined) totalChecks(ctx, layout, g.col !== undefined && !g.percentHeader && !percentRule ? [g.col] : [g.numerator, g.denominator], unitRows, name);
  });

  for (const [r, its] of perRow) {
    distributionChecks(ctx, its, byId, cellText(sheet.values[r]?.[layout.unitColumn]));
  }
  // A column given no role under a target the target row writes over it ("Mức giảm" under "Giảm ≥ 0,5%/năm"): its
  // figures are not judged, and that is said on it with what to do (not left to a neighbour's "no target").
  if (layout.targetRow !== undefined) {
    for (const u of layout.unplaced) {
      const t = sheet.values[layout.targetRow]?.[u.col];
      if (u.col < 0 || typeof t !== "string" || !/\d/.test(t)) continue;
      const withFigures = unitRows.filter((r) => !isEmptyCell(sheet.values[r]?.[u.col]));
      if (withFigures.length === 0) continue;
      notJudgedTotal += withFigures.length;
      if (out.length < MAX_NOT_JUDGED) out.push(notJudged(ctx, { row: withFigures[0], cell: { row: withFigures[0], col: u.col }, name: u.header, reason: "unread_figure", units: unitsOf(withFigures.length, layout.unitNoun), detail: columnLetters(u.col + (sheet.origin?.col ?? 0)) }));
    }
  }
  return { items, rollUps, unmatchedRows, notJudged: out, notJudgedTotal, ...(totalsAside ? { totalsAside } : {}) };
}

/**
 * A roll-up's count and its words over units' statuses: "9/12 phường đạt (1 chưa có số liệu, 1 cần xác nhận)", every
 * unit counted and the ones without a verdict said why; "chưa đánh giá được phường nào" when none has one, never "0/N".
 * @example rollCount({ met: 9, no_data: 1, review: 1, not_met: 1, … }, 9, "phường").text.vi → "9/12 phường đạt (1 chưa có số liệu, 1 cần xác nhận)"
 */
export function rollCount(byStatus: Record<StatusCode, number>, met: number, noun: string): { units: number; open: number; judged: number; text: Bilingual } {
  const units = Object.values(byStatus).reduce((a, b) => a + b, 0);
  let open = 0;
  for (const s of UNJUDGED) open += byStatus[s];
  const judged = units - open;
  const nounEn = NOUNS_EN[noun] ?? "units";
  const why: Array<[StatusCode, string, string]> = [
    ["pending", "chưa đến hạn", "not yet due"],
    ["no_data", "chưa có số liệu", "no data"],
    ["review", "cần xác nhận", "to review"],
    ["invalid", "số liệu không hợp lệ", "invalid"],
    ["unreadable", "không đọc được chỉ tiêu", "target not understood"],
  ];
  const parts = why.filter(([s]) => byStatus[s] > 0);
  const rest = parts.length > 0 ? { vi: ` (${parts.map(([s, vi]) => `${byStatus[s]} ${vi}`).join(", ")})`, en: ` (${parts.map(([s, , en]) => `${byStatus[s]} ${en}`).join(", ")})` } : { vi: "", en: "" };
  const text =
    judged === 0
      ? { vi: `chưa đánh giá được ${noun} nào${rest.vi}`, en: `no ${nounEn} could be judged${rest.en}` }
      : { vi: `${met}/${units} ${noun} đạt${rest.vi}`, en: `${met}/${units} ${nounEn} met${rest.en}` };
  return { units, open, judged, text };
}

/**
 * One indicator's roll-up over the units. The count is over units that were judged ("12/13 phường đạt", with the
 * unjudged said after it), never "0/N đạt" over units nobody judged; a district verdict that the unjudged units
 * could still change is "Chưa có số liệu", not a guess.
 */
function rollUp(
  ctx: Ctx,
  layout: MatrixLayout,
  gi: number,
  name: string,
  target: string,
  rule: Rule | string,
  byStatus: Record<StatusCode, number>,
  met: number,
  shortUnits: string[],
  overUnits: boolean,
  percentRule: boolean,
  sumNum: number,
  sumDen: number,
  indicatorId: string | undefined,
): RollUp {
  const { units, open, judged: judgedUnits, text } = rollCount(byStatus, met, layout.unitNoun);
  const roll: RollUp = { group: gi, name, target, units, met, byStatus, text, shortUnits, judged: judgedUnits };
  if (indicatorId) roll.indicatorId = indicatorId;
  if (typeof rule === "string") return roll;
  if (overUnits && units > 0) {
    const share = (m: number) => (rule.kind === "fraction" ? `${m}/${units}` : m / units);
    const low = judge(ctx, rule, share(met), "fraction", name).verdict;
    if (open === 0) roll.verdict = low;
    else {
      const high = judge(ctx, rule, share(met + open), "fraction", name).verdict;
      roll.verdict = low.status === high.status ? low : incomplete(ctx, low, text);
    }
  } else if (percentRule && sumDen > 0) {
    // District figure of a rate indicator: total numerator over total denominator, not the mean of the units' rates.
    roll.verdict = judge(ctx, rule, `${sumNum}/${sumDen}`, "fraction", name).verdict;
  }
  return roll;
}

/** A district verdict that units without a verdict could still change: "Chưa có số liệu", saying the count. */
function incomplete(ctx: Ctx, v: Verdict, text: { vi: string; en: string }): Verdict {
  const explanations = { vi: `${STATUS.no_data.vi}: ${text.vi}, chưa đủ để kết luận`, en: `${STATUS.no_data.en}: ${text.en}, not enough to conclude` };
  return { ...restated(ctx.lang, v, "no_data", explanations), ratio: null };
}

/**
 * The day the target row's targets fall due when its label sets a horizon not yet reached ("Mục tiêu đến năm 2025"
 * checked in 2023 → "2025-12-31"), or its own cells name a day still ahead (targetRowDay), else null: a target row for
 * this year, or a horizon already passed, is due now.
 * @example targetRowHorizon(ctx, layout) → "2025-12-31" (as of 2023-12-20, a target row "Mục tiêu đến năm 2025")
 */
function targetRowHorizon(ctx: Ctx, layout: MatrixLayout): string | null {
  const tr = layout.targetRow;
  if (tr === undefined) return null;
  const row = ctx.sheet.values[tr] ?? [];
  const label = [layout.unitColumn, layout.rowRoleColumn].map((c) => (c === undefined ? "" : cellText(row[c]))).find((t) => t !== "") ?? "";
  const h = readHeader(label);
  const due = h.horizon && h.year !== undefined ? `${h.year}-12-31` : targetRowDay(ctx, layout);
  return due && (ctx.opts.asOf ?? todayIso()) < due ? due : null;
}

/**
 * The day a target row's own words set for its targets ("Yêu cầu | ≥ 95 | … | Hoàn thành trước 30/4/2014" in the notes
 * column), as namedDue reads it against the figures' own day (the title's "số liệu đến ngày …"): the day while ahead,
 * null once passed, undefined when none is named or two cells name different days (which target each binds is not
 * said). Only a deadline word (DUE_WORDS) names it, never "đến"; a cell about the report or the data ("Báo cáo về Phòng
 * trước ngày 20/4", "Số liệu tính đến 15/4", "Cập nhật đến …") dates those, not the targets.
 */
function targetRowDay(ctx: Ctx, layout: MatrixLayout): string | null | undefined {
  if (layout.targetRow === undefined) return undefined;
  const texts = (ctx.sheet.values[layout.targetRow] ?? []).filter((v): v is string => typeof v === "string" && !ABOUT_REPORT.test(fold(v)) && headingDue(v, ROW_DUE) !== null);
  if (new Set(texts.map((t) => headingDue(t, ROW_DUE))).size !== 1) return undefined;
  return namedDue(ctx, texts[0], reportDate(ctx, layout.headerRows[0]) ?? notesDate(ctx, layout.lastDataRow), ROW_DUE);
}
// A cell about reporting or the data, whose days date those, not the targets. Folded.
const ABOUT_REPORT = /\b(?:bao cao|so lieu|cap nhat|gui|nop)\b/;

// Words that name where a figure stands or when, never what work is counted ("Kết quả thực hiện chỉ tiêu năm …"). Folded.
const WORK_FREE = /\b(?:ke hoach|kh|chi tieu|thuc hien|tien do|hoan thanh|so lieu|tinh den|den|nam|ngay|thang|\d+)\b/g;
// A part of a period a clause names ("học kỳ II", "đợt 2", "quý III", "vụ Hè Thu"). Folded.
const PERIOD_PART = /\b(?:(?:hoc k[iy]|hk|dot|quy) (?:[ivx]+|\d+)|(?<!thoi )vu (?!vu\b)[a-z]+ [a-z]+)\b/g;

/**
 * Whether a clause over the header dates the table's own work: its day inside the figures' period (a report due after
 * the year, next year's registration, a programme's later horizon are not), every part of a period it names ("học kỳ
 * II", "vụ Hè Thu") and every year it names beside its days also named by the rest of the top, and one word of the work
 * (`workWords` of the title or headings) named in it.
 */
function ownClause(clause: string, day: string, context: string, work: ReadonlySet<string>, period: Ctx["period"]): boolean {
  if (period && (day < period.start || day > period.end)) return false;
  const bare = clause.replace(/\b\d{1,2} \d{1,2} (?:19|20)\d\d\b/g, " ");
  if ((bare.match(PERIOD_PART) ?? []).some((p) => !context.includes(p))) return false;
  if ((bare.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => !context.includes(y))) return false;
  return workWords(bare, false).some((w) => work.has(w));
}

/**
 * The words naming a text's work, plan, date and unit-kind words aside: its adjacent word pairs (a Vietnamese word is
 * mostly two syllables: "bình lọc" and "bình xét" share no word), the lone word of a one-word heading ("Ngô"); `named`
 * false (a clause) gives every lone word too, so a clause naming "ngô và các cây trồng khác" names "Ngô".
 */
function workWords(text: string, named: boolean): string[] {
  const t = nameTokens(fold(text).replace(WORK_FREE, " ")).filter((w) => !UNIT_KIND_WORD.test(w));
  const pairs = t.slice(1).map((w, i) => `${t[i]} ${w}`);
  return named ? (t.length === 1 ? t : pairs) : [...t, ...pairs];
}

/**
 * The day a schedule line over the header sets for the work its table counts ("Thời gian thực hiện: … hoàn thành tiêm
 * phòng đợt I trước ngày 20/5/2017", "Lịch thời vụ: lúa nước … kết thúc trước ngày 10/02/2021; ngô và các cây trồng
 * khác hoàn thành trước ngày 28/02/2021"), while it is still ahead of the figures' own day: each clause (split at ";"
 * and ".") read after a deadline word only, clauses about reporting or the data left out (ABOUT_REPORT). One day binds
 * every column; several bind a column by the clause naming every word of its heading; a column no clause names (or
 * several with different days) is bound only while every named day is ahead, by the last. Null when none applies.
 * The target cell's own due day (`cellDue`, "≥ 35% (đến hết năm 2020)") is read so in the line's place.
 * @example scheduledDue(ctx, layout, "Ngô") → "2021-02-28" (as of 31/01/2021 under the calendar above)
 */
function scheduledDue(ctx: Ctx, layout: MatrixLayout, heading: string, cellDue: string | null): string | null {
  const clauses: Array<{ day: string; tokens: Set<string> }> = cellDue && /^(19|20)\d\d-/.test(cellDue) ? [{ day: cellDue, tokens: new Set() }] : [];
  for (let r = 0; r < layout.headerRows[0] && clauses.length === 0; r++) {
    for (const v of ctx.sheet.values[r] ?? []) {
      if (typeof v !== "string") continue;
      // What the rest of the top names (title, period, the headings): a clause's work and period are checked against it.
      const texts = [ctx.sheet.name, ...ctx.sheet.values.slice(0, layout.headerRows[0]).flat().filter((x) => x !== v), ...layout.groups.map((x) => x.header)].filter((x): x is string => typeof x === "string");
      const context = fold(texts.join(" "));
      const work = new Set(texts.flatMap((t) => workWords(t, true)));
      for (const part of v.split(/;|\.(?:\s|$)/)) {
        const day = ABOUT_REPORT.test(fold(part)) ? null : headingDue(part, LINE_DUE);
        if (day && ownClause(fold(part), day, context, work, ctx.period)) clauses.push({ day, tokens: new Set(nameTokens(part)) });
      }
    }
  }
  if (clauses.length === 0) return null;
  const own = reportDate(ctx, layout.headerRows[0]) ?? notesDate(ctx, layout.lastDataRow);
  const now = (d: string) => readAt(ctx, own, d);
  const days = [...new Set(clauses.map((c) => c.day))].sort();
  const words = nameTokens(heading.replace(/\([^()]*\)/g, " "));
  const named = new Set(clauses.filter((c) => words.length > 0 && words.every((w) => c.tokens.has(w))).map((c) => c.day));
  const day = days.length === 1 ? days[0] : named.size === 1 ? [...named][0] : now(days[0]) < days[0] ? days[days.length - 1] : null;
  return day && now(day) < day ? day : null;
}

/**
 * The day the targets fall due when the figures cover only part of the period ("THỐNG KÊ … HỌC KỲ I", a sheet "Sơ kết
 * HK I") and the targets are the whole period's (a target row "Chỉ tiêu năm học", a plan): null when the period has
 * ended, nothing names a part, or the target row names a part itself ("Chỉ tiêu HK I").
 */
function partialDue(ctx: Ctx, layout: MatrixLayout): string | null {
  const end = ctx.period?.end;
  if (!end || (ctx.opts.asOf ?? todayIso()) >= end) return null;
  const term = tableTerm(ctx.sheet, layout.headerRows[0]);
  // Figures as of a day in the period's first half ("Số liệu đến ngày 31/5/2018" under "… NĂM 2018") are partial too.
  // (Or a note under the table: "Ghi chú: - Số liệu tính đến ngày 15/11/2018".)
  const reported = reportDate(ctx, layout.headerRows[0]) ?? notesDate(ctx, layout.lastDataRow);
  const early = reported !== null && ctx.period !== null && reported < midpoint(ctx.period.start, ctx.period.end);
  if ((term === undefined || term === "year") && !early) return null;
  if (layout.targetRow !== undefined) {
    const row = ctx.sheet.values[layout.targetRow] ?? [];
    const label = [layout.unitColumn, layout.rowRoleColumn].map((c) => (c === undefined ? "" : cellText(row[c]))).find((t) => t !== "") ?? "";
    const own = readHeader(label).term;
    if (own !== undefined && own !== "year") return null;
  }
  return end;
}

/**
 * A column's own heading: its header cells, top to bottom, the group's heading above it included, also where that
 * heading is merged over the group and sits in its first column ("Kết quả đến ngày 10/9 ⟩ … | Tổng cộng").
 */
/**
 * Whether a plan column's bare numbers are counts or shares, only as the sheet says it, never from how the numbers fall
 * (over three or four units one low target makes any pattern): a count where the plan's heading names what the count
 * column counts ("Chỉ tiêu (hộ)" beside "Số hộ", "Chỉ tiêu số hộ"); a share where it says "tỷ lệ", or where the rate
 * column is each unit's count over its whole and every plan is at most 100, unless the heading is a cap ("Mức khống
 * chế": a cap of 5 households a commune is as common as one of 5%), and the rates sit where plans of shares are (each
 * within half to twice its plan) while the counts do not. Null where the sheet does not say; undefined where too few
 * rows hold a plan.
 */
function planScale(sheet: SheetData, layout: MatrixLayout, g: MatrixGroup, col: number, unitRows: readonly number[]): "count" | "share" | null | undefined {
  // A figure column that is itself the share ("Tỷ lệ … (%)" with no rate beside a count) is read as before.
  const cnt = g.numerator ?? g.col;
  if (cnt === undefined || g.rate === undefined) return undefined;
  const n = (r: number, c: number | undefined) => (c === undefined ? NaN : typeof sheet.values[r]?.[c] === "number" ? (sheet.values[r]![c] as number) : NaN);
  const ps: number[] = [];
  // The rate read against the count over the whole, on every unit giving all three ("93,3" or 0,933 formatted "%").
  let rated = 0;
  let unrated = 0;
  // Whether each reading is one a plan is written in: every unit's rate, or every unit's count, within half to twice its plan.
  const near = (x: number, p: number) => x >= p / 2 && x <= p * 2;
  let asShare = true;
  let asCount = true;
  for (const u of unitRows) {
    // A plan in words around one number ("Không quá 3") is read by its number.
    const said = sheet.values[u]?.[col];
    const p = typeof said === "string" ? Number(/^[^\d%]*(\d+(?:,\d+)?)[^\d%]*$/.exec(said)?.[1]?.replace(",", ".")) : n(u, col);
    if (!(p >= 0)) continue;
    ps.push(p);
    const [c, w, rate] = [n(u, cnt), n(u, g.denominator), n(u, g.rate) * (/%/.test(formatAt(sheet, u, g.rate ?? -1) ?? "") ? 100 : 1)];
    if (w > 0 && Number.isFinite(c) && Number.isFinite(rate)) Math.abs(rate - (c / w) * 100) <= 0.51 + 0.005 * rate ? rated++ : unrated++;
    asShare &&= near(rate, p);
    asCount &&= near(c, p);
  }
  if (ps.length < 2) return undefined;
  // A column's own heading, above the row of column numbers ("4", "3 = 2/1") where one stands.
  const named = (c: number) => columnTexts(sheet, layout, c).filter((t) => /\p{L}/u.test(t)).at(-1) ?? "";
  const heading = named(col);
  const own = fold(heading);
  const counted = fold(named(cnt));
  const noun = fold(/\(([^()\d%]+)\)/.exec(heading)?.[1] ?? "");
  // "số" as written, never folded (folded, "Sở" the Department in "Chỉ tiêu Sở giao" and "sổ" are "so" too), followed by
  // "lượng" or by a word the count column names ("Chỉ tiêu số hộ" beside "Số hộ …"; not "QĐ số 125").
  const after = /(?:^|[^\p{L}])số\s+(\p{L}+)/u.exec(heading.replace(/\([^()]*\)/g, " ").normalize("NFC").toLowerCase())?.[1];
  const saysCount = after !== undefined && (after === "lượng" || ` ${counted} `.includes(` ${fold(after)} `));
  if (saysCount || (noun && /^so /.test(counted) && ` ${counted} `.includes(` ${noun} `))) return "count";
  if (/\bty le\b/.test(own) || saysPercent(heading)) return "share";
  // Where the counts sit as near the plans as the rates do ("70" over villages of 85 households, 66 of them), either may be meant.
  return rated > 0 && unrated === 0 && Math.max(...ps) <= 100 && !headingBound(own) && asShare && !asCount ? "share" : null;
}

function columnHeading(sheet: SheetData, layout: MatrixLayout, col: number): string {
  return columnTexts(sheet, layout, col).join(" ");
}

function columnTexts(sheet: SheetData, layout: MatrixLayout, col: number): string[] {
  const texts: string[] = [];
  for (const r of layout.headerRows) {
    const m = isEmptyCell(sheet.values[r]?.[col]) ? mergeCovering(sheet, r, col) : null;
    const t = cellText(m ? sheet.values[m.top]?.[m.left] : sheet.values[r]?.[col]).trim();
    if (t !== "" && !texts.includes(t)) texts.push(t);
  }
  return texts;
}

// The day a heading says it falls due or runs to ("… hoàn thành trước ngày 05/6/2021", "… đến ngày 30/6/2022", "chậm
// nhất ngày 15/5/2023"): the deadline words (DUE_WORDS) or "đến", then a full day. Folded: day, month, year in groups 1-3.
// A target row's own day is read after a deadline word only (ROW_DUE): "đến" there dates the data or a window.
const dueAfter = (words: string): RegExp => new RegExp(`\\b(?:${words})(?: het)?(?: ngay)? (\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d\\d)\\b`);
const HEADING_DUE = dueAfter(`${DUE_WORDS}|den`);
const ROW_DUE = dueAfter(DUE_WORDS);
// A line's deadline words: DUE_WORDS, but "hạn" alone is a noun as often ("phòng, chống hạn", "hạn sử dụng"): "thời hạn".
const LINE_DUE = dueAfter(DUE_WORDS.replace(/(^|\|)han(?=\||$)/, "$1thoi han"));
/** The ISO day a heading's due words name (HEADING_DUE), read by the date reader ("31/2" is none); null when none. */
const headingDue = (text: string, re = HEADING_DUE): string | null => {
  const d = re.exec(fold(text));
  return d && dayIn(`${d[1]}/${d[2]}/${d[3]}`);
};

/**
 * The due day a text names ("… hoàn thành trước ngày 31/12/2013", read by headingDue): that day while still ahead —
 * of the check's day, or of the figure's own earlier day (`own`, "Số hồ sơ đã thu nhận đến ngày 20/5") — null once
 * passed, undefined when none is named.
 */
function namedDue(ctx: Ctx, text: string, own?: string | null, re?: RegExp): string | null | undefined {
  const due = headingDue(text, re);
  if (!due) return undefined;
  return readAt(ctx, own, due) < due ? due : null;
}

/** The day figures are read as of against a due day: their own earlier day (`own`) when it falls before it, else the check's day. */
const readAt = (ctx: Ctx, own: string | null | undefined, due: string): string => (own && own < due ? own : ctx.opts.asOf ?? todayIso());

// A crop season's own plan ("KH vụ", "Kế hoạch vụ Đông Xuân"): due at the harvest, not at the year's end. Folded, and
// anchored to the plan word as the target heading vocabulary is: "Kế hoạch dịch vụ" folds to "… dich vu", no season.
const SEASON_PLAN = /^(chi tieu|ke hoach|kh) (mua )?vu\b/;

/**
 * The day a group's own target column falls due when the group's figure covers only part of the period: its actual
 * column names a part ("TH 6 tháng", "Ước TH 9 tháng"), or names none under a title that does ("… 6 THÁNG ĐẦU NĂM"),
 * while its target column names the whole year or no period ("KH năm 2015", "Kế hoạch"). The period's end, or the end
 * of the target heading's year; null when the target names a part or a season of its own ("KH 6 tháng", "KH vụ"),
 * when the actual names the whole year, or once that day has passed.
 * @example groupPartialDue(ctx, layout, { target: 2, col: 3, … }, null) → "2015-12-31" for "KH năm 2015 | TH 6 tháng" on 15/07/2015
 */

function groupPartialDue(ctx: Ctx, layout: MatrixLayout, g: MatrixGroup, tablePartial: string | null): string | null {
  if (g.target === undefined) return null;
  const figureCol = g.col ?? g.numerator ?? g.rate;
  if (figureCol === undefined) return null;
  const heading = columnTexts(ctx.sheet, layout, g.target).filter((x) => /^(target)?$/.test(readHeader(x).role ?? "")).join(" ");
  // A target heading naming the day it falls due ("Chỉ tiêu giao (hoàn thành trước ngày 05/6/2021)"): short before
  // that day is not yet due; after it the figure is final. Only the plan's own words count: a result heading merged
  // above ("Kết quả thực hiện đến ngày 30/6") dates the figures. A figure dated before the due day ("Số hồ sơ đã thu
  // nhận đến ngày 20/5") shows nothing of that day: it is read as of its own day.
  const day = namedDue(ctx, heading, headingDue(columnHeading(ctx.sheet, layout, figureCol)));
  if (day !== undefined) return day;
  const t = readHeader(heading);
  if ((t.term !== undefined && t.term !== "year") || SEASON_PLAN.test(fold(cellText(ctx.sheet.values[layout.headerRows[layout.headerRows.length - 1]]?.[g.target])))) return null;
  const a = readHeader(columnHeading(ctx.sheet, layout, figureCol)).term;
  if (a === "year") return null;
  // A group's plan for a year the period does not end in ("Năm 2020 ⟩ Kế hoạch" with the period read as 2018, or "Năm
  // 2018 ⟩ Kế hoạch" with it read as 2020) falls due at that year's end, after the period's or before it.
  const pe = ctx.period?.end;
  const own = t.year !== undefined && (pe === undefined || pe.slice(0, 4) !== `${t.year}`) ? `${t.year}-12-31` : pe;
  const due = a !== undefined ? own : (tablePartial ?? undefined);
  if (due === undefined || (ctx.opts.asOf ?? todayIso()) >= due) return null;
  return due;
}

/**
 * The end of a group's own target horizon ("Mục tiêu đến năm 2025") when the as-of date is before it and the figure
 * names an earlier year or none; null otherwise (the horizon's own year's figure is final).
 */
function groupHorizonDue(ctx: Ctx, layout: MatrixLayout, g: MatrixGroup): string | null {
  const figureCol = g.col ?? g.numerator ?? g.rate;
  if (g.target === undefined || figureCol === undefined) return null;
  // The whole heading, or its last part under a group's name ("Kết nạp hội viên mới ⟩ Chỉ tiêu cả nhiệm kỳ").
  const texts = columnTexts(ctx.sheet, layout, g.target);
  const t = [texts.join(" "), texts[texts.length - 1] ?? ""].map((x) => readHeader(x)).find((h) => h.horizon) ?? readHeader(texts.join(" "));
  // A term of office named with no years ("Chỉ tiêu cả nhiệm kỳ") ends with the one the title names ("NHIỆM KỲ 2018-2023").
  const year = t.year ?? (t.horizon ? termEnd(ctx.sheet, layout.headerRows[0]) : undefined);
  const a = readHeader(columnHeading(ctx.sheet, layout, figureCol));
  // With no end to read, or last term's plan ("Chỉ tiêu nhiệm kỳ 2015-2020") beside later figures, nothing is due: asked.
  if (t.horizon && /\bnhiem ki\b/.test(fold(texts.join(" "))) && (year === undefined || (a.year ?? 0) > year)) return "?";
  if (!t.horizon || year === undefined) return null;
  const due = `${year}-12-31`;
  return (a.year ?? 0) < year && (ctx.opts.asOf ?? todayIso()) < due ? due : null;
}

/** A completion's day: its ISO day, null for "done" with no day, undefined for anything else. */
const dayOf = (c: Completion): string | null | undefined => (c.kind === "done" ? (c.iso ?? null) : undefined);

/**
 * A remark on the row (a text cell beside the unit's name) saying a case waits on another's decision, or null.
 * @example awaitingRemark(["Phú Vang", 2, 1, "TH Vinh Thanh đã kiểm tra, chờ Quyết định của UBND tỉnh"], 0) → that remark
 */
export function awaitingRemark(row: readonly CellValue[] | undefined, unitColumn: number): string | null {
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const v = row![c];
    if (c !== unitColumn && typeof v === "string" && v.length >= 8 && v.length <= 300 && awaitsDecision(v)) return v.trim();
  }
  return null;
}

/**
 * A rate formula ("=IF(ISNUMBER(D12),ROUND(D12/C12*100,2),\"\")") left blank because a count it divides was typed with
 * its noun ("60 người", "01 trẻ"): the two counts as "n/d" and the typed text; null for anything else, or a part above
 * its whole.
 * @example typedRatio(sheet with D12 "60 người", C12 60, "=IF(ISNUMBER(D12),ROUND(D12/C12*100,2),\"\")") → { actual: "60/60", typed: "60 người" }
 */
export function typedRatio(sheet: SheetData, formula: string | undefined): { actual: string; typed: string } | null {
  const src = formula ? ratioCells(formula, sheet.origin) : null;
  if (!src) return null;
  const read = (v: CellValue | undefined): { n: number; typed?: string } | null => {
    if (typeof v === "number") return { n: v };
    const m = typeof v === "string" ? /^(\d{1,6})\s+\p{L}[\p{L}\s]*$/u.exec(v.trim()) : null;
    return m ? { n: Number(m[1]), typed: (v as string).trim() } : null;
  };
  const top = read(sheet.values[src.num[0]]?.[src.num[1]]);
  const whole = read(sheet.values[src.den[0]]?.[src.den[1]]);
  const typed = top?.typed ?? whole?.typed;
  if (!top || !whole || typed === undefined || !(whole.n > 0) || top.n > whole.n) return null;
  return { actual: `${top.n}/${whole.n}`, typed };
}

/** Whether a text cell on the row says its figures were not sent yet. */
function notSent(row: readonly CellValue[] | undefined): boolean {
  return (row ?? []).some((v) => typeof v === "string" && v.length > 12 && NOT_SENT.test(fold(v)));
}

/**
 * A target with a second threshold for one kind of unit, in brackets: "≥ 95% (xã ĐBKK ≥ 90%)" → main "≥ 95%", when
 * "xã ĐBKK", alt "≥ 90%". Null when the target has no such bracket.
 * @example conditionalTarget("≥ 80% (xã ĐBKK ≥ 70%)") → { main: "≥ 80%", when: "xã ĐBKK", alt: "≥ 70%" }
 */
export function conditionalTarget(text: string): { main: string; when: string; alt: string } | null {
  const m = /^(.+?)\s*\(\s*([^()\d≥≤<>]*?[^\s()\d≥≤<>:])\s*:?\s*((?:[≥≤<>]=?|từ|ít nhất|tối thiểu|không dưới|trên|dưới)\s*\d[\d.,]*\s*%?(?:\s*trở lên)?)\s*\)\s*$/iu.exec(text.trim());
  if (!m || !/\d/.test(m[1])) return null;
  return { main: m[1].trim(), when: m[2].trim(), alt: m[3].trim() };
}

/** The column whose heading names the kind of unit a conditional target speaks of ("Xã ĐBKK"), if the header has one. */
function conditionColumn(sheet: SheetData, layout: MatrixLayout, when: string): number | undefined {
  const key = fold(when);
  if (key === "") return undefined;
  const width = Math.max(0, ...layout.headerRows.map((r) => sheet.values[r]?.length ?? 0));
  for (let c = 0; c < width; c++) {
    if (c === layout.unitColumn) continue;
    const heading = fold(layout.headerRows.map((r) => cellText(sheet.values[r]?.[c])).join(" "));
    if (heading === key || heading.endsWith(` ${key}`) || heading.startsWith(`${key} `)) return c;
  }
  return undefined;
}

/** A mark or yes word on a row ("x", "✓", "Có"): the row is of the kind the column names. */
function isMarked(v: CellValue | undefined): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1;
  if (typeof v !== "string") return false;
  const t = v.trim().toLocaleLowerCase("vi");
  return t !== "" && (MARKS.has(t) || YES_WORDS.includes(t));
}
