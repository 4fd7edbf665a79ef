// Layout 68: a national progress table of the learning-society programme's 2025 targets at the end of 2024 (Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030"): shares of provinces computed from counts, a "Trong đó" sub-row, a row with no target, shortfalls not yet due next to targets already passed.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số mục tiêu đến năm 2025 của Đề án xây dựng xã hội học tập, toàn quốc, đến 31/12/2024");
  const s = b.sheet("Mục tiêu 2025");
  s.cols([6, 52, 8, 18, 11, 11, 11, 26]);
  titleBlock(s, {
    left: ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "VỤ GIÁO DỤC THƯỜNG XUYÊN"],
    date: "Hà Nội, ngày 15 tháng 01 năm 2025",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ MỤC TIÊU ĐẾN NĂM 2025", "ĐỀ ÁN \"XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2021-2030\" (số liệu đến 31/12/2024)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Mục tiêu", head).merge("C8:C9", "ĐVT", head).merge("D8:D9", "Mục tiêu đến năm 2025", head);
  s.merge("E8:E9", "Năm 2021", head);
  s.merge("F8:G8", "Năm 2024", head).row("F9", ["Số lượng", "Tỷ lệ (%)"], head);
  s.merge("H8:H9", "Ghi chú", head);
  const bd = { border: true, wrap: true, align: "center" as const };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, { v: t, align: "left" }, "", "", "", "", "", ""], { ...bd, bold: true });
  const share = (r: number, count: number): CellInput => ({ v: `=ROUND(F${r}/63*100,1)`, fmt: "0.0", result: Math.round((count / 63) * 1000) / 10 });
  // [no, goal, unit, target, 2021, 2024 count, 2024 rate (null = share formula), note, verdict, why]
  type Row = [string, string, string, string, CellInput, CellInput, CellInput | null, string, Status | null, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4], x[5], x[6] === null ? share(r, x[5] as number) : x[6], x[7]], bd);
    if (x[8]) s.expect(`G${r}${x[6] === null ? `|F${r}` : ""}`, { indicator: x[1], target: x[3], status: x[8], why: x[9] });
  };
  sec(10, "I", "Xóa mù chữ và phổ cập giáo dục");
  put(11, ["1", "Tỉnh, thành phố đạt chuẩn xóa mù chữ mức độ 2", "tỉnh", "65% tỉnh", "34/63", 55, null, "", "exceeded", "55/63 = 87,3% > 65%, a year before the deadline"]);
  put(12, ["2", "Tỉnh, thành phố hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo 4 tuổi", "tỉnh", "100% tỉnh", "-", 0, null, "Đang triển khai theo Nghị quyết của Quốc hội", "pending", "0% now; the target is for 2025"]);
  put(13, ["3", "Tỉnh, thành phố đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", "tỉnh", "40% tỉnh", "30/63", 35, null, "Số liệu năm học 2023-2024", "exceeded", "35/63 = 55,6% > 40%"]);
  put(14, ["4", "Tỉnh, thành phố đạt chuẩn phổ cập giáo dục THCS mức độ 3", "tỉnh", "20% tỉnh", "6/63", 9, null, "", "pending", "9/63 = 14,3% < 20%, due in 2025"]);
  put(15, ["5", "Tỷ lệ người trong độ tuổi 15-60 biết chữ mức độ 1", "%", "", 97.85, "", 99.1, "Không giao mục tiêu trong Đề án", null, ""]);
  sec(16, "II", "Năng lực cơ bản và trình độ của người dân");
  put(17, ["6", "Cán bộ, công chức, viên chức được đào tạo, tập huấn, nâng cao kiến thức, kỹ năng về công nghệ số và chuyển đổi số", "%", "90%", "", "", 72.5, "Theo báo cáo của 58/63 tỉnh", "pending", "72,5 (a plain number under ĐVT %) < 90, due in 2025"]);
  put(18, ["7", "Người trong độ tuổi lao động được phổ cập kỹ năng sử dụng công nghệ thông tin, kỹ năng số cơ bản", "%", "50%", "", "", "Chưa có số liệu điều tra", "", "pending", "no figure yet, and the target is not due until 2025"]);
  put(19, ["8", "Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "%", "23%", 26.1, "", 28.3, "", "exceeded", "28,3 > 23"]);
  put(20, ["", "Trong đó: có trình độ đại học trở lên", "%", "12,5%", 11.2, "", 11.9, "", "pending", "11,9 < 12,5, due in 2025 (a sub-row of row 8 with its own target)"]);
  const n = notes(s, 22, "B", [
    "Ghi chú:",
    "- Mục tiêu theo Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" (Quyết định số 1373/QĐ-TTg); tỷ lệ tỉnh tính trên 63 tỉnh, thành phố.",
    "- Số liệu năm 2024 tổng hợp từ báo cáo của các sở giáo dục và đào tạo.",
  ]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thu Hà" }, { col: "F", title: "VỤ TRƯỞNG", name: "Nguyễn Văn Lâm" });
  b.facts = {
    sheet: "Mục tiêu 2025",
    headerRows: "8-9 (Năm 2024 over Số lượng | Tỷ lệ (%))",
    nameColumn: "B (Mục tiêu)",
    target: "column D (Mục tiêu đến năm 2025: \"65% tỉnh\", \"100% tỉnh\", \"40% tỉnh\", \"20% tỉnh\", \"90%\", \"50%\", \"23%\", \"12,5%\"; blank for row 15)",
    actualColumns: "G (Năm 2024 · Tỷ lệ (%): share formulas over F for rows 11-14, plain numbers under ĐVT \"%\", \"Chưa có số liệu điều tra\"), with F (count of provinces)",
    ignoreColumns: "E (Năm 2021: baseline, several under the targets), H (Ghi chú); row 15 has no target (not judged)",
    otherRows: "10, 16 (sections I-II), 22-25 (notes), signature below",
    asOf: "2024-12-31",
    period: "2021-2025",
    notes: "Targets are for 2025; at the end of 2024 a shortfall is pending and a target already passed is exceeded. Shares of provinces are formulas over counts out of 63. Row 15 carries a figure but no target (not judged). \"Trong đó: có trình độ đại học trở lên\" is a sub-row with its own target.",
  };
  return b;
}
