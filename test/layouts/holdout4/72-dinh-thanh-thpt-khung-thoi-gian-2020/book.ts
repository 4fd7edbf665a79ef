// Layout 72: a high school's progress sheet on its 2020-2021 school-year timetable (THPT Định Thành, Bạc Liêu, January 2021): fixed days, "chậm nhất", windows, "trước ngày", a day and month without a year, "theo lịch của Bộ", a recurring duty, and last year's dates in a hidden column.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện khung kế hoạch thời gian năm học 2020-2021, Trường THPT Định Thành, ngày 22/01/2021");
  const s = b.sheet("Khung thời gian");
  s.cols([5, 46, 26, 14, 24, 20, 22]);
  titleBlock(s, {
    left: ["SỞ GD&ĐT BẠC LIÊU", "TRƯỜNG THPT ĐỊNH THÀNH"],
    date: "Định Thành, ngày 22 tháng 01 năm 2021",
    title: ["TIẾN ĐỘ THỰC HIỆN KHUNG KẾ HOẠCH THỜI GIAN", "NĂM HỌC 2020-2021 (đến ngày 22/01/2021)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian theo kế hoạch", "Bộ phận thực hiện", "Kết quả thực hiện", "Năm học 2019-2020", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], { italic: true, align: "center", border: true });
  s.hideCols("F");
  const bd = { border: true, wrap: true };
  const date = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", align: "center" });
  // [task, timing, who, result, last year, note, verdict, why]
  type Task = [string, string, string, CellInput, CellInput, string, Status, string];
  const tasks: Task[] = [
    ["Tựu trường", "Ngày 01/9/2020", "Toàn trường", date("2020-09-01"), date("2019-08-26"), "", "met", "done on the day set"],
    ["Khai giảng năm học mới", "Ngày 05/9/2020", "Toàn trường", "Đã tổ chức ngày 05/9/2020", date("2019-09-05"), "", "met", "held on the day set"],
    ["Họp cha mẹ học sinh đầu năm học", "Trước 30/9", "Giáo viên chủ nhiệm", date("2020-09-27"), date("2019-09-22"), "", "met", "27/9/2020 is before 30/9 (a day and month without a year are 2020 in the school year 2020-2021)"],
    ["Xây dựng kế hoạch giáo dục nhà trường, nộp về Sở", "Chậm nhất ngày 30/9/2020", "Ban giám hiệu", date("2020-10-05"), date("2019-09-28"), "Bổ sung theo góp ý của Sở", "not_met", "5/10/2020 is after the last allowed day 30/9/2020 (done late)"],
    ["Tổ chức Hội khỏe Phù Đổng cấp trường", "Tháng 11/2020", "Tổ Thể dục - Quốc phòng", "", "Tháng 11/2019", "", "overdue", "the month is past and the result cell is blank: nothing says whether it was held; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Kiểm tra, đánh giá cuối học kỳ I", "Từ ngày 04/01 đến 09/01/2021", "Các tổ chuyên môn", date("2021-01-08"), "", "", "met", "8/1/2021 is inside the window"],
    ["Kết thúc học kỳ I", "Trước ngày 16/01/2021", "Toàn trường", "Hoàn thành 15/01/2021", date("2020-01-11"), "", "met", "15/1/2021 is before 16/1/2021"],
    ["Báo cáo sơ kết học kỳ I gửi Sở GD&ĐT", "Trước ngày 20/01/2021", "Văn phòng", "Chưa hoàn thành", date("2020-01-17"), "Đang tổng hợp số liệu các tổ", "overdue", "not done and the deadline has passed (as of 22/1/2021)"],
    ["Hoàn thành chương trình, kết thúc năm học", "Trước ngày 31/5/2021", "Toàn trường", "", "", "", "pending", "not yet due"],
    ["Ôn tập cho học sinh lớp 12 dự thi tốt nghiệp THPT", "Theo lịch của Bộ GD&ĐT", "Các tổ chuyên môn", "Đang thực hiện", "", "", "refuse", "no date on the sheet: the Ministry's calendar is not given"],
    ["Sinh hoạt chuyên môn theo nghiên cứu bài học", "02 lần/tháng", "Các tổ chuyên môn", "Đã thực hiện", "", "", "refuse", "a recurring duty, no deadline to judge"],
  ];
  tasks.forEach((t, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, t[0], t[1], t[2], t[3], t[4], t[5]], bd);
    s.expect(`E${r}`, { indicator: t[0], target: t[1], status: t[6], why: t[7] });
  });
  const end = 10 + tasks.length;
  s.set(`B${end + 1}`, "Ghi chú: ngày, tháng không ghi năm thuộc năm học 2020-2021; cột (6) ẩn khi in.", { italic: true });
  signature(s, end + 3, { col: "B", title: "NGƯỜI LẬP", name: "Trần Thị Mỹ Linh" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Lê Văn Phúc" });
  b.facts = {
    sheet: "Khung thời gian",
    headerRows: "8 (9: column numbers)",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian theo kế hoạch: \"Ngày …\", \"Trước 30/9\", \"Chậm nhất ngày …\", \"Tháng 11/2020\", \"Từ ngày … đến …\", \"Trước ngày …\", \"Theo lịch của Bộ GD&ĐT\", \"02 lần/tháng\")",
    actualColumns: "E (Kết quả thực hiện: date cells, \"Đã tổ chức ngày …\", \"Hoàn thành …\", \"Chưa hoàn thành\", \"Đang thực hiện\", \"Đã thực hiện\", blanks)",
    ignoreColumns: "D (who), F (hidden: last year's dates), G (Ghi chú)",
    otherRows: `9 (column numbers), ${end + 1} (note), signature from ${end + 3}`,
    asOf: "2021-01-22",
    period: "2020-2021",
    notes: "A task table. Done by the deadline is met, done after it is not_met, \"Chưa hoàn thành\" past the deadline is overdue, not yet due is pending, a blank result after the deadline is no_data. A day and month without a year belong to the school year 2020-2021 (September 2020 to May 2021). \"Theo lịch của Bộ\" and \"02 lần/tháng\" give nothing to judge (refuse). The hidden column holds last year's dates.",
  };
  return b;
}
