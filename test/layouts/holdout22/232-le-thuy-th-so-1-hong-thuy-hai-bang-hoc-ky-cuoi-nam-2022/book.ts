// Layout 232: a primary school's year-end table (TH số 1 Hồng Thủy, Lệ Thủy, Quảng Bình, 2021-2022): two tables stacked on one sheet, grades as rows, a term-one and a year-end group side by side; the first table's targets in a column per grade, the second's in a target row under its own header; rates typed as fractions, one typed as text, a "60/60" count typed as text, a whole-school row judged.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả chất lượng giáo dục cuối năm học 2021-2022 so với chỉ tiêu kế hoạch, Trường Tiểu học số 1 Hồng Thủy (Lệ Thủy, Quảng Bình)");
  const s = b.sheet("KQ cuoi nam 2021-2022");
  s.cols([5, 18, 9, 11, 10, 11, 10, 16, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT LỆ THỦY", "TRƯỜNG TH SỐ 1 HỒNG THỦY"],
    number: "Phụ lục kèm theo Báo cáo tổng kết năm học 2021-2022",
    date: "Hồng Thủy, ngày 27 tháng 5 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHẤT LƯỢNG NĂM HỌC 2021 - 2022", "(So sánh cuối học kỳ I và cuối năm học)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  const pct = (v: number): CellInput => ({ v, pct: true, fmt: "0.00%" });
  const shown = (v: number) => `${(Math.round(v * 10000) / 100).toFixed(2).replace(".", ",")}%`;
  // Table 1: finishing the grade's programme; targets per grade in column H.
  s.merge("A8:I8", "Bảng 1. Học sinh hoàn thành chương trình lớp học", { bold: true });
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Khối lớp", head).merge("C9:C10", "Tổng số HS", head);
  s.merge("D9:E9", "Cuối học kỳ I (hoàn thành các môn)", head).merge("F9:G9", "Cuối năm học (hoàn thành CT lớp học)", head);
  s.row("D10", ["SL", "TL", "SL", "TL"], head);
  s.merge("H9:H10", "Chỉ tiêu KH năm học", head).merge("I9:I10", "Ghi chú", head);
  type R1 = [string, number, number, number | string, CellInput, string, string, string, Status, string];
  const t1: R1[] = [
    ["Khối 1", 62, 57, 61, pct(61 / 62), "≥ 98%", "", "98,39%", "exceeded", "61/62 = 98,39%, above 98%"],
    ["Khối 2", 58, 56, 58, pct(1), "≥ 99%", "", "100,00%", "exceeded", "58/58 = 100%, above 99%"],
    ["Khối 3", 65, 63, 64, pct(64 / 65), "≥ 99%", "01 HS ốm dài ngày, rèn luyện trong hè", "98,46%", "not_met", "64/65 = 98,46%, under 99%; the notes judge the year's targets on the year-end figures, which the summer make-up comes after"],
    ["Khối 4", 55, 54, 55, pct(1), "≥ 99%", "", "100,00%", "exceeded", "55/55 = 100%, above 99%"],
    ["Khối 5", 60, 60, "60/60", "100%", "100% HTCT tiểu học", "Cả 60 em được cấp xác nhận HTCT tiểu học", "100%", "met", "60/60, the whole grade, typed as text"],
  ];
  t1.forEach(([k, ts, hk1, cn, tl, ct, note, sh, st, why], i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, k, ts, hk1, pct(hk1 / ts), cn, tl, ct, note], bd);
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`G${r}`, { indicator: `${k} · Tỷ lệ học sinh hoàn thành chương trình lớp học`, target: ct, status: st, why, actual: sh });
  });
  s.row("A16", ["", "Toàn trường", { v: "=SUM(C11:C15)", result: 300 }, { v: "=SUM(D11:D15)", result: 290 }, { v: "=D16/C16", pct: true, fmt: "0.00%", result: 290 / 300 }, 298, pct(298 / 300), "≥ 99%", ""], { ...bd, bold: true });
  s.expect("G16", { indicator: "Toàn trường · Tỷ lệ học sinh hoàn thành chương trình lớp học", target: "≥ 99%", status: "exceeded", why: "298/300 = 99,33%, above 99%", actual: shown(298 / 300) });
  // Table 2: pupils commended at year end; the target is a row under the header.
  s.merge("A19:I19", "Bảng 2. Học sinh được khen thưởng (Xuất sắc, Tiêu biểu hoàn thành tốt)", { bold: true });
  s.merge("A20:A21", "TT", head).merge("B20:B21", "Khối lớp", head).merge("C20:C21", "Tổng số HS", head);
  s.merge("D20:E20", "Cuối học kỳ I (tuyên dương)", head).merge("F20:G20", "Cuối năm học (khen thưởng)", head);
  s.row("D21", ["SL", "TL", "SL", "TL"], head);
  s.merge("H20:H21", "", head).merge("I20:I21", "Ghi chú", head);
  s.row("A22", ["", "Chỉ tiêu năm học", "", "", "", "", "≥ 35%", "", "Áp dụng cho từng khối và toàn trường"], { ...bd, italic: true, bold: true });
  type R2 = [string, number, number, number, Status, string];
  const t2: R2[] = [
    ["Khối 1", 62, 20, 24, "exceeded", "24/62 = 38,71%, above 35%"],
    ["Khối 2", 58, 17, 20, "not_met", "20/58 = 34,48%, under 35%"],
    ["Khối 3", 65, 25, 23, "exceeded", "23/65 = 35,38%, above 35%"],
    ["Khối 4", 55, 21, 19, "not_met", "19/55 = 34,55%, under 35%"],
    ["Khối 5", 60, 22, 21, "met", "21/60 = 35,00%, at 35%"],
  ];
  t2.forEach(([k, ts, hk1, cn, st, why], i) => {
    const r = 23 + i;
    s.row(`A${r}`, [i + 1, k, ts, hk1, pct(hk1 / ts), cn, pct(cn / ts), "", ""], bd);
    s.expect(`G${r}`, { indicator: `${k} · Tỷ lệ học sinh được khen thưởng`, target: "≥ 35% (dòng Chỉ tiêu năm học, row 22)", status: st, why, actual: shown(cn / ts) });
  });
  s.row("A28", ["", "Toàn trường", { v: "=SUM(C23:C27)", result: 300 }, { v: "=SUM(D23:D27)", result: 105 }, { v: "=D28/C28", pct: true, fmt: "0.00%", result: 105 / 300 }, { v: "=SUM(F23:F27)", result: 107 }, { v: "=F28/C28", pct: true, fmt: "0.00%", result: 107 / 300 }, "", ""], { ...bd, bold: true });
  s.expect("G28", { indicator: "Toàn trường · Tỷ lệ học sinh được khen thưởng", target: "≥ 35% (dòng Chỉ tiêu năm học, row 22)", status: "exceeded", why: "107/300 = 35,67%, above 35%", actual: "=F28/C28 (35,67%)" });
  notes(s, 30, "B", [
    "Ghi chú:",
    "- Số liệu cuối học kỳ I để so sánh; chỉ tiêu năm học đánh giá theo số liệu cuối năm học.",
    "- Tỷ lệ tính trên tổng số học sinh cuối năm của từng khối.",
  ]);
  signature(s, 34, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Thị Thu Hà" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Trần Văn Duẩn" });
  b.facts = {
    sheet: "KQ cuoi nam 2021-2022",
    headerRows: "9-10 (table 1) and 20-21 (table 2), each with Cuối học kỳ I / Cuối năm học groups over SL / TL",
    nameColumn: "B (Khối lớp)",
    target: "table 1: column H per grade (\"≥ 98%\", \"≥ 99%\", \"100% HTCT tiểu học\"); table 2: row 22 (Chỉ tiêu năm học: ≥ 35%, in G)",
    actualColumns: "G (Cuối năm học TL: fractions in percent format; G15 text \"100%\"; G16 and G28 formulas)",
    ignoreColumns: "A (TT), C (Tổng số HS), D-E (Cuối học kỳ I, for comparison), F (counts; F15 text \"60/60\"), H in table 2 (empty), I (Ghi chú)",
    totalRows: "16 and 28 (Toàn trường, judged against the same targets)",
    targetRows: "22 (Chỉ tiêu năm học for table 2)",
    otherRows: "8 and 19 (table titles); notes 30-32; signature from 34",
    asOf: "2022-05-27",
    period: "Năm học 2021-2022",
    rollUps: [s.rollUp(" · Tỷ lệ học sinh hoàn thành chương trình lớp học", "khối"), s.rollUp(" · Tỷ lệ học sinh được khen thưởng", "khối")],
    notes: "Two tables on one sheet. Only the year-end group is judged (the notes say term one is for comparison). Table 1's targets are per grade in column H; table 2's is one row under its header, applying to each grade and the school. Year-end figures are final: short is not met. 21/60 is exactly 35% (met).",
  };
  return b;
}
