// Layout 75: a primary school's year-end results by grade (TH Lê Quý Đôn, Mỹ Tho, Tiền Giang, May 2024): a target column per grade ("Trên 99%" for grades 1-4, "100%" for grade 5), two more targets written into the headers, a 99,0 shown that the counts put above 99, the school total with no target.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả cuối năm học 2023-2024 theo khối lớp, Trường Tiểu học Lê Quý Đôn (TP. Mỹ Tho)");
  const s = b.sheet("Cuối năm");
  s.cols([5, 12, 11, 11, 14, 16, 11, 11, 16, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ MỸ THO", "TRƯỜNG TIỂU HỌC LÊ QUÝ ĐÔN"],
    date: "Mỹ Tho, ngày 28 tháng 5 năm 2024",
    title: ["THỐNG KÊ KẾT QUẢ CUỐI NĂM HỌC 2023-2024", "Theo khối lớp"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Khối", head);
  s.merge("C8:E8", "Sĩ số", head).row("C9", ["Đầu năm", "Cuối năm", "Duy trì sĩ số (%) (chỉ tiêu 100%)"], head);
  s.merge("F8:H8", "Hoàn thành chương trình lớp học", head).row("F9", ["Chỉ tiêu", "Số HS", "Tỷ lệ (%)"], head);
  s.merge("I8:I9", "Tỷ lệ chuyên cần (%) (chỉ tiêu từ 98% trở lên)", head).merge("J8:J9", "Ghi chú", head);
  const bd = { border: true, align: "center" as const, wrap: true };
  // [grade, start, end, completion target, completed, attendance, note]
  type G = [string, number, number, string, number, number, string];
  const grades: G[] = [
    ["Khối 1", 303, 302, "Trên 99%", 299, 99.4, "01 HS chuyển trường tháng 2/2024"],
    ["Khối 2", 290, 290, "Trên 99%", 290, 99.6, ""],
    ["Khối 3", 288, 288, "Trên 99%", 284, 98, ""],
    ["Khối 4", 270, 270, "Trên 99%", 269, 97.8, "Nghỉ ốm kéo dài 02 HS"],
    ["Khối 5", 294, 294, "100%", 294, 99.7, "Hoàn thành chương trình tiểu học"],
  ];
  const two = (x: number) => x.toFixed(2).replace(".", ",");
  grades.forEach((g, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, g[0], g[1], g[2], { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00" }, g[3], g[4], { v: `=ROUND(G${r}/D${r}*100,1)`, fmt: "0.0" }, { v: g[5], fmt: "0.0" }, { v: g[6], align: "left" }], bd);
    const keep = (g[2] / g[1]) * 100;
    s.expect(`E${r}|D${r}`, { indicator: `${g[0]} · Duy trì sĩ số`, target: "100% (tiêu đề cột)", actual: `${g[2]}/${g[1]} (${two(Math.round(keep * 100) / 100)})`, status: g[2] >= g[1] ? "met" : "review", why: g[2] >= g[1] ? "every pupil kept" : `${g[2]} of ${g[1]}, but the one pupil who left moved to another school (Ghi chú): counted as a loss it is short of 100%, counted as a transfer (not a drop-out) it is met; nothing on the sheet decides` });
    const done = (g[4] / g[2]) * 100;
    const shown = (Math.round(done * 10) / 10).toFixed(1).replace(".", ",");
    const strict = g[3].startsWith("Trên");
    const st: Status = strict ? (done > 99 ? "met" : "not_met") : done >= 100 ? "met" : "not_met";
    s.expect(`H${r}|G${r}`, { indicator: `${g[0]} · Hoàn thành chương trình lớp học`, target: `${g[3]} (cột F)`, actual: `${g[4]}/${g[2]} (${shown})`, status: st, why: strict ? (st === "met" ? (shown === "99,0" ? `shown 99,0 but ${g[4]}/${g[2]} = ${done.toFixed(3).replace(".", ",")}% is above 99 (the counts decide)` : `${shown} > 99 (strict "trên")`) : `${shown} is not above 99`) : "all pupils completed: 100%" });
    const a = g[5];
    const sa: Status = a === 98 ? "met" : a > 98 ? "exceeded" : "not_met";
    s.expect(`I${r}`, { indicator: `${g[0]} · Tỷ lệ chuyên cần`, target: "Từ 98% trở lên (tiêu đề cột)", status: sa, why: sa === "met" ? "98,0 = 98 (inclusive)" : sa === "exceeded" ? `${String(a).replace(".", ",")} > 98` : `${String(a).replace(".", ",")} < 98` });
  });
  s.row("A15", ["", "Toàn trường", "=SUM(C10:C14)", "=SUM(D10:D14)", { v: "=ROUND(D15/C15*100,2)", fmt: "0.00" }, "", "=SUM(G10:G14)", { v: "=ROUND(G15/D15*100,1)", fmt: "0.0" }, "", ""], { ...bd, bold: true });
  const after = notes(s, 17, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Kế hoạch năm học 2023-2024: học sinh lớp 1 đến lớp 4 hoàn thành chương trình lớp học đạt trên 99%; 100% học sinh lớp 5 hoàn thành chương trình tiểu học; duy trì sĩ số 100%; chuyên cần từ 98% trở lên.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Kim Loan" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Mai" });
  b.facts = {
    sheet: "Cuối năm",
    headerRows: "8-9 (Sĩ số over Đầu năm | Cuối năm | Duy trì sĩ số; Hoàn thành chương trình lớp học over Chỉ tiêu | Số HS | Tỷ lệ (%))",
    nameColumn: "B (Khối)",
    target: "column F (Chỉ tiêu: \"Trên 99%\", \"100%\") for H; the headers of E (\"chỉ tiêu 100%\") and I (\"chỉ tiêu từ 98% trở lên\")",
    actualColumns: "E with D (retention: ROUND formulas), H with G (completion: ROUND formulas over Cuối năm), I (attendance: plain numbers)",
    ignoreColumns: "C (Đầu năm: the denominator), J (Ghi chú)",
    totalRows: "15 (Toàn trường: no target of its own)",
    otherRows: `17-${after - 1} (notes), signature below`,
    asOf: "2024-05-28",
    period: "2023-2024",
    rollUps: [s.rollUp(" · Duy trì sĩ số", "khối"), s.rollUp(" · Hoàn thành chương trình lớp học", "khối"), s.rollUp(" · Tỷ lệ chuyên cần", "khối")],
    notes: "Year-end: verdicts are final. \"Trên 99%\" is strict (met, never exceeded, when above); Khối 1 shows 99,0 but 299/302 = 99,007% is above 99, so met. \"100%\" for Khối 5 is met only at 100. Khối 1 kept 302 of 303 pupils, the one who left having moved school: whether a transfer breaks \"duy trì sĩ số 100%\" is not said (review). Attendance \"từ 98% trở lên\" is inclusive: 98,0 met, above exceeded. Two targets are written in the column headers, not in a target column. The school total has no target.",
  };
  return b;
}
