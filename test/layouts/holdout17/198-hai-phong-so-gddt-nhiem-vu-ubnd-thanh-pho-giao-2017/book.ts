// Layout 198: a city department's log of the tasks the city committee assigned it (Sở GD&ĐT Hải Phòng, under QĐ 3180/2016/QĐ-UBND), read on 20/12/2017: task, the letter assigning it, the deadline in every wording (a day with "Trước" / "Chậm nhất", a quarter, a month, a span counted from an inspection date, "hằng tháng", a next-year deadline, "Theo yêu cầu"), the completion date as date cells or text, the department's own classification (wrong once), a hidden follow-up column.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện nhiệm vụ UBND thành phố, Chủ tịch UBND thành phố giao năm 2017, Sở Giáo dục và Đào tạo Hải Phòng");
  const s = b.sheet("Nhiem vu TP giao 2017");
  s.cols([5, 46, 22, 26, 14, 16, 24, 18, 28]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hải Phòng, ngày 20 tháng 12 năm 2017",
    title: ["BẢNG THEO DÕI THỰC HIỆN NHIỆM VỤ UBND THÀNH PHỐ, CHỦ TỊCH UBND THÀNH PHỐ GIAO NĂM 2017", "(Phục vụ đánh giá, phân loại mức độ thực hiện nhiệm vụ theo Quyết định số 3180/2016/QĐ-UBND ngày 19/12/2016)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung nhiệm vụ", "Văn bản giao", "Thời hạn hoàn thành", "Ngày hoàn thành", "Văn bản báo cáo kết quả", "Tự phân loại", "Cán bộ theo dõi", "Ghi chú"], head);
  s.hideCols("H");
  // [task, letter, deadline, done (ISO date / text / ""), report, own class, note, status, why]
  type T = [string, string, string, string, string, string, string, Status, string];
  const rows: T[] = [
    ["Báo cáo kết quả tuyển sinh vào lớp 10 THPT năm học 2017-2018", "CV 4512/UBND-VX", "Trước ngày 15/8/2017", "2017-08-14", "1520/BC-SGDĐT", "Hoàn thành đúng hạn", "", "met", "14/8, before 15/8"],
    ["Xây dựng Đề án phát triển Trường THPT chuyên Trần Phú giai đoạn 2017-2020", "TB 112/TB-UBND", "Quý III/2017", "2017-10-05", "1876/TTr-SGDĐT", "Hoàn thành quá hạn", "", "not_met", "done 5/10, after the third quarter ended on 30/9"],
    ["Tham mưu ban hành Kế hoạch thời gian năm học 2017-2018", "CV 3890/UBND-VX", "Chậm nhất ngày 31/7/2017", "2017-07-31", "1402/TTr-SGDĐT", "Hoàn thành đúng hạn", "", "met", "31/7, on the last day allowed (\"chậm nhất\" includes it)"],
    ["Rà soát, báo cáo tình hình thu, chi đầu năm học tại các cơ sở giáo dục", "CV 5230/UBND-VX", "Trước ngày 30/10/2017", "2017-10-30", "1790/BC-SGDĐT", "Hoàn thành đúng hạn", "", "not_met", "sent on 30/10, not before it: the department's own \"đúng hạn\" is wrong"],
    ["Báo cáo tổng kết 05 năm thực hiện Nghị quyết số 29-NQ/TW", "CV 6011/UBND-VX", "Tháng 11/2017", "Đã hoàn thành", "", "Hoàn thành đúng hạn", "Đã gửi qua hệ thống văn bản điều hành", "review", "marked done but no date nor letter number: on time or late cannot be told"],
    ["Kiểm tra công tác tổ chức bán trú tại các quận, huyện", "TB 230/TB-UBND", "Trong tháng 12/2017", "", "", "Đang thực hiện", "Đã kiểm tra 9/15 quận, huyện", "pending", "December is not over on 20/12"],
    ["Tham mưu kế hoạch sắp xếp, tổ chức lại các đơn vị sự nghiệp giáo dục công lập theo Nghị quyết số 19-NQ/TW", "CV 7120/UBND-NC", "Trước ngày 30/11/2017", "", "", "Đang thực hiện", "Đang lấy ý kiến các sở, ngành", "overdue", "not done, past 30/11/2017"],
    ["Hoàn thiện hồ sơ đề nghị công nhận thành phố đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "TB 198/TB-UBND", "Trong 15 ngày kể từ ngày kiểm tra (kiểm tra ngày 02/11/2017)", "16/11/2017", "2011/TTr-SGDĐT", "Hoàn thành đúng hạn", "", "met", "\"16/11/2017\" typed as text; due by 17/11 (15 days after 2/11)"],
    ["Báo cáo tình hình thực hiện nhiệm vụ UBND thành phố giao tháng 12/2017", "QĐ 3180/2016/QĐ-UBND", "Trước ngày 20 hằng tháng", "2017-12-18", "2140/BC-SGDĐT", "Hoàn thành đúng hạn", "", "met", "December's report sent 18/12, before 20/12"],
    ["Triển khai phần mềm quản lý trường học dùng chung toàn thành phố", "TB 245/TB-UBND", "Năm 2018", "", "", "", "", "pending", "due in 2018"],
    ["Phối hợp giải quyết đơn thư liên quan đến lĩnh vực giáo dục", "CV 2051/UBND-TCD", "Theo yêu cầu", "", "", "Thường xuyên", "", "refuse", "no deadline to judge against"],
  ];
  const first = 9;
  rows.forEach((x, i) => {
    const r = first + i;
    const done = /^\d{4}-\d{2}-\d{2}$/.test(x[3]) ? { v: x[3], date: true, fmt: "dd/mm/yyyy" as const } : x[3];
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], done, x[4], x[5], ["Nguyễn Thu Trang", "Lê Minh Đức"][i % 2], x[6]], { border: true, wrap: true });
    s.expect(`E${r}`, { indicator: x[0], target: x[2], status: x[7], why: x[8] });
  });
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Tự phân loại theo Quyết định số 3180/2016/QĐ-UBND: Hoàn thành đúng hạn; Hoàn thành quá hạn; Đang thực hiện (trong hạn); Quá hạn chưa hoàn thành.",
    "- Số liệu tổng hợp đến ngày 20/12/2017.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thu Trang" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Vũ Văn Hùng" });
  b.facts = {
    sheet: "Nhiem vu TP giao 2017",
    headerRows: "8",
    nameColumn: "B (Nội dung nhiệm vụ)",
    target: "column D (Thời hạn hoàn thành)",
    actualColumns: "E (Ngày hoàn thành: date cells, one as text, one without a date)",
    ignoreColumns: "A (TT), C (Văn bản giao), F (Văn bản báo cáo), G (the department's own classification), H (hidden: follow-up officer), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2017-12-20",
    period: "Năm 2017",
    notes: "Deadlines in every wording: strict \"Trước ngày\" met the day before and missed on the day (the department's own \"Hoàn thành đúng hạn\" is wrong there), inclusive \"Chậm nhất\" met on the day, a quarter missed by five days, a month still running, fifteen days from an inspection date in the same cell, \"Trước ngày 20 hằng tháng\" for December's report, a 2018 deadline, \"Theo yêu cầu\" (refuse). A task marked done without a date (review); a blank past its deadline (overdue).",
  };
  return b;
}
