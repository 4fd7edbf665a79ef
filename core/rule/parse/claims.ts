// Claims: numbers that describe who is counted or name a document (ages, grades, codes, years, per-capita bases), never thresholds.
import { M, type Marker } from "./lexicon";
import { HOUR_H, isSym, isWord, marked, NUM, SYM, WORD, type Token } from "./tokens";
import { isYear, type Prepared } from "./text";

const free = (t: Token | undefined) => !!t && t.kind === NUM && t.role === "figure";

/**
 * Document numbers and codes, claimed before dates are read so "22/KH-UBND" is never a day and a month:
 * "22/KH-UBND", "02/2023/NQ-HĐND", "29-NQ/TW", "39/2024/QH15" (an upper-case code glued by "/" or "-"), "Covid-19"
 * (digits hung on a word by a hyphen), "03b" (digits glued to letters that are no unit).
 */
export function claimCodes(p: Prepared, ts: Token[]): void {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind !== NUM || t.word) continue;
    // A glued chain of numbers, "/", "-", "." and words: a code when one of its words is written in capitals.
    let j = i;
    let code = false;
    while (j + 1 < ts.length && ts[j + 1].start === ts[j].end) {
      const u = ts[j + 1];
      if (u.kind === SYM && (u.w === "/" || u.w === "-" || u.w === ".")) {
        j++;
        continue;
      }
      if (u.kind === NUM) {
        j++;
        continue;
      }
      if (u.kind === WORD && ts[j].kind === SYM && isCapsCode(p.src.slice(u.start, u.end))) {
        code = true;
        j++;
        continue;
      }
      break;
    }
    if (code) {
      for (let k = i; k <= j; k++) if (ts[k].kind === NUM) ts[k].role = "reference";
      i = j;
      continue;
    }
    const prev = ts[i - 1];
    // "Covid-19", "H5N1": digits hung on a word by a hyphen are part of its name.
    if (isSym(prev, "-") && prev.start === ts[i - 2]?.end && ts[i - 2]?.kind === WORD && prev.end === t.start && !t.percent) {
      t.role = "reference";
      continue;
    }
    // "phòng A5.304", "bụi PM2.5", "khu B2.1": digits glued by "." to a word that holds digits itself name a room, a
    // pollutant or a block, no figure.
    if (isSym(prev, ".") && prev.start === ts[i - 2]?.end && prev.end === t.start && ts[i - 2]?.kind === WORD && /\d/u.test(ts[i - 2].w) && !t.percent) {
      t.role = "reference";
      continue;
    }
    // Digits glued to the letters after them are a code ("03b", "2a"), unless the letters are a unit ("10m2", "5ha",
    // "150.000đ"), a clock ("7h30") or a rate per someone or some time ("15g/học sinh/ngày", "120g/bữa").
    const next = ts[i + 1];
    // ("4G", "5G": a capital G glued is a network's name, grams are written small.)
    if (!t.percent && next && next.kind === WORD && next.start === t.end && (p.src.slice(next.start, next.end) === "G" || (!next.w1?.unit && !next.w1?.noun && !next.lex?.unit && !next.lex?.noun && next.startMask === 0 && !HOUR_H.test(next.w) && !unitElsewhere(ts, next) && !perWord(ts, i + 2)))) {
      t.role = "reference";
    }
  }
}

/** "/học sinh", "/ngày": a lower-case word glued after "/" names what a rate is per. */
const perWord = (ts: Token[], k: number) => isSym(ts[k], "/") && ts[k + 1].kind === WORD && ts[k + 1].start === ts[k].end && !isCapsCode(ts[k + 1].w);

/** "17tiết …, 15 tiết": letters the phrase itself writes as a unit (a word, after a spaced figure) are that unit glued on. */
function unitElsewhere(ts: Token[], w: Token): boolean {
  for (let k = 1; k < ts.length; k++) if (ts[k] !== w && w.w.length >= 3 && ts[k].w === w.w && ts[k].spaced && ts[k - 1].kind === NUM && !ts[k - 1].word) return true;
  return false;
}

function isCapsCode(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase() && !(c >= 48 && c <= 57);
}

/**
 * Numbers that describe the population or are context: list numbers, ages, grades, sessions, article numbers,
 * years, per-capita bases and per-unit denominators. Run after dates are read.
 */
