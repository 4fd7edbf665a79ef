// Layout 267: a district education office's dropout table over four school years (Phòng GD&ĐT Di Linh, Lâm Đồng, August 2017): levels as rows with a cap for the period 2015-2020, each year a merged pair of columns (dropouts, rate as a fraction), the oldest year hidden, a row with no target for upper secondary; the year 2016-2017 is over and alone is judged.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Học sinh bỏ học qua các năm học 2013-2014 đến 2016-2017, Phòng GD&ĐT huyện Di Linh (Lâm Đồng)");
  const s = b.sheet("Bo hoc");
  s.cols([5, 24, 14, 9, 9, 9, 9, 9, 9, 9, 9, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN DI LINH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Di Linh, ngày 08 tháng 8 năm 2017",
    title: ["TÌNH HÌNH HỌC SINH BỎ HỌC QUA CÁC NĂM HỌC", "(kèm Báo cáo tổng kết năm học 2016-2017)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Cấp học", head);
  s.merge("C7:C8", "Chỉ tiêu giai đoạn 2015-2020 (NQ Đại hội Đảng bộ huyện)", head);
  s.merge("D7:E7", "Năm học 2013-2014", head);
  s.merge("F7:G7", "Năm học 2014-2015", head);
  s.merge("H7:I7", "Năm học 2015-2016", head);
  s.merge("J7:K7", "Năm học 2016-2017", head);
  s.merge("L7:L8", "Ghi chú", head);
  s.row("D8", ["Số HS", "Tỷ lệ", "Số HS", "Tỷ lệ", "Số HS", "Tỷ lệ", "Số HS", "Tỷ lệ"], head);
  const pc = (v: number): CellInput => ({ v, pct: true, fmt: "0.00%" });
  type L = [string, string, string, number[], number[], string, Status | null, string];
  const rows: L[] = [
    ["1", "Tiểu học", "Dưới 0,2%", [9, 14, 7, 8], [0.0014, 0.0022, 0.0011, 0.0013], "8/6.380 HS", "met", "8 of 6.380 pupils = 0,13%, under the cap of 0,2%"],
    ["2", "Trung học cơ sở", "Dưới 2%", [275, 205, 167, 105], [0.0718, 0.0532, 0.0433, 0.0271], "105/3.875 HS; chủ yếu HS dân tộc thiểu số", "not_met", "105 of 3.875 = 2,71%, over the cap of 2%; the year is over, and a period's cap on a yearly rate holds each year"],
  ];
  let r = 9;
  for (const [tt, cap, tg, ns, rs, note, st, why] of rows) {
    s.row(`A${r}`, [tt, cap, tg, ns[0], pc(rs[0]), ns[1], pc(rs[1]), ns[2], pc(rs[2]), ns[3], pc(rs[3]), note], { border: true, align: "center" });
    s.set(`B${r}`, cap, { border: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    if (st) s.expect(`J${r}|K${r}`, { indicator: `Học sinh bỏ học · ${cap}`, target: `${tg} (column C)`, status: st, why });
    r++;
  }
  // r = 11: the office's total (primary + lower secondary)
  s.row(`A${r}`, ["", "Cộng (TH + THCS)", "Dưới 1,5%", { v: "=D9+D10", result: 284 }, pc(0.0277), { v: "=F9+F10", result: 219 }, pc(0.0214), { v: "=H9+H10", result: 174 }, pc(0.017), { v: "=J9+J10", result: 113 }, pc(0.011), "113/10.255 HS"], { border: true, align: "center", bold: true });
  s.expect("J11|K11", { indicator: "Học sinh bỏ học · Cộng (TH + THCS)", target: "Dưới 1,5% (column C)", status: "met", why: "113 of 10.255 = 1,1%, under the cap of 1,5%" });
  r++;
  // r = 12: upper secondary, not the office's, no target
  s.row(`A${r}`, ["3", "Trung học phổ thông (6 trường, Sở quản lý)", "-", "", "", "", "", "", "", 142, "", "Số liệu do các trường THPT cung cấp"], { border: true, align: "center" });
  s.set(`B${r}`, "Trung học phổ thông (6 trường, Sở quản lý)", { border: true, wrap: true });
  s.set(`L${r}`, "Số liệu do các trường THPT cung cấp", { border: true, wrap: true, italic: true });
  s.hideCols("D", "E");
  notes(s, 14, "B", ["Ghi chú:", "- Tỷ lệ bỏ học tính trên tổng số học sinh đầu năm học của cấp học.", "- Học sinh THPT không thuộc chỉ tiêu của Phòng GD&ĐT."]);
  signature(s, 18, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "K' Bình" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Trọng" });
  b.facts = {
    sheet: "Bo hoc",
    headerRows: "7-8",
    nameColumn: "B (Cấp học)",
    target: "column C (caps for 2015-2020: \"Dưới 0,2%\", \"Dưới 2%\", \"Dưới 1,5%\")",
    actualColumns: "J (Năm học 2016-2017: Số HS bỏ học) with K (its rate, a fraction shown as percent)",
    ignoreColumns: "A (TT), D-E (hidden: 2013-2014), F-I (2014-2015 and 2015-2016: earlier years, context only), L (Ghi chú: the denominators)",
    totalRows: "11 (Cộng: the sum of rows 9-10, with its own cap; judged)",
    targetRows: "none",
    otherRows: "12 (upper secondary: no target, the office's note says it is not theirs); notes and signature under the table",
    asOf: "2017-08-08",
    period: "2016-2017",
    notes: "Report after the year 2016-2017: only its columns J-K are judged; the earlier years are history (2014-2015 and 2015-2016 sit inside the period 2015-2020 but were reported in their own years). Caps: the rate must stay under them; 2,71% of lower-secondary pupils is over 2% and the year is over: not met. The counts are dropouts, not successes: a count of 105 is no rate. Upper secondary has no target and is not judged.",
  };
  return b;
}
