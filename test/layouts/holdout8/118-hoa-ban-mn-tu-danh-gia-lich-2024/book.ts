// Layout 118: a kindergarten's self-assessment timetable (TT 19/2018 steps) with a result column (MN Hoa Ban, Mường Nhé), read mid-March 2024: weeks of a month, windows, strict "Trước", event-tied and standing duties.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch tự đánh giá chất lượng giáo dục năm học 2023-2024 và tiến độ thực hiện, Trường Mầm non Hoa Ban");
  const s = b.sheet("Lich trinh TDG");
  s.cols([6, 20, 46, 22, 36, 18]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT MƯỜNG NHÉ", "TRƯỜNG MẦM NON HOA BAN"],
    date: "Mường Nhé, ngày 15 tháng 3 năm 2024",
    title: ["DỰ KIẾN THỜI GIAN VÀ LỊCH TRÌNH TỰ ĐÁNH GIÁ", "(Phụ lục kèm theo Kế hoạch tự đánh giá; cột Kết quả thực hiện cập nhật đến ngày 15/3/2024)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Thời gian", "Nội dung hoạt động", "Người thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  type Row = [string, string, string, string, string, Status, string];
  const rows: Row[] = [
    ["Tháng 9/2023", "Ra quyết định thành lập Hội đồng tự đánh giá; phân công nhóm công tác", "Hiệu trưởng", "Đã ban hành Quyết định số 12/QĐ-MNHB ngày 20/9/2023", "", "met", "done 20/9/2023, inside September 2023"],
    ["Tuần 1 tháng 10/2023", "Họp Hội đồng, phổ biến kế hoạch tự đánh giá đến toàn thể CBGVNV", "Chủ tịch Hội đồng", "Đã tổ chức ngày 10/10/2023", "", "not_met", "week 1 of October 2023 is 02-08/10 (Monday 2 October); held on 10/10, in week 2: late"],
    ["Tháng 11/2023", "Tập huấn nghiệp vụ tự đánh giá cho thành viên Hội đồng và nhóm công tác", "Phó Hiệu trưởng", "Đã tập huấn 2/3 nhóm công tác", "Nhóm 3 chưa bố trí được", "overdue", "November 2023 has passed and one group of three is still untrained"],
    ["Từ 01/10/2023 đến 30/11/2023", "Thu thập, xử lý, phân tích thông tin, minh chứng; mã hóa minh chứng", "Các nhóm công tác", "Hoàn thành ngày 28/11/2023", "", "met", "done 28/11, inside the window"],
    ["Tháng 12/2023", "Đánh giá mức đạt được theo từng tiêu chí; viết phiếu đánh giá tiêu chí", "Các nhóm công tác", "Hoàn thành ngày 25/01/2024", "Chậm do thiếu minh chứng tiêu chuẩn 3", "not_met", "done 25/01/2024, after December 2023"],
    ["Trước ngày 15/01/2024", "Viết dự thảo báo cáo tự đánh giá", "Thư ký Hội đồng", "Đang hoàn thiện", "", "overdue", "due before 15/01/2024; still being finished on 15/3/2024"],
    ["Tháng 02/2024", "Họp Hội đồng thông qua dự thảo báo cáo tự đánh giá", "Chủ tịch Hội đồng", "", "", "overdue", "February 2024 is past and the result cell is blank: nothing says whether it happened; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Tuần 3 tháng 3/2024", "Rà soát, bổ sung minh chứng còn thiếu", "Các nhóm công tác", "Đã rà soát xong ngày 12/3/2024", "", "met", "done 12/3, before week 3 of March (18-24/3): early is on time"],
    ["Tháng 3/2024", "Công bố dự thảo báo cáo tự đánh giá trong nội bộ nhà trường (tối thiểu 15 ngày)", "Hiệu trưởng", "", "", "pending", "March 2024 is not over on 15/3"],
    ["Tháng 4/2024", "Hoàn thiện báo cáo tự đánh giá, gửi Phòng GD&ĐT", "Hiệu trưởng", "", "", "pending", "not yet due"],
    ["Trước 31/5/2024", "Gửi văn bản đăng ký đánh giá ngoài", "Hiệu trưởng", "Đã gửi Công văn số 05/MNHB ngày 05/3/2024", "", "met", "sent 05/3/2024, well before the deadline"],
    ["Sau khi công bố báo cáo", "Cập nhật báo cáo tự đánh giá hằng năm theo kế hoạch cải tiến chất lượng", "Hội đồng tự đánh giá", "", "", "refuse", "tied to an event, then yearly: no date to judge against"],
    ["Thường xuyên", "Lưu trữ hồ sơ, minh chứng tự đánh giá", "Văn thư", "Đang thực hiện", "", "refuse", "\"Thường xuyên\": no deadline"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], x[3], x[4]], bd);
    s.expect(`E${r}`, { indicator: x[1], target: x[0], status: x[5], why: x[6] });
  });
  const after = notes(s, 10 + rows.length + 1, "B", ["Ghi chú:", "- Thời gian tự đánh giá tối thiểu 04 tháng kể từ ngày thành lập Hội đồng (Thông tư 19/2018/TT-BGDĐT).", "- Tuần được tính từ thứ Hai đầu tiên của tháng."]);
  signature(s, after + 1, { col: "C", title: "THƯ KÝ HỘI ĐỒNG", name: "Lò Thị Hương" }, { col: "E", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Hoàng Thị Thu" });
  b.facts = {
    sheet: "Lich trinh TDG",
    headerRows: "8 (9: column numbers)",
    nameColumn: "C (Nội dung hoạt động)",
    target: "column B (Thời gian: months, \"Tuần 1 tháng 10/2023\", a from-to window, \"Trước ngày …\", event-tied and standing timings)",
    actualColumns: "E (Kết quả thực hiện: sentences with dates, \"Đang hoàn thiện\", partial \"2/3 nhóm\", blank)",
    ignoreColumns: "A (TT), D (who), F (Ghi chú)",
    otherRows: "9 (column numbers), notes and signature under the table",
    asOf: "2024-03-15",
    period: "2023-2024",
    notes: "The note under the table says weeks count from the first Monday of the month. A blank result past its month is no data; a partial result past due is overdue; early completion is on time.",
  };
  return b;
}
