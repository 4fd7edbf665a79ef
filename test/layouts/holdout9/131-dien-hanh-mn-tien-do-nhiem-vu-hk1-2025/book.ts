// Layout 131: a kindergarten's task table from its education plan, with progress entered at the first-term review (MN Diễn Hạnh, Diễn Châu, KH 92/KH-TMN, 2024-2025): the plan's contents page first, section rows, month / term / week / festival deadlines, done late, blank past due, routine duties.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi tiến độ thực hiện nhiệm vụ theo Kế hoạch giáo dục nhà trường năm học 2024-2025, Trường Mầm non Diễn Hạnh (sơ kết học kỳ I)");
  // Sheet 1: the plan's contents page, as the plan file opens.
  const m = b.sheet("Muc luc");
  m.cols([6, 70, 8]);
  m.merge("A1:C1", "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025", { bold: true, align: "center", size: 14 });
  m.merge("A2:C2", "MỤC LỤC", { bold: true, align: "center" });
  m.row("A4", ["TT", "Nội dung", "Trang"], { bold: true, border: true, align: "center" });
  const toc: [string, string, number][] = [
    ["I", "CĂN CỨ XÂY DỰNG KẾ HOẠCH", 2], ["II", "ĐẶC ĐIỂM TÌNH HÌNH", 2], ["1", "Đặc điểm tình hình KT, VH, XH của địa phương", 3],
    ["2", "Đặc điểm tình hình nhà trường năm học 2024-2025", 3], ["3", "Đánh giá chung", 4], ["III", "MỤC TIÊU, CHỈ TIÊU", 5],
    ["IV", "CHƯƠNG TRÌNH GIÁO DỤC, CÁC CHUYÊN ĐỀ", 6], ["V", "CÁC NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", 7], ["VI", "TỔ CHỨC THỰC HIỆN (Phụ lục: Kế hoạch thực hiện nhiệm vụ theo tháng)", 17],
  ];
  toc.forEach((t, i) => m.row(`A${5 + i}`, t, { border: true }));

  const s = b.sheet("Tien do nhiem vu");
  s.cols([6, 52, 22, 16, 28, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DIỄN CHÂU", "TRƯỜNG MẦM NON DIỄN HẠNH"],
    date: "Diễn Hạnh, ngày 17 tháng 01 năm 2025",
    title: ["PHỤ LỤC: KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2024 - 2025", "(Kèm theo Kế hoạch số 92/KH-TMN ngày 06/9/2024; cột Kết quả cập nhật khi sơ kết học kỳ I)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách", "Kết quả thực hiện", "Ghi chú"], { bold: true, align: "center", wrap: true, border: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, string, CellInput, string, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", "", null, ""];
  const rows: Row[] = [
    sec("I", "QUY MÔ PHÁT TRIỂN SỐ LƯỢNG"),
    ["1", "Điều tra, cập nhật số liệu trẻ trong độ tuổi trên hệ thống phổ cập giáo dục", "Tháng 9/2024", "Phó hiệu trưởng", "Hoàn thành ngày 25/9/2024", "", "met", "done 25/9, inside September"],
    ["2", "Giáo viên xây dựng kế hoạch giáo dục nhóm, lớp năm học", "Trước ngày 30/9/2024", "Giáo viên các lớp", d("2024-10-02"), "02 lớp nộp chậm", "not_met", "finished 02/10, after \"Trước ngày 30/9\""],
    sec("II", "ĐẢM BẢO AN TOÀN VỀ THỂ CHẤT VÀ TINH THẦN CHO TRẺ"),
    ["3", "Khám sức khỏe định kỳ lần 1, cân đo, đánh giá tình trạng dinh dưỡng của trẻ", "Tháng 10/2024", "Nhân viên y tế", "Đã khám ngày 18/11/2024", "Trạm y tế xã dời lịch", "not_met", "done in November against October"],
    ["4", "Sửa chữa, lát lại nền sân chơi khu B", "Trước 31/12/2024", "Kế toán", "Chưa thực hiện", "Chờ kinh phí xã hội hóa", "overdue", "past 31/12/2024 and written \"Chưa thực hiện\""],
    sec("III", "NÂNG CAO CHẤT LƯỢNG NUÔI DƯỠNG, CHĂM SÓC, GIÁO DỤC TRẺ"),
    ["5", "Hội thi giáo viên dạy giỏi cấp trường", "Tháng 11/2024", "PHT chuyên môn", "Đã tổ chức 04-15/11/2024", "", "met", "held in November"],
    ["6", "Xây dựng chuyên đề \"Phát triển vận động cho trẻ\" cấp trường", "Tháng 12/2024", "PHT chuyên môn", "", "", "overdue", "December is past and nothing is entered; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["7", "Kiểm tra hoạt động sư phạm nhà giáo (ít nhất 30% giáo viên)", "Học kỳ I", "Ban giám hiệu", "Đã kiểm tra 6/18 GV", "", "met", "done within term I; 6/18 = 33% of teachers, at least 30%"],
    ["8", "Sơ kết học kỳ I, đánh giá thực hiện kế hoạch", "Tuần 3 tháng 01/2025 (13-18/01)", "Hiệu trưởng", "", "", "pending", "the week runs to 18/01; the log is dated 17/01"],
    ["9", "Tổ chức \"Ngày hội Tết quê em\" cho trẻ", "Trước Tết Nguyên đán Ất Tỵ", "Công đoàn, Đoàn TN", "", "", "pending", "Tết Ất Tỵ is 29/01/2025, still ahead"],
    ["10", "Hoàn thiện hồ sơ tự đánh giá kiểm định chất lượng giáo dục", "Trước 30/4/2025", "Hội đồng tự đánh giá", "Đang thực hiện (60%)", "", "pending", "not yet due"],
    ["11", "Đánh giá trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "Tháng 5/2025", "Giáo viên lớp 5 tuổi", "", "", "pending", "not yet due"],
    sec("IV", "CÁC NHIỆM VỤ THƯỜNG XUYÊN"),
    ["12", "Tuyên truyền, phổ biến kiến thức nuôi dạy trẻ cho cha mẹ", "Thường xuyên", "Giáo viên các lớp", "Đang thực hiện", "", "refuse", "\"Thường xuyên\": no deadline"],
    ["13", "Kiểm tra vệ sinh an toàn thực phẩm bếp ăn bán trú", "Hằng tháng", "Ban giám hiệu", "Đã kiểm tra tháng 9-12", "", "refuse", "a monthly duty: no single deadline"],
    ["14", "Tham gia Hội thi \"Bé khỏe - Bé ngoan\" cấp huyện", "Theo lịch của Phòng GD&ĐT", "PHT chuyên môn", "", "", "refuse", "the date depends on the office's schedule, not on the row"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    const secRow = x[6] === null;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], undefined, x[5]], { border: true, wrap: true, bold: secRow });
    s.set(`E${r}`, typeof x[4] === "object" && x[4] !== null ? x[4] : { v: x[4] as string, border: true, wrap: true });
    if (x[6]) s.expect(`E${r}`, { indicator: x[1], target: x[2], status: x[6], why: x[7] });
  });
  const end = 9 + rows.length;
  signature(s, end + 1, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Nguyễn Thị Hằng" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Trần Thị Mai" });
  b.facts = {
    sheet: "Tien do nhiem vu",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian hoàn thành: months, \"Trước ngày\" strict, a term, a week with its days, a festival, routine wordings)",
    actualColumns: "E (Kết quả thực hiện: sentences with dates, a date cell, \"Chưa thực hiện\", \"Đang thực hiện (60%)\", blank)",
    ignoreColumns: "A (TT), D (Người phụ trách), F (Ghi chú)",
    otherRows: `9, 12, 15, 24 (section rows I-IV), signature from ${end + 1}; sheet "Muc luc" is the plan's contents page (page numbers, not figures)`,
    asOf: "2025-01-17",
    period: "2024-2025",
    notes: "Judged on the day of the term review (17/01/2025). A blank past its month is no data; \"Chưa thực hiện\" past due is overdue; the current week and Tết (29/01/2025) are still ahead.",
  };
  return b;
}
