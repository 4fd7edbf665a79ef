// Round 47 (room47): probes of the readings the bundle-size folds touch (number words, the tone scan's letter table,
// a fee's or a spending's clause, explain without a figure, days of no year, days in a month, an ambiguous percent). Each
// probe's answer was taken from main before the folds; room47.test.ts checks the folded code gives the same.
import { readCell } from "../number/cell";
import { readDayInput } from "../number/day";
import { numberWords, readNumber } from "../number/parse";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

type Probe = [target: string, actual: string | number | null, opts?: Record<string, unknown>];
export const PROBES: Probe[] = [
  // number words: "không" after "mười"/"mươi", a share in words with "phần không"
  ["ít nhất hai mươi không học sinh giỏi", 20],
  ["có mười không lớp học", 10],
  ["giảm hai phần không số hộ nghèo", 0.5],
  ["ít nhất một phần tư số trường đạt chuẩn", "30%"],
  ["ba phần tư số xã đạt chuẩn", "0,8"],
  ["tăng thêm hai mươi mốt phòng học", 21],
  // the tone scan: old-style tones, a combining mark after a marked vowel, a marked vowel before a letter
  ["tỷ lệ hoà nhập cộng đồng đạt 95%", "96%"],
  ["tỷ lệ ho\u0300a nhập đạt 95%", "96%"],
  ["hoàn thành kiểm định chất lượng trước 30/6/2025", "2025-06-15"],
  ["khoá học ít nhất 30 học viên", 28],
  // a fee's clause, a spending's clause, a goal on money
  ["giai đoạn 2, mức thu phí 50.000 đồng/lượt/khách", "50.000"],
  ["kinh phí sửa chữa 3 tỷ đồng", "3.200.000.000"],
  ["phấn đấu doanh thu đạt 3 tỷ đồng; lệ phí 20.000 đồng", 3500000000],
  ["học phí không quá 300.000 đồng/tháng", 320000],
  // explain without the figure or the threshold, and a change typed directly
  ["ít nhất 65%", null],
  ["tăng 5% so với năm 2024", "tăng 6%"],
  ["tăng 5% so với năm 2024", 105, { baseline: 100 }],
  ["tăng 5% so với năm 2024", 105],
  ["từ 90% đến 95%", ""],
  ["xếp hạng trong top 10", null],
  // days of no year, days in a month
  ["trước 30/4", "15/4/2025"],
  ["hoàn thành trước ngày 29/2", "", { asOf: "2025-03-10" }],
  ["chậm nhất tháng 2/2024", "2024-02-29"],
  ["trước 31/02/2025", "01/02/2025"],
  // an ambiguous percent
  ["ít nhất 50%", 0.9, { percentScale: "auto" }],
  ["ít nhất 50%", 0.9],
  ["không quá 1%", 0.5],
  ["đạt 80%", 79],
];

/** One line per probe: the reading and both languages' verdicts. */
export function probeAnswers(): string[] {
  const out: string[] = [];
  for (const [t, a, o] of PROBES) {
    const p = parseTarget(t, o as never);
    const vi = evaluate(t, a as never, { ...(o ?? {}), lang: "vi" } as never);
    const en = evaluate(t, a as never, { ...(o ?? {}), lang: "en" } as never);
    out.push(JSON.stringify([t, a, p.ok ? p.rule : p, vi.status, vi.explanation, en.explanation, vi.warnings]));
  }
  for (const w of ["mười lăm", "hai mươi mốt", "không", "mười không", "hai mươi không", "ba mươi tư", "mốt", "năm mươi lăm"]) out.push(JSON.stringify([w, numberWords(w), readNumber(w)]));
  for (const d of ["29/02/2024", "29/02/2023", "31/04/2025", "tháng 2/2024", "tháng 13/2024", "30/02/2025"]) out.push(JSON.stringify([d, readCell(d, { expect: "date" } as never), readDayInput(d)]));
  return out;
}
