// Layout 166: a kindergarten's task table from its 2018-2019 plan (MG Tân Hộ Cơ, Tân Hồng, KH 122/KH-MG) with a progress column read on 20/12/2018: a month, a day, "Tháng 10 - 11/2018" spans, "Trước 15/10/2018", done in the month / the day / after the month, 3 of 4 at a span's end, blank past due, the current month, later months, "Cả năm học", a date without a year.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch thực hiện nhiệm vụ năm học 2018-2019, Trường Mẫu giáo Tân Hộ Cơ: tiến độ đến ngày 20/12/2018");
  const s = b.sheet("Tien do nhiem vu");
  s.cols([5, 46, 18, 18, 26, 20]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT TÂN HỒNG", "TRƯỜNG MG TÂN HỘ CƠ"],
    date: "Tân Hộ Cơ, ngày 20 tháng 12 năm 2018",
    title: ["TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM", "(Theo Kế hoạch số 122/KH-MG ngày 11/9/2018 về nhiệm vụ năm học 2018-2019)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung công việc", "Thời gian thực hiện", "Người phụ trách", "Kết quả thực hiện", "Ghi chú"], head);
  type T = [string, string, string, string, string, Status, string];
  const tasks: T[] = [
    ["Điều tra trẻ trong độ tuổi, cập nhật hồ sơ phổ cập giáo dục mầm non", "Tháng 9/2018", "Hiệu trưởng", "Hoàn thành ngày 28/9/2018", "", "met", "done 28/9, inside September"],
    ["Tổ chức lễ khai giảng năm học 2018-2019", "05/9/2018", "Ban giám hiệu", "Đã tổ chức ngày 05/9/2018", "", "met", "held on the day"],
    ["Kiểm tra sức khỏe, cân đo trẻ lần 1", "Tháng 9/2018", "Nhân viên y tế", "Hoàn thành ngày 03/10/2018", "Trạm y tế xã dời lịch", "not_met", "done 3/10, after September"],
    ["Báo cáo thống kê đầu năm học gửi Phòng GD&ĐT", "Trước 15/10/2018", "Văn thư", "Đã gửi ngày 12/10", "", "met", "\"12/10\" without a year: the plan's 2018, before the 15th"],
    ["Kiểm tra nội bộ chuyên đề (04 giáo viên)", "Tháng 10 - 11/2018", "Phó hiệu trưởng", "Đã kiểm tra 03/04 giáo viên", "", "not_met", "3 of 4 when the span ended on 30/11"],
    ["Hội thi giáo viên dạy giỏi cấp trường", "Tháng 11/2018", "Phó hiệu trưởng", "", "", "overdue", "blank, November is over on 20/12"],
    ["Hội thi \"Bé khỏe - Bé ngoan\"", "Tháng 12/2018", "Phó hiệu trưởng", "Đang chuẩn bị", "", "pending", "December is not over on 20/12"],
    ["Kiểm tra sức khỏe, cân đo trẻ lần 2", "Tháng 01/2019", "Nhân viên y tế", "", "", "pending", "not yet due"],
    ["Sơ kết học kỳ I, điều chỉnh kế hoạch học kỳ II", "Tháng 01/2019", "Hiệu trưởng", "", "", "pending", "not yet due"],
    ["Xây dựng môi trường giáo dục xanh - sạch - đẹp - an toàn", "Cả năm học", "Toàn trường", "Đang thực hiện", "", "pending", "runs to the end of the school year (May 2019)"],
  ];
  const first = 9;
  tasks.forEach((t, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, t[0], t[1], t[2], t[3], t[4]], { border: true, wrap: true });
    s.expect(`E${r}`, { indicator: t[0], target: t[1], status: t[5], why: t[6], ...(t[3] === "" ? { actual: "(trống)" } : {}) });
  });
  const last = first + tasks.length - 1;
  notes(s, last + 2, "B", ["Ghi chú: cột Kết quả thực hiện do Phó hiệu trưởng cập nhật đến ngày 20/12/2018 để chuẩn bị sơ kết học kỳ I."]);
  signature(s, last + 4, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Ngọc Hân" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Trần Thị Bích Thủy" });
  b.facts = {
    sheet: "Tien do nhiem vu",
    headerRows: "8",
    nameColumn: "B (Nội dung công việc)",
    target: "column C (Thời gian thực hiện, per row)",
    actualColumns: "E (Kết quả thực hiện)",
    ignoreColumns: "D (Người phụ trách), F (Ghi chú)",
    targetRows: "none",
    otherRows: `note ${last + 2}; signature from ${last + 4}`,
    asOf: "2018-12-20",
    period: "Năm học 2018-2019",
    notes: "A task table read mid-year: a month is met by a date inside it, a span \"Tháng 10 - 11/2018\" ends on 30/11; \"12/10\" has no year; the current month and later months are pending.",
  };
  return b;
}