export function claimPopulation(p: Prepared, ts: Token[], ages = true, per: string | null = null, place = false): void {
  // The ĐVT's own base ("bé trai/100 bé gái", "giường/10.000 dân"): its number and first word after it.
  // A base with no number is one of its noun ("học sinh/lớp": "trên một lớp").
  const base = per ? /^(?:([\d.]+) )?(\S+)/u.exec(per) : null;
  const baseValue = base ? Number((base[1] ?? "1").replace(/\./gu, "")) : NaN;
  // The first and last numbers are found once: the loop below changes roles, never a token's kind.
  const first = firstNum(ts);
  const last = lastNum(ts);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (!free(t)) continue;
    const prev = ts[i - 1];
    const next = ts[i + 1];
    // A "-" opening the text is a bullet ("-100% trường"), not a minus sign.
    if (t.value < 0 && i === 0 && t.w.startsWith("-")) {
      t.value = -t.value;
      t.w = t.w.slice(1);
    }
    // "từ thứ Hai đến thứ Sáu", "thứ 2 - thứ 6", "các ngày thứ Bảy": days of the week, not places.
    if (prev?.w === "thứ" && t.integer && t.value >= 2 && t.value <= 7 && weekday(ts, i)) {
      t.role = "date";
      continue;
    }
    // "môn thi thứ ba", "sinh viên năm thứ 2", "sinh con thứ 3": a bare "thứ" after a word numbers what it follows, no
    // place to reach. A place: after a verb or noun of one (PLACE_VERBS: "xếp/đứng/đạt/giữ/nằm thứ", "vị trí thứ", "xếp
    // vị thứ", "giữ vững thứ 5", "vươn lên thứ 10"), or out of a total ("thứ 12/63"). Not a day, a
    // week or a month of a calendar or a span, nor a weekday ("vào thứ 5", "ngày thứ 15 kể từ …", "đến hết tuần học thứ
    // 27"): the date reader reads those. Under a place (ĐVT "Thứ hạng", an indicator of "… xếp hạng"), "huyện thứ 4
    // toàn tỉnh" is the place itself (rereview42b N2).
    if (!place && prev?.w === "thứ" && ts[i - 2]?.kind === WORD && !PLACE_VERBS.has(ts[i - 2].w) && !isSym(next, "/") && !isWord(ts[i - 2], "ngày", "tuần", "lễ", "tháng", "quý", "học", "từ", "đến", "tới", "hết")) {
      t.role = "reference";
      continue;
    }
    // "sau 03 (ba) giờ chiều", "trước 9 giờ sáng": a time of day, not a figure.
    if (t.integer && t.value <= 24 && !t.percent) {
      let k = i + 1;
      if (isSym(ts[k], "(") && ts[k + 1]?.kind === WORD && isSym(ts[k + 2], ")")) k += 3;
      if (ts[k]?.w === "giờ") {
        k++;
        const m = ts[k]?.kind === NUM && ts[k].integer && ts[k].value < 60 ? ts[k++] : null;
        if (ts[k]?.w === "phút") k++;
        const part = ts[k]?.w;
        if (part === "sáng" || part === "trưa" || part === "chiều" || part === "tối") {
          t.role = "date";
          continue;
        }
        // "1 giờ 30 phút", "từ 10 giờ 30 - 11 giờ 30": the minutes are part of the hours (1,5 giờ), no figure of their own.
        if (m && free(m) && (ts[k - 1].w === "phút" || !(ts[k]?.lex?.unit || ts[k]?.lex?.noun))) {
          t.value += m.value / 60;
          t.integer = false;
          m.role = "unit";
        }
      }
    }
    // "từ 0h-0h15", "lúc 7h30", "8h - 10h": an hour written with "h" and its minutes glued on, or a span of such hours,
    // is a time of day, not a figure ("24h", "quá 22h" alone may be a span of hours or a bound and stay figures).
    if (t.integer && t.value <= 24 && !t.percent && clock(ts, i)) {
      t.role = "date";
      continue;
    }
    if (!t.percent && !t.word && isNumbering(p, ts, i, i === first, i === last)) {
      t.role = "numbering";
      continue;
    }
    if (t.percent) continue;
    // "theo thang 10 điểm", "trên thang điểm 10": the scale marks are given on, not a mark to reach; "(21 tháng Chạp đến
    // mùng 5 tháng Giêng)": days of the lunar calendar restating the days written before them.
    if (prev?.w === "thang" || ts[i - 2]?.w === "thang" || /^(?:chạp|giêng)$/u.test(ts[i + 2]?.w ?? "")) {
      t.role = "population";
      continue;
    }
    // Ages: "5 tuổi", "24 tháng tuổi", "dưới hai tuổi", "độ tuổi 15 đến 60", "lứa tuổi 6".
    // (When the unit column is "tuổi" the figure is an age: "tuổi thọ trung bình đạt 75,5 tuổi".)
    if (ages && (marked(next, "age") || lexEndsAt(ts, i - 1, "ageBefore") || (prev?.w === "từ" && lexEndsAt(ts, i - 2, "ageBefore")))) {
      t.role = "population";
      continue;
    }
    // Schooling: "2 buổi/ngày", "học 2 buổi". (Not under a bound of its own: "dạy thêm không quá 2 buổi/tuần" limits
    // the sessions, a threshold.)
    const bounded = !!prev?.endLex?.op && !prev.endLex.op.weak && !prev.endLex.op.from;
    if (marked(next, "session") && (isSym(ts[i + 2], "/") || prev?.w === "học") && !bounded) {
      t.role = "population";
      continue;
    }
    // Grades and articles: "lớp 6,7", "khối 9", "khu vực 5", "lần thứ 3"; and document numbers after their word
    // ("Quyết định số 1234", "Thông tư 28").
    // ("hạ tầng 2 tỷ đồng": "tầng" ends a word of its own here, not a floor.)
    const compound = prev?.w === "tầng" && ts[i - 2]?.w === "hạ";
    // ("sĩ số 30 - 35 học sinh/lớp": a number opening a range of a counted noun is a figure, never a document's.)
    // ("sĩ số 35 học sinh/lớp", "tổng số 120 trẻ", "chỉ số 0,8": "số" ending a measure's name is no document's number.)
    const docRange = ((marked(prev, "doc") || lexEndsAt(ts, i - 1, "doc")) && !marked(prev, "grade") && opensRange(ts, i)) || (prev?.w === "số" && /^(?:sĩ|tổng|dân|chỉ|hệ|tần|điểm)$/u.test(ts[i - 2]?.w ?? ""));
    if (prev && prev.kind === WORD && !compound && !docRange && (marked(prev, "grade") || marked(prev, "refBefore") || marked(prev, "doc") || lexEndsAt(ts, i - 1, "doc") || lexEndsAt(ts, i - 1, "refBefore"))) {
      if (!(marked(prev, "grade") && (next?.lex?.noun || next?.lex?.unit) && !isSym(next, "/"))) {
        t.role = marked(prev, "grade") ? "population" : "reference";
        // "lớp 6, 7 và 8": the list after a grade word is grades too; a share is not a grade ("55% học sinh lớp 5,
        // 65% học sinh lớp 9": the next item of a list of targets).
        if (marked(prev, "grade")) for (let k = i + 2; k < ts.length && free(ts[k]) && !ts[k].percent && (isSym(ts[k - 1], ",", "-") || ts[k - 1].w === "và" || ts[k - 1].w === "đến"); k += 2) ts[k].role = "population";
        continue;
      }
    }
    // "ba tháng một lần", "6 tháng 1 lần": the "one time" of an interval belongs to it (read as "at most 3 months"
    // by the frequency recogniser), not a count of times to reach of its own.
    if (t.value === 1 && next?.kind === WORD && next.w === "lần" && prev?.lex?.unit?.dim === "time" && ts[i - 2]?.kind === NUM) {
      t.role = "unit";
      continue;
    }
    // "đồ nhựa dùng một lần", "túi ni lông sử dụng 1 lần": "used once" right after the thing it describes names its kind
    // (single-use), no count of times to reach; not after a modal or adverb ("chỉ được sử dụng 1 lần") nor before the
    // period it is counted in ("dùng 1 lần/tuần", "dùng một lần mỗi ngày").
    if (t.value === 1 && next?.w === "lần" && SINGLE_USE(ts, i)) {
      t.role = "population";
      continue;
    }
    // "Trường hạng 3 có 1 phó hiệu trưởng": a class right after the noun it sorts names which units, when another
    // figure follows to count in them (not "xếp hạng 3", a place to reach).
    // (So does "loại": "xã loại 1, loại 2 được bố trí không quá 2 phó trưởng", the list's next class too.)
    const sorts = ts[i - 2]?.endLex?.noun || (i > 2 && isSym(ts[i - 2], ",") && ts[i - 3].role === "population");
    if ((prev?.w === "hạng" || prev?.w === "loại") && t.integer && sorts && ts.slice(i + 1).some(free)) {
      t.role = "population";
      continue;
    }
    // "01 ngày trong 01 tuần", "một buổi trong một tháng": the one period a frequency is counted in belongs to the unit.
    // (Only right after a counted figure: "thời gian trong 1 tuần" is a span of its own.)
    if (t.value === 1 && prev?.w === "trong" && next?.lex?.period && ts[i - 2]?.kind === WORD && ts[i - 3]?.kind === NUM) {
      t.role = "unit";
      continue;
    }
    // "1 ngày không quá 7 tiết, 1 tiết 35 phút": "1" and the unit or thing it names opening a part, a figure right after
    // (past its operator words), is what that figure counts in ("mỗi ngày", "mỗi tiết"), no figure of its own.
    if (t.value === 1 && t.integer && (i === 0 || isSym(prev, ",", ";", ":")) && next?.kind === WORD && (next.w1?.unit || next.w1?.period || next.w1?.noun || next.lex?.unit || next.lex?.noun)) {
      let k = i + 2;
      while (k < ts.length && k <= i + 4 && ts[k].kind === WORD && (ts[k].startMask & M.opOrFiller) !== 0) k += Math.max(1, ts[k].lexLen);
      if (free(ts[k]) && !ts[k].word) {
        t.role = "unit";
        continue;
      }
    }
    // Per-capita bases: "trên 1.000 dân", "5 bác sĩ/1.000 dân", "/1.000 trẻ đẻ sống".
    // ("tỷ lệ bé trai trên 100 bé gái" under the ĐVT "bé trai/100 bé gái": the base the ĐVT names, whatever its noun.)
    const unitBase = t.value === baseValue && next?.kind === WORD && next.w === base![2];
    if ((marked(next, "perCapita") || unitBase) && (isSym(prev, "/") || prev?.w === "trên" || prev?.w === "mỗi")) {
      t.role = "unit";
      continue;
    }
    // "giảm 1/2 số hộ nghèo": the share's denominator after a change verb is no figure of its own.
    if (isSym(prev, "/") && ts[i - 2]?.kind === NUM && ts[i - 2].end === prev!.start && prev!.end === t.start && ts[i - 3] && (ts[i - 3].endMask & M.change) !== 0) {
      t.role = "unit";
      continue;
    }
    // Per-unit denominators: "20 học sinh/1 máy tính", "1 giáo viên/1 lớp", "105 trẻ sơ sinh trai/100 trẻ sơ sinh gái":
    // a number between "/" after a noun and the noun it counts belongs to the unit.
    if (isSym(prev, "/") && next?.kind === WORD && ts[i - 2]?.kind === WORD && ts[i - 2].end === prev!.start) {
      t.role = "unit";
      continue;
    }
    // Years: a four-digit year not counting anything ("năm 2025", "2024-2025"), unless it sits beside a "/" between
    // numbers (a share such as "0/1945").
    if (t.integer && t.w.length === 4 && isYear(t.value)) {
      const slash = (isSym(prev, "/") && ts[i - 2]?.kind === NUM) || (isSym(next, "/") && ts[i + 2]?.kind === NUM);
      if (slash) continue;
      // "≥ 1945": a figure right after a comparison sign is the threshold the sign compares with, not a year.
      if (isSym(prev, "≥", "≤", ">", "<", "=")) continue;
      const counted = next && next.kind === WORD && next.lex?.noun && !next.lex.period;
      const yearish = marked(prev, "yearWord") || lexEndsAt(ts, i - 1, "yearWord") || isSym(prev, "-", "/") || (isSym(next, "-") && isYear(ts[i + 2]?.value ?? NaN)) || YEAR_BEFORE.has(prev?.w ?? "");
      if (!counted || yearish) t.role = "year";
    }
  }
  // "chuẩn quốc gia mức độ 1, 2": a list after a level is more levels (which units qualify), not a threshold.
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind !== NUM || !lexEndsAt(ts, i - 1, "level")) continue;
    // "mức độ 1 và 9 trường …": a number counting a noun is the next part's figure, not a level.
    for (let k = i + 2; k < ts.length && free(ts[k]) && !ts[k].percent && (isSym(ts[k - 1], ",") || ts[k - 1].w === "và") && !(ts[k + 1]?.kind === WORD && ts[k + 1].w1?.noun); k += 2) ts[k].role = "population";
  }
  // "(11-14 tuổi)", "15 đến 18 tuổi", "từ 11 đến dưới 15 tuổi", "24-36 tháng tuổi", "độ tuổi 15 đến 60": both ends
  // of an age span are ages.
  for (let i = ts.length - 1; i >= 0; i--) {
    const t = ts[i];
    if (t.kind !== NUM || t.role !== "population" || !marked(ts[i + 1], "age")) continue;
    let k = i - 1;
    while (k >= 0 && joint(ts[k])) k--;
    if (k < i - 1 && k >= 0 && free(ts[k]) && !ts[k].percent) ts[k].role = "population";
  }
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind !== NUM || t.role !== "population" || !(lexEndsAt(ts, i - 1, "ageBefore") || (ts[i - 1]?.w === "từ" && lexEndsAt(ts, i - 2, "ageBefore")))) continue;
    let k = i + 1;
    while (k < ts.length && joint(ts[k])) k++;
    if (k > i + 1 && free(ts[k]) && !ts[k].percent) ts[k].role = "population";
  }
}

