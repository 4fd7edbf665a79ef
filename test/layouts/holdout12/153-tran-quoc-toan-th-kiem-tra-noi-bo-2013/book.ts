// Layout 153: a primary school's internal-inspection plan for 2012-2013 (TH Trần Quốc Toản, Krông Nô) with a progress column, read at the term review (15/1/2013): the month first, counts of teachers as targets, done late, partial past due, blank past due, the current month, later months, "Cả năm", "Thường xuyên", "Đã kiểm tra" without a date.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch kiểm tra nội bộ năm học 2012-2013, Trường Tiểu học Trần Quốc Toản (Krông Nô): tiến độ thực hiện đến sơ kết học kỳ I");
  const s = b.sheet("KTNB 2012-2013");
  s.cols([12, 40, 22, 16, 22, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT KRÔNG NÔ", "TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN"],
    date: "Tân Thành, ngày 15 tháng 01 năm 2013",
    title: ["KẾ HOẠCH KIỂM TRA NỘI BỘ TRƯỜNG HỌC NĂM HỌC 2012 - 2013", "Lịch kiểm tra và tiến độ thực hiện (cập nhật sơ kết học kỳ I)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  s.row("A8", ["Thời gian", "Nội dung kiểm tra", "Đối tượng / số lượng", "Người phụ trách", "Kết quả thực hiện", "Ghi chú"], { bold: true, align: "center", wrap: true, border: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, string, CellInput, string, Status | null, string];
  const rows: Row[] = [
    ["Tháng 9/2012", "Kiểm tra hồ sơ chuyên môn đầu năm", "100% giáo viên (24 GV)", "Phó hiệu trưởng", "Đã kiểm tra 24/24 GV", "", "met", "24/24 in September"],
    ["Tháng 10/2012", "Kiểm tra toàn diện giáo viên", "04 giáo viên", "Ban kiểm tra", "04 GV (ngày 15-26/10)", "", "met", "4 of 4 in October"],
    ["Tháng 11/2012", "Kiểm tra chuyên đề dạy Tiếng Việt lớp 1 (CGD)", "Tổ khối 1 (05 GV)", "Phó hiệu trưởng", d("2012-12-05"), "Lùi do hội giảng 20/11", "not_met", "done 05/12 for a November slot"],
    ["Tháng 12/2012", "Kiểm tra toàn diện giáo viên", "04 giáo viên", "Ban kiểm tra", "03 GV", "01 GV nghỉ ốm", "not_met", "3 of 4, December is over"],
    ["Tháng 12/2012", "Kiểm tra công tác thu chi, quản lý tài sản", "Kế toán, thủ quỹ", "Hiệu trưởng, Ban TTND", "", "", "overdue", "blank, December is over on 15/1"],
    ["Tháng 01/2013", "Kiểm tra hồ sơ, đánh giá xếp loại học sinh cuối học kỳ I", "100% giáo viên chủ nhiệm", "Phó hiệu trưởng", "Đang thực hiện", "", "pending", "January 2013 is not over"],
    ["Học kỳ I", "Kiểm tra việc đánh giá học sinh theo Thông tư 32/2009/TT-BGDĐT", "Khối 1 - 5", "Hiệu trưởng", "Đã kiểm tra", "", "review", "\"Đã kiểm tra\" without a date: within term I or after it is not known"],
    ["Tháng 02/2013", "Kiểm tra toàn diện giáo viên", "04 giáo viên", "Ban kiểm tra", "", "", "pending", "February: not yet due"],
    ["Tháng 3/2013", "Kiểm tra thư viện, thiết bị", "Nhân viên thư viện, thiết bị", "Phó hiệu trưởng", "", "", "pending", "March: not yet due"],
    ["Cả năm học", "Kiểm tra toàn diện ít nhất 1/3 số giáo viên", "08 giáo viên", "Ban kiểm tra", "07 GV", "", "pending", "7 of 8 so far; the school year runs to May"],
    ["Thường xuyên", "Dự giờ, thăm lớp", "Mỗi GV ít nhất 2 tiết/học kỳ", "BGH, tổ trưởng", "Đã dự 58 tiết", "", "refuse", "\"Thường xuyên\": no deadline"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3]], { border: true, wrap: true });
    s.set(`E${r}`, typeof x[4] === "object" && x[4] !== null ? x[4] : { v: x[4] as string, border: true, wrap: true });
    s.set(`F${r}`, x[5], { border: true, wrap: true });
    if (x[6]) s.expect(`E${r}`, { indicator: `${x[0]} · ${x[1]}`, target: `${x[0]}; ${x[2]}`, status: x[6], why: x[7], ...(x[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const end = 9 + rows.length;
  s.set(`A${end + 1}`, "Học kỳ I năm học 2012-2013 kết thúc ngày 12/01/2013 (theo khung thời gian của Sở GD&ĐT).", { italic: true });
  signature(s, end + 3, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Lê Văn Tám" });
  b.facts = {
    sheet: "KTNB 2012-2013",
    headerRows: "8",
    nameColumn: "B (Nội dung kiểm tra)",
    target: "column A (Thời gian: months, \"Học kỳ I\", \"Cả năm học\", \"Thường xuyên\") with the count in column C",
    actualColumns: "E (Kết quả thực hiện: counts as text, a date cell, \"Đang thực hiện\", \"Đã kiểm tra\", blanks)",
    ignoreColumns: "D (Người phụ trách), F (Ghi chú)",
    otherRows: (end + 1) + " (note: term I ended 12/01/2013), signature from " + (end + 3),
    asOf: "2013-01-15",
    period: "2012-2013",
    notes: "Judged on 15/1/2013. The timing column comes first. Row 15's term ended 12/01 (the note), but \"Đã kiểm tra\" carries no date.",
  };
  return b;
}
