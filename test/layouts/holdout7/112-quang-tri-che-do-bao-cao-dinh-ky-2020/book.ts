// Layout 112: a provincial department's log of its periodic returns to the province in 2020 (Quảng Trị, QĐ 41/2019/QĐ-UBND): a data cut-off column that is not a deadline, day-and-month deadlines without a year ("Trước ngày 18 tháng 6" strict, "Chậm nhất ngày 18 tháng 6" inclusive), the sent date as a date cell or text, a return not sent, returns not yet due, a monthly return (nothing single to judge).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện chế độ báo cáo định kỳ gửi UBND tỉnh năm 2020, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị");
  const s = b.sheet("Theo dõi BC 2020");
  s.cols([5, 40, 12, 26, 24, 16, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG TRỊ", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    date: "Quảng Trị, ngày 20 tháng 7 năm 2020",
    title: ["THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ NĂM 2020", "(Theo Quyết định số 41/2019/QĐ-UBND ngày 22/10/2019 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Tên báo cáo", "Tần suất", "Thời gian chốt số liệu", "Thời hạn gửi báo cáo", "Ngày gửi", "Ghi chú"], head);

  // [name, frequency, cut-off, deadline, sent, status, why]
  type R = [string, string, string, string, CellInput, Status, string];
  const rs: R[] = [
    ["Báo cáo kết quả công tác cải cách hành chính quý II", "Quý", "Từ ngày 15/3 đến ngày 14/6", "Trước ngày 18 tháng 6", { v: "2020-06-17", date: true, fmt: "dd/mm/yyyy" }, "met", "sent 17/6/2020, before 18/6/2020 (the year is the log's, 2020)"],
    ["Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm thuộc lĩnh vực ngành", "6 tháng", "Từ ngày 15/12 năm trước đến ngày 14/6", "Chậm nhất ngày 18 tháng 6", { v: "2020-06-18", date: true, fmt: "dd/mm/yyyy" }, "met", "sent on 18/6/2020: \"chậm nhất\" includes the day"],
    ["Báo cáo công tác phòng, chống tham nhũng 6 tháng", "6 tháng", "Từ ngày 15/12 năm trước đến ngày 14/6", "Trước ngày 18 tháng 6", { v: "2020-06-18", date: true, fmt: "dd/mm/yyyy" }, "not_met", "sent on 18/6/2020: \"trước ngày\" is strict, so the day itself is late"],
    ["Báo cáo tình hình thực hiện chính sách đối với người có công 6 tháng", "6 tháng", "Từ ngày 15/12 năm trước đến ngày 14/6", "Ngày 20 tháng 6", "Chưa gửi", "overdue", "not sent and 20/6/2020 has passed (as of 20/7/2020)"],
    ["Báo cáo tình hình sử dụng biên chế, hợp đồng lao động 6 tháng", "6 tháng", "Đến ngày 30/6", "Ngày 10 tháng 7", "Đã gửi ngày 14/7/2020", "not_met", "sent 14/7/2020, after the deadline 10/7/2020"],
    ["Báo cáo công tác giảm nghèo 6 tháng", "6 tháng", "Từ ngày 15/12 năm trước đến ngày 14/6", "Trước ngày 20 tháng 6", "", "overdue", "the deadline 20/6/2020 has passed and the sent cell is blank: nothing says whether it went; overdue by the round-19 convention (nothing recorded past the due day)"],
    ["Báo cáo tình hình thực hiện chính sách đối với người có công quý III", "Quý", "Từ ngày 15/6 đến ngày 14/9", "Trước ngày 18 tháng 9", "", "pending", "18/9/2020 has not come"],
    ["Báo cáo tình hình kinh tế - xã hội năm thuộc lĩnh vực ngành", "Năm", "Từ ngày 15/12 năm trước đến ngày 14/12", "Ngày 05 tháng 12", "", "pending", "5/12/2020 has not come"],
    ["Báo cáo tình hình giải quyết việc làm, thị trường lao động tháng", "Tháng", "Từ ngày 15 tháng trước đến ngày 14 tháng báo cáo", "Ngày 18 hằng tháng", "Gửi đủ các tháng 1 - 6", "refuse", "a monthly deadline summed up for six months: no single date to judge"],
  ];
  rs.forEach((r0, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [{ v: i + 1, align: "center" }, r0[0], { v: r0[1], align: "center" }, r0[2], r0[3], typeof r0[4] === "object" ? { ...(r0[4] as object), align: "center" } as CellInput : r0[4], ""], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: r0[0], target: r0[3], status: r0[5], why: r0[6] });
  });
  const end = 9 + rs.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Thời hạn gửi báo cáo theo Phụ lục danh mục báo cáo định kỳ ban hành kèm theo Quyết định số 41/2019/QĐ-UBND.",
    "- Cột \"Thời gian chốt số liệu\" là kỳ số liệu, không phải thời hạn gửi.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI THEO DÕI", name: "Lê Thị Hồng Nhung" }, { col: "E", title: "CHÁNH VĂN PHÒNG", name: "Phan Văn Lực" });
  b.facts = {
    sheet: "Theo dõi BC 2020",
    headerRows: "8",
    nameColumn: "B (Tên báo cáo)",
    target: "column E (Thời hạn gửi báo cáo: day and month, the year is the log's 2020)",
    actualColumns: "F (Ngày gửi: date cells, \"Đã gửi ngày …\", \"Chưa gửi\", blanks, a summary)",
    ignoreColumns: "C (Tần suất), D (Thời gian chốt số liệu: a data period, not a deadline), G (Ghi chú)",
    otherRows: `${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2020-07-20",
    period: "2020",
    notes: "Deadlines give day and month only; the year is 2020 from the title and date line. \"Trước ngày\" is strict (sent on the day is late), \"Chậm nhất ngày\" inclusive, a bare \"Ngày …\" inclusive. Not sent past the deadline is overdue; a blank past the deadline says nothing (no data); deadlines after 20/7/2020 are pending. A monthly return reported as a six-month summary has no single deadline (refuse). Column D's dates are data periods.",
  };
  return b;
}