// Words before "dùng" that make it a verb of the clause, not a kind of thing: modals, adverbs, joins.
const CLAUSE_WORDS = /^(?:được|chỉ|phải|đã|sẽ|cần|nên|không|chưa|mỗi|và|để|cho|là|có|vẫn|còn)$/u;
function SINGLE_USE(ts: Token[], i: number): boolean {
  const v = ts[i - 1]?.w === "dùng" ? i - 1 : ts[i - 1]?.w === "dụng" && ts[i - 2]?.w === "sử" ? i - 2 : -1;
  const thing = ts[v - 1];
  const after = ts[i + 2];
  return v > 0 && thing?.kind === WORD && !CLAUSE_WORDS.test(thing.w) && !thing.lex?.op && !(after && (isSym(after, "/") || after.w === "mỗi" || after.lex?.period || after.w1?.period || (after.w === "trong" && (ts[i + 3]?.lex?.period || ts[i + 3]?.w1?.period || ts[i + 3]?.kind === NUM))));
}

/** Token i opens a range of a counted noun or unit: "30 - 35 học sinh", "30 đến 35 trẻ/lớp". */
function opensRange(ts: Token[], i: number): boolean {
  const j = ts[i + 1];
  const b = ts[i + 2];
  const u = ts[i + 3];
  return !!j && (isSym(j, "-", "–") || j.w === "đến" || j.w === "tới") && free(b) && !b.percent && !!u && u.kind === WORD && (!!u.lex?.noun || !!u.lex?.unit || !!u.w1?.noun || !!u.w1?.unit);
}

