// Layout 272: a district education office's preschool enrolment by commune at the end of a school year (Phòng GD&ĐT huyện Nhà Bè, TP.HCM, June 2015): communes as rows, age bands as merged column groups, a count target per commune for the infant groups (6-12 and 13-18 months), a rate row "giao mỗi xã, thị trấn" for the crèche and five-year-olds, ROUND rates stored as fractions, last year's rate hidden, a SUM total; the year is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả huy động trẻ ra lớp năm học 2014-2015 theo xã, thị trấn, Phòng GD&ĐT huyện Nhà Bè (TP. Hồ Chí Minh)");
  const s = b.sheet("Huy dong tre 2014-2015");
  s.cols([5, 22, 8, 8, 8, 8, 10, 9, 9, 10, 9, 9, 10, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN NHÀ BÈ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Nhà Bè, ngày 10 tháng 6 năm 2015",
    title: ["BIỂU TỔNG HỢP HUY ĐỘNG TRẺ RA LỚP NĂM HỌC 2014-2015", "(phục vụ buổi làm việc với Đoàn giám sát Ban Văn hóa - Xã hội HĐND Thành phố)"],
    leftSpan: ["A", "E"],
    rightSpan: ["I", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Xã, thị trấn", head);
  s.merge("C7:D7", "Trẻ 6-12 tháng", head);
  s.merge("E7:F7", "Trẻ 13-18 tháng", head);
  s.merge("G7:J7", "Nhà trẻ (dưới 36 tháng)", head);
  s.merge("K7:M7", "Mẫu giáo 5 tuổi", head);
  s.merge("N7:N8", "Ghi chú", head);
  s.row("C8", ["Chỉ tiêu", "Ra lớp", "Chỉ tiêu", "Ra lớp", "Số trẻ trong độ tuổi", "Ra lớp", "Tỷ lệ 2013-2014", "Tỷ lệ", "Số trẻ", "Ra lớp", "Tỷ lệ"], head);
  // row 9: the rate targets given to every commune
  const tgt = { bold: true, italic: true, border: true, align: "center" as const };
  s.merge("A9:B9", "Chỉ tiêu giao mỗi xã, thị trấn", { ...tgt, align: "left" });
  s.row("C9", ["", "", "", "", "", "", "", "≥ 35%", "", "", "100%", ""], tgt);
  const pct = (r: number, num: string, den: string, n: number, d: number): CellInput => ({ v: `=ROUND(${num}${r}/${den}${r},4)`, pct: true, fmt: "0.00%", border: true, align: "center", result: `${(Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",")}%` });
  const p = (n: number, d: number) => `${(Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",")}%`;
  type U = [string, number | string, number | string, number | string, number | string, number, number, number, number, number, string];
  // name, infants 6-12 (target, in class), 13-18 (target, in class), crèche (children, in class), last year's rate, five-year-olds (children, in class), note
  const units: U[] = [
    ["Thị trấn Nhà Bè", 10, 9, 10, 10, 1180, 452, 0.352, 512, 512, "Nhóm trẻ 6-18 tháng tại MN Hoa Hồng"],
    ["Xã Phước Kiển", 10, 8, 10, 9, 1296, 468, 0.341, 548, 548, "Nhóm trẻ 6-18 tháng tại MN Phước Kiển"],
    ["Xã Phú Xuân", 10, 5, 10, 7, 842, 262, 0.298, 371, 370, "01 trẻ chưa ra lớp"],
    ["Xã Phước Lộc", "-", "-", "-", "-", 611, 196, 0.305, 236, 236, ""],
    ["Xã Nhơn Đức", "-", "-", "-", "-", 703, 211, 0.286, 289, 289, ""],
    ["Xã Long Thới", "-", "-", "-", "-", 512, 140, 0.262, 208, 207, "Chưa có nhóm trẻ công lập"],
    ["Xã Hiệp Phước", "-", "-", "-", "-", 398, 91, 0.214, 164, 164, "Chưa có nhóm trẻ công lập"],
  ];
  const verdict: Record<string, [Status | null, Status | null, Status, Status]> = {
    "Thị trấn Nhà Bè": ["not_met", "met", "exceeded", "met"],
    "Xã Phước Kiển": ["not_met", "not_met", "exceeded", "met"],
    "Xã Phú Xuân": ["not_met", "not_met", "not_met", "not_met"],
    "Xã Phước Lộc": [null, null, "not_met", "met"],
    "Xã Nhơn Đức": [null, null, "not_met", "met"],
    "Xã Long Thới": [null, null, "not_met", "not_met"],
    "Xã Hiệp Phước": [null, null, "not_met", "met"],
  };
  let r = 10;
  for (const [i, [name, t1, a1, t2, a2, ntre, nlop, last, n5, l5, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, t1, a1, t2, a2, ntre, nlop, { v: last, pct: true, fmt: "0.0%", border: true, align: "center" }, pct(r, "H", "G", nlop, ntre), n5, l5, pct(r, "L", "K", l5, n5), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`N${r}`, note, { border: true, wrap: true, italic: true });
    const [v1, v2, v3, v4] = verdict[name];
    if (v1) s.expect(`D${r}`, { indicator: `Trẻ 6-12 tháng ra lớp · ${name}`, target: `${t1} trẻ (column C, Chỉ tiêu)`, status: v1, why: `${a1} of ${t1} infants in class; the school year is over` });
    if (v2) s.expect(`F${r}`, { indicator: `Trẻ 13-18 tháng ra lớp · ${name}`, target: `${t2} trẻ (column E, Chỉ tiêu)`, status: v2, why: `${a2} of ${t2} infants in class${a2 === t2 ? ": exactly the target" : ""}; the school year is over` });
    s.expect(`H${r}|J${r}`, { indicator: `Tỷ lệ trẻ nhà trẻ ra lớp · ${name}`, target: "≥ 35% (row 9)", status: v3, why: `${nlop} of ${ntre} children = ${p(nlop, ntre)}; the hidden column I is last year's rate` });
    s.expect(`L${r}|M${r}`, { indicator: `Tỷ lệ trẻ 5 tuổi ra lớp · ${name}`, target: "100% (row 9)", status: v4, why: `${l5} of ${n5} five-year-olds = ${p(l5, n5)}` });
    r++;
  }
  // r = 17: the district total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}16)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", 30), sum("D", 22), sum("E", 30), sum("F", 26), sum("G", 5542), sum("H", 1820), { v: 0.311, pct: true, fmt: "0.0%", border: true, bold: true, align: "center" }, pct(r, "H", "G", 1820, 5542), sum("K", 2328), sum("L", 2326), pct(r, "L", "K", 2326, 2328), "Chỉ tiêu trẻ 6-18 tháng: 60 trẻ"], { border: true, bold: true, align: "center" });
  s.set(`N${r}`, "Chỉ tiêu trẻ 6-18 tháng: 60 trẻ", { border: true, wrap: true, italic: true });
  s.expect(`D${r}`, { indicator: "Trẻ 6-12 tháng ra lớp · Toàn huyện", target: "30 trẻ (column C, SUM)", status: "not_met", why: "22 of 30 infants" });
  s.expect(`F${r}`, { indicator: "Trẻ 13-18 tháng ra lớp · Toàn huyện", target: "30 trẻ (column E, SUM)", status: "not_met", why: "26 of 30 infants; with the 22 above, 48 of the 60 in the note" });
  s.expect(`H${r}|J${r}`, { indicator: "Tỷ lệ trẻ nhà trẻ ra lớp · Toàn huyện", target: "≥ 35% (row 9)", status: "not_met", why: "1.820 of 5.542 = 32,84%" });
  s.expect(`L${r}|M${r}`, { indicator: "Tỷ lệ trẻ 5 tuổi ra lớp · Toàn huyện", target: "100% (row 9)", status: "not_met", why: "2.326 of 2.328 = 99,91%: two five-year-olds short" });
  s.hideCols("I");
  notes(s, r + 2, "B", ["Ghi chú:", "- Số liệu tính đến ngày 31/5/2015 (kết thúc năm học 2014-2015).", "- \"-\": xã chưa được giao chỉ tiêu nhóm trẻ 6-18 tháng.", "- Tỷ lệ nhà trẻ tính trên số trẻ dưới 36 tháng tuổi trong độ tuổi theo điều tra phổ cập."]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Phạm Thị Thu" }, { col: "J", title: "TRƯỞNG PHÒNG", name: "Huỳnh Văn Lợi" });
  b.facts = {
    sheet: "Huy dong tre 2014-2015",
    headerRows: "7-8",
    nameColumn: "B (Xã, thị trấn)",
    target: "columns C and E (Chỉ tiêu: counts of infants 6-12 and 13-18 months, \"-\" where none was given); row 9 (Chỉ tiêu giao mỗi xã, thị trấn: \"≥ 35%\" over the crèche rate J, \"100%\" over the five-year-olds' rate M)",
    actualColumns: "D and F (Ra lớp: infants in class); H or J (crèche children in class, G the denominator; J a ROUND rate stored as a fraction); L or M (five-year-olds in class, K the denominator; M a ROUND rate)",
    ignoreColumns: "A (TT), G and K (children of the age: denominators), I (Tỷ lệ 2013-2014: last year, hidden), N (Ghi chú)",
    totalRows: "17 (Toàn huyện: SUM of rows 10-16; judged)",
    targetRows: "9 (Chỉ tiêu giao mỗi xã, thị trấn)",
    otherRows: "notes and signature under the table",
    asOf: "2015-06-10",
    period: "2014-2015",
    notes: "Figures to 31 May 2015, the end of the school year: every short figure is final, not met. Infant counts: 10 of 10 is met, fewer not met; communes with \"-\" were given no infant target (not judged). The crèche rate must reach 35% in every commune: 38,31% and 36,11% exceeded, the rest not met (Hiệp Phước 22,86%); the district's 32,84% not met. Five-year-olds: 100% met, one or two children short not met (Phú Xuân 370/371, Long Thới 207/208, the district 2.326/2.328). Column I is last year's rate and hidden: never the result.",
  };
  return b;
}
