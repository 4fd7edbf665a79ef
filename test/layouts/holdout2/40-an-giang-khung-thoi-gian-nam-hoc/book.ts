// Layout 40: a lower-secondary school's progress sheet on the provincial school-year timetable (An Giang, QĐ 1267/QĐ-UBND, 2024-2025), deadlines written every way, reviewed at the end of term I.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện kế hoạch thời gian năm học 2024-2025, Trường THCS Vĩnh Mỹ (An Giang), sơ kết học kỳ I");
  const s = b.sheet("Tiến độ NH 2024-2025");
  s.cols([5, 46, 24, 18, 28, 16, 20]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ CHÂU ĐỐC", "TRƯỜNG THCS VĨNH MỸ"],
    date: "Vĩnh Mỹ, ngày 20 tháng 01 năm 2025",
    title: [
      "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025",
      "(Theo Quyết định số 1267/QĐ-UBND của UBND tỉnh An Giang về khung kế hoạch thời gian năm học 2024-2025)",
    ],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian theo kế hoạch", "Bộ phận thực hiện", "Kết quả thực hiện", "Ghi chú", "Năm học 2023-2024"], head);
  s.hideCols("G");
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", ""], { ...bd, bold: true });
  const date = (iso: string): CellInput => ({ v: iso, date: true, border: true, align: "center" });
  // [no, task, timing as written, who, result, note, last year's date (hidden), verdict, why]
  type Task = [string, string, CellInput, string, CellInput, string, CellInput, Status, string];
  const put = (r: number, t: Task) => {
    s.row(`A${r}`, [t[0], t[1], t[2], t[3], t[4], t[5], t[6]], bd);
    const timing = typeof t[2] === "object" && t[2] !== null ? "05/09/2024 (ô ngày)" : String(t[2]);
    s.expect(`E${r}`, { indicator: t[1], target: timing, status: t[7], why: t[8] });
  };
  sec(9, "I", "HỌC KỲ I");
  put(10, ["1", "Tựu trường học sinh các khối lớp", "Ngày 28/8/2024", "BGH, GVCN", date("2024-08-28"), "", date("2023-08-28"), "met", "done on the day set (a date cell)"]);
  put(11, ["2", "Tổ chức lễ khai giảng năm học mới", date("2024-09-05"), "BGH, Đoàn, Đội", "Đã tổ chức ngày 05/9/2024", "", date("2023-09-05"), "met", "held on the date set (the plan cell is a real date)"]);
  put(12, ["3", "Tổ chức Đại hội Liên đội", "Tháng 9-10/2024", "TPT Đội", "Hoàn thành 27/9/2024", "", "", "met", "27/9/2024 falls inside September-October 2024"]);
  put(13, ["4", "Kiểm tra nội bộ hồ sơ chuyên môn giáo viên", "Tháng 10/2024", "Tổ chuyên môn", "Hoàn thành 05/11/2024", "Lùi do trùng lịch tập huấn", "", "not_met", "done 05/11/2024, after the end of October 2024 (late)"]);
  put(14, ["5", "Kiểm tra giữa học kỳ I", "Tuần 9 (từ 28/10 đến 02/11/2024)", "Tổ chuyên môn", "Hoàn thành 01/11/2024", "", "", "met", "01/11/2024 is inside the week 28/10-02/11/2024"]);
  put(15, ["6", "Kỷ niệm Ngày Nhà giáo Việt Nam", "20/11", "Công đoàn", "Đã tổ chức 19/11/2024", "", "", "met", "day/month without a year: 20/11 of the school year 2024-2025 is 20/11/2024; held the day before"]);
  put(16, ["7", "Hội thi giáo viên dạy giỏi cấp trường", "Tháng 11 - 12/2024", "BGH, Tổ chuyên môn", "Hoàn thành ngày 13/12/2024", "", "", "met", "13/12/2024 is before the end of December 2024"]);
  put(17, ["8", "Lập hồ sơ đề nghị kiểm tra công nhận trường đạt chuẩn quốc gia", "Tháng 12/2024", "Hiệu trưởng", "", "", "", "overdue", "nothing reported although December 2024 has passed: unknown, not assumed late; overdue by the round-19 convention (nothing recorded past the due day)"]);
  put(18, ["9", "Kiểm tra cuối học kỳ I", "Trước ngày 04/01/2025", "Tổ chuyên môn", date("2025-01-06"), "", date("2024-01-03"), "not_met", "06/01/2025 is after \"trước ngày 04/01/2025\" (late); the hidden 2023-2024 date is not this year's"]);
  put(19, ["10", "Kết thúc học kỳ I", "11-01-2025", "Toàn trường", "Đã kết thúc 11/01/2025", "", "", "met", "dashes in the date; done on the day"]);
  put(20, ["11", "Sơ kết học kỳ I, gửi báo cáo về Phòng GD&ĐT", "Chậm nhất ngày 18/01/2025", "Hiệu trưởng", "Chưa thực hiện", "Chờ số liệu khối 9", "", "overdue", "not done and 18/01/2025 has passed on 20/01/2025"]);
  sec(21, "II", "HỌC KỲ II VÀ CUỐI NĂM HỌC");
  put(22, ["12", "Tổ chức Hội khỏe Phù Đổng cấp trường", "Quý I/2025", "GV Thể dục", "Đang chuẩn bị", "", "", "pending", "due 31/3/2025, after the as-of date"]);
  put(23, ["13", "Ngoại khóa chào mừng ngày thành lập Đoàn TNCS Hồ Chí Minh", "26-3", "Đoàn trường", "", "", "", "pending", "26/3 of the school year 2024-2025 is 26/3/2025: not yet due (never 26/3/2024)"]);
  put(24, ["14", "Kiểm tra giữa học kỳ II", "Tuần 27 (10/3 - 15/3/2025)", "Tổ chuyên môn", "", "", "", "pending", "due 15/3/2025"]);
  put(25, ["15", "Hoàn thành chương trình, kết thúc năm học", "Trước ngày 31/5/2025", "Toàn trường", "", "", "", "pending", "not yet due"]);
  put(26, ["16", "Xét công nhận tốt nghiệp THCS", "Trước 30/6/2025", "Hội đồng xét TN", "", "", "", "pending", "not yet due"]);
  put(27, ["17", "Tuyển sinh lớp 6 năm học 2025-2026", "Hoàn thành trước ngày 31/7/2025", "Hội đồng tuyển sinh", "", "", "", "pending", "not yet due"]);
  sec(28, "III", "CÔNG VIỆC THƯỜNG XUYÊN");
  put(29, ["18", "Cập nhật dữ liệu học sinh, giáo viên lên cơ sở dữ liệu ngành", "Thường xuyên", "Văn thư", "Đã cập nhật đầy đủ", "", "", "refuse", "\"Thường xuyên\" sets no deadline"]);
  s.set("B31", "Ghi chú: Thời gian ghi theo khung kế hoạch của tỉnh; ngày, tháng không ghi năm được hiểu theo năm học 2024-2025.", { italic: true });
  signature(s, 33, { col: "B", title: "NGƯỜI LẬP", name: "Trần Thị Mỹ Linh" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Lê Văn Phước" });
  b.facts = {
    sheet: "Tiến độ NH 2024-2025",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian theo kế hoạch: text dates \"Ngày 28/8/2024\", a real date cell, \"11-01-2025\", \"20/11\", \"26-3\", \"Tháng 9-10/2024\", \"Tuần 9 (từ 28/10 đến 02/11/2024)\", \"Quý I/2025\", \"Trước ngày …\", \"Chậm nhất ngày …\", \"Thường xuyên\")",
    actualColumns: "E (Kết quả thực hiện: real date cells, sentences with a date, \"Chưa thực hiện\", \"Đang chuẩn bị\", blanks)",
    ignoreColumns: "D (who does it), F (Ghi chú), G (hidden: last school year's dates)",
    otherRows: "9, 21, 28 (sections I-III), 31 (note), 33-39 (signature)",
    asOf: "2025-01-20",
    period: "2024-2025",
    notes: "A task table. Done by the deadline is met, done after it is not_met, not done and past due is overdue, not done and not yet due is pending; a blank result after the deadline is no_data. A day/month without a year takes its year from the school year 2024-2025 (September 2024 to August 2025), never from the as-of date. \"Trước ngày 04/01/2025\" means by 03/01/2025.",
  };
  return b;
}