/** Words joining the two ends of an age span ("11-14", "15 đến 18", "từ 11 đến dưới 15"). */
const JOINT_WORDS = new Set(["đến", "tới", "dưới", "trên", "và"]);
const joint = (t: Token): boolean => isSym(t, "-") || JOINT_WORDS.has(t.w);
/** Words before a four-digit number that make it a year ("từ 2020", "trước 2025"). */
const YEAR_BEFORE = new Set(["từ", "đến", "tới", "trước", "sau"]);

/** A lexicon phrase carrying marker m ends at token k (a phrase of one word or of several). */
function lexEndsAt(ts: Token[], k: number, m: Marker): boolean {
  return k >= 0 && k < ts.length && (ts[k].endMask & M[m]) !== 0;
}

function firstNum(ts: Token[]): number {
  for (let i = 0; i < ts.length; i++) if (ts[i].kind === NUM) return i;
  return -1;
}

function lastNum(ts: Token[]): number {
  for (let i = ts.length - 1; i >= 0; i--) if (ts[i].kind === NUM) return i;
  return -1;
}

const OP_WORD_BEFORE = new Set(["đạt", "là", "có", "nhất", "thiểu", "đa", "trên", "dưới", "quá", "từ", "còn", "thêm", "tăng", "giảm", "mức", "độ", "hạng", "thứ", "top", "tốp"]);

