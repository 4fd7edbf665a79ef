// Checked items whose verdict sentences are worded only when read: a 1,000,000-cell check keeps the judge's numbers and words only what is shown.
import type { CellValue, Lang } from "../types";
import type { Rule } from "../rule/schema";
import { type EvaluateOptions, type PercentScale, STATUS, type StatusCode, type Verdict, type Warning } from "../rule/verdict";
import { type Facts, evaluate, judgeFacts, partlyRead, toVerdict } from "../rule/evaluate";
import type { CellRef } from "./model";
import type { CheckedItem, MatchInfo } from "./types";

/** One judgement, shared by every item with the same rule, scale and value. */
export class Judged {
  readonly status: StatusCode;
  /** Completion ratio, NaN where meaningless. */
  readonly ratio: number;
  /** actual − threshold, NaN where no numeric gap applies. */
  readonly gap: number;
  /** Countable units still needed (or to remove), NaN when not countable. */
  readonly need: number;
  readonly noun: string | null;
  /** The target was read only in part (the parser's target_partly_read): a formula compiled from the part read cannot ask. */
  readonly partlyRead: boolean;
  /** The verdict was worded beforehand (two readings asked about, an unread target), not judged by the rule alone. */
  readonly worded: boolean;
  /** Judged by a rule a status formula cannot state (a prize ladder): the verdict is written as a value. */
  beyondFormula = false;
  #facts: Facts | null;
  #verdict: Verdict | null;
  readonly #lang: Lang;
  readonly #rule: Rule | string;
  readonly #actual: CellValue;
  readonly #opts: EvaluateOptions;

  constructor(rule: Rule | string, actual: CellValue, opts: EvaluateOptions, lang: Lang, parseWarnings: Warning[], fixed?: Verdict) {
    this.#lang = lang;
    this.#rule = rule;
    this.#actual = actual;
    this.#opts = opts;
    if ((this.worded = !!fixed || typeof rule === "string")) {
      // Unreadable targets are rare: let the judge word them at once, with the parser's reason.
      const v = fixed ?? evaluate(rule, actual, opts);
      // (A target refused but for a yes/no answer, judged by its yes/no reading: no formula, whose yes/no would take a
      // figure typed later too.)
      if (typeof rule === "string" && v.rule) this.beyondFormula = true;
      this.#verdict = v;
      this.#facts = null;
      this.status = v.status;
      this.ratio = v.ratio ?? NaN;
      this.gap = v.gap.value ?? NaN;
      this.need = v.gap.need?.count ?? NaN;
      this.noun = v.gap.need?.noun ?? null;
      this.partlyRead = v.warnings.some((w) => w.code === "target_partly_read");
      return;
    }
    // As evaluate() does: a figure the part read cannot take is asked about when the target was read only in part.
    const f = partlyRead(judgeFacts(rule, actual, opts), parseWarnings, opts.indicator);
    if (parseWarnings.length > 0) f.warnings = [...parseWarnings, ...(f.warnings ?? [])];
    this.partlyRead = parseWarnings.some((w) => w.code === "target_partly_read");
    this.#facts = f;
    this.#verdict = null;
    this.status = f.status;
    this.ratio = f.ratio;
    this.gap = f.gap;
    this.need = f.need;
    this.noun = f.noun;
  }

  /**
   * A judgement whose verdict is already worded (a "Cần xác nhận" over two readings).
   * @example Judged.fixed(reviewVerdict(...)).status → "review"
   */
  static fixed(v: Verdict): Judged {
    return new Judged("", null, {}, "vi", [], v);
  }

  /** A verdict worded by a rule no status formula states (the prize ladder): written as a value, never a formula. */
  static beyondFormula(v: Verdict): Judged {
    const j = Judged.fixed(v);
    j.beyondFormula = true;
    return j;
  }

  /**
   * The verdict's rule and Vietnamese label without wording the verdict (a status formula needs only these; a big
   * matrix's explanations are its rows' summaries): what `verdict.rule` and `verdict.labels.vi` hold.
   */
  get rule(): Rule | undefined {
    return this.#verdict ? this.#verdict.rule : (this.#facts!.rule ?? undefined);
  }

  get labelVi(): string {
    return this.#verdict ? this.#verdict.labels.vi : STATUS[this.status].vi;
  }

  /** The full verdict with labels and explanations, worded on first use. */
  get verdict(): Verdict {
    if (this.#verdict) return this.#verdict;
    let v: Verdict;
    try {
      v = toVerdict(this.#facts!, this.#lang);
    } catch {
      v = evaluate(this.#rule, this.#actual, this.#opts);
    }
    this.#verdict = v;
    this.#facts = null;
    return v;
  }
}

/** A CheckedItem whose `verdict` is a getter over a shared judgement; `toJSON` writes it out in full. */
export class Item implements CheckedItem {
  denominatorCell?: CellRef;
  unitName?: string;
  earlierYear?: number;
  beside?: boolean;
  group?: number;
  indicatorId?: string;
  unit?: string;
  note?: string;
  noFormula?: true | "period" | "partlyRead";
  status: StatusCode;
  readonly #judged: Judged;

  // Positional so that a 1,000,000-cell check allocates one object per item, not a field bag and a copy.
  constructor(
    judged: Judged,
    public row: number,
    public cell: CellRef,
    public name: string,
    public section: string[],
    public target: string,
    public targetSource: CheckedItem["targetSource"],
    public actual: CellValue,
    public percentScale: PercentScale,
    public match: MatchInfo,
  ) {
    this.status = judged.status;
    this.#judged = judged;
    // (A no-figure phrase with a bracketed reason, "Chưa đủ số liệu (thiếu xã A)", is no data to the engine only: a
    // formula matches the placeholder words whole.)
    if (judged.beyondFormula || (typeof actual === "string" && this.status === "no_data" && /\(.*\)\s*$/.test(actual))) this.noFormula = true;
    else if (judged.partlyRead) this.noFormula = "partlyRead";
  }

  get verdict(): Verdict {
    return this.#judged.verdict;
  }

  /** The shared judgement's numbers, for ordering shortfalls without wording every verdict. */
  get judged(): Judged {
    return this.#judged;
  }

  toJSON(): CheckedItem {
    const out: CheckedItem = { ...this, verdict: this.verdict };
    for (const k of Object.keys(out) as (keyof CheckedItem)[]) if (out[k] === undefined) delete out[k];
    return out;
  }
}
