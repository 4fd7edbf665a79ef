// Layout 239: a mountain commune's six-month table for its council session (xã Sơn Mùa, Sơn Tây, Quảng Ngãi, 22/7/2021): the council resolution's targets, six months' results and a visible year-end estimate side by side (only the results are judged in July), ĐVT, a percent-of-resolution formula, fractions shown in percent, a completion date typed as a real date cell against a "Trước ngày" deadline, results to be known at year end.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện các chỉ tiêu Nghị quyết HĐND xã năm 2021, 6 tháng đầu năm, xã Sơn Mùa (huyện Sơn Tây, Quảng Ngãi)");
  const s = b.sheet("Chi tieu NQ 6T 2021");
  s.cols([6, 44, 12, 16, 14, 14, 11, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN SƠN TÂY", "UBND XÃ SƠN MÙA"],
    number: "Phụ lục kèm theo Báo cáo số 58/BC-UBND trình kỳ họp thứ 2 HĐND xã khóa XII",
    date: "Sơn Mùa, ngày 15 tháng 7 năm 2021",
    title: ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT HĐND XÃ NĂM 2021", "(6 tháng đầu năm và ước thực hiện cả năm)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  s.row("A8", ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết HĐND xã năm 2021", "Thực hiện 6 tháng đầu năm", "Ước thực hiện cả năm", "TH 6 tháng so NQ (%)", "Ghi chú"], head);
  const f = (v: number): CellInput => ({ v, pct: true, fmt: "0.00%" });
  // [TT, chỉ tiêu, ĐVT, NQ, TH 6T, ước cả năm, ghi chú, verdict (null: section)]
  type R = [string, string, string, CellInput, CellInput, CellInput, string, [Status, string] | null];
  const rows: R[] = [
    ["I", "KINH TẾ", "", "", "", "", "", null],
    ["1", "Tổng diện tích gieo trồng cả năm", "ha", 1250, 640, 1262, "Vụ Đông Xuân đã thu hoạch; vụ Hè Thu đang gieo trồng", ["pending", "640 of the year's 1.250 ha in July; the summer-autumn crop is being sown (the estimate 1.262 is not a result)"]],
    ["2", "Tổng sản lượng lương thực có hạt", "tấn", 2300, 1150, 2310, "", ["pending", "1.150 of 2.300 t after the first crop"]],
    ["3", "Trồng rừng tập trung", "ha", 120, 35, 125, "Mùa trồng rừng từ tháng 8", ["pending", "35 of 120 ha: the planting season starts in August"]],
    ["4", "Diện tích gieo trồng vụ Đông Xuân 2020-2021", "ha", 520, 505, 505, "Đã thu hoạch", ["not_met", "505 of the season's 520 ha; the season is harvested (final)"]],
    ["5", "Thu ngân sách trên địa bàn", "triệu đồng", 350, 380, 420, "", ["exceeded", "380 million against the year's 350: past it already"]],
    ["6", "Bê tông hóa đường giao thông nông thôn", "km", 2.5, 2.5, 2.5, "Tuyến Tang Tong - Ra Manh", ["met", "2,5 km, the resolution's 2,5"]],
    ["II", "VĂN HÓA - XÃ HỘI", "", "", "", "", "", null],
    ["7", "Tỷ lệ hộ nghèo cuối năm", "%", "Giảm còn 45,2%", "Rà soát cuối năm", f(0.452), "", ["pending", "the poverty rate comes from the year-end review; the 45,2% in the estimate column is not a result"]],
    ["8", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 90%", f(0.52), f(0.92), "Tính trên số trẻ KH năm", ["pending", "52,00% of the year's children in July"]],
    ["9", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "100%", f(0.985), f(1), "15 người chưa có thẻ do sai thông tin", ["pending", "98,50% in July, short of the year's 100% (15 people still without a card): the year is not over"]],
    ["10", "Tỷ lệ học sinh tiểu học hoàn thành chương trình lớp học (năm học 2020-2021)", "%", "≥ 98%", f(0.9912), f(0.9912), "Năm học đã kết thúc", ["exceeded", "99,12%, above 98%; the school year ended in May (final)"]],
    ["11", "Rà soát, cấp đổi thẻ BHYT sai thông tin", "", "Trong tháng 6/2021", "", "", "", ["overdue", "blank on 15/7/2021 while due in June: past due"]],
    ["III", "QUỐC PHÒNG - AN NINH", "", "", "", "", "", null],
    ["12", "Giao quân", "thanh niên", 10, 10, 10, "Hoàn thành tháng 02/2021", ["met", "10 of 10"]],
    ["13", "Tỷ lệ cử tri đi bầu cử ĐBQH khóa XV và HĐND các cấp", "%", "≥ 98%", f(0.9986), "", "Ngày bầu cử 23/5/2021", ["exceeded", "99,86%, above 98%"]],
    ["14", "Hoàn thành bố trí Công an chính quy về xã", "", "Trước ngày 30/6/2021", { v: "2021-04-15", date: true, fmt: "dd/mm/yyyy" }, "", "", ["met", "done on 15/04/2021, before 30/6/2021"]],
  ];
  rows.forEach(([tt, ct, dvt, nq, th, uoc, note, v], i) => {
    const r = 9 + i;
    if (!v) {
      s.row(`A${r}`, [tt, ct, "", "", "", "", "", ""], { border: true, bold: true });
      return;
    }
    const numeric = typeof nq === "number" && typeof th === "number";
    const pct: CellInput = numeric ? { v: `=E${r}/D${r}`, pct: true, fmt: "0.0%", result: (th as number) / (nq as number) } : "";
    s.row(`A${r}`, [tt, ct, dvt, nq, th, uoc, pct, note], bd);
    s.set(`B${r}`, ct, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: ct, target: typeof nq === "number" ? `${String(nq).replace(".", ",")} ${dvt} (Nghị quyết HĐND xã năm 2021)` : (nq as string), status: v[0], why: v[1] });
  });
  notes(s, 28, "B", [
    "Ghi chú:",
    "- Cột \"Ước thực hiện cả năm\" để HĐND xã xem xét khả năng hoàn thành; kết quả đánh giá theo cột thực hiện 6 tháng.",
    "- Số liệu tính đến ngày 30/6/2021.",
  ]);
  signature(s, 32, { col: "B", title: "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", name: "Đinh Văn Bốn" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", name: "Đinh Văn Pơ" });
  b.facts = {
    sheet: "Chi tieu NQ 6T 2021",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Nghị quyết HĐND xã năm 2021: numbers in the ĐVT of column C, or words \"≥ 90%\", \"Giảm còn 45,2%\", \"Trước ngày 30/6/2021\")",
    actualColumns: "E (Thực hiện 6 tháng đầu năm: numbers, fractions shown in percent, text, a date cell)",
    ignoreColumns: "A (TT), C (ĐVT), F (Ước thực hiện cả năm: an estimate, visible, not a result), G (TH/NQ formula, derived), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "9, 16, 22 (sections); notes 28-30; signature from 32",
    asOf: "2021-07-15",
    period: "2021",
    notes: "Six months of the council's year targets: the results column is judged, not the visible year-end estimate beside it (the notes say so). Cumulative figures short of the year's are pending; past or at it exceeded or met. The school-year rate and the harvested winter-spring season are final (505 of 520 ha: not met). A June task left blank on 15/7 is overdue. The date 15/04/2021 is before the 30/6/2021 deadline: met. \"Rà soát cuối năm\" is pending.",
  };
  return b;
}
