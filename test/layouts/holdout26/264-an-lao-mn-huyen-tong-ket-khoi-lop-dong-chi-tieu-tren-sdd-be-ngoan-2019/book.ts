// Layout 264: a preschool's year-end table by age group (Trường Mầm non huyện An Lão, Bình Định, 2018-2019): age groups as rows, the year's targets in one row over the groups, counts of underweight and stunted children and of "bé ngoan xuất sắc" each beside a ROUND rate stored as a fraction, the five-year-olds' completion in one column only, a school total; the year is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả thực hiện chỉ tiêu chăm sóc, giáo dục trẻ năm học 2018-2019, Trường Mầm non huyện An Lão (Bình Định)");
  const s = b.sheet("Tong ket 2018-2019");
  s.cols([5, 26, 8, 8, 9, 8, 9, 8, 10, 8, 11, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT AN LÃO", "TRƯỜNG MẦM NON HUYỆN"],
    date: "An Lão, ngày 24 tháng 5 năm 2019",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2018-2019", "(kèm Báo cáo tổng kết năm học)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Khối / nhóm lớp", "Số nhóm, lớp", "Số trẻ", "SDD thể nhẹ cân", "Tỷ lệ", "SDD thể thấp còi", "Tỷ lệ", "Bé ngoan xuất sắc", "Tỷ lệ", "Hoàn thành CT GDMN 5 tuổi", "Ghi chú"], head);
  s.set("B8", "Chỉ tiêu năm học", { bold: true, italic: true, border: true });
  s.merge("E8:F8", "Dưới 3%", { bold: true, italic: true, border: true, align: "center" });
  s.merge("G8:H8", "Dưới 4%", { bold: true, italic: true, border: true, align: "center" });
  s.merge("I8:J8", "≥ 50%", { bold: true, italic: true, border: true, align: "center" });
  s.set("K8", "100%", { bold: true, italic: true, border: true, align: "center" });
  const pct = (r: number, col: string, n: number, d: number): CellInput => ({ v: `=ROUND(${col}${r}/D${r},3)`, pct: true, fmt: "0.0%", border: true, result: `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%` });
  type G = [string, string, number, number, number, number, number, CellInput, string];
  const groups: G[] = [
    ["1", "Nhà trẻ (24-36 tháng)", 3, 64, 2, 3, 30, "-", ""],
    ["2", "Mẫu giáo 3-4 tuổi", 3, 82, 2, 3, 40, "-", ""],
    ["3", "Mẫu giáo 4-5 tuổi", 3, 91, 2, 2, 46, "-", ""],
    ["4", "Mẫu giáo 5-6 tuổi", 3, 109, 1, 2, 59, 109, "Ra trường 109 cháu"],
  ];
  let r = 9;
  const v: Record<number, [Status, Status, Status]> = {
    9: ["not_met", "not_met", "not_met"],
    10: ["met", "met", "not_met"],
    11: ["met", "met", "exceeded"],
    12: ["met", "met", "exceeded"],
  };
  for (const [tt, name, lop, tre, nc, tc, bn, ht, note] of groups) {
    s.row(`A${r}`, [tt, name, lop, tre, nc, pct(r, "E", nc, tre), tc, pct(r, "G", tc, tre), bn, pct(r, "I", bn, tre), ht, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    const [a, c, e] = v[r];
    const p = (n: number) => `${(Math.round((n / tre) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
    s.expect(`E${r}|F${r}`, { indicator: `Trẻ SDD thể nhẹ cân · ${name}`, target: "Dưới 3% (row 8)", status: a, why: `${nc} of ${tre} children = ${p(nc)}; the year is over` });
    s.expect(`G${r}|H${r}`, { indicator: `Trẻ SDD thể thấp còi · ${name}`, target: "Dưới 4% (row 8)", status: c, why: `${tc} of ${tre} children = ${p(tc)}; the year is over` });
    s.expect(`I${r}|J${r}`, { indicator: `Bé ngoan xuất sắc · ${name}`, target: "≥ 50% (row 8)", status: e, why: `${bn} of ${tre} children = ${p(bn)}; the year is over` });
    r++;
  }
  s.expect("K12", { indicator: "Hoàn thành CT GDMN 5 tuổi · Mẫu giáo 5-6 tuổi", target: "100% (row 8)", status: "met", why: "109 of 109 five-year-olds completed the programme" });
  // r = 13: the school total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}9:${c}12)`, result: res, border: true, bold: true });
  s.row(`A${r}`, ["", "Toàn trường", sum("C", 12), sum("D", 346), sum("E", 7), pct(r, "E", 7, 346), sum("G", 10), pct(r, "G", 10, 346), sum("I", 175), pct(r, "I", 175, 346), "109/109", ""], { border: true, align: "center", bold: true });
  s.expect("E13|F13", { indicator: "Trẻ SDD thể nhẹ cân · Toàn trường", target: "Dưới 3% (row 8)", status: "met", why: "7 of 346 = 2,0%" });
  s.expect("G13|H13", { indicator: "Trẻ SDD thể thấp còi · Toàn trường", target: "Dưới 4% (row 8)", status: "met", why: "10 of 346 = 2,9%" });
  s.expect("I13|J13", { indicator: "Bé ngoan xuất sắc · Toàn trường", target: "≥ 50% (row 8)", status: "exceeded", why: "175 of 346 = 50,6%, above the inclusive 50%" });
  s.expect("K13", { indicator: "Hoàn thành CT GDMN 5 tuổi · Toàn trường", target: "100% (row 8)", status: "met", why: "109/109: the total counts five-year-olds only, never the 346 children of the row" });
  notes(s, 15, "B", ["Ghi chú:", "- Số liệu cân đo lần 3 (tháng 5/2019), theo dõi bằng biểu đồ tăng trưởng.", "- Chỉ tiêu hoàn thành chương trình chỉ áp dụng cho trẻ mẫu giáo 5 tuổi."]);
  signature(s, 19, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đinh Thị Hoa" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Lan" });
  b.facts = {
    sheet: "Tong ket 2018-2019",
    headerRows: "7",
    nameColumn: "B (Khối / nhóm lớp)",
    target: "row 8 (Chỉ tiêu năm học: \"Dưới 3%\" over E:F, \"Dưới 4%\" over G:H, \"≥ 50%\" over I:J, \"100%\" over K)",
    actualColumns: "E, G, I (counts of children; D is the denominator), or the rates F, H, J (ROUND formulas, fractions shown as percent); K (five-year-olds completing)",
    ignoreColumns: "A (TT), C (Số nhóm, lớp), D (Số trẻ: the denominator), L (Ghi chú)",
    totalRows: "13 (Toàn trường: SUM of rows 9-12; judged; K13 typed \"109/109\")",
    targetRows: "8 (Chỉ tiêu năm học)",
    otherRows: "notes and signature under the table",
    asOf: "2019-05-24",
    period: "2018-2019",
    notes: "Year-end: the counts are final. Caps (\"Dưới 3%\", \"Dưới 4%\") are met under the cap and not met at or above it (\"Dưới\" is strict) (nhà trẻ 3,1% and 4,7%). \"≥ 50%\" of children praised: 46,9% and 48,8% not met; 50,5%, 54,1% and the total's 50,6% are above an inclusive floor: exceeded. The completion target applies to five-year-olds only: K is \"-\" in the other groups (not judged) and the total's \"109/109\" counts five-year-olds, not the 346 children of column D.",
  };
  return b;
}
