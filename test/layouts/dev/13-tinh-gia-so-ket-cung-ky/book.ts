// Layout 13: a district education office's first-term data appendix (Tĩnh Gia, 2016-2017): year plan, term result, the same term last year and a signed difference.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục số liệu sơ kết học kỳ I năm học 2016-2017 của ngành Giáo dục và Đào tạo huyện Tĩnh Gia");
  const s = b.sheet("Phụ lục số liệu");
  s.cols([6, 44, 8, 12, 12, 12, 11, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN TĨNH GIA", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Tĩnh Gia, ngày 06 tháng 01 năm 2017",
    title: ["PHỤ LỤC SỐ LIỆU", "Kèm theo Báo cáo sơ kết học kỳ I, nhiệm vụ học kỳ II năm học 2016-2017"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:D9", "Kế hoạch năm học 2016-2017", head).merge("E8:E9", "Thực hiện học kỳ I", head);
  s.merge("F8:G8", "So với cùng kỳ năm học trước", head);
  s.row("F9", ["Cùng kỳ", "Tăng (+), giảm (-)"], head);
  s.merge("H8:H9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, t: string) => s.row(`A${r}`, [t.split(" ")[0], t.slice(t.indexOf(" ") + 1), "", "", "", "", "", ""], { ...bd, bold: true });
  type Row = [string, string, string, number | string, number | string, number | string, Status, string];
  const put = (r: number, x: Row) => {
    const diff = typeof x[4] === "number" && typeof x[5] === "number" ? { v: `=E${r}-F${r}`, fmt: "0.0" as const } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], diff, ""], bd);
    s.expect(`E${r}`, { indicator: x[1], target: String(x[3]), status: x[6], why: x[7] });
  };
  sec(10, "A. GIÁO DỤC MẦM NON");
  put(11, ["1", "Tỷ lệ huy động trẻ nhà trẻ ra lớp", "%", 30, 31.2, 28.9, "exceeded", "31,2 > 30"]);
  put(12, ["2", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", "%", 95, 94.1, 93.5, "not_met", "94,1 < 95 (although up on last year)"]);
  put(13, ["3", "Tỷ lệ trẻ 5 tuổi ra lớp", "%", 100, 100, 100, "met", ""]);
  put(14, ["4", "Số trường mầm non đạt chuẩn quốc gia", "Trường", 22, 20, 18, "pending", "a year-end count: 20 of 22 at mid-year, recognition continues in term II"]);
  sec(15, "B. GIÁO DỤC TIỂU HỌC");
  put(16, ["1", "Tỷ lệ học sinh học 2 buổi/ngày", "%", 100, 100, 98.6, "met", ""]);
  put(17, ["2", "Số trường tiểu học đạt chuẩn quốc gia", "Trường", 26, 26, 25, "met", ""]);
  put(18, ["3", "Tỷ lệ học sinh được học Tiếng Anh (lớp 3, 4, 5)", "%", 100, 98.2, 95.4, "not_met", "a rate, judged on the term figure"]);
  sec(19, "C. GIÁO DỤC TRUNG HỌC CƠ SỞ");
  put(20, ["1", "Tỷ lệ học sinh bỏ học", "%", "Dưới 0,5", 0.21, 0.35, "pending", "0,21 under ĐVT % is 0,21% after term one, under the year's cap of 0,5; drop-outs only add up until the year ends (ruled in round 46, as holdout18/200)"]);
  put(21, ["2", "Số giải học sinh giỏi lớp 9 cấp huyện", "Giải", 400, 412, 398, "exceeded", "the district contest was held in December"]);
  put(22, ["3", "Tỷ lệ học sinh lớp 9 được tư vấn hướng nghiệp", "%", 100, "", "", "no_data", "blank"]);
  signature(s, 24, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Tuấn" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Sơn" });
  b.facts = {
    sheet: "Phụ lục số liệu",
    headerRows: "8-9 (So với cùng kỳ năm học trước over Cùng kỳ | Tăng (+), giảm (-))",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm học 2016-2017: plain numbers, ĐVT in C; one \"Dưới 0,5\")",
    actualColumns: "E (Thực hiện học kỳ I)",
    ignoreColumns: "F (Cùng kỳ: last year's same term), G (signed difference, a formula), H (Ghi chú)",
    otherRows: "10, 15, 19 (sections A-C by level), 24-30 (signature)",
    asOf: "2017-01-06",
    period: "2016-2017",
    notes: "A bare number under \"Kế hoạch\" with ĐVT % reads as at least that rate; with ĐVT Trường or Giải as at least that count. A year-end count not yet reached at mid-year is pending, a rate is judged on the term figure.",
  };
  return b;
}
