// Layout 97: a primary school's record of its 2023-2024 "three publics" postings (TH số 2 Nà Nhạn, Điện Biên, December 2023): the plan's month for each item, the day it went on the website, the days it hung on the notice board against a 30-day rule written above the table (a formula counts them), relative and event-driven timings, items not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện công khai năm học 2023-2024, Trường Tiểu học số 2 Nà Nhạn, ngày 20/12/2023");
  const s = b.sheet("Theo dõi công khai");
  s.cols([5, 44, 24, 16, 13, 13, 11, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ ĐIỆN BIÊN PHỦ", "TRƯỜNG TIỂU HỌC SỐ 2 NÀ NHẠN"],
    date: "Nà Nhạn, ngày 20 tháng 12 năm 2023",
    title: ["THEO DÕI THỰC HIỆN CÔNG KHAI NĂM HỌC 2023-2024", "(Theo Kế hoạch thực hiện công tác ba công khai năm học 2023-2024)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "H"],
    titleSpan: ["A", "H"],
  });
  s.merge("A7:H7", "Hình thức công khai: đăng trên trang thông tin điện tử của nhà trường và niêm yết tại bảng tin nhà trường, thời gian niêm yết ít nhất 30 ngày liên tục kể từ ngày niêm yết (Điều 5 Thông tư số 36/2017/TT-BGDĐT).", { italic: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung công khai", head).merge("C8:C9", "Thời điểm công khai (theo kế hoạch)", head);
  s.merge("D8:D9", "Ngày đăng trên trang thông tin điện tử", head);
  s.merge("E8:G8", "Niêm yết tại bảng tin", head).row("E9", ["Từ ngày", "Đến ngày", "Số ngày niêm yết"], head);
  s.merge("H8:H9", "Ghi chú", head);

  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  const days = (a: string, z: string) => Math.round((Date.parse(z) - Date.parse(a)) / 86400000) + 1;
  const shown = (x: string) => x.split("-").reverse().join("/");
  // [item, timing, website date (ISO) or text, board from, board to, note, website verdict, why]
  type R = [string, string, string, string, string, string, Status, string];
  const rs: R[] = [
    ["Cam kết chất lượng giáo dục năm học 2023-2024 (Biểu mẫu 05)", "Tháng 9/2023 (đầu năm học)", "2023-09-15", "2023-09-15", "2023-10-20", "", "met", "posted 15/9/2023, within September 2023"],
    ["Chất lượng giáo dục thực tế năm học 2022-2023 (Biểu mẫu 06)", "Tháng 9/2023 (cập nhật đầu năm học)", "2023-10-05", "2023-10-05", "2023-10-25", "Chậm do chờ số liệu phổ cập", "not_met", "posted 5/10/2023, after September 2023 (late)"],
    ["Điều kiện cơ sở vật chất (Biểu mẫu 07)", "Tháng 9/2023", "2023-09-28", "2023-09-28", "2023-10-27", "", "met", "posted 28/9/2023, within September 2023"],
    ["Đội ngũ nhà giáo, cán bộ quản lý và nhân viên (Biểu mẫu 08)", "Tháng 9/2023", "Chưa công khai", "", "", "Đang rà soát số liệu", "overdue", "not posted and September 2023 is over"],
    ["Các khoản thu đầu năm học 2023-2024", "Trước khi thu (trước ngày 15/9/2023)", "2023-09-08", "2023-09-08", "2023-10-16", "", "met", "posted 8/9/2023, before 15/9/2023"],
    ["Dự toán thu, chi ngân sách năm 2024", "Trong thời hạn 15 ngày kể từ ngày được giao dự toán", "", "", "", "Chưa được giao dự toán", "refuse", "the deadline counts from a day the sheet does not give: nothing to judge"],
    ["Chất lượng giáo dục thực tế năm học 2023-2024 (Biểu mẫu 06)", "Tháng 6/2024", "", "", "", "", "pending", "June 2024 has not come"],
    ["Quyết toán thu, chi năm 2023", "Tháng 3/2024", "", "", "", "", "pending", "March 2024 has not come"],
    ["Chính sách, kết quả thực hiện hỗ trợ học sinh", "Khi có thay đổi", "2023-11-02", "2023-11-02", "2023-11-20", "Cập nhật danh sách hỗ trợ tiền ăn", "refuse", "\"Khi có thay đổi\": no date to judge the posting by"],
  ];
  rs.forEach((x, i) => {
    const r = 10 + i;
    const web: CellInput = /^\d{4}-/.test(x[2]) ? d(x[2]) : x[2];
    s.row(`A${r}`, [i + 1, { v: x[0], align: "left" }, x[1], web, x[3] ? d(x[3]) : "", x[4] ? d(x[4]) : "", { v: `=IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r})),F${r}-E${r}+1,"")`, fmt: "0", result: x[3] ? days(x[3], x[4]) : "" }, { v: x[5], align: "left" }], { border: true, wrap: true, align: "center" });
    s.expect(`D${r}`, { indicator: `${x[0]} · Ngày đăng trên trang thông tin điện tử`, target: x[1], status: x[6], why: x[7] });
    if (x[3]) {
      const n = days(x[3], x[4]);
      const st: Status = n > 30 ? "exceeded" : n === 30 ? "met" : "not_met";
      s.expect(`G${r}`, { indicator: `${x[0]} · Số ngày niêm yết`, target: "Ít nhất 30 ngày liên tục (dòng 7, Điều 5 TT 36/2017)", actual: `${n}`, status: st, why: `${shown(x[3])} to ${shown(x[4])} is ${n} days counted from the first${st === "met" ? ": exactly 30, the rule's minimum" : st === "exceeded" ? ", more than 30" : ", fewer than 30"}` });
    }
  });
  const end = 10 + rs.length;
  const after = notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Số ngày niêm yết tính cả ngày bắt đầu và ngày kết thúc.",
    "- Nội dung chưa đến thời điểm công khai tiếp tục theo dõi.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI THEO DÕI", name: "Lường Thị Thanh" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" });
  b.facts = {
    sheet: "Theo dõi công khai",
    headerRows: "8-9 (Niêm yết tại bảng tin over Từ ngày | Đến ngày | Số ngày niêm yết)",
    nameColumn: "B (Nội dung công khai)",
    target: "column C (Thời điểm công khai) for the website date in D; row 7 (\"thời gian niêm yết ít nhất 30 ngày liên tục\") for the day count in G",
    actualColumns: "D (date cells, \"Chưa công khai\", blanks), G (a formula counting the board days from E and F)",
    ignoreColumns: "E and F (the board dates the count is made from), H (Ghi chú)",
    otherRows: `7 (the rule, above the header), ${end + 1}-${after - 1} (notes), signature below`,
    asOf: "2023-12-20",
    period: "2023-2024",
    notes: "Two checks per posting: the website date against the plan's month or day (within it met, after it not met, not posted after it overdue, not yet due pending; a deadline counted from an unknown day or \"Khi có thay đổi\" gives nothing to judge), and the board days against the 30-day minimum written above the table (30 met, more exceeded, fewer not met; inclusive count, as the note says). Items not posted have no board count to judge.",
  };
  return b;
}
