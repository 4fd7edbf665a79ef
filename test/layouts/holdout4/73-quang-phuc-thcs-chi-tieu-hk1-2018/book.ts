// Layout 73: a lower-secondary school's year targets against its first-term results (THCS Quảng Phúc, Ba Đồn, Quảng Bình, January 2019): floors, a ceiling, counts of prizes, a contest not yet held, a title decided at year end, last year's same-term figures beside the results.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu năm học 2018-2019 sau học kỳ I, Trường THCS Quảng Phúc");
  const s = b.sheet("Chỉ tiêu HK I");
  s.cols([6, 46, 10, 20, 14, 14, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THỊ XÃ BA ĐỒN", "TRƯỜNG THCS QUẢNG PHÚC"],
    date: "Quảng Phúc, ngày 21 tháng 01 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC 2018-2019", "(Kèm theo Báo cáo sơ kết học kỳ I)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung", "ĐVT", "Chỉ tiêu năm học 2018-2019", "Kết quả học kỳ I", "Cùng kỳ năm học 2017-2018", "Ghi chú"], head);
  const bd = { border: true, wrap: true, align: "center" as const };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, { v: t, align: "left" }, "", "", "", "", ""], { ...bd, bold: true });
  // [no, content, unit, target, result, last year, note, verdict, why]
  type Row = [string, string, string, string, CellInput, CellInput, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4], x[5], { v: x[6], align: "left" }], bd);
    s.expect(`E${r}`, { indicator: x[1], target: x[3], status: x[7], why: x[8] });
  };
  const one = (n: number): CellInput => ({ v: n, fmt: "0.0" });
  sec(9, "I", "Học sinh");
  put(10, ["1", "Tỷ lệ duy trì sĩ số", "%", "Từ 99,5% trở lên", one(99.7), one(99.6), "", "exceeded", "99,7 > 99,5 (a floor, already above at mid-year)"]);
  put(11, ["2", "Học sinh xếp loại học lực giỏi", "%", "Từ 15% trở lên", one(13.8), one(14.2), "", "pending", "13,8 < 15, but the target is for the school year and this is the first term"]);
  put(12, ["3", "Học sinh xếp loại học lực yếu, kém", "%", "Không quá 3%", one(3.4), one(3.9), "", "pending", "3,4 is above the 3% ceiling after the first term; the year's figure is not in yet"]);
  put(13, ["4", "Học sinh xếp loại hạnh kiểm khá, tốt", "%", "98% trở lên", one(98), one(97.5), "", "met", "98,0 = 98 (inclusive)"]);
  put(14, ["5", "Học sinh giỏi cấp thị xã", "giải", "30 giải", 34, 27, "Kỳ thi tổ chức tháng 12/2018", "exceeded", "34 prizes > 30"]);
  put(15, ["6", "Học sinh giỏi cấp tỉnh", "giải", "05 giải", "Chưa tổ chức", 0, "Kỳ thi tổ chức tháng 3/2019", "pending", "the contest is in March 2019"]);
  put(16, ["7", "Học sinh lớp 9 được công nhận tốt nghiệp THCS", "%", "100%", "", "", "Xét vào cuối năm học", "pending", "decided at the end of the year: blank before it is due"]);
  sec(17, "II", "Cán bộ, giáo viên");
  put(18, ["8", "Giáo viên dạy giỏi cấp trường", "người", "Ít nhất 10 người", 12, 9, "", "exceeded", "12 > 10"]);
  put(19, ["9", "Sáng kiến kinh nghiệm được công nhận cấp thị xã", "sáng kiến", "08", 3, 2, "Đang chấm cấp thị xã 05 sáng kiến", "pending", "3 of 8 so far; the target is for the year"]);
  put(20, ["10", "Giáo viên xếp loại chuẩn nghề nghiệp từ khá trở lên", "%", "Trên 90%", one(90), "", "Đánh giá giữa năm học; xếp loại chính thức vào cuối năm", "pending", "90,0 is not above 90 (\"trên\" is strict): short for now, and the official rating is made at year end"]);
  sec(21, "III", "Tập thể");
  put(22, ["11", "Danh hiệu thi đua của nhà trường", "", "Tập thể lao động xuất sắc", "", "Tập thể lao động tiên tiến", "Xét vào cuối năm học", "pending", "the title is awarded at year end"]);
  const after = notes(s, 24, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Kế hoạch năm học 2018-2019 của nhà trường; kết quả tính đến ngày 18/01/2019.",
    "- Cột cùng kỳ năm học 2017-2018 để so sánh, không phải chỉ tiêu.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP", name: "Hoàng Thị Minh Nguyệt" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Quang" });
  b.facts = {
    sheet: "Chỉ tiêu HK I",
    headerRows: "8",
    nameColumn: "B (Nội dung)",
    target: "column D (Chỉ tiêu năm học 2018-2019: \"Từ … trở lên\", \"Không quá 3%\", \"… trở lên\", counts, \"Ít nhất 10 người\", \"Trên 90%\", a title)",
    actualColumns: "E (Kết quả học kỳ I: plain numbers under ĐVT %, counts, \"Chưa tổ chức\", blanks)",
    ignoreColumns: "C (ĐVT), F (Cùng kỳ năm học 2017-2018: last year, not a target), G (Ghi chú)",
    otherRows: `9, 17, 21 (sections I-III), 24-${after - 1} (notes), signature below`,
    asOf: "2019-01-21",
    period: "2018-2019",
    notes: "Year targets checked after the first term: a figure already at or past its target is met or exceeded, a shortfall is pending (the year's result is not in), as are things decided at year end. \"Không quá 3%\" is a ceiling (3,4 now: pending, not a failure yet). \"Trên 90%\" is strict: 90,0 mid-year is short, so pending. Last year's same-term figures are not targets.",
  };
  return b;
}
