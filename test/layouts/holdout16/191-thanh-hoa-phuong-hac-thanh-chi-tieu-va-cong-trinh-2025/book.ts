// Layout 191: a ward's year-end session tables for 2025 (phường Hạc Thành, Thanh Hóa, 12/12/2025), two tables on one sheet with their own headers: the main targets (plan, estimate, ratio, the ward's own Đánh giá, a hidden 2024 column) and the key works (a start date that is not a deadline, due quarter / month / "Trước" / next year / "Theo tiến độ dự án", progress as sentences and percentages of the work done).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu chủ yếu và tiến độ các công trình trọng điểm năm 2025, UBND phường Hạc Thành (Thanh Hóa)");
  const s = b.sheet("Bieu KTXH 2025");
  s.cols([6, 44, 14, 12, 18, 26, 12, 22]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH"],
    date: "Hạc Thành, ngày 12 tháng 12 năm 2025",
    title: ["CÁC BIỂU KÈM THEO BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "(Trình Kỳ họp thứ 5, HĐND phường Hạc Thành khóa I, nhiệm kỳ 2021-2026)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  // Table 1
  s.merge("A8:H8", "Biểu 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025", { bold: true });
  s.row("A9", ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Kế hoạch năm 2025 (Nghị quyết HĐND phường)", "Ước thực hiện năm 2025", "So KH (%)", "Đánh giá"], head);
  s.hideCols("D");
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.00" } : v);
  // [chỉ tiêu, ĐVT, TH 2024, KH, ƯTH, đánh giá, status, why]
  type X = [string, string, number | string, number | string, number | string, string, Status, string];
  const rows: X[] = [
    ["Giá trị tổng sản phẩm trên địa bàn (giá hiện hành)", "tỷ đồng", 35100, 37600, 38383, "Vượt", "exceeded", "38.383 above 37.600"],
    ["Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 1090, 1187, 1318, "Vượt", "exceeded", "1.318 = 111% of the ward's estimate 1.187"],
    ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 812, 869, 869, "Hoàn thành", "met", "869 = 869"],
    ["Tỷ lệ hộ nghèo", "%", 0.41, "Giảm còn 0,35%", 0.31, "Hoàn thành", "met", "0,31 under the 0,35 ceiling"],
    ["Tỷ lệ lao động qua đào tạo", "%", 86.5, "≥ 88%", 88, "Hoàn thành", "met", "88,0 at the inclusive floor"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 94.8, 96, 95.4, "Cơ bản hoàn thành", "not_met", "95,4 under 96 (the ward's \"Cơ bản hoàn thành\" is a shortfall)"],
    ["Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 100, 100, 100, "Hoàn thành", "met", "100 = 100"],
    ["Số trường công nhận mới đạt chuẩn quốc gia", "trường", 3, 2, "1 (TH Điện Biên 2 đã kiểm tra, chờ Quyết định công nhận)", "Hoàn thành", "pending", "one recognised; the second was inspected and waits for the province's decision: not final (the ward's \"Hoàn thành\" is early)"],
    ["Tỷ lệ dân số có hồ sơ sức khỏe điện tử", "%", 88, "≥ 95%", 96.2, "Vượt", "exceeded", "96,2 above the inclusive 95"],
    ["Tỷ lệ tổ dân phố đạt danh hiệu \"Tổ dân phố văn hóa\"", "%", 90.3, 90, 91.7, "Vượt", "exceeded", "91,7 above 90"],
    ["Tỷ lệ tăng dân số tự nhiên", "%", 0.82, "Dưới 0,8%", 0.8, "Hoàn thành", "not_met", "0,80 is not under 0,8 (\"Dưới\" is strict), whatever the ward wrote"],
    ["Tỷ lệ giải ngân vốn đầu tư công", "% KH vốn", 96, 100, "Đang tổng hợp", "", "no_data", "being compiled: no figure"],
  ];
  let r = 10;
  rows.forEach((x, i) => {
    const ratio: CellInput = typeof x[3] === "number" && typeof x[4] === "number" ? { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round((x[4] / x[3]) * 1000) / 10, fmt: "0.0" } : "";
    s.row(`A${r}`, [i + 1, x[0], x[1], num(x[2]), num(x[3]), num(x[4]), ratio, x[5]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: x[0], target: typeof x[3] === "number" ? String(x[3]).replace(".", ",") : x[3], status: x[6], why: x[7] });
    r++;
  });
  const lastA = r - 1;
  const noteA = lastA + 1;
  s.set(`B${noteA}`, "Ghi chú: Tổng thu ngân sách đạt 121% dự toán tỉnh giao, 111% dự toán phường giao; năm 2025 có 11/32 chỉ tiêu vượt, 17/32 chỉ tiêu hoàn thành.", { italic: true });
  // Table 2
  const hb = noteA + 2;
  s.merge(`A${hb}:H${hb}`, "Biểu 02: TIẾN ĐỘ CÁC CÔNG TRÌNH, DỰ ÁN TRỌNG ĐIỂM NĂM 2025", { bold: true });
  s.row(`A${hb + 1}`, ["TT", "Công trình, dự án", "Đơn vị thực hiện", "Khởi công", "Thời gian hoàn thành theo kế hoạch", "Tiến độ thực hiện đến ngày 30/11/2025", "", "Ghi chú"], head);
  s.merge(`F${hb + 1}:G${hb + 1}`, "Tiến độ thực hiện đến ngày 30/11/2025", head);
  const D = (iso: string): CellInput => ({ v: iso, date: true });
  // [công trình, đơn vị, khởi công, hạn, tiến độ, ghi chú, status, why]
  type W = [string, string, CellInput, string, string, string, Status, string];
  const works: W[] = [
    ["Cải tạo vỉa hè, hệ thống thoát nước tuyến phố Lê Hoàn", "Ban QLDA phường", D("2025-03-10"), "Quý III/2025", "Đã hoàn thành, đưa vào sử dụng ngày 28/8/2025", "", "met", "done 28/8, inside the third quarter"],
    ["Nhà lớp học 3 tầng Trường THCS Điện Biên", "Ban QLDA phường", D("2025-02-20"), "Tháng 10/2025", "Hoàn thành ngày 15/11/2025", "", "not_met", "done 15/11, after October"],
    ["Hạ tầng kỹ thuật khu dân cư phía Bắc đường Nguyễn Trãi", "Ban QLDA phường", D("2025-05-05"), "Trước 31/12/2025", "Đạt 85% khối lượng", "", "pending", "85% with the deadline still ahead on 12/12"],
    ["Chỉnh trang công viên, vườn hoa trung tâm phường", "Phòng Kinh tế, Hạ tầng và Đô thị", D("2025-04-01"), "Quý III/2025", "Đạt 90% khối lượng", "Vướng giải phóng mặt bằng", "overdue", "not finished and the third quarter is over"],
    ["Số hóa hồ sơ địa chính", "Văn phòng đăng ký đất đai (chi nhánh)", "", "Tháng 11/2025", "", "", "overdue", "blank, November is over"],
    ["Nhà văn hóa tổ dân phố (03 công trình)", "UBND phường", "", "Năm 2026", "Đang lập hồ sơ thiết kế", "", "pending", "due in 2026"],
    ["Cải tạo chợ trung tâm", "Nhà đầu tư", D("2025-06-15"), "Theo tiến độ dự án được phê duyệt", "Đạt 40% khối lượng", "", "refuse", "no date on the sheet to judge against"],
  ];
  let w = hb + 2;
  works.forEach((x, i) => {
    s.row(`A${w}`, [i + 1, x[0], x[1], x[2], x[3], x[4], undefined, x[5]], { border: true, wrap: true });
    s.merge(`F${w}:G${w}`);
    s.expect(`F${w}`, { indicator: x[0], target: x[3], status: x[6], why: x[7], ...(x[4] === "" ? { actual: "(trống)" } : {}) });
    w++;
  });
  const lastB = w - 1;
  notes(s, lastB + 2, "B", ["Ghi chú:", "- Tiến độ công trình theo báo cáo của các chủ đầu tư đến ngày 30/11/2025."]);
  signature(s, lastB + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Thu Trang" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Nguyễn Đức Long" });
  b.facts = {
    sheet: "Bieu KTXH 2025",
    headerRows: `9 (table 01), ${hb + 1} (table 02)`,
    nameColumn: "B (Chỉ tiêu; Công trình, dự án)",
    target: "column E in both tables (Kế hoạch năm 2025; Thời gian hoàn thành theo kế hoạch)",
    actualColumns: "F in both tables (Ước thực hiện năm 2025; Tiến độ thực hiện, merged F:G in table 02)",
    ignoreColumns: "C (ĐVT; Đơn vị thực hiện), D (hidden: 2024 in table 01; Khởi công, a start date, in table 02), G (So KH, derived, in table 01), H (the ward's own Đánh giá; Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `table titles 8 and ${hb}; note ${noteA}; notes ${lastB + 2}-${lastB + 3}; signature from ${lastB + 5}`,
    asOf: "2025-12-12",
    period: "2025",
    notes: "Two tables with their own headers on one sheet. Table 01: year estimates against the council's plan, read on 12/12; the ward's own Đánh giá calls a strict \"Dưới 0,8%\" at 0,80 and a school awaiting its decision \"Hoàn thành\" (not met; pending). Table 02: column D is a start date, not a deadline; a quarter, a month, \"Trước 31/12/2025\", next year and \"Theo tiến độ dự án\" (refuse).",
  };
  return b;
}
