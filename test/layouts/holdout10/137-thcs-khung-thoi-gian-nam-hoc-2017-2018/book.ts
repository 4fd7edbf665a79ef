// Layout 137: a lower-secondary school's tracking of the school-year timetable (QĐ 2071/QĐ-BGDĐT frame for 2017-2018, as the province set its days) read on 15/6/2018: section rows, deadlines as "Trước ngày", "Sớm nhất", a fixed day, windows and months, date cells and text results, reports owed to the district office, routine and event-tied rows.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện kế hoạch thời gian năm học 2017-2018, Trường THCS Quang Trung (theo khung kế hoạch thời gian năm học ban hành kèm QĐ 2071/QĐ-BGDĐT)");
  const s = b.sheet("Ke hoach thoi gian");
  s.cols([6, 50, 24, 18, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ", "TRƯỜNG THCS QUANG TRUNG"],
    date: "ngày 15 tháng 6 năm 2018",
    title: ["THEO DÕI THỰC HIỆN KẾ HOẠCH THỜI GIAN NĂM HỌC 2017 - 2018", "(Theo Quyết định số 2071/QĐ-BGDĐT ngày 16/6/2017 của Bộ GD&ĐT và kế hoạch thời gian năm học của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "E"],
    titleSpan: ["A", "E"],
  });
  s.row("A8", ["TT", "Nội dung", "Thời gian theo kế hoạch", "Ngày thực hiện", "Ghi chú"], { bold: true, align: "center", wrap: true, border: true });
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)"], { italic: true, align: "center", border: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, CellInput, string, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", null, ""];
  const rows: Row[] = [
    sec("I", "KHUNG THỜI GIAN NĂM HỌC"),
    ["1", "Tựu trường", "Sớm nhất ngày 01/8/2017", d("2017-08-14"), "", "met", "14/8 is after the earliest allowed day: the row only forbids starting before 01/8"],
    ["2", "Khai giảng năm học mới", "Ngày 05/9/2017", d("2017-09-05"), "", "met", "held on the fixed day"],
    ["3", "Kết thúc học kỳ I", "Trước ngày 15/01/2018", d("2018-01-13"), "", "met", "13/01, before 15/01"],
    ["4", "Kiểm tra cuối học kỳ II", "Từ ngày 07/5 đến ngày 12/5/2018", "Từ 08/5 đến 11/5/2018", "", "met", "inside the window"],
    ["5", "Hoàn thành kế hoạch giảng dạy và học tập", "Trước ngày 25/5/2018", d("2018-05-25"), "", "not_met", "on 25/5: not before it (strict \"Trước ngày\")"],
    ["6", "Kết thúc năm học", "Trước ngày 31/5/2018", d("2018-05-30"), "Lễ tổng kết 30/5", "met", "30/5, before 31/5"],
    ["7", "Xét công nhận tốt nghiệp THCS", "Trước ngày 30/6/2018", "", "Hội đồng xét họp dự kiến 20/6", "pending", "due 30/6; the log is dated 15/6"],
    ["8", "Hoàn thành tuyển sinh vào lớp 6", "Trước ngày 31/7/2018", "Đang nhận hồ sơ", "", "pending", "not yet due"],
    sec("II", "BÁO CÁO GỬI PHÒNG GD&ĐT"),
    ["9", "Báo cáo số liệu đầu năm học (EMIS)", "Trước ngày 30/9/2017", d("2017-09-28"), "", "met", "28/9, before 30/9"],
    ["10", "Báo cáo sơ kết học kỳ I", "Trước ngày 20/01/2018", "", "", "overdue", "past 20/01 and nothing entered: not known whether sent; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["11", "Báo cáo kết quả kiểm tra học kỳ II", "Tháng 5/2018", "Đã gửi ngày 04/6/2018", "", "not_met", "sent in June for a May deadline"],
    ["12", "Báo cáo tổng kết năm học", "Trước ngày 10/6/2018", "Chưa gửi", "Chờ số liệu thi đua", "overdue", "not sent and 10/6 has passed"],
    ["13", "Kế hoạch bồi dưỡng thường xuyên hè 2018", "Tháng 7/2018", "", "", "pending", "July is still ahead"],
    sec("III", "CÔNG VIỆC THƯỜNG XUYÊN, ĐỘT XUẤT"),
    ["14", "Dạy bù các buổi nghỉ do thiên tai (nếu có)", "Theo kế hoạch của trường", "Đã dạy bù 2 buổi", "", "refuse", "the timing is the school's own, not on the row"],
    ["15", "Cập nhật cơ sở dữ liệu ngành", "Thường xuyên", "Đang thực hiện", "", "refuse", "\"Thường xuyên\": no deadline"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    const secRow = x[5] === null;
    s.row(`A${r}`, [x[0], x[1], x[2]], { border: true, wrap: true, bold: secRow });
    s.set(`D${r}`, typeof x[3] === "object" && x[3] !== null ? x[3] : { v: x[3] as string, border: true, wrap: true });
    s.set(`E${r}`, x[4], { border: true, wrap: true });
    if (x[5]) s.expect(`D${r}`, { indicator: x[1], target: x[2], status: x[5], why: x[6] });
  });
  const end = 10 + rows.length; // 28
  s.set(`B${end + 1}`, "Ghi chú: Nghỉ Tết Nguyên đán Mậu Tuất và các ngày lễ theo thông báo của UBND tỉnh; thời gian học bù không tính vào cột (3).", { italic: true });
  signature(s, end + 3, { col: "B", title: "NGƯỜI LẬP", name: "Trần Thị Thu Hằng" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Bình" });
  b.facts = {
    sheet: "Ke hoach thoi gian",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Nội dung)",
    target: "column C (Thời gian theo kế hoạch: \"Trước ngày\" strict, \"Sớm nhất ngày\" an earliest day, a fixed day, a window, a month)",
    actualColumns: "D (date cells, text dates, \"Đang nhận hồ sơ\", \"Chưa gửi\", blank)",
    ignoreColumns: "E (Ghi chú)",
    otherRows: "10, 19, 25 (section rows I-III), 29 (note), signature from 31",
    asOf: "2018-06-15",
    period: "2017-2018",
    notes: "Judged on 15/6/2018. \"Sớm nhất ngày 01/8\" forbids an earlier start; it is not a deadline to finish by. The note's Tết and holidays are not tasks.",
  };
  return b;
}
