// Layout 250: a primary school's term-one review against the city's approved targets (TH Quảng Hùng, Sầm Sơn, Thanh Hóa, January 2024): ĐVT, the year's plan, the term's result, an estimate for the whole year beside it, a percent-of-plan formula; read in mid-January: done things judged, a contest already held judged, the rest pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết học kỳ I năm học 2023-2024: thực hiện chỉ tiêu kế hoạch, trường TH Quảng Hùng (Sầm Sơn, Thanh Hóa)");
  const s = b.sheet("So ket HKI");
  s.cols([5, 44, 9, 13, 14, 14, 11, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ SẦM SƠN", "TRƯỜNG TIỂU HỌC QUẢNG HÙNG"],
    number: "Phụ lục 01 - Báo cáo sơ kết HKI",
    date: "Quảng Hùng, ngày 12 tháng 01 năm 2024",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU HỌC KỲ I", "Năm học 2023-2024 (chỉ tiêu theo Quyết định số 2020/QĐ-UBND ngày 14/6/2023 của UBND thành phố)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm học 2023-2024", "Thực hiện HKI", "Ước thực hiện cả năm", "TH so KH (%)", "Ghi chú"], head);
  s.row("A8", ["1", "2", "3", "4", "5", "6", "7 = 5/4", "8"], { align: "center", italic: true, border: true });
  // [name, ĐVT, KH, TH HKI, Ước cả năm, note, verdict]
  type R = [string, string, CellInput, CellInput, CellInput, string, [Status, string]];
  const rows: R[] = [
    ["Huy động trẻ 6 tuổi vào lớp 1", "%", 100, 100, 100, "Tuyển sinh xong tháng 8/2023", ["met", "every six-year-old enrolled; enrolment closed in August, so the figure is final"]],
    ["Số lớp", "Lớp", 24, 24, 24, "", ["met", "24 classes opened, as planned"]],
    ["Tỷ lệ học sinh học 2 buổi/ngày", "%", 100, 100, 100, "", ["met", "all pupils on the two-session day, arranged from the start of the year"]],
    ["Tỷ lệ học sinh hoàn thành chương trình lớp học", "%", "≥ 99", 98.6, 99.2, "Kết quả giữa năm, đánh giá chính thức cuối năm", ["pending", "98,6% at mid-year; completion is decided at the year's end (the estimate 99,2 is not a result)"]],
    ["Giáo viên dạy giỏi cấp thành phố", "Người", 3, 2, 2, "Hội thi cấp TP đã tổ chức tháng 11/2023", ["not_met", "the city's contest was held in November: 2 of the 3 planned, final for the year"]],
    ["Học sinh đạt giải Olympic Tiếng Anh cấp thành phố", "Giải", 10, "Chưa tổ chức", 10, "Dự kiến tháng 3/2024", ["pending", "the contest is in March 2024; the estimate of 10 is not a result"]],
    ["Kiểm định chất lượng giáo dục đạt cấp độ 3", "Cấp độ", "Đạt", "Đang hoàn thiện hồ sơ tự đánh giá", "Đạt", "Đề nghị đánh giá ngoài tháng 4/2024", ["pending", "the self-assessment is being finished; external review in April 2024"]],
    ["Thư viện đạt chuẩn mức độ 1", "", "Đạt", "Đạt (công nhận tháng 12/2023)", "Đạt", "", ["met", "recognised in December 2023"]],
    ["Học sinh tham gia bảo hiểm y tế", "%", 100, 99.4, 100, "5 HS chưa mua thẻ", ["pending", "99,4% at mid-year; cards can still be bought (the estimate is 100%)"]],
  ];
  rows.forEach(([name, dvt, kh, th, uoc, note, v], i) => {
    const r = 9 + i;
    const pct: CellInput = typeof kh === "number" && typeof th === "number" ? { v: `=ROUND(E${r}/D${r}*100,1)`, fmt: "0.0", result: Math.round((th / kh) * 1000) / 10 } : "";
    s.row(`A${r}`, [String(i + 1), name, dvt, kh, th, uoc, pct, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`E${r}`, th, { border: true, wrap: true, align: "center" });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    const tgt = `${kh}${dvt && dvt !== "Cấp độ" ? ` ${dvt}` : ""} (Kế hoạch năm học, column D)`;
    s.expect(`E${r}`, { indicator: name, target: tgt, status: v[0], why: v[1] });
  });
  notes(s, 19, "B", [
    "Ghi chú:",
    "- Cột 6 \"Ước thực hiện cả năm\" là số dự kiến để đăng ký thi đua, chưa phải kết quả.",
    "- Cột 7 chỉ tính cho các chỉ tiêu bằng số.",
  ]);
  signature(s, 23, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Thị Thu" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hằng" });
  b.facts = {
    sheet: "So ket HKI",
    headerRows: "7 (with a column-number row 8)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm học 2023-2024: numbers in the ĐVT of column C, or \"≥ 99\", \"Đạt\")",
    actualColumns: "E (Thực hiện HKI: numbers or words)",
    ignoreColumns: "A (TT), C (ĐVT), F (Ước thực hiện cả năm: an estimate, not a result), G (percent of plan, derived), H (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8 (column numbers); notes 19-21; signature from 23",
    asOf: "2024-01-12",
    period: "2023-2024",
    notes: "A term-one review: things done once at the start of the year (enrolment, classes, two-session days) and a library recognised in December are met; the city's teaching contest held in November gave 2 of 3, final for the year, not met; the completion rate, insurance, a March contest and an April accreditation are pending. Column F is an estimate and is never the result.",
  };
  return b;
}
