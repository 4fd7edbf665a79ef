// Section headings inside a table ("A.", "I.", "1.", "1.1.", "a)", "-", "+", a plain "Mầm non"): their depth, and the path of headings above a row.
import { fold } from "../sheet/text";

// Depth of each numbering style, outermost first. A plain heading without numbering nests under the numbered ones
// and gives way to the next plain heading ("Tiểu học" after "Mầm non" under "c) Chất lượng giáo dục").
const NUMBERINGS: ReadonlyArray<[RegExp, number]> = [
  // "A." / "B-" but not a one-letter word: the mark must follow directly.
  [/^[A-H]\s*[.)-](\s|$)/, 0],
  [/^[IVXL]+\s*[.)/-]?(\s|$)/, 1],
  [/^\d+\.\d+\.\d+\.?(\s|$)/, 4],
  [/^\d+\.\d+\.?(\s|$)/, 3],
  [/^\d+\s*[.)/-]?(\s|$)/, 2],
  [/^[a-zđ]\s*[).](\s|$)/, 4],
  [/^[-–—•]/, 5],
  [/^\+/, 6],
];
const PLAIN = 7;

/**
 * The depth of a heading from its numbering, looked for in the STT cell first, then at the start of the name.
 * @example headingDepth("II", "GIÁO DỤC TIỂU HỌC") → 1 · headingDepth("", "a) Quy mô") → 4 · headingDepth("", "Mầm non") → 7
 */
export function headingDepth(stt: string, name: string): number {
  const s = stt.trim().replace(/[.)]$/, "");
  if (s !== "") {
    // A bare mark in the STT column: "I", "A", "1", "1.2", "a", "-", "+".
    if (/^[IVXL]+$/.test(s)) return 1;
    if (/^[A-H]$/.test(s)) return 0;
    if (/^[a-zđ]$/.test(s)) return 4;
    for (const [re, d] of NUMBERINGS) if (re.test(`${s} `)) return d;
  }
  const n = name.trim();
  // "Phần I", "Chương 2", and the standards of accreditation forms ("Tiêu chuẩn 1: …" over "Tiêu chí 1.1").
  if (/^(phan|chuong|tieu chuan)\s+([ivxl]+|\d+)\b/.test(fold(n.slice(0, 20)))) return 0;
  for (const [re, d] of NUMBERINGS) if (re.test(n)) return d;
  return PLAIN;
}

/** True when a line opens with a section's numbering ("II.", "a)", "1.2", "- ", "Phần I"): `headingDepth` finds one. */
export function isNumbered(text: string): boolean {
  return headingDepth("", text) !== PLAIN;
}

/** The headings above a row, outermost first; a heading closes every heading at its depth or deeper. */
export class SectionStack {
  readonly #stack: Array<{ depth: number; text: string }> = [];
  /** `path()` as last made, until the next push: a list asks it for every row, and rows far outnumber headings. */
  #path: readonly string[] | null = null;

  /** Opens a heading at `depth`. */
  push(depth: number, text: string): void {
    while (this.#stack.length > 0 && this.#stack[this.#stack.length - 1].depth >= depth) this.#stack.pop();
    this.#stack.push({ depth, text });
    this.#path = null;
  }

  /** The open headings' texts, outermost first: one array shared by every call until the next push (not to be changed). */
  path(): string[] {
    return (this.#path ??= this.#stack.map((h) => h.text)) as string[];
  }

  /** The innermost open heading that says something, by a test on its text (e.g. a school level). */
  find<T>(test: (text: string) => T | undefined): T | undefined {
    for (let i = this.#stack.length - 1; i >= 0; i--) {
      const v = test(this.#stack[i].text);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}
