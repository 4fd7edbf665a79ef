// Layout 43: an upper-secondary school's year-end indicator sheets (THPT Lộc Phát, Bảo Lộc, Lâm Đồng, 2012-2013): an information sheet, last year's sheet of the same shape, then this year's, with grade columns beside the school figure.
import { Book, type CellInput, type Sheet, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

/** One year's indicator sheet; both years share the shape, only this year's carries expectations. */
function yearSheet(s: Sheet, year: string, dated: string, rows: Array<[string, string, string, string, CellInput, CellInput, CellInput, CellInput, string]>, hidden?: number): Map<number, (typeof rows)[number]> {
  s.cols([5, 44, 8, 16, 10, 10, 10, 14, 22]);
  titleBlock(s, {
    left: ["SỞ GIÁO DỤC VÀ ĐÀO TẠO LÂM ĐỒNG", "TRƯỜNG THCS & THPT LỘC PHÁT"],
    date: dated,
    title: [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC ${year}`, "(Kèm theo báo cáo tổng kết năm học)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", `Chỉ tiêu năm học ${year}`, head);
  s.merge("E8:H8", "Kết quả thực hiện", head);
  s.row("E9", ["Khối 10", "Khối 11", "Khối 12", "Toàn trường"], head);
  s.merge("I8:I9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  const at = new Map<number, (typeof rows)[number]>();
  let r = 10;
  for (const x of rows) {
    if (x[0] === "I" || x[0] === "II") s.row(`A${r}`, [x[0], x[1], "", "", "", "", "", "", ""], { ...bd, bold: true });
    else {
      s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]], bd);
      at.set(r, x);
    }
    r++;
  }
  if (hidden) s.hideRows(hidden);
  signature(s, r + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Bảo Thu" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Vũ Đình Thái" });
  return at;
}

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu năm học 2012-2013, Trường THCS & THPT Lộc Phát (Bảo Lộc, Lâm Đồng), với trang năm học trước");

  const g = b.sheet("Thông tin chung");
  g.cols([30, 14, 14, 14, 24]);
  g.merge("A1:E1", "THÔNG TIN CHUNG", { bold: true, align: "center", size: 14 });
  g.row("A3", ["Tên trường:", "Trường THCS & THPT Lộc Phát"]);
  g.row("A4", ["Địa chỉ:", "390 Nguyễn Văn Cừ, phường Lộc Phát, thành phố Bảo Lộc, tỉnh Lâm Đồng"]);
  g.row("A5", ["Loại hình:", "Công lập tự chủ một phần tài chính"]);
  g.row("A7", ["Khối lớp", "Số lớp", "Số học sinh", "Học sinh nữ", "Ghi chú"], { bold: true, align: "center", border: true });
  table(g, "A8", [
    ["Khối 10", 9, 347, 181, ""],
    ["Khối 11", 6, 214, 117, ""],
    ["Khối 12", 6, 197, 104, "Dự thi tốt nghiệp: 197"],
    ["Cộng", "=SUM(B8:B10)", "=SUM(C8:C10)", "=SUM(D8:D10)", ""],
  ]);
  g.row("A14", ["Cán bộ quản lý, giáo viên, nhân viên:", 62]);

  // Last year's sheet: same shape, its own targets and results; nothing here is judged this year.
  const old = b.sheet("NH 2011-2012");
  yearSheet(old, "2011-2012", "Lộc Phát, ngày 25 tháng 5 năm 2012", [
    ["I", "Chất lượng giáo dục", "", "", "", "", "", "", ""],
    ["1", "Tỷ lệ học sinh bỏ học", "%", "Dưới 3%", 3.4, 2.1, 0.9, 2.3, ""],
    ["2", "Tỷ lệ học sinh lên lớp thẳng", "%", "≥ 88%", 86.1, 90.2, "-", 87.6, ""],
    ["3", "Tỷ lệ học sinh xếp loại hạnh kiểm Khá, Tốt", "%", "Từ 90% trở lên", 87.9, 91.5, 94.3, 90.6, ""],
    ["4", "Tỷ lệ học sinh có học lực Trung bình trở lên", "%", "≥ 80%", 78.2, 84.4, 92.1, 83.1, ""],
    ["5", "Tỷ lệ học sinh tốt nghiệp THPT", "%", "97%", "-", "-", 96.4, "96,4%", ""],
    ["II", "Đội ngũ và thi đua", "", "", "", "", "", "", ""],
    ["6", "Chiến sĩ thi đua cơ sở", "người", "12 người", "", "", "", "14 (24,6%)", ""],
  ]);

  const s = b.sheet("NH 2012-2013");
  const rows: Array<[string, string, string, string, CellInput, CellInput, CellInput, CellInput, string]> = [
    ["I", "Chất lượng giáo dục", "", "", "", "", "", "", ""],
    ["1", "Tỷ lệ học sinh bỏ học", "%", "Dưới 2%", 1.9, 1.4, 0.5, { v: "=ROUND((E11*347+F11*214+G11*197)/758,1)", fmt: "0.0", result: 1.4 }, "Bình quân theo sĩ số"],
    ["2", "Tỷ lệ học sinh lên lớp thẳng", "%", "≥ 90%", 88.2, 91.6, "-", 89.5, "Khối 12 xét tốt nghiệp"],
    ["3", "Tỷ lệ học sinh xếp loại hạnh kiểm Khá, Tốt", "%", "Từ 90% trở lên", 88.5, 92.1, 95.4, 91.3, ""],
    ["4", "Tỷ lệ học sinh có học lực Trung bình trở lên", "%", "≥ 85%", 80.4, 86, 93.9, 85.3, ""],
    ["5", "Tỷ lệ học sinh xếp loại học lực Yếu, Kém", "%", "Không quá 12%", 17.3, 12.6, 5.6, 12, "Khối 10 cao"],
    ["6", "Tỷ lệ học sinh chuyển trường", "%", "Dưới 1%", 1.2, 0.5, 0, 0.7, "Ẩn: không phải chỉ tiêu giao"],
    ["7", "Tỷ lệ học sinh tốt nghiệp THPT", "%", "98%", "-", "-", 98.5, "98,5%", "194/197"],
    ["8", "Số giải học sinh giỏi cấp tỉnh", "giải", "Ít nhất 05 giải", "", 1, 3, 4, ""],
    ["II", "Đội ngũ và thi đua", "", "", "", "", "", "", ""],
    ["9", "CB, GV, NV đạt danh hiệu Lao động tiên tiến", "%", "Từ 50% trở lên", "", "", "", "34 người (54,8%)", "34/62"],
    ["10", "Chiến sĩ thi đua cơ sở", "người", "15 người", "", "", "", "18 (29,0%)", ""],
    ["11", "Giáo viên giỏi cấp cơ sở", "người", "Ít nhất 05 giáo viên", "", "", "", "04", "Văn, Sử, Sinh, Toán"],
    ["12", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "%", "100%", "", "", "", 100, ""],
  ];
  const at = yearSheet(s, "2012-2013", "Lộc Phát, ngày 10 tháng 6 năm 2013", rows, 16);
  const verdicts: Record<string, [Status, string]> = {
    "1": ["met", "1,4 under ĐVT % is 1,4% < 2% (the school figure; Khối 10 at 1,9 is a breakdown)"],
    "2": ["not_met", "89,5 < 90 (Khối 11 at 91,6 is a breakdown, not the school figure)"],
    "3": ["exceeded", "91,3 > 90"],
    "4": ["exceeded", "85,3 > 85"],
    "5": ["met", "12,0 ≤ 12 (a cap reached exactly is met)"],
    "7": ["exceeded", "text \"98,5%\" above a bare 98%"],
    "8": ["not_met", "4 < 5"],
    "9": ["exceeded", "54,8% > 50%: the share in brackets is the figure, 34 is the head count"],
    "10": ["exceeded", "18 people > 15: the target is a head count, the bracketed share is not compared"],
    "11": ["not_met", "\"04\" = 4 < 5"],
    "12": ["met", "100 = 100%"],
  };
  for (const [r, x] of at) {
    const v = verdicts[x[0]];
    if (!v) continue;
    s.expect(`H${r}`, { indicator: x[1], target: x[3], status: v[0], why: v[1] });
  }
  b.facts = {
    sheet: "NH 2012-2013",
    headerRows: "8-9 (Kết quả thực hiện over Khối 10 | Khối 11 | Khối 12 | Toàn trường)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Chỉ tiêu năm học 2012-2013)",
    actualColumns: "H (Toàn trường: plain points, a weighted ROUND formula, text \"98,5%\", head counts with a bracketed share)",
    ignoreColumns: "E-G (per-grade breakdowns of the school figure), I (Ghi chú)",
    otherRows: "10, 19 (sections I-II), 16 (hidden: not a target, never judged), signature below",
    asOf: "2013-06-10",
    period: "2012-2013",
    notes: "Three sheets: \"Thông tin chung\" (a size table, no targets), \"NH 2011-2012\" (last year's sheet of the same shape, not this year's check) and \"NH 2012-2013\" (the one to judge). Targets are school-wide, so the \"Toàn trường\" column is judged, not the grade columns.",
  };
  return b;
}