/**
 * A list or heading number: "1. Tỷ lệ …", "3.1." at the start, or the next heading's number left at the end of a
 * pasted sentence ("… GIẢI PHÁP CHỦ YẾU 1."); a footnote number before the figure it explains ("2 03 trường").
 */
function isNumbering(p: Prepared, ts: Token[], i: number, first: boolean, last: boolean): boolean {
  const t = ts[i];
  const next = ts[i + 1];
  // ("1.1/ Tập thể: …": a list number closed by a slash and a space, which no fraction has.)
  if (!next || !(next.kind === NUM || isSym(next, ".", ")", "/"))) return false;
  const before = p.low.slice(0, t.start);
  if (first && next?.kind === NUM && !next.word && next.start === t.end + 1 && before.trim() === "") return true;
  if (!isSym(next, ".", ")", "/") || !(next!.end === p.low.length || p.low.charCodeAt(next!.end) === 32)) return false;
  if (next!.w === "/" && (!first || next!.start !== t.end)) return false;
  // "1. Tỷ lệ …", "- 2) …", "(9) Tỷ lệ tăng dân số …": a list number opening the phrase.
  if (first && (/^[\s\-+•*]*$/u.test(before) || (next!.w === ")" && /^[\s\-+•*]*\($/u.test(before)))) return true;
  const prev = ts[i - 1];
  // ("đạt từ 7.0 đến 7.9)": a number closing a range is its upper end, not the next heading's number.)
  return last && p.low.slice(next!.end).trim().length <= 1 && !!prev && prev.kind !== SYM && !OP_WORD_BEFORE.has(prev.w) && !JOINT_WORDS.has(prev.w);
}

/**
 * Whether "thứ N" at token i names a day of the week: one end of a span of days ("từ thứ Hai đến thứ Sáu", "thứ 2 -
 * thứ 6") or after a word for days ("ngày thứ Bảy", "các thứ"); a place stands alone ("đứng thứ hai").
 */
function weekday(ts: Token[], i: number): boolean {
  const before = ts[i - 2];
  const sep = ts[i + 1];
  const isTo = (t: Token | undefined) => !!t && (t.w === "đến" || t.w === "tới" || t.w === "-");
  // The first "thứ" of the span ("xếp thứ 3 đến thứ 5" is a band of places, "đứng thứ 2" a place).
  const opening = isTo(before) && ts[i - 3]?.kind === NUM && ts[i - 4]?.w === "thứ" ? i - 4 : i - 1;
  if (PLACE_VERBS.has(ts[opening - 1]?.w ?? "")) return false;
  if (before && (before.w === "ngày" || before.w === "từ" || before.w === "các")) return true;
  if (isTo(sep) && ts[i + 2]?.w === "thứ") return true;
  // "đến hết thứ Sáu ngày 7/2/2025", "thứ Năm, ngày 1/1/2026": the weekday of the day named next.
  if (sep?.w === "ngày" || (sep?.w === "," && ts[i + 2]?.w === "ngày")) return true;
  return opening !== i - 1;
}

// Words before "thứ" that make it a place: "xếp thứ", "đứng thứ", "đạt thứ", "giữ vị trí thứ", "hạng thứ", "xếp vị thứ",
// "nằm thứ", "ở thứ", "giữ vững thứ", "vươn lên thứ", "duy trì thứ", "phấn đấu thứ".
const PLACE_VERBS = new Set(["xếp", "đứng", "đạt", "giữ", "trí", "hạng", "giải", "là", "vào", "vị", "nằm", "ở", "vững", "lên", "trì", "đấu"]);

/** An hour at token i written as a clock ("0h15", "7h30"), or one end of a span of hours with a clock at an end ("0h-0h15",
 * "8h - 10h30"): "8h - 10h" alone may count hours. A span after "trong (vòng)", "(không) quá", "dài" or before "/tuần",
 * "/tháng", "/ngày" counts hours ("2h - 2h30/ngày", "không quá 2h30"). Grams ("15g - 20g") are never hours. */
function clock(ts: Token[], i: number): boolean {
  const h = (k: number) => ts[k]?.kind === WORD && HOUR_H.test(ts[k].w);
  const joint = (k: number) => isSym(ts[k], "-") || isWord(ts[k], "đến", "tới");
  const hour = (k: number) => ts[k]?.kind === NUM && !!ts[k].integer && ts[k].value <= 24 && h(k + 1);
  if (!h(i + 1)) return false;
  const a = joint(i - 1) && hour(i - 3) ? i - 3 : i;
  const b = joint(i + 2) && hour(i + 3) ? i + 3 : i;
  return (ts[a + 1].w.length > 1 || ts[b + 1].w.length > 1) && !(isSym(ts[b + 2], "/") && isWord(ts[b + 3], "tuần", "tháng", "ngày")) && !isWord(ts[a - 1], "trong", "vòng", "quá", "dài");
}
