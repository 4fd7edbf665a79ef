// Layout 248: a primary school's year-end quality table (TH Hòa Nghĩa, Dương Kinh, Hải Phòng, 31/5/2022): grades as columns with counts, the whole school as a SUM, a rate whose denominator changes by row (grade 5 only for finishing primary), targets as percent cells stored as fractions, last year's rates in a hidden column; the year is over: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Chất lượng giáo dục cuối năm học 2021-2022 theo khối, trường TH Hòa Nghĩa (Dương Kinh, Hải Phòng)");
  const s = b.sheet("CL cuoi nam");
  s.cols([5, 40, 10, 8, 8, 8, 8, 8, 10, 10, 10, 22]);
  titleBlock(s, {
    left: ["UBND QUẬN DƯƠNG KINH", "TRƯỜNG TIỂU HỌC HÒA NGHĨA"],
    number: "Biểu 02 kèm Báo cáo tổng kết năm học",
    date: "Hòa Nghĩa, ngày 31 tháng 5 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHẤT LƯỢNG GIÁO DỤC", "Năm học 2021-2022 (đánh giá cuối năm theo Thông tư 27 và Thông tư 22)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Chỉ tiêu năm học", head);
  s.merge("D8:H8", "Số học sinh theo khối", head);
  s.row("D9", ["Khối 1", "Khối 2", "Khối 3", "Khối 4", "Khối 5"], head);
  s.merge("I8:I9", "Toàn trường (SL)", head).merge("J8:J9", "Tỷ lệ (%)", head).merge("K8:K9", "Năm học 2020-2021 (%)", head).merge("L8:L9", "Ghi chú", head);
  const grades = [142, 138, 150, 131, 127];
  s.row("A10", ["", "Tổng số học sinh", "", ...grades, { v: "=SUM(D10:H10)", result: 688 }, "", "", ""], { border: true, align: "center", bold: true });
  s.set("B10", "Tổng số học sinh", { border: true, bold: true });
  // [name, target (fraction or text), counts by grade, denominator ("all" or "k5"), last year rate, note, verdict]
  type R = [string, CellInput, number[], "all" | "k5", number, string, [Status, string]];
  const rows: R[] = [
    ["Học sinh hoàn thành chương trình lớp học", { v: 0.99, pct: true, fmt: "0%" }, [140, 137, 150, 131, 127], "all", 0.994, "3 HS khối 1-2 rèn luyện thêm trong hè", ["exceeded", "685 of 688 = 99,6%, above the 99% target; the year's evaluation is final on 31/5"]],
    ["Học sinh lớp 5 hoàn thành chương trình tiểu học", { v: 1, pct: true, fmt: "0%" }, [0, 0, 0, 0, 127], "k5", 1, "Tỷ lệ tính trên số HS khối 5", ["met", "127 of 127 grade-5 pupils = 100%, the target exactly"]],
    ["Học sinh được khen thưởng (Xuất sắc, Tiêu biểu)", "≥ 30%", [52, 49, 53, 45, 36], "all", 0.318, "", ["exceeded", "235 of 688 = 34,2%, above the floor of 30%"]],
    ["Năng lực cốt lõi đạt mức Tốt", { v: 0.75, pct: true, fmt: "0%" }, [110, 106, 120, 101, 99], "all", 0.752, "", ["exceeded", "536 of 688 = 77,9%, above 75%"]],
    ["Phẩm chất chủ yếu đạt mức Tốt", { v: 0.8, pct: true, fmt: "0%" }, [108, 107, 118, 104, 103], "all", 0.791, "", ["not_met", "540 of 688 = 78,5%, short of 80%; the school year is over"]],
    ["Học sinh bỏ học", "Không có HS bỏ học", [0, 0, 0, 0, 0], "all", 0, "", ["met", "no pupil dropped out (0 of 688), as the target asks"]],
  ];
  rows.forEach(([name, tgt, counts, den, last, note, v], i) => {
    const r = 11 + i;
    const sum = counts.reduce((a, c) => a + c, 0);
    const denCell = den === "all" ? "I$10" : "H$10";
    const denVal = den === "all" ? 688 : 127;
    const rate = Math.round((sum / denVal) * 1000) / 1000;
    s.row(`A${r}`, [String(i + 1), name, tgt, ...counts.map((c, k) => (den === "k5" && k < 4 ? "-" : c)), { v: `=SUM(D${r}:H${r})`, result: sum }, { v: `=ROUND(I${r}/${denCell},3)`, pct: true, fmt: "0.0%", result: `${(rate * 100).toFixed(1).replace(".", ",")}%` }, { v: last, pct: true, fmt: "0.0%" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    const tgtText = typeof tgt === "object" && tgt !== null ? `${Math.round((tgt.v as number) * 100)}% (column C, a percent cell)` : `${tgt} (column C)`;
    s.expect(`J${r}`, { indicator: name, target: tgtText, status: v[0], why: v[1] });
  });
  s.hideCols("K");
  notes(s, 18, "B", [
    "Ghi chú:",
    "- Cột \"Tỷ lệ\" tính trên tổng số học sinh toàn trường (dòng 10), riêng mục 2 tính trên số học sinh khối 5.",
    "- Số liệu chốt ngày 25/5/2022 sau khi hoàn thành đánh giá cuối năm.",
  ]);
  signature(s, 22, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Vũ Thị Lan" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Phạm Thanh Hương" });
  b.facts = {
    sheet: "CL cuoi nam",
    headerRows: "8-9 (Số học sinh theo khối over Khối 1 … Khối 5)",
    nameColumn: "B (Nội dung)",
    target: "column C (Chỉ tiêu năm học: percent cells stored as fractions, or words \"≥ 30%\", \"Không có HS bỏ học\")",
    actualColumns: "J (Tỷ lệ: ROUND of the school count in I over the pupils of row 10; row 12 over grade 5 only)",
    ignoreColumns: "A (TT), D-H (counts by grade: parts of I), I (count, the numerator of J), K (hidden: last year's rates), L (Ghi chú)",
    totalRows: "none (row 10 is the pupil count, the denominator, not an indicator)",
    targetRows: "none",
    otherRows: "10 (Tổng số học sinh: denominators); notes 18-20; signature from 22",
    asOf: "2022-05-31",
    period: "2021-2022",
    notes: "Year-end evaluation of a primary school: the year is over, so a rate short of its target is not met. The hidden column K holds last year's rates and is not judged. Grade-5 completion is a rate over grade 5 (127), not over the school. \"Không có HS bỏ học\" with no drop-outs is met.",
  };
  return b;
}
