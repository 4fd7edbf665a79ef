// Layout 262: a commune's mid-year review (xã Thanh Hương, Thanh Liêm, Hà Nam, 2/7/2021): the council's targets as words, results as words or numbers, the commune's own word in a "Tự đánh giá" column, then a task table with deadlines and completion dates as date cells; mid-year: the year's targets pending whatever the own word says, a task done late not met, one unfinished past due overdue.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết 6 tháng đầu năm 2021: chỉ tiêu Nghị quyết HĐND xã và các nhiệm vụ trọng tâm, xã Thanh Hương (Thanh Liêm, Hà Nam)");
  const s = b.sheet("So ket 6 thang");
  s.cols([5, 46, 24, 18, 16, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN THANH LIÊM", "UBND XÃ THANH HƯƠNG"],
    number: "Phụ lục kèm Báo cáo sơ kết 6 tháng",
    date: "Thanh Hương, ngày 02 tháng 7 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VÀ NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2021"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A6:F6", "I. CÁC CHỈ TIÊU NGHỊ QUYẾT HĐND XÃ GIAO NĂM 2021", { bold: true });
  s.row("A7", ["TT", "Chỉ tiêu", "Mục tiêu năm 2021", "Kết quả 6 tháng", "Tự đánh giá", "Ghi chú"], head);
  type R = [string, string, CellInput, string, string, [Status, string]];
  const rows: R[] = [
    ["Tốc độ tăng trưởng kinh tế", "Từ 8,5% trở lên", "8%", "Chưa đạt", "", ["pending", "8% at mid-year; the year's growth is known only at its end (the commune's own \"Chưa đạt\" is a mid-year word)"]],
    ["Thu nhập bình quân đầu người", "56 triệu đồng/người/năm", "30 triệu đồng", "Đạt 53,6%", "", ["pending", "30 of 56 million after six months"]],
    ["Thu ngân sách trên địa bàn", "Đạt 100% dự toán huyện giao", "Đạt 98,4% dự toán", "Cơ bản đạt", "", ["pending", "98,4% of the estimate by 30 June; half a year of collection remains"]],
    ["Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ", "≥ 97%", "48,2%", "Đạt tiến độ", "", ["pending", "48,2% halfway through the year"]],
    ["Xây dựng xã nông thôn mới kiểu mẫu", "Được công nhận trong năm 2021", "Đạt 8/10 tiêu chí", "Đang thực hiện", "Tiêu chí thu nhập, môi trường chưa đạt", ["pending", "8 of 10 criteria; recognition is due within 2021"]],
  ];
  rows.forEach(([name, tgt, res, own, note, v], i) => {
    const r = 8 + i;
    s.row(`A${r}`, [String(i + 1), name, tgt, res, own, note], { border: true, wrap: true });
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.expect(`D${r}`, { indicator: name, target: `${tgt} (column C)`, status: v[0], why: v[1] });
  });
  s.merge("A14:F14", "II. CÁC NHIỆM VỤ TRỌNG TÂM CÓ THỜI HẠN", { bold: true });
  s.row("A15", ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Ngày hoàn thành", "Kết quả"], head);
  const d = (v: string): CellInput => (v ? { v, date: true, fmt: "dd/mm/yyyy" } : "");
  type T = [string, string, string, string, string, [Status, string]];
  const tasks: T[] = [
    ["Tổ chức bầu cử đại biểu Quốc hội và HĐND các cấp", "UBMTTQ, UBND xã", "2021-05-23", "2021-05-23", "Hoàn thành, 99,8% cử tri đi bầu", ["met", "held on the day set"]],
    ["Kiên cố hóa 1,2 km kênh mương nội đồng thôn Bồng Lạng", "Ban quản lý dự án xã", "2021-04-30", "2021-06-15", "Đã nghiệm thu", ["not_met", "finished on 15/6/2021, after the deadline of 30/4/2021"]],
    ["Chỉnh trang nghĩa trang nhân dân thôn Thanh Khê", "Ban quản lý dự án xã", "2021-06-30", "", "Đang thi công, đạt 70% khối lượng", ["overdue", "70% done on 2/7/2021; it was due on 30/6/2021"]],
    ["Hoàn thành thu Quỹ phòng chống thiên tai năm 2021", "Các thôn", "2021-08-31", "", "Đã thu 62%", ["pending", "62% collected; due by 31/8/2021"]],
  ];
  tasks.forEach(([name, unit, due, done, res, v], i) => {
    const r = 16 + i;
    s.row(`A${r}`, [String(i + 1), name, unit, d(due), d(done), res], { border: true, wrap: true });
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.expect(`E${r}|F${r}`, { indicator: name, target: `by ${due.split("-").reverse().join("/")} (column D, a date cell)`, actual: done ? done.split("-").reverse().join("/") : res, status: v[0], why: v[1] });
  });
  notes(s, 21, "B", ["Ghi chú:", "- Cột \"Tự đánh giá\" do các bộ phận tự ghi, chưa phải kết luận của HĐND.", "- Số liệu tính đến ngày 30/6/2021."]);
  signature(s, 25, { col: "B", title: "VĂN PHÒNG - THỐNG KÊ", name: "Trần Thị Lan" }, { col: "D", title: "TM. UBND XÃ / CHỦ TỊCH", name: "Nguyễn Văn Đức" });
  b.facts = {
    sheet: "So ket 6 thang",
    headerRows: "7 for table I; 15 for table II",
    nameColumn: "B (Chỉ tiêu / Nhiệm vụ)",
    target: "table I: column C (Mục tiêu năm 2021, words); table II: column D (Thời hạn hoàn thành, date cells)",
    actualColumns: "table I: D (Kết quả 6 tháng, words and numbers); table II: E (Ngày hoàn thành, date cells) with F (Kết quả, words)",
    ignoreColumns: "A (TT), E in table I (Tự đánh giá: the units' own word, not a result), F in table I (Ghi chú), C in table II (Đơn vị chủ trì)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "6, 14 (table titles); notes 21-23; signature from 25",
    asOf: "2021-07-02",
    period: "2021",
    notes: "Mid-year: every target of the year in table I is pending, whatever the units' own word in column E says. In table II the deadlines are date cells: the election held on its day is met, the canal finished after its deadline not met, the cemetery 70% done two days after its deadline overdue, the disaster fund due in August pending.",
  };
  return b;
}
