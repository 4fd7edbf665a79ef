// Layout 329: a kindergarten's safe-school checklist read in mid-December (Trường Mầm non Thanh Tuyền, phường Tây Nam, school year 2025-2026): criteria grouped by area as rows, each with its requirement in words (a minimum height, a maximum gap, a count per room, a zero, twice a year, a month to finish), a measured or counted result column (metres, "9/10 phòng", words), the school's own "Đạt"/"Chưa đạt" word that is not the verdict, and a column of the school's own remedy dates.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tự kiểm tra bộ tiêu chí trường học an toàn, phòng chống tai nạn thương tích, Trường Mầm non Thanh Tuyền (phường Tây Nam), học kỳ I năm học 2025-2026");
  const s = b.sheet("Tieu chi an toan");
  s.cols([5, 34, 30, 7, 14, 30, 11, 16]);
  const top = titleBlock(s, {
    left: ["UBND PHƯỜNG TÂY NAM", "TRƯỜNG MẦM NON THANH TUYỀN"],
    date: "Tây Nam, ngày 15 tháng 12 năm 2025",
    title: ["KẾT QUẢ TỰ KIỂM TRA BỘ TIÊU CHÍ TRƯỜNG HỌC AN TOÀN,", "PHÒNG CHỐNG TAI NẠN THƯƠNG TÍCH - HỌC KỲ I NĂM HỌC 2025-2026"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row(`A${top}`, ["TT", "Tiêu chí", "Yêu cầu", "ĐVT", "Kết quả kiểm tra", "Mô tả thực trạng", "Tự đánh giá", "Thời hạn khắc phục"], h);
  let r = top + 1;
  const group = (code: string, title: string) => {
    s.set(`A${r}`, code, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:H${r}`, title, { bold: true, border: true });
    r++;
  };
  const line = (n: string, what: string, need: string, unit: string, got: CellInput, desc: string, own: string, fix: CellInput, status?: Status, why?: string) => {
    s.row(`A${r}`, [n, what, need, unit, got, desc, own, fix], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, what, { border: true, wrap: true });
    s.set(`C${r}`, need, { border: true, wrap: true });
    s.set(`F${r}`, desc, { border: true, wrap: true, italic: true });
    if (status) s.expect(`E${r}`, { indicator: what, target: `${need} (column C)`, status, why });
    r++;
  };
  const m = (v: number): CellInput => ({ v, fmt: "0.00" });
  group("I", "CƠ SỞ VẬT CHẤT, KHUÔN VIÊN");
  line("1", "Tường rào bao quanh khuôn viên", "Kín, cao tối thiểu 1,5 m", "m", m(1.6), "Tường rào xây kín, có song sắt phía trên", "Đạt", "", "exceeded", "1,60 m > 1,5 m minimum");
  line("2", "Lan can cầu thang, hành lang tầng 2 - chiều cao", "Cao tối thiểu 0,8 m", "m", m(0.8), "", "Đạt", "", "met", "0,80 m exactly at the inclusive minimum");
  line("3", "Lan can cầu thang, hành lang tầng 2 - khoảng cách giữa các song chắn", "Không quá 0,1 m", "m", m(0.12), "Đoạn hành lang lớp Lá 2 song chắn thưa", "Đạt", { v: "2026-01-31", date: true }, "not_met", "0,12 m > 0,1 m maximum; the school's own \"Đạt\" does not change it");
  line("4", "Ổ cắm điện trong phòng nhóm, lớp", "Cao tối thiểu 1,5 m so với mặt sàn, có nắp che", "m", m(1.45), "Phòng nhóm 24-36 tháng ổ cắm thấp", "Chưa đạt", "Tháng 12/2025", "not_met", "1,45 m < 1,5 m");
  line("5", "Ao, hồ, bể chứa nước trong khuôn viên", "Không có bể nước không có nắp đậy", "bể", "Còn 01 bể chưa có nắp", "Bể nước sau bếp", "Chưa đạt", "Tháng 12/2025", "not_met", "one open tank left against \"không có\" (none)");
  group("II", "PHÒNG CHÁY CHỮA CHÁY, Y TẾ");
  line("6", "Bình chữa cháy tại phòng nhóm, lớp", "Tối thiểu 01 bình/phòng", "phòng", "9/10 phòng", "Phòng nhóm Chồi 3 chưa trang bị", "Đạt", "", "not_met", "9 of 10 rooms have one; the school's \"Đạt\" is its own word");
  line("7", "Cán bộ, giáo viên, nhân viên được tập huấn sơ cấp cứu ban đầu", "100% CBGVNV, hoàn thành trước ngày 30/11/2025", "người", "40/40", "Tập huấn ngày 22/11/2025 do Trạm Y tế phường thực hiện", "Đạt", "", "met", "40 of 40 trained on 22/11, before 30/11/2025");
  line("8", "Xét nghiệm mẫu nước sinh hoạt", "02 lần/năm học (tháng 10 và tháng 4)", "lần", 1, "Lần 1 ngày 14/10/2025: đạt QCVN", "Đạt", "", "pending", "one of two tests; the second is due in April 2026");
  line("9", "Trẻ bị tai nạn thương tích phải chuyển cơ sở y tế", "Không có trường hợp nào", "trẻ", 0, "", "Đạt", "", "met", "0 against a zero requirement");
  group("III", "ĐỒ DÙNG, ĐỒ CHƠI, CAMERA");
  line("10", "Đồ chơi ngoài trời được kiểm tra, bảo dưỡng", "01 lần/tháng (từ tháng 9/2025)", "lần", 3, "Đã kiểm tra tháng 9, 10, 11; tháng 12 kiểm tra ngày 26/12", "Đạt", "", "met", "September to November done; December's check is later in the month");
  line("11", "Camera giám sát sân chơi, cổng trường", "Lắp đặt hoàn thành trong tháng 01/2026", "điểm", "", "Đã có dự toán, chờ phê duyệt", "Chưa đạt", "Tháng 01/2026", "pending", "due in January 2026; blank on 15/12/2025 is not late");
  line("12", "Tủ thuốc, dụng cụ sơ cứu tại phòng y tế", "Đủ cơ số thuốc theo danh mục", "", "Đủ theo danh mục", "", "Đạt", "");
  s.row(`A${r}`, ["", "Tổng số tiêu chí tự đánh giá đạt", "", "", "", "", "8/12", ""], { border: true, bold: true, align: "center" });
  s.set(`B${r}`, "Tổng số tiêu chí tự đánh giá đạt", { border: true, bold: true });
  const end = r;
  notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Cột \"Tự đánh giá\" do tổ kiểm tra nội bộ ghi; kết quả đo, đếm ghi tại cột \"Kết quả kiểm tra\".",
    "- Số liệu tính đến ngày 15/12/2025.",
  ]);
  signature(s, end + 6, { col: "B", title: "TỔ TRƯỞNG TỔ KIỂM TRA", name: "Trần Thị Mỹ Linh" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" });
  b.facts = {
    sheet: "Tieu chi an toan",
    headerRows: String(top),
    nameColumn: "B (Tiêu chí)",
    target: "column C (Yêu cầu), in words: minima, maxima, counts per room, a zero, a number of tests or checks, a month to finish",
    actualColumns: "E (Kết quả kiểm tra: metres, counts, \"9/10 phòng\", words)",
    ignoreColumns: "A (TT), D (ĐVT), F (Mô tả), G (Tự đánh giá: the school's own word, not a verdict), H (Thời hạn khắc phục: the school's remedy date)",
    totalRows: `${end} (Tổng số tiêu chí tự đánh giá đạt: the school's own count, not judged)`,
    otherRows: "group rows I-III, notes and signature",
    asOf: "2025-12-15",
    period: "2025-2026",
    notes: "Judged from the measured or counted result against the requirement, never from column G: TT 3 and TT 6 say \"Đạt\" yet miss their requirement. TT 2 sits exactly on its minimum (met). TT 8 and TT 11 are not yet due. TT 12 has no measurable requirement and no verdict. The remedy dates in column H are the school's own, not the requirement's.",
  };
  return b;
}
