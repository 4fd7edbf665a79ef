// Notes under a table that say which way an indicator's target runs ("- Tỷ số giới tính khi sinh: chỉ tiêu kế hoạch là
// mức tối đa, thực hiện không vượt mức kế hoạch là đạt"): a plain figure is then a ceiling, not a floor.
import type { SheetData } from "../sheet/model";
import { fold, nameTokens } from "../sheet/text";

/** `row`: the sheet row (0-based) the note is written on. */
export type NoteDirection = { subject: string; tokens: string[]; direction: "up" | "down"; row: number };

/** How far below the table's last row notes are looked for (a note the reader took for a row of the table counts too). */
const NOTE_ROWS = 15;
// "- Tỷ số giới tính khi sinh: …", "* Tỷ lệ hộ nghèo – …": a bullet or none, a subject, a colon or dash, the explanation.
// "Ghi chú:", "Lưu ý:" before the first note on the same line.
const LEAD = /^\s*(?:ghi chú|lưu ý|chú ý|chú thích)\s*:?\s*/iu;
const NOTE = /^\s*(?:[-–•*+]\s*)?([^:;–]{3,120}?)\s*(?::|\s[-–]\s)\s*(.{6,400})$/su;
// Folded words saying the figure is a ceiling (met at or under it) or a floor (met at or above it).
const DOWN = /\b(muc toi da|muc tran|(khong|chua) vuot( qua)?( muc)?|khong qua|khong cao hon|(bang hoac )?thap hon( hoac bang)? (ke hoach|chi tieu|muc)|cang thap cang tot|nguong tren)\b/;
const UP = /\b(muc toi thieu|muc san|(bang hoac )?cao hon( hoac bang)? (ke hoach|chi tieu|muc)|khong thap hon|khong duoi|cang cao cang tot|nguong duoi|tro len la dat)\b/;

/**
 * Direction notes in text-only rows from `fromRow` (the table's first data row; at most NOTE_ROWS above `afterRow`,
 * its last) to NOTE_ROWS below `afterRow`: each line "subject: explanation" whose explanation says the target is a
 * ceiling or a floor, and only one of the two. A subject with no word of a name is skipped.
 * @example noteDirections(sheet, 10, 22) → [{ subject: "Tỷ số giới tính khi sinh", tokens: [...], direction: "down" }]
 */
export function noteDirections(sheet: SheetData, fromRow: number, afterRow: number): NoteDirection[] {
  const out: NoteDirection[] = [];
  // Within the table only its last rows are looked at: a note is taken for a row at the end, and a long list stays cheap.
  for (let r = Math.max(0, fromRow, afterRow - NOTE_ROWS); r < Math.min(sheet.values.length, afterRow + 1 + NOTE_ROWS); r++) {
    const row = sheet.values[r] ?? [];
    // A note is a row of text alone: a row with a figure is the table's, whatever its name says.
    if (row.some((v) => typeof v === "number")) continue;
    for (const v of row) {
      if (typeof v !== "string" || v.length > 500) continue;
      for (const line of v.normalize("NFC").split(/\n|;\s*(?=[-–•*+]\s)/)) {
        const m = NOTE.exec(line.replace(LEAD, ""));
        if (!m) continue;
        const what = fold(m[2]);
        const down = DOWN.test(what);
        const up = UP.test(what);
        if (down === up) continue;
        const tokens = nameTokens(m[1]);
        if (tokens.length === 0) continue;
        out.push({ subject: m[1].trim(), tokens, direction: down ? "down" : "up", row: r });
      }
    }
  }
  return out;
}

/** A word of change, as written (folded, "tăng" would be "tầng" and "tặng" too). */
const CHANGE = /(?<!\p{L})(?:giảm|tăng)(?!\p{L})/iu;

/**
 * The direction the notes give the indicator `name`: from the notes whose subject's words all appear in the name.
 * Notes disagreeing (one a ceiling, one a floor) give none, so the target's own words decide; so does a name stating a
 * change ("giảm", "tăng") the note's subject does not state.
 * @example directionFor(notes, "Tỷ số giới tính khi sinh (số bé trai/100 bé gái)") → "down"
 */
export function directionFor(notes: readonly NoteDirection[], name: string): "up" | "down" | undefined {
  return noteFor(notes, name)?.direction;
}

/** The note `directionFor` takes its direction from (the first of the agreeing ones), so the check can name it. */
export function noteFor(notes: readonly NoteDirection[], name: string): NoteDirection | undefined {
  if (notes.length === 0 || name === "") return undefined;
  const words = new Set(nameTokens(name));
  // "Tỷ lệ giảm hộ nghèo" under a note on "Tỷ lệ hộ nghèo": the name measures a change of the note's subject, whose
  // sense the note on its level does not give (a ceiling on the rate is no ceiling on how far it falls).
  const change = CHANGE.test(name.normalize("NFC"));
  let found: NoteDirection | undefined;
  for (const n of notes) {
    if (!n.tokens.every((t) => words.has(t))) continue;
    if (change && !CHANGE.test(n.subject.normalize("NFC"))) continue;
    if (found && found.direction !== n.direction) return undefined;
    found ??= n;
  }
  return found;
}
