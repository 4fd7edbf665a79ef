// Layout 322: a lower secondary school library's task list for October, with the librarian's own results in words (Trường THCS Nguyễn Thị Định, Quận 2, TP. Hồ Chí Minh, 2016): tasks as rows, the due time in words (a week, "Trước ngày", a window, "Trong tháng", "Chậm nhất", every Monday), results as sentences that carry their own dates and part counts ("Đã xử lý 85/120 bản"); read on 2/11/2016 when the month's report is sent.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch hoạt động thư viện tháng 10 năm 2016 và kết quả thực hiện, Trường THCS Nguyễn Thị Định (Quận 2, TP. Hồ Chí Minh)");
  const s = b.sheet("Thu vien thang 10");
  s.cols([5, 48, 24, 16, 34]);
  titleBlock(s, {
    left: ["PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 2", "TRƯỜNG THCS NGUYỄN THỊ ĐỊNH"],
    number: "Số: 02/KH-TV",
    date: "Quận 2, ngày 02 tháng 11 năm 2016",
    title: ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10/2016", "(Kế hoạch số 02/KH-TV ngày 28/9/2016)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "E"],
    titleSpan: ["A", "E"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian thực hiện", "Người thực hiện", "Kết quả thực hiện"], h);
  type T = [string, string, string, string, Status, string];
  const rows: T[] = [
    ["Tổng vệ sinh thư viện, sắp xếp lại bàn ghế, kho sách phục vụ bạn đọc tìm sách dễ dàng", "Tuần 1 (03/10 - 08/10/2016)", "CB thư viện, HS lớp 8A1", "Hoàn thành ngày 07/10/2016", "met", "finished on 7/10, inside the first week"],
    ["Tham mưu với BGH dự trù kinh phí mua sách phục vụ giáo viên và học sinh", "Trước ngày 15/10/2016", "CB thư viện", "Đã trình BGH dự trù ngày 17/10/2016", "not_met", "handed in on 17/10, after \"Trước ngày 15/10\": done, late"],
    ["Làm nghiệp vụ sách mới mua (120 bản), sắp xếp lên kệ, giới thiệu sách mới", "Trong tháng 10/2016", "CB thư viện", "Đã xử lý 85/120 bản; còn 35 bản chưa đăng ký cá biệt", "overdue", "85 of 120 books done when October is over: unfinished past its due month"],
    ["Giới thiệu sách theo chủ điểm tháng (Phụ nữ Việt Nam) dưới cờ", "Thứ Hai hằng tuần", "CB thư viện, Liên đội", "Thực hiện 04 buổi (03, 10, 17, 24/10); ngày 31/10 nghỉ chào cờ do mưa", "not_met", "October 2016 has five Mondays; four talks held, the fifth not"],
    ["Tổ chức cho học sinh thi kể chuyện về ngày 20/10 - Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", "Từ 10/10 đến 19/10/2016", "CB thư viện, GV Ngữ văn", "Đã tổ chức ngày 18/10/2016, 24 HS tham gia", "met", "held on 18/10, inside the window"],
    ["Tổ chức cho tất cả các khối lớp làm thiệp chào mừng ngày 20/11 - Ngày Nhà giáo Việt Nam", "Từ 24/10 đến 18/11/2016", "CB thư viện, GVCN", "Đang thực hiện: khối 6, khối 7 đã nộp", "pending", "the window runs to 18/11, after the 2/11 report: in progress"],
    ["Tổ chức cho học sinh đọc, mượn sách tại thư viện theo lịch", "Cả tháng, theo lịch từng lớp", "CB thư viện", "1.046 lượt đọc, mượn", "refuse", "no target: a count of loans against a routine duty"],
    ["Tiếp tục mã hóa, dán nhãn sách tham khảo", "Chậm nhất ngày 31/10/2016", "CB thư viện", "", "overdue", "blank on 2/11, past 31/10"],
  ];
  let r = 9;
  for (const [i, [task, due, who, result, status, why]] of rows.entries()) {
    s.row(`A${r}`, [String(i + 1), task, due, who, result], { border: true, wrap: true });
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.set(`C${r}`, due, { border: true, wrap: true, align: "center" });
    s.expect(`E${r}`, { indicator: task.length > 70 ? `${task.slice(0, 70).replace(/\s\S*$/, "")} …` : task, target: due, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Kết quả tính đến ngày 02/11/2016 (ngày gửi báo cáo tháng).",
    "- Các nội dung chưa hoàn thành chuyển sang kế hoạch tháng 11/2016.",
  ]);
  signature(s, r + 5, { col: "B", title: "BGH DUYỆT", name: "Lê Thị Minh Trang" }, { col: "E", title: "CÁN BỘ THƯ VIỆN", name: "Hàn Thị Hải" });
  b.facts = {
    sheet: "Thu vien thang 10",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian thực hiện: a week, \"Trước ngày\", \"Trong tháng\", a window, \"Thứ Hai hằng tuần\", \"Chậm nhất ngày\")",
    actualColumns: "E (Kết quả thực hiện: the librarian's sentences, with dates and part counts inside)",
    ignoreColumns: "A (TT), D (Người thực hiện)",
    otherRows: "notes and signature under the table",
    asOf: "2016-11-02",
    period: "tháng 10/2016",
    notes: "Read on 2/11/2016. Dates are inside the result sentences. \"Trước ngày 15/10\" is strict: handed in on 17/10 is done, late (not met). Row 11 is part done (85/120) after its month: overdue. October 2016 has five Mondays (3, 10, 17, 24, 31): four talks is short. Row 14's window runs to 18/11: pending. Row 15 is a routine count with no target (refuse). Row 16 is blank after its inclusive due day: overdue.",
  };
  return b;
}
