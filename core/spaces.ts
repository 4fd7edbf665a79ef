// The one rule for white space in a clerk's text: every kind of space is a space.

/**
 * Whether a character code is white space as JavaScript's `\s` reads it: the ASCII spaces and line breaks, and the
 * Unicode spaces a pasted or foreign-keyboard text brings (no-break U+00A0, the U+2000–U+200A widths, narrow no-break
 * U+202F, ideographic U+3000, the byte-order mark U+FEFF, …).
 * @example isSpaceCode(0x3000) → true · isSpaceCode(0x41) → false
 */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `s` is already what `oneSpaced` makes of it: no white space at either end and none but single plain
 * spaces inside (one pass, no copy: most cells are clean).
 * @example isClean("Tỷ lệ (%)") → true · isClean("Tỷ  lệ") → false · isClean("a\u3000b") → false
 */
export function isClean(s: string): boolean {
  // A space first counts as doubled, so a leading space is caught like a doubled one.
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((c >= 9 && c <= 13) || (c >= 0xa0 && isSpaceCode(c))) return false;
    else afterSpace = false;
  }
  return !afterSpace || s === "";
}

/**
 * A text with every run of white space (any kind, `isSpaceCode`) made one plain space, and none at either end: how
 * the sheet reader, the figure reader and the target reader all see a clerk's text.
 * @example oneSpaced(" 64,9\u3000%\u00a0") → "64,9 %"
 */
export function oneSpaced(s: string): string {
  return isClean(s) ? s : s.replace(/\s+/g, " ").trim();
}
