// Layout 178: a primary school's monthly work plan for 2020-2021 with its progress at the first-term review (TH Tân Mỹ, TP Bắc Giang, read on 15/01/2021): the month is a section row and is the deadline of every task under it unless the task's own "Thời gian hoàn thành" cell says otherwise; dates without a year, a window running into January, "Trước", a contest moved by the Phòng in the notes column, "Hằng tuần".
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch công tác theo tháng năm học 2020-2021, Trường Tiểu học Tân Mỹ (TP Bắc Giang): tiến độ thực hiện đến ngày 15/01/2021");
  const s = b.sheet("KH thang 2020-2021");
  s.cols([6, 50, 22, 20, 32, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ BẮC GIANG", "TRƯỜNG TIỂU HỌC TÂN MỸ"],
    date: "Tân Mỹ, ngày 15 tháng 01 năm 2021",
    title: ["KẾ HOẠCH CÔNG TÁC THEO THÁNG NĂM HỌC 2020-2021", "(Phụ lục Kế hoạch hoạt động giáo dục năm học 2020-2021; cập nhật kết quả đến ngày 15/01/2021)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Người thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  // [nội dung, thời gian (blank = the month), người, kết quả, ghi chú, status, why]
  type T = [string, string, string, string, string, Status, string];
  const months: [string, T[]][] = [
    ["THÁNG 9/2020", [
      ["Tổ chức Lễ khai giảng năm học mới", "05/9/2020", "BGH, Tổng phụ trách Đội", "Đã tổ chức ngày 05/9/2020", "", "met", "held on the day"],
      ["Xây dựng Kế hoạch giáo dục nhà trường, trình Phòng GD&ĐT phê duyệt", "Trước 30/9/2020", "Hiệu trưởng", "Đã trình ngày 28/9/2020", "", "met", "28/9, before 30/9"],
      ["Khảo sát chất lượng đầu năm khối 2 đến khối 5", "", "PHT, giáo viên chủ nhiệm", "Hoàn thành ngày 18/9", "", "met", "\"18/9\" without a year (the plan's 2020), inside September, the section's month"],
    ]],
    ["THÁNG 10/2020", [
      ["Tổ chức Hội nghị viên chức, người lao động năm học 2020-2021", "", "Hiệu trưởng, Chủ tịch Công đoàn", "Đã tổ chức ngày 02/11/2020", "", "not_met", "done 2/11, after October (the section's month)"],
      ["Kiểm tra nội bộ hồ sơ chuyên môn tổ 1, tổ 2", "", "PHT", "Đã kiểm tra tổ 1; tổ 2 chưa kiểm tra", "", "overdue", "1 of 2 groups when October ended: unfinished past its month (re-decided, session 17: an unfinished task past due is overdue)"],
    ]],
    ["THÁNG 11/2020", [
      ["Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11", "Trước 20/11/2020", "Tổ trưởng chuyên môn", "Hoàn thành ngày 17/11/2020 (18 tiết)", "", "met", "17/11, before 20/11"],
      ["Thi giáo viên dạy giỏi cấp trường", "Tuần 3, 4 tháng 11", "BGH, tổ chuyên môn", "Hoàn thành ngày 20/11/2020", "", "met", "20/11 falls in the third or fourth week of November however weeks are counted (1/11/2020 is a Sunday)"],
    ]],
    ["THÁNG 12/2020", [
      ["Kiểm tra định kỳ cuối học kỳ I môn Toán, Tiếng Việt lớp 4, 5", "Từ 28/12/2020 đến 08/01/2021", "PHT, giáo viên", "Đã kiểm tra xong ngày 07/01/2021", "", "met", "7/1 inside the window, which runs past the section's month"],
      ["Cập nhật cơ sở dữ liệu ngành giáo dục đầu năm học", "", "Nhân viên văn phòng", "", "", "overdue", "blank, December is over"],
      ["Tổ chức Hội khỏe Phù Đổng cấp trường", "", "Giáo viên Thể dục, TPT Đội", "Chưa tổ chức", "Lùi sang tháng 3/2021 theo Công văn của Phòng GD&ĐT", "pending", "listed under December, but the row's note says the Phòng moved it to March 2021 by letter: the deadline that holds is March, not yet come on 15/1 (the December one no longer binds)"],
    ]],
    ["THÁNG 01/2021", [
      ["Sơ kết học kỳ I, báo cáo Phòng GD&ĐT", "Trước 20/01/2021", "Hiệu trưởng", "", "", "pending", "not yet due on 15/1"],
      ["Hoàn thành đánh giá giữa năm, ghi học bạ", "", "Giáo viên chủ nhiệm", "Đang thực hiện", "", "pending", "January is not over on 15/1"],
    ]],
    ["THÁNG 02/2021", [
      ["Phát động Tết trồng cây Xuân Tân Sửu", "", "Tổng phụ trách Đội", "", "", "pending", "February, not yet come"],
    ]],
    ["CÔNG VIỆC THƯỜNG XUYÊN", [
      ["Kiểm tra nề nếp dạy và học, dự giờ đột xuất", "Hằng tuần", "BGH", "Đã dự 42 tiết", "", "refuse", "\"Hằng tuần\": no deadline to judge against"],
    ]],
  ];
  let r = 9;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [month, tasks] of months) {
    s.merge(`A${r}:F${r}`, month, { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const t of tasks) {
      n++;
      s.row(`A${r}`, [n, t[0], t[1], t[2], t[3], t[4]], { border: true, wrap: true });
      s.expect(`E${r}`, { indicator: t[0], target: t[1] || `${month.toLowerCase().replace(/^t/, "T")} (section row)`, status: t[5], why: t[6], ...(t[3] === "" ? { actual: "(trống)" } : {}) });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Công việc không ghi thời gian hoàn thành thì hoàn thành trong tháng.",
    "- Học kỳ I kết thúc ngày 16/01/2021 theo Kế hoạch thời gian năm học của UBND tỉnh Bắc Giang.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP", name: "Nguyễn Thị Hoa" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Đỗ Thị Thanh Hương" });
  b.facts = {
    sheet: "KH thang 2020-2021",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian hoàn thành); when blank, the month in the section row above (notes say so)",
    actualColumns: "E (Kết quả thực hiện)",
    ignoreColumns: "A (TT), D (Người thực hiện), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `month section rows ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2021-01-15",
    period: "Năm học 2020-2021",
    notes: "The deadline of most tasks is the month of the section row above them; a task's own cell overrides it (a date, \"Trước\", a week span, a window into January, \"Hằng tuần\"). A contest the Phòng moved to March by letter (the row's note) is still listed under December: March holds, so it is pending.",
  };
  return b;
}
