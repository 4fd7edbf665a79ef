// Layout 04: a district office's tracker of statistical returns, built on the list of forms in Thông tư 25/2024/TT-BGDĐT (Phụ lục I): deadlines written as words.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi gửi báo cáo thống kê giáo dục năm học 2024-2025 (danh mục biểu mẫu theo Thông tư 25/2024/TT-BGDĐT)");
  const s = b.sheet("Theo dõi nộp BC");
  s.cols([5, 12, 34, 16, 11, 22, 22, 13, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN THANH OAI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thanh Oai, ngày 20 tháng 6 năm 2025",
    title: ["BẢNG THEO DÕI GỬI BÁO CÁO THỐNG KÊ NĂM HỌC 2024-2025", "(Theo Danh mục hệ thống biểu mẫu, Phụ lục I Thông tư số 25/2024/TT-BGDĐT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Ký hiệu biểu", "Tên biểu", "Đơn vị báo cáo", "Kỳ báo cáo", "Thời điểm, thời kỳ số liệu", "Ngày nhận báo cáo", "Ngày gửi", "Ghi chú"], head);
  s.row("A9", ["1", "2", "3", "4", "5", "6", "7", "8", "9"], { italic: true, align: "center", border: true });

  const sec = (r: number, title: string) => s.merge(`A${r}:I${r}`, title, { bold: true, border: true });
  // [code, name, who reports, period, data date, deadline, sent, note, verdict, why]
  type Row = [string, string, string, string, string, string, CellInput, string, Status, string];
  const start: Row[] = [
    ["01.ĐN-MN", "Báo cáo thống kê giáo dục mầm non", "Trường mầm non", "Đầu năm học", "Số liệu báo cáo tại ngày 30 tháng 9", "Ngày 15 tháng 10 năm báo cáo", "2024-10-14", "", "met", "14/10/2024 ≤ 15/10/2024"],
    ["02.ĐN-TH", "Báo cáo thống kê giáo dục tiểu học", "Trường tiểu học", "Đầu năm học", "Số liệu báo cáo tại ngày 30 tháng 9", "Ngày 15 tháng 10 năm báo cáo", "2024-10-21", "Gửi bổ sung biểu học sinh khuyết tật", "not_met", "sent 21/10/2024, six days after 15/10/2024"],
    ["03.ĐN-THCS", "Báo cáo thống kê giáo dục trung học cơ sở", "Trường THCS", "Đầu năm học", "Số liệu báo cáo tại ngày 30 tháng 9", "Ngày 15 tháng 10 năm báo cáo", "15/10/2024", "Gửi qua hệ thống CSDL ngành", "met", "a date typed as text, on the deadline day"],
    ["04.ĐN-PGD", "Báo cáo thống kê của Phòng Giáo dục và Đào tạo", "Phòng GDĐT", "Đầu năm học", "Số liệu báo cáo tại ngày 30 tháng 9", "Ngày 31 tháng 10 năm báo cáo", "2024-10-30", "", "met", "30/10/2024 ≤ 31/10/2024"],
  ];
  const end: Row[] = [
    ["01.CN-MN", "Báo cáo thống kê giáo dục mầm non", "Trường mầm non", "Cuối năm học", "Số liệu báo cáo tại ngày 31 tháng 5", "Ngày 15 tháng 6 năm báo cáo", "2025-06-13", "", "met", "13/6/2025 ≤ 15/6/2025; \"năm báo cáo\" of the end-of-year return is 2025"],
    ["02.CN-TH", "Báo cáo thống kê giáo dục tiểu học", "Trường tiểu học", "Cuối năm học", "Số liệu báo cáo tại ngày 31 tháng 5", "Ngày 15 tháng 6 năm báo cáo", "Chưa gửi", "02 trường chưa hoàn thiện số liệu", "overdue", "not sent, and 15/6/2025 is before the as-of date 20/6/2025"],
    ["03.CN-THCS", "Báo cáo thống kê giáo dục trung học cơ sở", "Trường THCS", "Cuối năm học", "Số liệu báo cáo tại ngày 31 tháng 5", "Ngày 15 tháng 6 năm báo cáo", "Đang tổng hợp", "", "overdue", "still being compiled, not sent; the deadline 15/6/2025 has passed"],
    ["04.CN-PGD", "Báo cáo thống kê của Phòng Giáo dục và Đào tạo", "Phòng GDĐT", "Cuối năm học", "Số liệu báo cáo tại ngày 31 tháng 5", "Ngày 30 tháng 6 năm báo cáo", "Chưa gửi", "Tổng hợp sau khi các trường gửi đủ", "pending", "due 30/6/2025, after the as-of date"],
    ["05.CN-GDTX", "Báo cáo thống kê giáo dục thường xuyên", "Trung tâm GDNN-GDTX", "Cuối năm học", "Số liệu báo cáo tại ngày 31 tháng 5", "Ngày 30 tháng 6 năm báo cáo", "2025-06-18", "", "met", "18/6/2025, before 30/6/2025"],
  ];
  const write = (r: number, rows: Row[], offset: number) => {
    table(s, `A${r}`, rows.map((x, i) => [offset + i, x[0], x[1], x[2], x[3], x[4], x[5], typeof x[6] === "string" && /^\d{4}-/.test(x[6]) ? { v: x[6], date: true } : x[6], x[7]]));
    rows.forEach((x, i) => s.expect(`H${r + i}`, { indicator: `${x[0]} ${x[1]}`, target: x[5], status: x[8], why: x[9] }));
  };
  sec(10, "I. Báo cáo thống kê kỳ đầu năm học");
  write(11, start, 1);
  sec(15, "II. Báo cáo thống kê kỳ cuối năm học");
  write(16, end, 5);
  s.set("C22", "Ghi chú: \"năm báo cáo\" là năm của ngày nhận báo cáo trong năm học 2024-2025.", { italic: true });
  signature(s, 24, { col: "C", title: "NGƯỜI THEO DÕI", name: "Đỗ Thị Mai" }, { col: "G", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Lâm" });
  b.facts = {
    sheet: "Theo dõi nộp BC",
    headerRows: "8 (row 9 numbers the columns 1-9)",
    nameColumn: "C (Tên biểu), with B (Ký hiệu biểu)",
    target: "column G (Ngày nhận báo cáo: a deadline in words, \"năm báo cáo\" taken from the school year 2024-2025)",
    actualColumns: "H (Ngày gửi: date cells, a date as text, \"Chưa gửi\", blank)",
    ignoreColumns: "D, E, F (who reports, period, data date \"tại ngày 30 tháng 9\" is NOT a deadline), I (Ghi chú)",
    otherRows: "9 (column numbers), 10 and 15 (sections I., II.), 22 (note), 24-30 (signature)",
    asOf: "2025-06-20",
    period: "2024-2025",
    notes: "A deadline table: sent on or before the day is met, sent after is not_met (late), not sent and past due is overdue, not sent and not yet due is pending. Column F holds dates too (the data's reference day) and must not be read as the deadline.",
  };
  return b;
}
