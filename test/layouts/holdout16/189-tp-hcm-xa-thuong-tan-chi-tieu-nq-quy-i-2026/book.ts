// Layout 189: a commune's first-quarter table of its council's 2026 targets with its own assessment column (xã Thường Tân, read on 19/3/2026): targets as text ("≥ 98%", "Giảm còn 0,3%", "Không để xảy ra cháy lớn"), results as numbers and sentences, "Hoàn thành" / "Đang thực hiện" / "Chưa hoàn thành" written by the commune, year targets a quarter in (shares held are met, counts still growing are pending), a prohibition not yet broken that the commune already calls done, and a hidden 2025 column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết HĐND xã năm 2026, quý I/2026, UBND xã Thường Tân");
  const s = b.sheet("Chi tieu NQ 2026 - Quy I");
  s.cols([6, 44, 12, 12, 20, 18, 16, 30]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "XÃ THƯỜNG TÂN"],
    date: "Thường Tân, ngày 19 tháng 3 năm 2026",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2026", "Quý I/2026 (kèm theo dự thảo Báo cáo tình hình kinh tế - xã hội quý I, nhiệm vụ, giải pháp quý II/2026)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Chỉ tiêu Nghị quyết năm 2026", "Thực hiện quý I/2026", "Tự đánh giá", "Ghi chú"], head);
  s.hideCols("D");
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.00" } : v);
  // [chỉ tiêu, ĐVT, TH 2025, NQ 2026, TH quý I, tự đánh giá, ghi chú, status, why]
  type X = [string, string, number | string, number | string, number | string, string, string, Status, string];
  const sections: [string, string, X[]][] = [
    ["I", "KINH TẾ", [
      ["Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng", 41250, 45000, 12380, "Đang thực hiện", "Đạt 27,5% chỉ tiêu", "pending", "12.380 of 45.000 after one quarter: the year is not over"],
      ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 112, 120, 31, "Đang thực hiện", "", "pending", "31 of 120 so far"],
    ]],
    ["II", "VĂN HÓA - XÃ HỘI", [
      ["Tỷ lệ hộ nghèo (theo chuẩn của Thành phố)", "%", 0.42, "Giảm còn 0,3%", "0,42 (đầu năm)", "Đang thực hiện", "Rà soát cuối năm", "pending", "the rate shown is January's; the year's rate comes from the year-end review"],
      ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 92.6, "Đạt 95% trở lên", 93.1, "Chưa hoàn thành", "", "pending", "93,1 short of 95 in March, but the target is the year's: still open"],
      ["Tỷ lệ trẻ 5 tuổi ra lớp", "%", 100, "100%", 100, "Hoàn thành", "", "met", "100 = 100, the school year's enrolment"],
      ["Tỷ lệ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", 94.2, "≥ 95%", "Bình xét cuối năm", "Đang thực hiện", "", "pending", "rated at the year's end"],
    ]],
    ["III", "TÀI NGUYÊN - MÔI TRƯỜNG", [
      ["Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", 100, "100%", 100, "Hoàn thành", "", "met", "100 = 100, a share held"],
    ]],
    ["IV", "CẢI CÁCH HÀNH CHÍNH - CHUYỂN ĐỔI SỐ", [
      ["Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa", "%", 98.7, "100%", 100, "Hoàn thành", "", "met", "100 = 100"],
      ["Tỷ lệ hồ sơ TTHC giải quyết trực tuyến", "%", 96.4, "≥ 95%", 99.82, "Hoàn thành", "Vượt chỉ tiêu", "exceeded", "99,82 above the inclusive 95"],
      ["Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 99.1, "≥ 98%", 99.57, "Hoàn thành", "Vượt chỉ tiêu", "exceeded", "99,57 above the inclusive 98"],
    ]],
    ["V", "QUỐC PHÒNG - AN NINH", [
      ["Tuyển chọn, gọi công dân nhập ngũ, tham gia công an nhân dân", "% chỉ tiêu giao", 100, "100%", 100, "Hoàn thành", "Giao quân ngày 04/3/2026", "met", "100% of the quota, handed over on 4/3: final"],
      ["Huấn luyện lực lượng dân quân", "% chỉ tiêu giao", 100, "100%", 100, "Hoàn thành", "Hoàn thành huấn luyện năm thứ nhất", "review", "100 is written, but the Ghi chú says only the first-year militia's training is done: if 100 is the year's whole training quota it is met; if it counts the first-year course only, the other militia are still to train and the year's target is open in March (pending); nothing on the sheet says which"],
      ["Phòng cháy, chữa cháy", "vụ", "01 vụ cháy nhỏ", "Không để xảy ra cháy lớn", "01 vụ cháy nhỏ, không thiệt hại về người", "Hoàn thành", "", "pending", "no large fire so far, but the target covers the whole year: not broken yet, not final in March (the commune's \"Hoàn thành\" is early)"],
      ["Tỷ lệ khu phố, ấp đạt chuẩn an toàn về an ninh, trật tự", "%", 87.5, "≥ 90%", "Đánh giá cuối năm", "Đang thực hiện", "", "pending", "assessed at the year's end"],
    ]],
  ];
  let r = 9;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [roman, title, rows] of sections) {
    s.row(`A${r}`, [roman, title, "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of rows) {
      n++;
      s.row(`A${r}`, [n, x[0], x[1], num(x[2]), x[3], num(x[4]), x[5], x[6]], { border: true, wrap: true });
      s.expect(`F${r}`, { indicator: x[0], target: typeof x[3] === "number" ? String(x[3]) : x[3], status: x[7], why: x[8] });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Nghị quyết của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026 (28 chỉ tiêu; biểu này trích 14 chỉ tiêu có số liệu quý I).",
    "- Đến ngày 19/3/2026 đã hoàn thành 8/28 chỉ tiêu.",
  ]);
  signature(s, last + 6, { col: "B", title: "VĂN PHÒNG HĐND VÀ UBND XÃ", name: "Nguyễn Thị Thanh Thúy" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Lê Văn Phước" });
  b.facts = {
    sheet: "Chi tieu NQ 2026 - Quy I",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Chỉ tiêu Nghị quyết năm 2026), text and numbers",
    actualColumns: "F (Thực hiện quý I/2026)",
    ignoreColumns: "C (ĐVT), D (hidden: 2025), G (the commune's own Tự đánh giá: not a figure), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2026-03-19",
    period: "2026",
    notes: "A year's targets a quarter in: shares already held (online filing, on-time filing, digitisation, waste) and things done once for the year (conscription) are met; counts still growing and year-end ratings are pending; BHYT short in March is pending, not not_met. The militia training's 100 beside \"Hoàn thành huấn luyện năm thứ nhất\" may be the first-year course only (review). The commune's own column calls the fire target \"Hoàn thành\" though a prohibition for the year cannot be done in March (pending).",
  };
  return b;
}
