// Layout 115: a province's year-end 2021 progress on the task annex of its civilised-lifestyle plan (Thừa Thiên Huế, KH 24/KH-UBND): quarters and months of 2021 as deadlines, done on time, done late, overdue, a blank past its quarter, a year not over, a mid-term step in 2023, "Hằng năm" and "Thường xuyên" (nothing to judge), lead and partner agencies between the task and its timing.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện Phụ lục nhiệm vụ Kế hoạch triển khai Đề án xây dựng nếp sống văn minh đô thị và nông thôn tỉnh Thừa Thiên Huế, năm 2021");
  const s = b.sheet("Phụ lục nhiệm vụ");
  s.cols([5, 44, 20, 24, 16, 28]);
  titleBlock(s, {
    left: ["UBND TỈNH THỪA THIÊN HUẾ", "SỞ VĂN HÓA VÀ THỂ THAO"],
    date: "Thừa Thiên Huế, ngày 20 tháng 12 năm 2021",
    title: ["TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2021", "(Phụ lục kèm theo Kế hoạch số 24/KH-UBND ngày 23/01/2021 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả thực hiện"], head);

  // [task, lead, partners, timing, result, status, why]
  type T = [string, string, string, string, CellInput, Status, string];
  const ts: T[] = [
    ["Khảo sát, đánh giá thực trạng nếp sống văn minh tại các khu dân cư, nơi công cộng", "Sở Văn hóa và Thể thao", "UBND các huyện, thị xã, thành phố Huế", "Quý I/2021", "", "overdue", "the first quarter of 2021 ended long ago and the result cell is blank; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Tổ chức hội nghị triển khai Đề án đến các sở, ngành, địa phương", "Sở Văn hóa và Thể thao", "Các sở, ban, ngành", "Tháng 3/2021", "Hoàn thành ngày 12/4/2021", "not_met", "held 12/4/2021, after March 2021 (done late)"],
    ["Ban hành Bộ quy tắc ứng xử nơi công cộng trên địa bàn tỉnh", "Sở Văn hóa và Thể thao", "Sở Tư pháp", "Quý II/2021", "Đã ban hành Quyết định ngày 25/6/2021", "met", "25/6/2021 is inside the second quarter"],
    ["Biên soạn, phát hành tài liệu tuyên truyền về nếp sống văn minh", "Sở Thông tin và Truyền thông", "Sở Văn hóa và Thể thao", "Quý III/2021", "Chưa thực hiện", "overdue", "not done and the third quarter ended on 30/9/2021"],
    ["Rà soát, sửa đổi hương ước, quy ước của thôn, tổ dân phố", "UBND các huyện, thị xã, thành phố Huế", "Sở Tư pháp", "Quý IV/2021", "Hoàn thành ngày 30/11/2021", "met", "30/11/2021 is inside the fourth quarter"],
    ["Xây dựng mô hình điểm \"Tuyến phố văn minh\" tại thành phố Huế", "UBND thành phố Huế", "Sở Văn hóa và Thể thao", "Năm 2021", "Đang triển khai", "pending", "the year 2021 runs to 31/12: not yet due on 20/12/2021"],
    ["Sơ kết 01 năm thực hiện Kế hoạch", "Sở Văn hóa và Thể thao", "Các sở, ngành, địa phương", "Tháng 12/2021", "", "pending", "December 2021 is not over"],
    ["Sơ kết giữa kỳ thực hiện Đề án", "Sở Văn hóa và Thể thao", "Các sở, ngành, địa phương", "Năm 2023", "", "pending", "2023 has not come"],
    ["Kiểm tra, giám sát việc thực hiện nếp sống văn minh tại các địa phương", "Sở Văn hóa và Thể thao", "UBMTTQ Việt Nam tỉnh", "Hằng năm", "Đã kiểm tra 04 huyện", "refuse", "a yearly routine: no deadline to judge"],
    ["Tuyên truyền trên các phương tiện thông tin đại chúng", "Đài Phát thanh và Truyền hình tỉnh, Báo Thừa Thiên Huế", "Sở Thông tin và Truyền thông", "Thường xuyên", "Đã thực hiện", "refuse", "\"Thường xuyên\": no deadline"],
  ];
  ts.forEach((t, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [{ v: i + 1, align: "center" }, t[0], t[1], t[2], { v: t[3], align: "center" }, t[4]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: t[0], target: t[3], status: t[5], why: t[6] });
  });
  const end = 9 + ts.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Tiến độ tính đến ngày 20/12/2021.",
    "- Các nhiệm vụ giai đoạn 2022 - 2025 tiếp tục theo dõi trong năm sau.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Tôn Nữ Thanh Tâm" }, { col: "E", title: "KT. GIÁM ĐỐC", name: "Phan Thanh Hải" });
  b.facts = {
    sheet: "Phụ lục nhiệm vụ",
    headerRows: "8",
    nameColumn: "B (Nội dung nhiệm vụ)",
    target: "column E (Thời gian thực hiện: \"Quý I/2021\", \"Tháng 3/2021\", \"Năm 2021\", \"Năm 2023\", \"Hằng năm\", \"Thường xuyên\")",
    actualColumns: "F (Kết quả thực hiện: \"Hoàn thành ngày …\", \"Đã ban hành Quyết định ngày …\", \"Chưa thực hiện\", \"Đang triển khai\", blanks)",
    ignoreColumns: "A (TT), C (Cơ quan chủ trì), D (Cơ quan phối hợp)",
    otherRows: `${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2021-12-20",
    period: "2021",
    notes: "A task annex read on 20/12/2021. Done within the quarter or month is met, done after it not met; not done past the quarter is overdue; a blank past its quarter is no data; the year 2021, December 2021 and 2023 are not over or not come (pending). \"Hằng năm\" and \"Thường xuyên\" give no deadline (refuse).",
  };
  return b;
}
