// Layout 22: a subject group's emulation registration with year-end results per teacher (mẫu đăng ký thi đua của tổ chuyên môn): registered and achieved side by side.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bản đăng ký chỉ tiêu thi đua năm học 2023-2024 và kết quả cuối năm, Tổ Khoa học tự nhiên");
  const s = b.sheet("Đăng ký - Kết quả");
  s.cols([5, 22, 11, 11, 11, 11, 11, 11, 18]);
  s.merge("A1:C1", "TRƯỜNG THCS NGUYỄN TRÃI", { align: "center" });
  s.merge("A2:C2", "TỔ KHOA HỌC TỰ NHIÊN", { align: "center", bold: true });
  s.merge("E1:I1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true });
  s.merge("E2:I2", "Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true, underline: true });
  s.merge("A4:I4", "BẢN ĐĂNG KÝ CHỈ TIÊU THI ĐUA NĂM HỌC 2023-2024", { align: "center", bold: true, size: 14 });
  s.merge("A5:I5", "(Cột \"Kết quả\" ghi cuối năm học)", { align: "center", italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head).merge("B7:B8", "Họ và tên", head);
  s.merge("C7:D7", "Tiết dạy tốt", head).merge("E7:F7", "Sáng kiến kinh nghiệm", head).merge("G7:H7", "Học sinh giỏi cấp huyện", head);
  s.row("C8", ["Đăng ký", "Kết quả", "Đăng ký", "Kết quả", "Đăng ký", "Kết quả"], head);
  s.merge("I7:I8", "Ghi chú", head);
  const teachers: Array<[string, [CellInput, CellInput], [CellInput, CellInput], [CellInput, CellInput], string]> = [
    ["Nguyễn Văn An", [20, 22], [1, 1], [3, 4], ""],
    ["Trần Thị Bình", [20, 18], [1, 0], [2, 2], ""],
    ["Lê Thị Cúc", [18, 18], [1, "Đạt cấp trường"], [2, 1], ""],
    ["Phạm Văn Dũng", [20, 21], [1, 1], ["", 1], "Không dạy lớp 9"],
    ["Hoàng Thị Duyên", [15, null], [1, null], [1, null], "Nghỉ thai sản từ tháng 2/2024"],
    ["Vũ Minh Đức", [20, 25], [1, 2], [3, 2], ""],
  ];
  const first = 9;
  table(s, `A${first}`, teachers.map((t, i) => [i + 1, t[0], t[1][0], t[1][1], t[2][0], t[2][1], t[3][0], t[3][1], t[4]]));
  const judge = (reg: CellInput, got: CellInput): Status | null => {
    if (reg === "" || reg === null) return null;
    if (got === null || got === undefined || got === "") return "no_data";
    const n = typeof got === "number" ? got : /Đạt/.test(String(got)) ? 1 : NaN;
    return n > Number(reg) ? "exceeded" : n === Number(reg) ? "met" : "not_met";
  };
  const groups: Array<[string, string, number]> = [["D", "Tiết dạy tốt", 1], ["F", "Sáng kiến kinh nghiệm", 2], ["H", "Học sinh giỏi cấp huyện", 3]];
  teachers.forEach((t, i) => {
    groups.forEach(([col, label, k]) => {
      const [reg, got] = t[k] as [CellInput, CellInput];
      const st = judge(reg, got);
      if (!st) return;
      s.expect(`${col}${first + i}`, { indicator: `${t[0]} · ${label}`, target: `${reg} (cột Đăng ký)`, status: st, why: got === "Đạt cấp trường" ? "one initiative recognised at school level: 1 = 1" : undefined });
    });
  });
  notes(s, first + teachers.length + 1, "B", ["Ghi chú: chỉ tiêu đăng ký là số tối thiểu."]);
  signature(s, first + teachers.length + 3, { col: "B", title: "TỔ TRƯỞNG", name: "Vũ Minh Đức" }, { col: "F", title: "HIỆU TRƯỞNG DUYỆT", name: "Đặng Văn Hùng" });
  b.facts = {
    sheet: "Đăng ký - Kết quả",
    headerRows: "7-8 (three groups, each Đăng ký | Kết quả)",
    nameColumn: "B (Họ và tên: one teacher per row)",
    target: "the Đăng ký column of each group (C, E, G): the teacher's own target, a minimum",
    actualColumns: "the Kết quả column of each group (D, F, H)",
    ignoreColumns: "I (Ghi chú)",
    otherRows: "15 (note), signature below",
    asOf: "2024-05-31",
    period: "2023-2024",
    rollUps: groups.map(([, label]) => s.rollUp(` · ${label}`, "giáo viên")),
    notes: "A teacher who registered nothing in a group (blank Đăng ký) is not judged in it.",
  };
  return b;
}
