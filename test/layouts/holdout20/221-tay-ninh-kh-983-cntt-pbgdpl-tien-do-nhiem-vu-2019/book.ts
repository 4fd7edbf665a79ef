// Layout 221: a province's task table for bringing IT into legal dissemination 2019-2021 (Tây Ninh KH 983/KH-UBND), as the Sở Tư pháp follows it up at the 2019 year-end review (08/01/2020): lead and partner bodies, timing as a quarter, a year, a span of years, "Hằng năm", "Thường xuyên", strict "Trước ngày" met a day early and missed on the day, results as sentences with dates or counts, the unit's own "Tiến độ" words, a hidden budget column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện nhiệm vụ theo Kế hoạch số 983/KH-UBND ngày 15/5/2019 của UBND tỉnh Tây Ninh (ứng dụng CNTT trong phổ biến, giáo dục pháp luật 2019-2021), đến ngày 08/01/2020");
  const s = b.sheet("Tien do KH 983");
  s.cols([5, 44, 18, 20, 18, 12, 40, 14, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH TÂY NINH", "SỞ TƯ PHÁP"],
    number: "Phụ lục kèm theo Báo cáo số 09/BC-STP",
    date: "Tây Ninh, ngày 08 tháng 01 năm 2020",
    title: ["TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH SỐ 983/KH-UBND NGÀY 15/5/2019 CỦA UBND TỈNH", "Thực hiện Đề án \"Tăng cường ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật giai đoạn 2019 - 2021\""],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.row("A8", ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)", "Kết quả thực hiện", "Tiến độ (đơn vị tự đánh giá)", "Ghi chú"], head);
  s.hideCols("F");
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  type V = [Status, string];
  // [tt, nội dung, chủ trì, phối hợp, thời gian, kinh phí, kết quả, tiến độ, ghi chú, verdict | null(section)]
  type R = [string, string, string, string, string, CellInput, CellInput, string, string, V | null];
  const rows: R[] = [
    ["I", "Nhiệm vụ năm 2019", "", "", "", "", "", "", "", null],
    ["1", "Rà soát, đánh giá thực trạng ứng dụng công nghệ thông tin trong công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh", "Sở Tư pháp", "Sở Thông tin và Truyền thông; UBND các huyện, thành phố", "Quý III/2019", 30, "Hoàn thành (Báo cáo số 215/BC-STP ngày 20/9/2019)", "Đúng tiến độ", "", ["met", "report dated 20/9/2019, within quarter III"]],
    ["2", "Nâng cấp chuyên mục \"Phổ biến, giáo dục pháp luật\" trên Cổng thông tin điện tử tỉnh", "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Năm 2019", 120, "Đang nâng cấp giao diện, dự kiến hoàn thành quý I/2020", "Chậm tiến độ", "", ["overdue", "not finished and 2019 is over on 08/01/2020 (the expected date is the unit's, not the plan's)"]],
    ["3", "Tập huấn kỹ năng ứng dụng công nghệ thông tin cho báo cáo viên, tuyên truyền viên pháp luật", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "Quý IV/2019", 45, "Tổ chức 02 lớp (150 lượt người) ngày 10-11/12/2019", "Đúng tiến độ", "", ["met", "held on 10-11/12/2019, within quarter IV"]],
    ["4", "Số hóa tài liệu phổ biến pháp luật, đăng tải trên Trang thông tin điện tử của các sở, ngành", "Các sở, ban, ngành tỉnh", "Sở Tư pháp", "Trước ngày 30/11/2019", "", "Hoàn thành ngày 29/11/2019 (19/19 sở, ngành)", "Đúng tiến độ", "", ["met", "29/11, the day before 30/11"]],
    ["5", "Báo cáo sơ kết 01 năm thực hiện Đề án gửi Bộ Tư pháp", "Sở Tư pháp", "Các sở, ngành, UBND cấp huyện", "Trước ngày 15/12/2019", "", d("2019-12-15"), "Đúng tiến độ", "Ngày ký, gửi báo cáo", ["not_met", "sent on 15/12 itself: \"Trước ngày 15/12\" is strict, so a day late (the unit's \"Đúng tiến độ\" is wrong)"]],
    ["6", "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến", "Sở Tư pháp", "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Hằng năm", 80, "Cuộc thi trực tuyến \"Tìm hiểu Luật An ninh mạng\" từ 01/10 đến 30/11/2019 (12.450 lượt dự thi)", "Đúng tiến độ", "", ["met", "the 2019 contest was held (October-November 2019)"]],
    ["7", "Cung cấp thông tin pháp luật qua hệ thống truyền thanh cơ sở ứng dụng công nghệ thông tin - viễn thông", "UBND các huyện, thành phố", "Sở Thông tin và Truyền thông", "Thường xuyên", "", "Đã thực hiện tại 95/95 xã, phường, thị trấn", "Đúng tiến độ", "", ["refuse", "\"Thường xuyên\" sets no due day: nothing to judge against"]],
    ["II", "Nhiệm vụ năm 2020 - 2021", "", "", "", "", "", "", "", null],
    ["8", "Xây dựng cơ sở dữ liệu văn bản quy phạm pháp luật của tỉnh, kết nối Cơ sở dữ liệu quốc gia về pháp luật", "Sở Tư pháp", "Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông", "Năm 2019 - 2020", 250, "Đã cập nhật 1.250/1.600 văn bản", "Đang thực hiện", "", ["pending", "1.250 of 1.600 documents; the span runs to the end of 2020"]],
    ["9", "Xây dựng ứng dụng hỏi - đáp pháp luật trên thiết bị di động", "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Năm 2020", 300, "", "", "", ["pending", "due in 2020: not yet due on 08/01/2020"]],
    ["10", "Sơ kết, tổng kết việc thực hiện Đề án", "Sở Tư pháp", "Các cơ quan, đơn vị liên quan", "Quý IV/2021", "", "", "", "", ["pending", "due in quarter IV/2021"]],
  ];
  let r = 9;
  for (const [tt, nd, ct, ph, tg, kp, kq, td, note, v] of rows) {
    if (!v) {
      s.row(`A${r}`, [tt, nd], { border: true, bold: true });
      s.merge(`B${r}:I${r}`, nd, { border: true, bold: true });
      r++;
      continue;
    }
    s.row(`A${r}`, [tt, nd, ct, ph, tg, kp, kq, td, note], bd);
    s.set(`B${r}`, nd, { border: true, wrap: true });
    s.set(`G${r}`, kq, { border: true, wrap: true, ...(typeof kq === "object" && kq !== null ? { date: true, fmt: "dd/mm/yyyy" as const } : {}) });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`G${r}`, { indicator: nd, target: tg, status: v[0], why: v[1], ...(kq === "" ? { actual: "(trống)" } : {}) });
    r++;
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Cột \"Tiến độ\" do cơ quan chủ trì tự đánh giá; Sở Tư pháp tổng hợp, chưa thẩm định.",
    "- Nhiệm vụ \"Hằng năm\" đánh giá theo kết quả năm 2019.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Huỳnh Thị Ngọc Hân" }, { col: "G", title: "GIÁM ĐỐC", name: "Trần Văn Sáu" });
  b.facts = {
    sheet: "Tien do KH 983",
    headerRows: "8",
    nameColumn: "B (Nội dung nhiệm vụ)",
    target: "column E (Thời gian thực hiện: quarter, year, span, \"Trước ngày\", \"Hằng năm\", \"Thường xuyên\")",
    actualColumns: "G (Kết quả thực hiện: sentences with dates or counts, a date cell, blanks)",
    ignoreColumns: "A (TT), C and D (bodies), F (hidden: budget), H (the unit's own \"Tiến độ\"), I (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows 9 and 17 (I, II); notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2020-01-08",
    period: "2019 - 2021 (theo dõi đến hết năm 2019)",
    notes: "A task table read at the 2019 year-end review. Done within the quarter or year met; the portal unfinished after 2019 overdue (the unit's new date does not move the plan's); strict \"Trước ngày 30/11\" met on 29/11 but \"Trước ngày 15/12\" missed on 15/12 itself (not met, the unit's \"Đúng tiến độ\" is wrong); \"Hằng năm\" judged on 2019 (the notes); \"Thường xuyên\" refused; a 2019-2020 span part done and 2020/2021 tasks pending.",
  };
  return b;
}
