// Layout 114: a province's mid-2014 follow-up of its 2013-2015 job programme (Tây Ninh, QĐ 36/2013/QĐ-UBND): indicators × years, 2013 final against its plan, 2014's six-month estimate against the year's plan (pending unless a count is already past it), 2015 plan not judged, an unemployment ceiling "Dưới 3%", a figure being compiled.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện các chỉ tiêu Chương trình giải quyết việc làm tỉnh Tây Ninh giai đoạn 2013 - 2015, 6 tháng đầu năm 2014");
  const s = b.sheet("Chỉ tiêu GQVL");
  s.cols([5, 42, 10, 11, 11, 11, 13, 11, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH TÂY NINH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    date: "Tây Ninh, ngày 15 tháng 7 năm 2014",
    title: ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU CHƯƠNG TRÌNH GIẢI QUYẾT VIỆC LÀM GIAI ĐOẠN 2013 - 2015", "(Kèm theo Báo cáo sơ kết 6 tháng đầu năm 2014)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head);
  s.merge("D8:E8", "Năm 2013", head).row("D9", ["Kế hoạch", "Thực hiện"], head);
  s.merge("F8:G8", "Năm 2014", head).row("F9", ["Kế hoạch", "Ước TH 6 tháng"], head);
  s.merge("H8:H9", "Kế hoạch năm 2015", head).merge("I8:I9", "Ghi chú", head);

  const num = (v: number | string, unit: string): CellInput => (typeof v === "number" ? { v, fmt: unit === "%" ? "0.0" : "#,##0" } : v);
  // [name, unit, KH13, TH13, KH14, 6m14, KH15, st13, why13, st14, why14]
  type R = [string, string, number | string, number | string, number | string, number | string, number | string, Status, string, Status | null, string];
  const rs: R[] = [
    ["Giải quyết việc làm mới", "Người", 17500, 17812, 18000, 9120, 18500, "exceeded", "17.812 > 17.500", "pending", "9.120 of 18.000 by mid-year: the year is not over"],
    ["Trong đó: đưa người lao động đi làm việc ở nước ngoài theo hợp đồng", "Người", 300, 186, 300, 312, 350, "not_met", "186 < 300", "exceeded", "312 already above the year's 300 at mid-year: a count cannot fall back"],
    ["Cho vay vốn Quỹ quốc gia về việc làm, tạo việc làm cho", "Lao động", 8000, 7640, 8500, 4100, 9000, "not_met", "7.640 < 8.000", "pending", "4.100 of 8.500 by mid-year"],
    ["Tư vấn việc làm, học nghề", "Lượt người", 30000, "Đang tổng hợp", 32000, 16480, 34000, "no_data", "2013 is over and the figure is still being compiled", "pending", "16.480 of 32.000 by mid-year"],
    ["Tỷ lệ lao động qua đào tạo", "%", 45, 45.0, 48, 46.1, 50, "met", "45,0 = 45", "pending", "a rate at mid-year against the year's 48: not yet due"],
    ["Tỷ lệ thất nghiệp khu vực thành thị", "%", "Dưới 3%", 2.8, "Dưới 3%", "-", "Dưới 3%", "met", "2,8 < 3: under the ceiling (met, never exceeded)", null, ""],
  ];
  const vn = (v: number | string) => (typeof v === "number" ? v.toLocaleString("de-DE") : v);
  rs.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [{ v: i + 1, align: "center" }, { v: x[0], wrap: true }, { v: x[1], align: "center" }, num(x[2], x[1]), num(x[3], x[1]), num(x[4], x[1]), num(x[5], x[1]), num(x[6], x[1]), ""], { border: true });
    s.expect(`E${r}`, { indicator: `${x[0]} (2013)`, target: `${vn(x[2])}${typeof x[2] === "string" ? "" : x[1] === "%" ? "%" : " " + x[1].toLowerCase()} (Kế hoạch 2013)`, status: x[7], why: x[8] });
    if (x[9]) s.expect(`G${r}`, { indicator: `${x[0]} (2014)`, target: `${vn(x[4])}${typeof x[4] === "string" ? "" : x[1] === "%" ? "%" : " " + x[1].toLowerCase()} (Kế hoạch 2014)`, status: x[9], why: x[10] });
  });
  const end = 10 + rs.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Kế hoạch theo Chương trình giải quyết việc làm tỉnh Tây Ninh giai đoạn 2013 - 2015 ban hành kèm theo Quyết định số 36/2013/QĐ-UBND.",
    "- Tỷ lệ thất nghiệp khu vực thành thị chỉ tính theo năm; dấu \"-\": chưa có số ước 6 tháng.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Kim Loan" }, { col: "F", title: "KT. GIÁM ĐỐC", name: "Trần Văn Hải" });
  b.facts = {
    sheet: "Chỉ tiêu GQVL",
    headerRows: "8-9 (year over Kế hoạch | Thực hiện / Ước TH 6 tháng)",
    nameColumn: "B (Chỉ tiêu)",
    target: "D (Kế hoạch 2013) for E; F (Kế hoạch 2014) for G",
    actualColumns: "E (Thực hiện 2013, final), G (Ước TH 6 tháng 2014, mid-year)",
    ignoreColumns: "C (Đơn vị tính), H (Kế hoạch năm 2015: no result yet), I (Ghi chú)",
    otherRows: `${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2014-07-15",
    period: "2013-2015",
    notes: "Three years side by side. 2013 is over: its results are final. 2014 is half done: a count short of the year's plan is pending, a count already past it is exceeded (it cannot fall back), a rate at mid-year is pending. 2015 has only a plan. \"Dưới 3%\" is a ceiling (under it is met, never exceeded); \"-\" means no mid-year estimate (nothing to judge). The \"Trong đó\" row is a part of the first row with its own plan.",
  };
  return b;
}
