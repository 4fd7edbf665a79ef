// Layout 86: a primary school's progress sheet on its 2020-2021 labour and cleaning plan at mid-year (TH Ngô Quyền, Dầu Tiếng, Bình Dương, January 2021): deadlines, a month, a window missed, a festival as the deadline, daily and weekly duties and one after every heavy rain (nothing to judge), a blank past its month, not done past its day.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện kế hoạch lao động vệ sinh năm học 2020-2021, Trường Tiểu học Ngô Quyền, ngày 20/01/2021");
  const s = b.sheet("Lao động vệ sinh");
  s.cols([5, 44, 20, 28, 26, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DẦU TIẾNG", "TRƯỜNG TIỂU HỌC NGÔ QUYỀN"],
    date: "Dầu Tiếng, ngày 20 tháng 01 năm 2021",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH LAO ĐỘNG VỆ SINH", "Năm học 2020 - 2021 (sơ kết học kỳ I)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Bộ phận, lớp phụ trách", "Thời gian thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], { italic: true, align: "center", border: true });

  // [task, who, timing, result (text, ISO date marked with date:, or ""), status, why]
  type T = [string, string, string, CellInput, Status, string];
  const tasks: T[] = [
    ["Tổng vệ sinh trường, lớp chuẩn bị năm học mới", "Toàn trường", "Trước ngày 05/9/2020", "Hoàn thành 02/9/2020", "met", "2/9/2020 is before 5/9/2020"],
    ["Trồng, chăm sóc bồn hoa, cây cảnh trước các lớp học", "Khối 4, khối 5", "Tháng 9/2020", "Hoàn thành 25/9/2020", "met", "done within September 2020"],
    ["Vệ sinh lớp học, hành lang trước giờ vào học", "Lớp trực tuần", "Hằng ngày", "Thực hiện thường xuyên", "refuse", "a daily duty: no deadline to judge"],
    ["Tổng vệ sinh lớp học cuối tuần", "Các lớp", "Chiều thứ Sáu hằng tuần", "Đã thực hiện", "refuse", "a weekly duty: no deadline to judge"],
    ["Phát quang, dọn cỏ khu vực sân sau", "Khối 5", "Từ 12/10 đến 16/10/2020", "Hoàn thành 21/10/2020", "not_met", "21/10/2020 is after the window closed on 16/10/2020 (done late)"],
    ["Khơi thông cống rãnh quanh trường", "Bảo vệ, khối 5", "Sau mỗi đợt mưa lớn", "Đã thực hiện 03 đợt", "refuse", "tied to rain, not to a date: nothing to judge"],
    ["Trang trí, vệ sinh khuôn viên chào mừng Ngày Nhà giáo Việt Nam 20/11", "Toàn trường", "Trước ngày 18/11/2020", { v: "2020-11-17", date: true }, "met", "17/11/2020 is before 18/11/2020"],
    ["Sơn lại tường rào mặt trước", "Tổ văn phòng", "Trong tháng 12/2020", "", "overdue", "December is over and the result cell is blank: nothing says whether it was done; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Phun khử khuẩn phòng học, tổng vệ sinh cuối học kỳ I", "Nhân viên y tế, các lớp", "Trước ngày 15/01/2021", "Chưa thực hiện", "overdue", "not done and 15/1/2021 has passed (as of 20/1/2021)"],
    ["Tổng vệ sinh, trang trí đón Tết Nguyên đán Tân Sửu", "Toàn trường", "Trước Tết Nguyên đán Tân Sửu 2021", "Đang chuẩn bị", "pending", "Tết Tân Sửu falls on 12/02/2021: not yet due on 20/1/2021"],
    ["Lao động trồng cây đầu xuân", "Khối 3, 4, 5", "Tháng 02/2021", "", "pending", "February 2021 has not come"],
    ["Tổng vệ sinh cuối năm học, bàn giao phòng học", "Giáo viên chủ nhiệm", "Tuần cuối tháng 5/2021", "", "pending", "not yet due"],
  ];
  const bd = { border: true, wrap: true };
  tasks.forEach((t, i) => {
    const r = 10 + i;
    const result: CellInput = typeof t[3] === "object" && t[3] !== null ? { ...t[3], fmt: "dd/mm/yyyy" } : t[3];
    s.row(`A${r}`, [{ v: i + 1, align: "center" }, t[0], t[1], t[2], result, ""], bd);
    s.expect(`E${r}`, { indicator: t[0], target: t[2], status: t[4], why: t[5] });
  });
  const end = 10 + tasks.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Kết quả tính đến ngày 20/01/2021; các nội dung học kỳ II tiếp tục theo dõi.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Thu Trang" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Lê Văn Hòa" });
  b.facts = {
    sheet: "Lao động vệ sinh",
    headerRows: "8 (9: column numbers)",
    nameColumn: "B (Nội dung công việc)",
    target: "column D (Thời gian thực hiện: \"Trước ngày …\", \"Tháng 9/2020\", \"Hằng ngày\", \"Chiều thứ Sáu hằng tuần\", \"Từ … đến …\", \"Sau mỗi đợt mưa lớn\", \"Trong tháng 12/2020\", \"Trước Tết Nguyên đán Tân Sửu 2021\", \"Tuần cuối tháng 5/2021\")",
    actualColumns: "E (Kết quả thực hiện: \"Hoàn thành …\", a date cell, \"Chưa thực hiện\", \"Đang chuẩn bị\", words of routine, blanks)",
    ignoreColumns: "C (who), F (Ghi chú)",
    otherRows: `9 (column numbers), ${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2021-01-20",
    period: "2020-2021",
    notes: "A task table at mid-year. Done by the deadline or inside the month or window is met; done after it is not_met; not done past the deadline is overdue; a blank past its month is no_data; not yet due is pending. Daily, weekly and rain-driven duties give no deadline (refuse). \"Trước Tết Nguyên đán Tân Sửu\" is a deadline on a festival (12/02/2021), not yet due.",
  };
  return b;
}
