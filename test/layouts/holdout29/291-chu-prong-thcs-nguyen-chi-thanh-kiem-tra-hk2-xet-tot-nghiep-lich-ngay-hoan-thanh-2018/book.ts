// Layout 291: a lower secondary school's term-two test and graduation review timetable read after the review (THCS Nguyễn Chí Thanh, Chư Prông, Gia Lai, 2017-2018): tasks as rows with the due time in words (a window, "Trước ngày" strict, "Chậm nhất ngày" inclusive, a month, the office's timetable), a completion-date column of date cells and a result column where one row holds a count typed "143/145 (98,6%)" against a floor in the task text; read on 31/5/2018.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch kiểm tra học kỳ II và xét công nhận tốt nghiệp THCS năm học 2017-2018, tiến độ thực hiện, Trường THCS Nguyễn Chí Thanh (Chư Prông, Gia Lai)");
  const s = b.sheet("Tien do KTHK2-XTN");
  s.cols([5, 46, 24, 20, 13, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT CHƯ PRÔNG", "TRƯỜNG THCS NGUYỄN CHÍ THANH"],
    date: "Chư Prông, ngày 31 tháng 5 năm 2018",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH KIỂM TRA HỌC KỲ II VÀ XÉT CÔNG NHẬN TỐT NGHIỆP THCS", "Năm học 2017-2018 (theo Công văn số 220/PGDĐT-GDTrH ngày 23/04/2018 của Phòng GD&ĐT Chư Prông)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Nội dung công việc", "Thời gian thực hiện", "Bộ phận thực hiện", "Ngày hoàn thành", "Kết quả / Ghi chú"], head);
  const sec = { bold: true, border: true };
  type T = [string, string, string, string | null, string, Status, string];
  const rows: Array<["sec", string] | T> = [
    ["sec", "A. KIỂM TRA HỌC KỲ II"],
    ["1", "Tổ bộ môn thống nhất ma trận, nộp đề và đáp án các môn trường ra đề (khối 7, 8 và các môn còn lại khối 6, 9)", "Trước ngày 05/5/2018", "2018-05-04", "Đã nộp đủ 11 môn", "met", "handed in on 4/5, before 5/5"],
    ["2", "Duyệt đề, in sao đề kiểm tra", "Từ ngày 07/5 đến ngày 09/5/2018", "2018-05-09", "", "met", "finished on the window's last day"],
    ["3", "Kiểm tra tập trung 04 môn Phòng ra đề chung (Ngữ văn, Toán, Tiếng Anh, Vật lý) khối 6, 9", "Theo lịch của Phòng GD&ĐT (14/5 - 16/5/2018)", "2018-05-16", "Đúng lịch", "met", "held on the office's days"],
    ["4", "Chấm bài, nhập điểm kiểm tra học kỳ II vào phần mềm quản lý", "Chậm nhất ngày 19/5/2018", "2018-05-21", "Khối 9 nhập chậm 02 ngày", "not_met", "finished on 21/5, two days after an inclusive 19/5: done, late"],
    ["5", "Kiểm tra, giám sát việc thực hiện quy chế kiểm tra", "Trong suốt thời gian kiểm tra", "", "", "refuse", "no due day: a duty through the test period"],
    ["sec", "B. XÉT CÔNG NHẬN TỐT NGHIỆP THCS"],
    ["6", "Họp Hội đồng xét công nhận tốt nghiệp THCS", "Trước ngày 25/5/2018", "2018-05-25", "", "not_met", "held on 25/5 against \"Trước ngày 25/5\" (strict): on the day is late"],
    ["7", "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt từ 98% trở lên", "Trước ngày 25/5/2018", "2018-05-25", "143/145 (98,6%)", "exceeded", "143 of 145 = 98,6%, above the inclusive 98% floor; a figure, judged on the count, not on the day"],
    ["8", "Nộp hồ sơ xét công nhận tốt nghiệp về Phòng GD&ĐT", "Trước ngày 28/5/2018", "", "", "overdue", "blank on 31/5, three days after the due day"],
    ["9", "Nhập số liệu báo cáo thống kê cuối năm trên hệ thống EQMS", "Chậm nhất ngày 05/6/2018", "", "", "pending", "blank, due on 5/6, after the sheet's 31/5"],
    ["10", "Hoàn thiện, bàn giao học bạ, sổ điểm cho văn phòng", "Tháng 6/2018", "", "", "pending", "June has not begun on 31/5"],
  ];
  let r = 8;
  for (const row of rows) {
    if (row[0] === "sec") {
      s.merge(`A${r}:F${r}`, row[1], sec);
      r++;
      continue;
    }
    const [tt, task, due, done, result, status, why] = row as T;
    s.row(`A${r}`, [tt, task, due, done ? { v: done, date: true, border: true, align: "center" } : "", "", result], { border: true, wrap: true });
    s.set(`A${r}`, tt, { border: true, align: "center" });
    s.set(`D${r}`, tt === "5" ? "Ban Giám hiệu" : tt === "3" || tt === "6" || tt === "7" ? "Hội đồng nhà trường" : tt === "8" || tt === "9" || tt === "10" ? "Văn phòng" : "Tổ chuyên môn", { border: true, wrap: true });
    s.set(`E${r}`, done ? { v: done, date: true } : "", { border: true, align: "center" });
    s.set(`F${r}`, result, { border: true, wrap: true });
    if (tt === "7") s.expect(`F${r}`, { indicator: `Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS`, target: "Từ 98% trở lên (in the task text)", status, why });
    else s.expect(`E${r}`, { indicator: task.length > 70 ? `${task.slice(0, 70).replace(/\s\S*$/, "")} …` : task, target: due, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Cột \"Ngày hoàn thành\" do Phó Hiệu trưởng cập nhật; để trống là chưa thực hiện.",
    "- Số liệu cập nhật đến ngày 31/5/2018.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP", name: "Rơ Châm H'Lan" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Dũng" });
  b.facts = {
    sheet: "Tien do KTHK2-XTN",
    headerRows: "7",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian thực hiện: deadlines in words) for the tasks; the floor \"từ 98% trở lên\" in row 16's task text for the graduation rate",
    actualColumns: "E (Ngày hoàn thành: date cells) for the tasks; F (Kết quả) for the graduation count typed \"143/145 (98,6%)\"",
    ignoreColumns: "A (TT), D (Bộ phận thực hiện)",
    otherRows: "8 and 14 (section rows A and B), notes and signature under the table",
    asOf: "2018-05-31",
    period: "2017-2018",
    notes: "Read on 31/5/2018. \"Trước ngày\" is strict (on the day is late), \"Chậm nhất ngày\" inclusive, a window is met on its last day. A task finished after its due day is not met; a blank past its due day is overdue; a blank before it is pending. Row 13 has no due day (refuse). Row 16 is a figure: the graduation rate against its floor, judged on F, whatever its date.",
  };
  return b;
}
