// Layout 158: a province's monitoring table for the national poverty-reduction programme 2006-2010 (indicator system of QĐ 23/2007/QĐ-BLĐTBXH), years side by side (TH 2006, TH 2007, KH 2008, ước TH 2008, mục tiêu 2010) at the end of 2008: only the 2008 pair is judged; "Giảm còn", a band of reduction read from the 2007 column, units in the cells, "Đang tổng hợp", the 2010 aims not due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu theo dõi, giám sát Chương trình mục tiêu quốc gia giảm nghèo giai đoạn 2006-2010 của một tỉnh, năm 2008");
  const s = b.sheet("Chi tieu giam sat");
  s.cols([5, 44, 10, 10, 10, 14, 12, 14, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH ...", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    date: "..., ngày 20 tháng 12 năm 2008",
    title: ["BIỂU TỔNG HỢP CÁC CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG TRÌNH MTQG GIẢM NGHÈO", "(Hệ thống chỉ tiêu ban hành kèm theo Quyết định số 23/2007/QĐ-BLĐTBXH ngày 05/10/2007)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "Đơn vị tính", head).merge("D8:D9", "TH 2006", head).merge("E8:E9", "TH 2007", head);
  s.merge("F8:G8", "Năm 2008", head).merge("H8:H9", "Mục tiêu đến năm 2010", head).merge("I8:I9", "Ghi chú", head);
  s.row("F9", ["Kế hoạch", "Ước TH"], head);
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0" });
  const n0 = (v: number): CellInput => ({ v, fmt: "#,##0" });
  type Row = [string, string, string, CellInput, CellInput, CellInput, CellInput, string, string, Status | null, string];
  const rows: Row[] = [
    ["I", "CHỈ TIÊU VỀ KẾT QUẢ GIẢM NGHÈO", "", "", "", "", "", "", "", null, ""],
    ["1", "Tỷ lệ hộ nghèo", "%", n1(25.8), n1(22.1), "Giảm còn 18", n1(18.4), "Dưới 12", "", "not_met", "18,4 above 18"],
    ["2", "Mức giảm tỷ lệ hộ nghèo trong năm", "%", n1(3.6), n1(3.7), "Giảm 3 - 4%", { v: "=E11-G11", result: 3.7, fmt: "0.0" }, "Bình quân 3 - 4%/năm", "Tính bằng TH 2007 trừ ước TH 2008", "met", "=E11-G11: 22,1 − 18,4 = 3,7 points, inside the band 3 - 4"],
    ["3", "Số hộ thoát nghèo trong năm", "Hộ", n0(3850), n0(3410), n0(3500), n0(3620), "", "", "exceeded", "3.620 over 3.500"],
    ["4", "Số hộ tái nghèo", "Hộ", n0(410), n0(385), "Không quá 300", n0(300), "", "", "met", "300 at the cap \"Không quá\""],
    ["II", "CHỈ TIÊU VỀ CHÍNH SÁCH HỖ TRỢ", "", "", "", "", "", "", "", null, ""],
    ["5", "Số lượt hộ nghèo được vay vốn tín dụng ưu đãi", "Lượt hộ", n0(10200), n0(11050), n0(12000), n0(11850), "", "", "not_met", "11.850 < 12.000"],
    ["6", "Tỷ lệ người nghèo được cấp thẻ bảo hiểm y tế", "%", 100, 100, "100%", 100, "100%", "", "met", "100 at 100%"],
    ["7", "Số lao động nghèo được dạy nghề miễn phí", "Người", n0(1650), n0(1820), "2.000 người", "1.980 người", "", "", "not_met", "\"1.980 người\" < 2.000"],
    ["8", "Số học sinh nghèo được miễn, giảm học phí", "Học sinh", n0(28400), n0(27900), n0(27000), "Đang tổng hợp", "", "Chờ số liệu Sở GD&ĐT", "no_data", "\"Đang tổng hợp\""],
    ["III", "CHỈ TIÊU VỀ HẠ TẦNG XÃ ĐẶC BIỆT KHÓ KHĂN", "", "", "", "", "", "", "", null, ""],
    ["9", "Số xã đặc biệt khó khăn có đường ô tô đến trung tâm xã", "Xã", 38, 41, 44, 44, "Tất cả các xã (48 xã)", "", "met", "44 at the plan; the 2010 aim is not due"],
    ["10", "Số công trình hạ tầng được đầu tư trong năm", "Công trình", 96, 112, "Trên 120", 121, "", "", "met", "121 is above 120: the strict \"Trên 120\" is met (exceeded only over an inclusive floor)"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    const sec = x[9] === null;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]], { border: true, wrap: true, bold: sec });
    if (x[9]) s.expect(`G${r}`, { indicator: x[1], target: typeof x[5] === "object" && x[5] !== null ? (x[5] as { v: number }).v.toLocaleString("de-DE") : String(x[5]), status: x[9], why: x[10], ...(x[6] === "" ? { actual: "(trống)" } : {}) });
  });
  const end = 10 + rows.length;
  notes(s, end + 1, "B", ["Ghi chú:", "- Cột TH 2006, TH 2007 để so sánh; Mục tiêu đến năm 2010 theo Chương trình giảm nghèo của tỉnh giai đoạn 2006-2010.", "- Số liệu năm 2008 là ước thực hiện đến 31/12/2008."]);
  signature(s, end + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Vũ Thị Hằng" }, { col: "F", title: "GIÁM ĐỐC", name: "Đỗ Văn Lâm" });
  b.facts = {
    sheet: "Chi tieu giam sat",
    headerRows: "8-9 (merged Năm 2008 group)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column F (Kế hoạch 2008)",
    actualColumns: "G (Ước TH 2008)",
    ignoreColumns: "D, E (TH 2006, TH 2007: history; E11 feeds the formula of G12), H (Mục tiêu đến năm 2010: not due), I (Ghi chú)",
    otherRows: "10, 15, 20 (section rows I-III), " + (end + 1) + "-" + (end + 3) + " (notes), signature from " + (end + 5),
    asOf: "2008-12-20",
    period: "2008",
    notes: "Years side by side: only the 2008 pair is judged. Row 12's reduction is a formula over row 11 (TH 2007 minus ước TH 2008), so it is in points.",
  };
  return b;
}
