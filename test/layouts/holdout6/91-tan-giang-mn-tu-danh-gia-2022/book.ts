// Layout 91: a kindergarten's progress sheet on its 2022-2023 self-assessment plan (MN Tân Giang, Hà Tĩnh, January 2023): the time column first, weeks of a month, a window missed, "trước ngày" passed undone, a blank after its window, a meeting on one day, and steps tied to events or to every year (nothing to judge).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện kế hoạch tự đánh giá năm học 2022-2023, Trường Mầm non Tân Giang, ngày 16/01/2023");
  const s = b.sheet("Tiến độ TĐG");
  s.cols([24, 5, 46, 22, 26, 20]);
  titleBlock(s, {
    left: ["TRƯỜNG MẦM NON TÂN GIANG", "HỘI ĐỒNG TỰ ĐÁNH GIÁ"],
    date: "Tân Giang, ngày 16 tháng 01 năm 2023",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TỰ ĐÁNH GIÁ", "Năm học 2022 - 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["Thời gian", "TT", "Các hoạt động", "Người thực hiện", "Kết quả thực hiện", "Ghi chú"], head);

  // [timing, activity, who, result, status, why]
  type T = [string, string, string, CellInput, Status, string];
  const ts: T[] = [
    ["Tuần 1 tháng 10/2022 (từ 03/10 đến 08/10)", "Thành lập Hội đồng tự đánh giá; phổ biến kế hoạch tự đánh giá đến toàn thể cán bộ, giáo viên, nhân viên", "Hiệu trưởng", "Đã ban hành quyết định ngày 03/10/2022", "met", "3/10/2022 is inside the week 03/10-08/10/2022"],
    ["Tuần 2, 3 tháng 10/2022 (từ 10/10 đến 22/10)", "Tập huấn nghiệp vụ tự đánh giá cho thành viên Hội đồng, nhóm thư ký", "Phó hiệu trưởng", "Hoàn thành ngày 20/10/2022", "met", "20/10/2022 is inside 10/10-22/10/2022"],
    ["Từ 24/10 đến 25/11/2022", "Thu thập, phân tích, xử lý và mã hóa minh chứng theo các tiêu chí", "Các nhóm công tác", "Hoàn thành ngày 02/12/2022", "not_met", "2/12/2022 is after the window closed on 25/11/2022 (done late)"],
    ["Từ 01/11 đến 30/11/2022", "Khảo sát ý kiến cha mẹ trẻ về hoạt động của nhà trường", "Tổ chuyên môn", "", "overdue", "the window ended on 30/11/2022 and the result cell is blank; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Tháng 12/2022", "Viết phiếu đánh giá tiêu chí", "Các nhóm công tác", "Hoàn thành ngày 28/12/2022", "met", "done within December 2022"],
    ["Ngày 30/12/2022", "Họp Hội đồng thông qua các phiếu đánh giá tiêu chí", "Chủ tịch Hội đồng", { v: "2022-12-30", date: true, fmt: "dd/mm/yyyy" }, "met", "held on the day planned"],
    ["Trước ngày 10/01/2023", "Dự thảo báo cáo tự đánh giá", "Thư ký Hội đồng", "Chưa hoàn thành", "overdue", "not done and 10/1/2023 has passed (as of 16/1/2023)"],
    ["Tuần 3 tháng 01/2023 (16/01 - 21/01)", "Lấy ý kiến góp ý dự thảo báo cáo tự đánh giá trong nhà trường", "Hội đồng tự đánh giá", "Đang thực hiện", "pending", "the week 16/01-21/01/2023 has only begun: not yet due"],
    ["Tháng 02/2023", "Hoàn thiện báo cáo tự đánh giá, gửi Phòng GD&ĐT", "Hiệu trưởng", "", "pending", "February 2023 has not come"],
    ["Sau khi có kết quả đánh giá ngoài", "Công bố báo cáo tự đánh giá trên trang thông tin điện tử của nhà trường", "Thư ký Hội đồng", "", "refuse", "tied to an event with no date: nothing to judge"],
    ["Hằng năm", "Rà soát, cập nhật minh chứng và kế hoạch cải tiến chất lượng", "Hội đồng tự đánh giá", "Thực hiện thường xuyên", "refuse", "a yearly routine: no deadline to judge"],
  ];
  ts.forEach((t, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [t[0], { v: i + 1, align: "center" }, t[1], t[2], t[3], ""], { border: true, wrap: true });
    s.expect(`E${r}`, { indicator: t[1], target: t[0], status: t[4], why: t[5] });
  });
  const end = 9 + ts.length;
  const after = notes(s, end + 1, "C", [
    "Ghi chú:",
    "- Tiến độ tính đến ngày 16/01/2023.",
    "- Thời gian theo Kế hoạch tự đánh giá năm học 2022-2023 ngày 29/9/2022 của Hội đồng tự đánh giá.",
  ]);
  signature(s, after + 1, { col: "C", title: "THƯ KÝ HỘI ĐỒNG", name: "Trần Thị Thanh Hương" }, { col: "E", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Nguyễn Thị Hoài" });
  b.facts = {
    sheet: "Tiến độ TĐG",
    headerRows: "8",
    nameColumn: "C (Các hoạt động)",
    target: "column A (Thời gian, first: \"Tuần 1 tháng 10/2022 (từ 03/10 đến 08/10)\", \"Tuần 2, 3 tháng 10/2022 (từ 10/10 đến 22/10)\", \"Từ … đến …\", \"Tháng 12/2022\", \"Ngày 30/12/2022\", \"Trước ngày 10/01/2023\", \"Sau khi có kết quả đánh giá ngoài\", \"Hằng năm\")",
    actualColumns: "E (Kết quả thực hiện: \"Hoàn thành ngày …\", a date cell, \"Chưa hoàn thành\", \"Đang thực hiện\", blanks)",
    ignoreColumns: "B (TT, after the time column), D (who), F (Ghi chú)",
    otherRows: `${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2023-01-16",
    period: "2022-2023",
    notes: "A task table whose time column comes first. Done within the week, month, window or by the day is met; done after it is not_met; not done past the deadline is overdue; a blank after the window is no_data; not yet due (this week, next month) is pending. A step tied to an event and a yearly routine give no deadline (refuse). Each week is given with its own days in brackets.",
  };
  return b;
}
