// Layout 236: a district's nine-month table of the year's socio-economic targets (huyện Kông Chro, Gia Lai, 2023): sections, an ĐVT column, the year's plan, nine months' results, a hidden year-end estimate, a percent-of-plan formula and a same-period growth column a reader must not take as the result; read in late September: past the plan exceeded, short pending, a call-up done in February met, a result typed "Đánh giá cuối năm".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng đầu năm 2023, huyện Kông Chro (Gia Lai)");
  const s = b.sheet("Chi tieu 9 thang 2023");
  s.cols([6, 46, 12, 12, 12, 12, 11, 11, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN KÔNG CHRO", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
    number: "Biểu số 01 kèm theo Báo cáo sơ kết 9 tháng năm 2023",
    date: "Kông Chro, ngày 25 tháng 9 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU 9 THÁNG ĐẦU NĂM 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng", "Ước thực hiện cả năm", "TH 9 tháng so KH năm (%)", "So cùng kỳ (%)", "Ghi chú"], head);
  s.row("A8", ["A", "B", "C", "1", "2", "3", "4=2/1", "5", "6"], { ...head, italic: true, bold: false });
  s.hideCols("F");
  // [TT, chỉ tiêu, ĐVT, KH, TH 9T, ước cả năm, so cùng kỳ, ghi chú, verdict (null: section)]
  type R = [string, string, string, CellInput, CellInput, CellInput, CellInput, string, [Status, string] | null];
  const rows: R[] = [
    ["I", "KINH TẾ", "", "", "", "", "", "", null],
    ["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", 6125, 4612, 6180, 107.92, "", ["pending", "4.612 of 6.125 billion (75,30%) after nine months: the year is not over"]],
    ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 25.97, 20.8, 26.1, 104.5, "", ["pending", "20,8 of 25,97 billion (80,09%) after nine months"]],
    ["3", "Tổng diện tích gieo trồng", "ha", 42830, 41810, 42850, 101.1, "Vụ Đông Xuân, vụ Mùa; còn cây vụ Đông", ["pending", "41.810 of 42.830 ha (97,62%): the winter crop is still to be sown"]],
    ["4", "Diện tích lúa nước vụ Đông Xuân 2022-2023", "ha", 1150, 1098, 1098, 99.1, "Đã thu hoạch xong", ["not_met", "1.098 of 1.150 ha; the season is harvested, so the figure is final"]],
    ["5", "Trồng rừng tập trung", "ha", 200, 215, 215, 96.2, "Đã kết thúc mùa trồng rừng", ["exceeded", "215 ha against 200 ha planned; the planting season is over"]],
    ["6", "Giải ngân vốn đầu tư công", "%", 100, 58.4, 95, "", "", ["pending", "58,4% disbursed by September, the year's 100% is due at its end"]],
    ["II", "VĂN HÓA - XÃ HỘI", "", "", "", "", "", "", null],
    ["7", "Giảm tỷ lệ hộ nghèo", "%", "4 - 5", "Đánh giá cuối năm", "4,2", "", "Theo kết quả rà soát cuối năm", ["pending", "the reduction is measured by the year-end review, not yet made"]],
    ["8", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95", 71.2, 96, "", "Tính trên số trẻ KH năm", ["pending", "71,2% of the year's children after nine months"]],
    ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95", 96.3, 96.3, "", "", ["exceeded", "96,3% of the population covered, above 95%"]],
    ["10", "Tỷ lệ lao động qua đào tạo", "%", 52, "", "", "", "Chưa có số liệu của Phòng LĐ-TB&XH", ["no_data", "blank under a numeric target: no figure yet"]],
    ["11", "Số xã đạt chuẩn nông thôn mới", "Xã", "01 (xã Đắk Pling)", "Đang hoàn thiện hồ sơ", "01", "", "", ["pending", "the commune's file is being completed; recognition is due by year end"]],
    ["III", "QUỐC PHÒNG - AN NINH", "", "", "", "", "", "", null],
    ["12", "Giao quân", "Thanh niên", 95, 95, 95, 100, "Hoàn thành ngày 14/02/2023", ["met", "95 of 95, done in February"]],
  ];
  rows.forEach(([tt, ct, dvt, kh, th, uoc, ck, note, v], i) => {
    const r = 9 + i;
    if (!v) {
      s.row(`A${r}`, [tt, ct, "", "", "", "", "", "", ""], { border: true, bold: true });
      return;
    }
    const numeric = typeof kh === "number" && typeof th === "number";
    const pct: CellInput = numeric ? { v: `=ROUND(E${r}/D${r}*100,2)`, fmt: "0.00", result: Math.round(((th as number) / (kh as number)) * 10000) / 100 } : "";
    s.row(`A${r}`, [tt, ct, dvt, kh, th, uoc, pct, ck, note], bd);
    s.set(`B${r}`, ct, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: ct, target: typeof kh === "number" ? `${String(kh).replace(".", ",")} ${dvt} (Kế hoạch năm 2023)` : `${kh} ${dvt === "%" ? "%" : dvt}`.trim(), status: v[0], why: v[1] });
  });
  notes(s, 25, "B", [
    "Ghi chú:",
    "- Cột 3 (ước cả năm) dùng cho xây dựng kế hoạch năm 2024; cột 5 so với cùng kỳ năm 2022.",
    "- Các chỉ tiêu năm đánh giá chính thức tại báo cáo cuối năm.",
  ]);
  signature(s, 29, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Rơ Châm Hiền" }, { col: "G", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Thanh" });
  b.facts = {
    sheet: "Chi tieu 9 thang 2023",
    headerRows: "7 (column heads) and 8 (column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2023: numbers in the ĐVT of column C, or words \"≥ 95\", \"4 - 5\", \"01 (xã Đắk Pling)\")",
    actualColumns: "E (Thực hiện 9 tháng)",
    ignoreColumns: "A (TT), C (ĐVT), F (Ước thực hiện cả năm, hidden), G (TH/KH formula, derived), H (So cùng kỳ: growth over 2022, not a result), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8 (column numbers); 9, 16, 22 (sections); notes 25-27; signature from 29",
    asOf: "2023-09-25",
    period: "2023",
    notes: "Nine months of a year's plan: a cumulative figure short of the year's is pending, past it (the forest planting, whose season is over) exceeded; the harvested rice season short of its area is not met (final); a blank under a numeric target is no data; the call-up done in February is met; coverage (a level, not a sum) above its floor is exceeded. \"Đánh giá cuối năm\" and \"Đang hoàn thiện hồ sơ\" are pending. Column H (107,92: growth over the same period) and the hidden estimate are not results.",
  };
  return b;
}
