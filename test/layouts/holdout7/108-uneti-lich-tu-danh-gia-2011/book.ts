// Layout 108: a school's self-assessment timetable followed up mid-way (Trường ĐH Kinh tế - Kỹ thuật Công nghiệp, 2011): the time cell (teaching weeks with their dates, "Tuần 6 – 12 / Từ 14/02 đến 25/3/2011") merged down over several activities, results as sentences or date cells, a step moved past its window by the Tết holiday, a window open on the follow-up day, steps tied to the whole process.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện kế hoạch tự đánh giá năm 2011, Trường Đại học Kinh tế - Kỹ thuật Công nghiệp");
  const s = b.sheet("Tiến độ tự đánh giá");
  s.cols([5, 22, 58, 20, 26, 22]);
  titleBlock(s, {
    left: ["BỘ CÔNG THƯƠNG", "TRƯỜNG ĐH KINH TẾ - KỸ THUẬT CÔNG NGHIỆP"],
    date: "Hà Nội, ngày 15 tháng 4 năm 2011",
    title: ["THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TỰ ĐÁNH GIÁ", "(Thời gian thực hiện tự đánh giá khoảng 6 tháng)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Thời gian", "Các hoạt động", "Người thực hiện", "Kết quả thực hiện", "Ghi chú"], head);
  const bd = { border: true, wrap: true, align: "left" as const };
  // [activity, who, result, note, verdict, why]
  type A = [string, string, CellInput, string, Status, string];
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  const groups: Array<[string, string, A[]]> = [
    ["Tuần 1 – 2\nTừ 10/01 đến 21/01/2011", "Từ 10/01 đến 21/01/2011", [
      ["Họp Lãnh đạo nhà trường thảo luận mục đích, phạm vi, thời gian biểu; xác định thành viên Hội đồng tự đánh giá", "Ban Giám hiệu", "Đã họp ngày 11/01/2011", "", "met", "held 11/01, inside the window"],
      ["Ra quyết định thành lập Hội đồng tự đánh giá; họp Hội đồng phân công nhiệm vụ", "Hiệu trưởng", d("2011-01-14"), "", "met", "decision dated 14/01/2011, inside the window"],
    ]],
    ["Tuần 3 – 4\nTừ 24/01 đến 04/02/2011", "Từ 24/01 đến 04/02/2011", [
      ["Phổ biến chủ trương triển khai tự đánh giá đến toàn thể cán bộ, giảng viên, nhân viên và người học", "Các khoa, phòng, trung tâm", "Hoàn thành ngày 28/01/2011", "", "met", "done 28/01, inside the window"],
      ["Tổ chức hội thảo chuyên môn, nghiệp vụ triển khai tự đánh giá cho thành viên Hội đồng", "Phòng Khảo thí và ĐBCL", "Hoàn thành ngày 18/02/2011", "Lùi lịch do nghỉ Tết Nguyên đán", "not_met", "done 18/02, two weeks after the window closed on 04/02; the note gives the reason, not a new deadline"],
      ["Hoàn thành bản dự thảo kế hoạch tự đánh giá", "Thư ký Hội đồng", d("2011-01-31"), "", "met", "finished on 31/01, inside the window"],
    ]],
    ["Tuần 5\nTừ 07/02 đến 12/02/2011", "Từ 07/02 đến 12/02/2011", [
      ["Công bố kế hoạch tự đánh giá đã được phê duyệt; thông báo phân công nhiệm vụ cho từng thành viên và nhóm công tác", "Hiệu trưởng", "Chưa hoàn thành", "Chờ phê duyệt kế hoạch", "overdue", "not done, and its week ended on 12/02/2011"],
    ]],
    ["Tuần 6 – 12\nTừ 14/02 đến 25/3/2011", "Từ 14/02 đến 25/3/2011", [
      ["Chuẩn bị đề cương báo cáo tự đánh giá", "Nhóm công tác chuyên trách", "Hoàn thành ngày 25/3/2011", "", "met", "done on 25/3, the window's last day (inclusive)"],
      ["Thu thập thông tin và minh chứng", "Các nhóm công tác", "Đang thực hiện (khoảng 80%)", "", "overdue", "four fifths done, and the window ended on 25/3/2011"],
      ["Mã hoá các thông tin và minh chứng thu được", "Thư ký Hội đồng", "", "", "overdue", "the window ended on 25/3/2011 and the result cell is blank; overdue by the round-19 convention (nothing recorded past the due day)"],
    ]],
    ["Tuần 13 – 16\nTừ 28/3 đến 22/4/2011", "Từ 28/3 đến 22/4/2011", [
      ["Viết báo cáo tự đánh giá theo từng tiêu chí", "Các nhóm công tác", "Đang thực hiện", "", "pending", "its window runs to 22/4/2011, after the follow-up on 15/4"],
    ]],
    ["Tuần 17 – 18\nTừ 25/4 đến 06/5/2011", "Từ 25/4 đến 06/5/2011", [
      ["Hội đồng tự đánh giá họp thông qua dự thảo báo cáo tự đánh giá", "Chủ tịch Hội đồng", "", "", "pending", "its window has not opened on 15/4"],
    ]],
    ["Tuần 19 – 24\nTừ 09/5 đến 17/6/2011", "Từ 09/5 đến 17/6/2011", [
      ["Công bố dự thảo báo cáo trong nội bộ nhà trường, lấy ý kiến góp ý; hoàn thiện và gửi báo cáo tự đánh giá về Bộ Giáo dục và Đào tạo", "Hội đồng tự đánh giá", "", "", "pending", "not yet due"],
    ]],
    ["Trong suốt quá trình tự đánh giá", "Trong suốt quá trình tự đánh giá", [
      ["Lưu trữ thông tin, minh chứng và biên bản các cuộc họp", "Thư ký Hội đồng", "Đang thực hiện", "", "refuse", "runs through the whole process: no deadline to judge"],
    ]],
  ];
  let r = 9;
  let tt = 1;
  for (const [time, label, acts] of groups) {
    if (acts.length > 1) s.merge(`B${r}:B${r + acts.length - 1}`, time, { ...bd, align: "center" });
    else s.set(`B${r}`, time, { ...bd, align: "center" });
    for (const [act, who, res, note, st, why] of acts) {
      s.row(`A${r}`, [tt++, undefined, act, who, res, note], bd);
      s.set(`A${r}`, tt - 1, { border: true, align: "center" });
      s.expect(`E${r}`, { indicator: act, target: label, status: st, why });
      r++;
    }
  }
  const after = notes(s, r + 1, "C", [
    "Ghi chú:",
    "- Thời gian tính theo tuần làm việc kể từ ngày 10/01/2011; tuần nghỉ Tết Nguyên đán Tân Mão không lùi lịch chung.",
    "- Cột \"Kết quả thực hiện\" cập nhật đến ngày 15/4/2011.",
  ]);
  signature(s, after + 1, { col: "C", title: "THƯ KÝ HỘI ĐỒNG", name: "Nguyễn Thị Lan" }, { col: "E", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Phạm Văn Hùng" });
  b.facts = {
    sheet: "Tiến độ tự đánh giá",
    headerRows: "8",
    nameColumn: "C (Các hoạt động)",
    target: "column B (Thời gian: weeks with their dates, merged down over the activities of the period; \"Trong suốt quá trình tự đánh giá\")",
    actualColumns: "E (Kết quả thực hiện: \"Đã họp ngày …\", \"Hoàn thành ngày …\", date cells, \"Chưa hoàn thành\", \"Đang thực hiện (khoảng 80%)\", blanks)",
    ignoreColumns: "A (TT), D (Người thực hiện), F (Ghi chú: reasons, not deadlines)",
    otherRows: `${r + 1}-${after - 1} (notes), signature below`,
    asOf: "2011-04-15",
    period: "2011",
    notes: "A timetable by weeks, each period's dates under its week numbers, the time cell merged down over its activities: every activity in a merged period has that period's window. Done inside the window (its last day included) is met; done after it is not_met, whatever the note's reason; not done after it is overdue; a blank after it is no_data; an open or future window is pending. A task running through the whole process has no deadline (refuse).",
  };
  return b;
}
