// Layout 157: a provincial social-insurance office's sheet for the monthly statistical return of CV 2618/BHXH-KHTC (2010), read on 10/12/2010, with two tables on one sheet: the log of monthly sends (a data cut-off column that is not a deadline, strict "Trước ngày 28", sent on the 28th, sent late, "Đã gửi" without a date, blank past due) and, under it, the year's plan figures against the latest cut-off (year not over: pending, or already reached).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi gửi báo cáo thống kê tháng năm 2010 (Công văn 2618/BHXH-KHTC) và kết quả thực hiện một số chỉ tiêu đến 25/11/2010, Bảo hiểm xã hội một tỉnh");
  const s = b.sheet("Bao cao thang 2010");
  s.cols([5, 40, 16, 22, 16, 16, 26]);
  titleBlock(s, {
    left: ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH ..."],
    date: "..., ngày 10 tháng 12 năm 2010",
    title: ["THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO THỐNG KÊ THÁNG NĂM 2010", "(Theo Công văn số 2618/BHXH-KHTC ngày 28/6/2010 của BHXH Việt Nam)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:G8", "I. TÌNH HÌNH GỬI BÁO CÁO THÁNG (CHỈ TIÊU A1 - B4)", { bold: true });
  s.row("A9", ["TT", "Kỳ báo cáo", "Ngày chốt số liệu", "Thời hạn gửi BHXH Việt Nam", "Ngày gửi", "Hình thức gửi", "Ghi chú"], head);
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, CellInput, string, CellInput, string, string, Status, string];
  const log: Row[] = [
    ["Báo cáo tháng 7/2010", d("2010-07-25"), "Trước ngày 28/7/2010", d("2010-07-27"), "Thư điện tử", "", "met", "27/7, before the 28th"],
    ["Báo cáo tháng 8/2010", d("2010-08-25"), "Trước ngày 28/8/2010", d("2010-08-28"), "Thư điện tử", "", "not_met", "sent on 28/8: not before the 28th (strict \"Trước ngày\")"],
    ["Báo cáo tháng 9/2010", d("2010-09-25"), "Trước ngày 28/9/2010", d("2010-10-01"), "Văn bản", "Lỗi phần mềm tổng hợp", "not_met", "sent 01/10, after 28/9"],
    ["Báo cáo tháng 10/2010", d("2010-10-25"), "Trước ngày 28/10/2010", "Đã gửi", "Thư điện tử", "", "review", "\"Đã gửi\" with no date: before or after 28/10 is not known"],
    ["Báo cáo tháng 11/2010", d("2010-11-25"), "Trước ngày 28/11/2010", "", "", "Đang đối chiếu số thu", "overdue", "blank, 28/11 has passed on 10/12"],
  ];
  log.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], x[3], x[4], x[5]], { border: true, wrap: true, align: "center" });
    s.expect(`E${r}`, { indicator: x[0], target: x[2], status: x[6], why: x[7], ...(x[3] === "" ? { actual: "(trống)" } : {}) });
  });
  s.merge("A16:G16", "II. KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU (SỐ LIỆU CHỐT ĐẾN NGÀY 25/11/2010)", { bold: true });
  s.row("A17", ["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2010 BHXH Việt Nam giao", "Thực hiện đến 25/11/2010", "Tỷ lệ so KH (%)", "Ghi chú"], head);
  type P = [string, string, number, number | string, Status, string];
  const plan: P[] = [
    ["Số người tham gia BHXH bắt buộc", "Người", 152000, 149800, "pending", "149.800 < 152.000, but the plan is for the whole of 2010"],
    ["Số người tham gia BHYT", "Người", 980000, 986500, "exceeded", "986.500 already over 980.000"],
    ["Số người tham gia BHXH tự nguyện", "Người", 4500, 4500, "met", "4.500 reached the plan"],
    ["Tổng số thu BHXH, BHYT, BHTN", "Triệu đồng", 1250000, 1105300, "pending", "the year's collection runs to 31/12"],
    ["Số đơn vị sử dụng lao động tham gia BHXH", "Đơn vị", 3200, "Đang rà soát", "no_data", "\"Đang rà soát\""],
  ];
  plan.forEach((x, i) => {
    const r = 18 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], { v: x[2], fmt: "#,##0" }, typeof x[3] === "number" ? { v: x[3], fmt: "#,##0" } : x[3], typeof x[3] === "number" ? { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((x[3] / x[2]) * 1000) / 10, fmt: "0.0" } : "", ""], { border: true, wrap: true });
    s.expect(`E${r}`, { indicator: x[0], target: `${x[2].toLocaleString("de-DE")} (kế hoạch năm 2010)`, status: x[4], why: x[5] });
  });
  notes(s, 24, "B", ["Ghi chú:", "- Báo cáo tháng chốt số liệu ngày 25 tháng báo cáo, gửi về BHXH Việt Nam trước ngày 28 hằng tháng.", "- Cột \"Tỷ lệ so KH\" tính trên số liệu chốt ngày 25/11/2010."]);
  signature(s, 28, { col: "B", title: "TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", name: "Lê Văn Sơn" }, { col: "E", title: "GIÁM ĐỐC", name: "Phạm Minh Đức" });
  b.facts = {
    sheet: "Bao cao thang 2010",
    headerRows: "9 (table I), 17 (table II)",
    nameColumn: "B (Kỳ báo cáo; Chỉ tiêu)",
    target: "table I: column D (Thời hạn gửi, \"Trước ngày 28/…\"); table II: column D (Kế hoạch năm 2010)",
    actualColumns: "table I: E (Ngày gửi); table II: E (Thực hiện đến 25/11/2010)",
    ignoreColumns: "C in table I (Ngày chốt số liệu: a data cut-off, not a deadline), F (Hình thức gửi; Tỷ lệ so KH: derived), G (Ghi chú)",
    otherRows: "8, 16 (table titles), 24-26 (notes), signature from 28",
    asOf: "2010-12-10",
    period: "2010",
    notes: "Two tables on one sheet. Judged on 10/12/2010: the year's plan figures are not due until 31/12 (pending unless already reached).",
  };
  return b;
}
