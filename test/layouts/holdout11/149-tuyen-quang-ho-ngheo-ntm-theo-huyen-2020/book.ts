// Layout 149: a province's five-year plan (Tuyên Quang, QĐ 459/QĐ-UBND 2015) assessed per district at the end of 2020: KH 2020 / TH 2020 pairs with each district's own target, "Dưới" (strict) and "Giảm còn" (inclusive) caps, "-" where a target does not apply, a hidden 2015 column, the province row on top with a SUM.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu Kế hoạch phát triển kinh tế - xã hội 5 năm 2016-2020 theo huyện, thành phố, tỉnh Tuyên Quang (ước năm 2020)");
  const s = b.sheet("Theo huyen");
  s.cols([5, 24, 12, 14, 12, 12, 12, 30]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"],
    date: "Tuyên Quang, ngày 15 tháng 12 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KẾ HOẠCH 5 NĂM 2016 - 2020 THEO HUYỆN, THÀNH PHỐ", "(Chỉ tiêu giao theo Quyết định số 459/QĐ-UBND ngày 30/12/2015 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:E8", "Tỷ lệ hộ nghèo (%)", head).merge("F8:G8", "Số xã đạt chuẩn nông thôn mới (lũy kế, xã)", head).merge("H8:H9", "Ghi chú", head);
  s.row("C9", ["TH 2015", "KH 2020", "Ước TH 2020", "KH 2020", "Ước TH 2020"], head);
  s.row("A10", ["A", "B", "1", "2", "3", "4", "5", "6"], { italic: true, align: "center", border: true });
  type U = [string, number, string, CellInput, number | string, number | string, string, Status | null, string, Status | null, string];
  const units: U[] = [
    ["Thành phố Tuyên Quang", 2.1, "Dưới 1", { v: 0.8, fmt: "0.0" }, "-", "-", "Các xã đã hoàn thành NTM trước năm 2016", "met", "0,8 < 1", null, ""],
    ["Huyện Lâm Bình", 48.5, "Giảm còn 25", { v: 24.1, fmt: "0.0" }, 2, 2, "", "met", "24,1 under \"giảm còn 25\"", "met", "2 at the plan"],
    ["Huyện Na Hang", 41.2, "Giảm còn 20", { v: 20.3, fmt: "0.0" }, 3, 2, "Xã Thanh Tương chưa đủ hồ sơ", "not_met", "20,3 > 20", "not_met", "2 < 3"],
    ["Huyện Chiêm Hóa", 30.4, "Dưới 12", { v: 12.0, fmt: "0.0" }, 8, 9, "", "not_met", "12,0 is not under 12 (strict \"Dưới\")", "exceeded", "9 over 8"],
    ["Huyện Hàm Yên", 19.8, "Dưới 8", { v: 6.9, fmt: "0.0" }, 9, 9, "", "met", "6,9 < 8", "met", "9 at the plan"],
    ["Huyện Yên Sơn", 14.3, "Dưới 5", "4,7", 14, 12, "", "met", "\"4,7\" typed as text, under 5", "not_met", "12 < 14"],
    ["Huyện Sơn Dương", 16.7, "Dưới 6", "Đang rà soát", 13, 14, "Kết quả rà soát hộ nghèo cuối năm chưa phê duyệt", "no_data", "\"Đang rà soát\"", "exceeded", "14 over 13"],
  ];
  const first = 12;
  units.forEach((u, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, u[0], { v: u[1], fmt: "0.0" }, u[2], u[3], u[4], u[5], u[6]], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, u[0], { border: true });
    if (u[7]) s.expect(`E${r}`, { indicator: `${u[0]} · Tỷ lệ hộ nghèo`, target: u[2], status: u[7], why: u[8] });
    if (u[9]) s.expect(`G${r}`, { indicator: `${u[0]} · Số xã đạt chuẩn nông thôn mới`, target: String(u[4]), status: u[9], why: u[10] });
  });
  const last = first + units.length - 1;
  const kh = units.reduce((a, u) => a + (typeof u[4] === "number" ? u[4] : 0), 0), th = units.reduce((a, u) => a + (typeof u[5] === "number" ? u[5] : 0), 0);
  s.row("A11", ["", "Toàn tỉnh", { v: 24.6, fmt: "0.0" }, "Dưới 10", { v: 9.2, fmt: "0.0" }, { v: `=SUM(F${first}:F${last})`, result: kh }, { v: `=SUM(G${first}:G${last})`, result: th }, "Hộ nghèo toàn tỉnh theo số liệu Sở LĐ-TB&XH"], { border: true, bold: true, align: "center", wrap: true });
  s.hideCols("C");
  // Roll-ups count the districts only: computed before the province row's expectations are added.
  const rollUps = [" · Tỷ lệ hộ nghèo", " · Số xã đạt chuẩn nông thôn mới"].map((x) => s.rollUp(x, "huyện"));
  s.expect("E11", { indicator: "Toàn tỉnh · Tỷ lệ hộ nghèo", target: "Dưới 10", status: "met", why: "9,2 < 10 (the province's own figure, not a sum)" });
  s.expect("G11", { indicator: "Toàn tỉnh · Số xã đạt chuẩn nông thôn mới", target: String(kh), status: "not_met", why: `SUM ${th} < ${kh}` });
  notes(s, last + 2, "B", ["Ghi chú:", "- Cột TH 2015 (ẩn) để so sánh; dấu \"-\": không giao chỉ tiêu.", "- Số liệu năm 2020 là số ước thực hiện đến 31/12/2020."]);
  signature(s, last + 6, { col: "B", title: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", name: "" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN", name: ".........." });
  b.facts = {
    sheet: "Theo huyen",
    headerRows: "8-9 (merged groups), 10 (column letters/numbers)",
    nameColumn: "B (Huyện, thành phố)",
    target: "per district: D (KH 2020, text: \"Dưới\" strict, \"Giảm còn\" inclusive cap) for E; F (KH 2020 count) for G",
    actualColumns: "E, G (Ước TH 2020)",
    ignoreColumns: "C (TH 2015, hidden), H (Ghi chú)",
    totalRows: "11 (Toàn tỉnh, on top: own rate, SUM of communes)",
    otherRows: "notes and signature below",
    asOf: "2020-12-15",
    period: "2016-2020",
    rollUps,
    notes: "Each district has its own target on its row. \"-\" (no target) for the city's communes: nothing judged there.",
  };
  return b;
}
