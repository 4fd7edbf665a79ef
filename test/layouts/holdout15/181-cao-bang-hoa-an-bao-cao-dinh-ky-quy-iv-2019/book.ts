// Layout 181: a district office's log of the periodic reports it owes the province under Cao Bằng QĐ 46/2019/QĐ-UBND, read on 08/01/2020: report name, period, a data cut-off column that is not a deadline, the deadline as words ("Trước ngày 20 hằng tháng", "Ngày 15 tháng 12", "Trước ngày 18 của tháng cuối quý"), the date sent as a date cell or as text, a sent-without-date entry, "Theo yêu cầu".
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện chế độ báo cáo định kỳ gửi UBND tỉnh quý IV năm 2019 (QĐ 46/2019/QĐ-UBND), Văn phòng HĐND và UBND huyện Hòa An (Cao Bằng)");
  const s = b.sheet("Theo doi bao cao");
  s.cols([5, 46, 10, 24, 26, 13, 15, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN HÒA AN", "VĂN PHÒNG HĐND VÀ UBND"],
    date: "Hòa An, ngày 08 tháng 01 năm 2020",
    title: ["SỔ THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ GỬI UBND TỈNH", "(Theo Quyết định số 46/2019/QĐ-UBND ngày 28/10/2019 của UBND tỉnh Cao Bằng; quý IV năm 2019)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Tên báo cáo", "Kỳ báo cáo", "Thời gian chốt số liệu", "Thời hạn gửi báo cáo", "Ngày gửi", "Số, ký hiệu văn bản", "Ghi chú"], head);
  // [tên, kỳ, chốt số liệu, thời hạn, ngày gửi (ISO date, text or ""), số VB, ghi chú, status, why]
  type R = [string, string, string, string, string, string, string, Status, string];
  const rows: R[] = [
    ["Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2019", "Tháng", "Từ ngày 15/10 đến ngày 14/11/2019", "Trước ngày 20 hằng tháng", "2019-11-19", "812/BC-UBND", "", "met", "sent 19/11, before the 20th"],
    ["Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2019", "Năm", "Từ ngày 15/12/2018 đến ngày 14/12/2019", "Ngày 15 tháng 12", "2019-12-16", "905/BC-UBND", "", "not_met", "sent 16/12, a day after the 15th"],
    ["Báo cáo công tác cải cách hành chính quý IV năm 2019", "Quý", "Từ ngày 15/9 đến ngày 14/12/2019", "Trước ngày 18 của tháng cuối quý", "2019-12-13", "889/BC-UBND", "", "met", "the quarter's last month is December: 13/12, before 18/12"],
    ["Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý IV năm 2019", "Quý", "Từ ngày 15/9 đến ngày 14/12/2019", "Trước ngày 17 của tháng cuối quý", "16/12/2019", "898/BC-UBND", "", "met", "\"16/12/2019\" typed as text, before 17/12"],
    ["Báo cáo công tác phòng, chống tham nhũng năm 2019", "Năm", "Từ ngày 15/12/2018 đến ngày 14/12/2019", "Trước ngày 10/12/2019", "", "", "Đang xin ý kiến Thường trực Huyện ủy", "overdue", "not sent, past 10/12/2019"],
    ["Báo cáo kết quả thực hiện Chương trình xây dựng nông thôn mới năm 2019", "Năm", "Từ ngày 15/12/2018 đến ngày 14/12/2019", "Trước ngày 25/12/2019", "2019-12-25", "921/BC-UBND", "", "not_met", "sent on 25/12, not before it"],
    ["Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở năm 2019", "Năm", "Từ ngày 15/12/2018 đến ngày 14/12/2019", "Trước ngày 15/12/2019", "Đã gửi qua Hệ thống thông tin báo cáo", "", "", "review", "marked sent, but no date: on time or late cannot be told"],
    ["Báo cáo công tác dân tộc năm 2019", "Năm", "Từ ngày 15/12/2018 đến ngày 14/12/2019", "Trước ngày 20/01/2020", "", "", "", "pending", "not yet due on 8/1/2020"],
    ["Báo cáo tình hình kinh tế - xã hội tháng 01 năm 2020", "Tháng", "Từ ngày 15/12/2019 đến ngày 14/01/2020", "Trước ngày 20 hằng tháng", "", "", "", "pending", "January's report is due before 20/1"],
    ["Báo cáo số liệu phổ cập giáo dục, xóa mù chữ", "Năm", "", "Theo yêu cầu của Sở Giáo dục và Đào tạo", "", "", "Chưa có văn bản yêu cầu", "refuse", "no date set"],
  ];
  const first = 9;
  rows.forEach((x, i) => {
    const r = first + i;
    const sent = /^\d{4}-\d\d-\d\d$/.test(x[4]) ? { v: x[4], date: true, fmt: "dd/mm/yyyy" as const } : x[4];
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], x[3], sent, x[5], x[6]], { border: true, wrap: true });
    s.expect(`F${r}`, { indicator: x[0], target: x[3], status: x[7], why: x[8], ...(x[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Thời gian chốt số liệu theo Quy định ban hành kèm Quyết định số 46/2019/QĐ-UBND (hiệu lực từ 08/11/2019); cột này không phải thời hạn gửi.",
    "- Ngày gửi tính theo ngày văn bản được gửi trên Hệ thống quản lý văn bản và điều hành.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI THEO DÕI", name: "Nông Thị Thanh Thủy" }, { col: "F", title: "CHÁNH VĂN PHÒNG", name: "Hoàng Văn Dũng" });
  b.facts = {
    sheet: "Theo doi bao cao",
    headerRows: "8",
    nameColumn: "B (Tên báo cáo)",
    target: "column E (Thời hạn gửi báo cáo)",
    actualColumns: "F (Ngày gửi: date cells, one as text, one without a date)",
    ignoreColumns: "A (TT), C (Kỳ báo cáo), D (Thời gian chốt số liệu: a data period, not a deadline), G (Số văn bản), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2020-01-08",
    period: "Quý IV/2019",
    notes: "Deadlines in words: a day of every month (\"Trước ngày 20 hằng tháng\": the 20th after the data period in column D closes, 20/11 for November's report, 20/01 for January's), a day of a month without a year, a day of the quarter's last month, strict \"Trước ngày\" met on the day (not met), \"Theo yêu cầu\". The cut-off column holds dates that are not deadlines.",
  };
  return b;
}
