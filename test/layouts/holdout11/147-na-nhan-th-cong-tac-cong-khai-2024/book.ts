// Layout 147: a primary school's log of its public-disclosure duties for 2023-2024 (TT 36/2017 forms, budget disclosure) read on 20/6/2024: section rows, months as deadlines, deadlines counted from a stated day or from the end of a quarter, an event-tied deadline, a duration ("ít nhất 30 ngày liên tục") still running, "Đã gửi" without a date, "Thường xuyên".
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo công tác công khai năm học 2023-2024, Trường Tiểu học Số 2 Nà Nhạn (xã Mường Phăng): theo dõi thời điểm thực hiện");
  const s = b.sheet("Theo doi cong khai");
  s.cols([6, 44, 18, 30, 16, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ ĐIỆN BIÊN PHỦ", "TRƯỜNG TIỂU HỌC SỐ 2 NÀ NHẠN"],
    date: "Mường Phăng, ngày 20 tháng 6 năm 2024",
    title: ["BÁO CÁO CÔNG TÁC CÔNG KHAI NĂM HỌC 2023 - 2024", "Phụ lục: Theo dõi thời điểm thực hiện các nội dung công khai"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  s.row("A8", ["TT", "Nội dung công khai", "Hình thức", "Thời điểm công khai theo quy định", "Ngày thực hiện", "Ghi chú"], { bold: true, align: "center", wrap: true, border: true });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", border: true, align: "center" });
  type Row = [string, string, string, string, CellInput, string, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", "", null, ""];
  const rows: Row[] = [
    sec("I", "CÔNG KHAI CHẤT LƯỢNG GIÁO DỤC, ĐIỀU KIỆN ĐẢM BẢO CHẤT LƯỢNG"),
    ["1", "Cam kết chất lượng giáo dục năm học 2023-2024 (Biểu mẫu 05)", "Niêm yết, website", "Tháng 9/2023 (cập nhật đầu năm học)", d("2023-09-15"), "", "met", "15/9, within September"],
    ["2", "Chất lượng giáo dục thực tế năm học 2023-2024 (Biểu mẫu 06)", "Niêm yết, website", "Tháng 6/2024", "", "Chờ kết quả xét hoàn thành chương trình", "pending", "June 2024 is not over on 20/6"],
    ["3", "Cơ sở vật chất (Biểu mẫu 07)", "Niêm yết", "Tháng 9/2023", "Đã niêm yết ngày 05/10/2023", "", "not_met", "done in October for a September deadline"],
    ["4", "Đội ngũ cán bộ quản lý, giáo viên, nhân viên (Biểu mẫu 08)", "Niêm yết, website", "Tháng 9/2023", d("2023-09-28"), "", "met", "28/9"],
    sec("II", "CÔNG KHAI TÀI CHÍNH"),
    ["5", "Dự toán ngân sách năm 2024", "Niêm yết", "Chậm nhất 15 ngày kể từ ngày được giao dự toán (giao ngày 05/01/2024)", d("2024-01-18"), "", "met", "due 20/01/2024 (05/01 + 15 days); done 18/01"],
    ["6", "Tình hình thực hiện dự toán quý I/2024", "Niêm yết", "Chậm nhất 15 ngày kể từ ngày kết thúc quý", "Chưa thực hiện", "", "overdue", "quarter I ended 31/3: due 15/4/2024; not done on 20/6"],
    ["7", "Quyết toán ngân sách năm 2023", "Niêm yết", "Trong 15 ngày kể từ ngày được phê duyệt quyết toán", "", "Chờ phê duyệt quyết toán", "refuse", "the approval has not happened: no day to count from"],
    ["8", "Các khoản thu năm học 2023-2024", "Niêm yết, họp CMHS", "Tháng 9/2023 (trước khi thu)", d("2023-09-08"), "Bắt đầu thu từ 15/9/2023", "met", "8/9, in September and before collecting"],
    sec("III", "CÔNG TÁC KHÁC"),
    ["9", "Niêm yết công khai tại trường các nội dung năm học 2023-2024", "Niêm yết", "Ít nhất 30 ngày liên tục kể từ ngày niêm yết", "Từ 01/6/2024 đến nay", "", "pending", "19 days so far on 20/6: the 30 days are still running"],
    ["10", "Cập nhật thông tin công khai trên trang thông tin điện tử", "Website", "Thường xuyên", "Đang thực hiện", "", "refuse", "\"Thường xuyên\": no deadline"],
    ["11", "Báo cáo công khai học kỳ I gửi Phòng GD&ĐT", "Văn bản", "Trước ngày 20/01/2024", "Đã gửi", "", "review", "\"Đã gửi\" with no date: before or after 20/01 is not known"],
    ["12", "Báo cáo kết quả công tác công khai năm học gửi Phòng GD&ĐT", "Văn bản", "Trước ngày 30/6/2024", "", "", "pending", "due 30/6; the log is dated 20/6"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    const secRow = x[6] === null;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3]], { border: true, wrap: true, bold: secRow });
    s.set(`E${r}`, typeof x[4] === "object" && x[4] !== null ? x[4] : { v: x[4] as string, border: true, wrap: true });
    s.set(`F${r}`, x[5], { border: true, wrap: true });
    if (x[6]) s.expect(`E${r}`, { indicator: x[1], target: x[3], status: x[6], why: x[7], ...(x[4] === "" ? { actual: "(trống)" } : {}) });
  });
  const end = 9 + rows.length;
  s.set(`B${end + 1}`, "Căn cứ: Thông tư số 36/2017/TT-BGDĐT; Thông tư số 61/2017/TT-BTC về công khai ngân sách.", { italic: true });
  signature(s, end + 3, { col: "B", title: "NGƯỜI LẬP", name: "Quàng Thị Mai" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Trần Văn Hải" });
  b.facts = {
    sheet: "Theo doi cong khai",
    headerRows: "8",
    nameColumn: "B (Nội dung công khai)",
    target: "column D (Thời điểm công khai: months, \"Chậm nhất 15 ngày kể từ\" a stated day or a quarter's end, an event, a duration, \"Thường xuyên\", \"Trước ngày\")",
    actualColumns: "E (date cells, text dates, \"Chưa thực hiện\", \"Đã gửi\", blanks)",
    ignoreColumns: "C (Hình thức), F (Ghi chú)",
    otherRows: "9, 14, 19 (section rows I-III), " + (end + 1) + " (legal basis), signature from " + (end + 3),
    asOf: "2024-06-20",
    period: "2023-2024",
    notes: "Judged on 20/6/2024. Row 5's deadline is counted from the day written in the cell; row 6's from the quarter's end; row 7's from an approval that has not happened. Row 9 is a duration, not a deadline.",
  };
  return b;
}
