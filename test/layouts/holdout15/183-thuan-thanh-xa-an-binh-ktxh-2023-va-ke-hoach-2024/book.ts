// Layout 183: a commune's year-end table for its council (xã An Bình, Thuận Thành, Bắc Ninh): TH 2022 / KH 2023 / Ước TH 2023 / a ROUND ratio / KH 2024 side by side, so next year's plan sits to the right of the estimate; values with their shares inside the target cell ("50 (chiếm 8%)"), a band "125 - 135", "Dưới 1%" and "Dưới 0,68%" (0,68 on the edge), "Hoàn thành kế hoạch" against "Đạt 112% dự toán", titles kept or awaiting recognition.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2023 và kế hoạch năm 2024, xã An Bình (Thuận Thành, Bắc Ninh)");
  const s = b.sheet("KTXH 2023-2024");
  s.cols([6, 44, 16, 11, 16, 16, 11, 12, 30]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"],
    date: "An Bình, ngày 20 tháng 12 năm 2023",
    title: ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023 VÀ KẾ HOẠCH NĂM 2024", "(Kèm theo Báo cáo của UBND xã trình kỳ họp cuối năm 2023 HĐND xã khóa XX)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Kế hoạch năm 2023 (NQ HĐND xã)", "Ước thực hiện năm 2023", "Ước TH so KH (%)", "Kế hoạch năm 2024", "Ghi chú"], head);
  s.row("A9", ["1", "2", "3", "4", "5", "6", "7 = 6/5", "8", "9"], { ...head, bold: false, italic: true });
  const num = (v: number | string): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? (v >= 1000 ? "#,##0" : "0") : "0.0" } : v);
  const num2 = (v: number | string): CellInput => (typeof v === "number" && !Number.isInteger(v) && Math.round(v * 10) !== v * 10 ? { v, fmt: "0.00" } : num(v));
  // [chỉ tiêu, ĐVT, TH 2022, KH 2023, ƯTH 2023, KH 2024, ghi chú, status, why]
  type X = [string, string, number | string, number | string, number | string, number | string, string, Status, string];
  const rows: X[] = [
    ["Tổng thu nhập xã hội trên địa bàn", "tỷ đồng", 585, 621, 628, 670, "", "exceeded", "628 above 621"],
    ["Tốc độ tăng trưởng kinh tế", "%/năm", 13.5, 14, 13.2, 14, "", "not_met", "13,2 under 14"],
    ["Giá trị nông nghiệp, chăn nuôi, thủy sản", "tỷ đồng", 49, "50 (chiếm 8%)", 48.9, "50 (chiếm 7,5%)", "", "not_met", "48,9 under 50 (the share in brackets describes the structure: 48,9/628 = 7,79%)"],
    ["Giá trị thương mại, dịch vụ", "tỷ đồng", 280, "298 (chiếm 48%)", 305, "330 (chiếm 49%)", "", "exceeded", "305 above 298"],
    ["Giá trị tiểu thủ công nghiệp, xây dựng", "tỷ đồng", 256, "273 (chiếm 44%)", 274.1, "290 (chiếm 43,5%)", "", "exceeded", "274,1 above 273"],
    ["Thu nhập bình quân đầu người", "triệu đồng/người/năm", 55, 59, 59, 64, "", "met", "59 = 59"],
    ["Năng suất lúa bình quân", "tạ/ha", 62.5, 63, 62.4, 63, "Vụ mùa bị ảnh hưởng mưa bão", "not_met", "62,4 under 63"],
    ["Tổng sản lượng lương thực (cả màu quy thóc)", "tấn", 4150, 4200, 4215, 4200, "", "exceeded", "4.215 above 4.200"],
    ["Giá trị thu nhập trên 01 ha đất canh tác", "triệu đồng", 122, "125 - 135", 131, "130 - 140", "", "met", "131 inside 125 - 135"],
    ["Thu ngân sách nhà nước", "", "Đạt 105% dự toán", "Hoàn thành kế hoạch", "Đạt 112% dự toán", "Hoàn thành kế hoạch", "", "exceeded", "112% of the estimate: the plan is completed and more"],
    ["Tỷ lệ tăng dân số tự nhiên", "%", 1.02, "Dưới 1%", 0.98, "Dưới 1%", "", "met", "0,98 under 1"],
    ["Tỷ lệ hộ nghèo", "%", 0.75, "Dưới 0,68%", 0.68, "Dưới 0,6%", "", "not_met", "0,68 is not under 0,68"],
    ["Danh hiệu \"Đơn vị có phong trào giáo dục toàn diện\"", "", "Đạt", "Tiếp tục giữ vững", "Đang đề nghị huyện công nhận", "Giữ vững", "", "pending", "proposed, the recognition not yet given"],
    ["Xã đạt Bộ tiêu chí quốc gia về y tế", "", "Đạt", "Giữ vững", "Giữ vững", "Giữ vững", "", "met", "kept"],
  ];
  const first = 10;
  rows.forEach((x, i) => {
    const r = first + i;
    const ratio: CellInput = typeof x[3] === "number" && typeof x[4] === "number" ? { v: `=ROUND(F${r}/E${r}*100,2)`, result: Math.round((x[4] / x[3]) * 10000) / 100, fmt: "0.00" } : "";
    s.row(`A${r}`, [i + 1, x[0], x[1], num2(x[2]), num(x[3]), num2(x[4]), ratio, num(x[5]), x[6]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: x[0], target: typeof x[3] === "number" ? String(x[3]).replace(".", ",") : x[3], status: x[7], why: x[8] });
  });
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch năm 2023 theo Nghị quyết của HĐND xã về nhiệm vụ và các giải pháp chủ yếu phát triển kinh tế - xã hội năm 2023.",
    "- Cột 8 là chỉ tiêu dự kiến năm 2024 trình HĐND xã tại kỳ họp này.",
  ]);
  signature(s, last + 6, { col: "B", title: "CÔNG CHỨC TÀI CHÍNH - KẾ TOÁN", name: "Nguyễn Thị Thu Hằng" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Nguyễn Văn Khải" });
  b.facts = {
    sheet: "KTXH 2023-2024",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Kế hoạch năm 2023)",
    actualColumns: "F (Ước thực hiện năm 2023)",
    ignoreColumns: "C (ĐVT), D (2022), G (ratio, derived), H (Kế hoạch năm 2024: next year's plan, not this year's target), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2023-12-20",
    period: "2023",
    notes: "Years side by side with next year's plan to the right of the estimate. Values carry their planned share in the target cell (\"50 (chiếm 8%)\"): the value is the target. A band, strict ceilings (0,68 at \"Dưới 0,68%\" fails), \"Hoàn thành kế hoạch\" against a percent of the estimate, a title awaiting recognition.",
  };
  return b;
}
