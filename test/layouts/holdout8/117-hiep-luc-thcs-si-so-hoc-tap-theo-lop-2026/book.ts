// Layout 117: a lower-secondary school's year-end class table (THCS Hiệp Lực, Ninh Giang, 2025-2026): class rows grouped under grade rows, one target row "giao cho từng lớp" above them.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp duy trì sĩ số và kết quả học tập cả năm theo lớp, năm học 2025-2026, Trường THCS Hiệp Lực");
  const s = b.sheet("Tong hop theo lop");
  s.cols([6, 16, 10, 10, 11, 8, 8, 8, 9, 12, 26]);
  titleBlock(s, {
    left: ["UBND XÃ NINH GIANG", "TRƯỜNG THCS HIỆP LỰC"],
    date: "Ninh Giang, ngày 29 tháng 5 năm 2026",
    title: ["TỔNG HỢP DUY TRÌ SĨ SỐ VÀ KẾT QUẢ HỌC TẬP CẢ NĂM THEO LỚP", "Năm học 2025 - 2026 (đối chiếu chỉ tiêu Kế hoạch giáo dục số 08/KH-THCSHL ngày 04/9/2025)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Lớp", head).merge("C8:C9", "Sĩ số đầu năm", head).merge("D8:D9", "Sĩ số cuối năm", head);
  s.merge("E8:E9", "Tỷ lệ duy trì sĩ số (%)", head);
  s.merge("F8:I8", "Kết quả học tập cả năm (số HS)", head);
  s.row("F9", ["Tốt", "Khá", "Đạt", "Chưa đạt"], head);
  s.merge("J8:J9", "Tỷ lệ HS Tốt, Khá (%)", head).merge("K8:K9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu giao cho từng lớp", "", "", "100%", "", "", "", "", "Từ 55% trở lên", ""], { bold: true, italic: true, align: "center", border: true });
  const bd = { border: true, align: "center" as const };
  type C = [string, number, number | "", number | "", number | "", number | "", number | "", string];
  const groups: [string, string, C[]][] = [
    ["I", "Khối 6", [["6A", 49, 49, 12, 18, 19, 0, ""], ["6B", 47, 46, 9, 16, 20, 1, "01 HS chuyển trường (chuyển đi tháng 01/2026)"]]],
    ["II", "Khối 7", [["7A", 43, 43, 10, 14, 19, 0, ""], ["7B", 43, 42, 8, 15, 18, 1, "01 HS bỏ học (tháng 3/2026)"]]],
    ["III", "Khối 8", [["8A", 40, 40, 9, 13, 18, 0, ""], ["8B", 40, 41, 11, 15, 15, 0, "01 HS chuyển đến"], ["8C", 36, 36, 6, 12, 17, 1, ""]]],
    ["IV", "Khối 9", [["9A", 33, 33, 9, 12, 12, 0, ""], ["9B", 31, "", "", "", "", "", "GVCN chưa nộp tổng hợp"], ["9C", 32, 32, 7, 12, 13, 0, ""]]],
  ];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  let r = 11;
  const sectionRows: number[] = [];
  const classRow: Record<string, number> = {};
  for (const [roman, name, classes] of groups) {
    const top = r;
    sectionRows.push(top);
    const first = top + 1;
    const last = top + classes.length;
    const sum = (col: string, i: number) => classes.reduce((a, c) => a + (typeof c[i] === "number" ? (c[i] as number) : 0), 0);
    const cs = sum("C", 1), ds = sum("D", 2), fs = sum("F", 3), gs = sum("G", 4);
    s.row(`A${top}`, [
      roman, name, { v: `=SUM(C${first}:C${last})`, result: cs }, { v: `=SUM(D${first}:D${last})`, result: ds },
      { v: `=ROUND(D${top}/C${top}*100,1)`, result: r1((ds / cs) * 100), fmt: "0.0" },
      { v: `=SUM(F${first}:F${last})`, result: fs }, { v: `=SUM(G${first}:G${last})`, result: gs },
      { v: `=SUM(H${first}:H${last})`, result: sum("H", 5) }, { v: `=SUM(I${first}:I${last})`, result: sum("I", 6) },
      { v: `=ROUND((F${top}+G${top})/D${top}*100,1)`, result: r1(((fs + gs) / ds) * 100), fmt: "0.0" }, "",
    ], { ...bd, bold: true });
    classes.forEach((c, i) => {
      const row = first + i;
      classRow[c[0]] = row;
      const blank = c[2] === "";
      const cells: CellInput[] = [
        i + 1, c[0], c[1], c[2],
        { v: `=IF(D${row}="","",ROUND(D${row}/C${row}*100,1))`, result: blank ? "" : r1(((c[2] as number) / c[1]) * 100), fmt: "0.0" },
        c[3], c[4], c[5], c[6],
        { v: `=IF(D${row}="","",ROUND((F${row}+G${row})/D${row}*100,1))`, result: blank ? "" : r1((((c[3] as number) + (c[4] as number)) / (c[2] as number)) * 100), fmt: "0.0" },
        c[7],
      ];
      s.row(`A${row}`, cells, bd);
    });
    r = last + 1;
  }
  const total = r;
  const secs = sectionRows;
  const sumOf = (col: string) => `=${secs.map((x) => `${col}${x}`).join("+")}`;
  s.row(`A${total}`, ["", "Toàn trường", { v: sumOf("C"), result: 394 }, { v: sumOf("D"), result: 362 }, { v: `=ROUND(D${total}/C${total}*100,1)`, result: 91.9, fmt: "0.0" },
    { v: sumOf("F"), result: 81 }, { v: sumOf("G"), result: 127 }, { v: sumOf("H"), result: 151 }, { v: sumOf("I"), result: 3 },
    { v: `=ROUND((F${total}+G${total})/D${total}*100,1)`, result: 57.5, fmt: "0.0" }, "Chưa đủ số liệu lớp 9B"], { ...bd, bold: true });
  const e = (cls: string, col: "E" | "J", status: Status, why: string, actual?: string) => {
    const row = classRow[cls];
    const dup = col === "E";
    s.expect(dup ? `E${row}|D${row}` : `J${row}|F${row}`, { indicator: `Lớp ${cls} · ${dup ? "Tỷ lệ duy trì sĩ số" : "Tỷ lệ HS học tập Tốt, Khá"}`, target: dup ? "100%" : "Từ 55% trở lên", status, why, ...(actual ? { actual } : {}) });
  };
  e("6A", "E", "met", "49/49 = 100%");
  e("6A", "J", "exceeded", "(12+18)/49 = 61,2%");
  e("6B", "E", "review", "46/47 = 97,9%, but the one pupil left by transfer (Ghi chú): whether a transfer-out counts against maintaining enrolment is not said on the sheet");
  e("6B", "J", "not_met", "(9+16)/46 = 54,3% < 55%");
  e("7A", "E", "met", "43/43 = 100%");
  e("7A", "J", "exceeded", "(10+14)/43 = 55,8%");
  e("7B", "E", "not_met", "42/43 = 97,7%; one pupil dropped out (Ghi chú)");
  e("7B", "J", "not_met", "(8+15)/42 = 54,8% < 55%");
  e("8A", "E", "met", "40/40 = 100%");
  e("8A", "J", "met", "(9+13)/40 = 55,0%, exactly the floor");
  e("8B", "E", "met", "41/40 = 102,5%: one pupil transferred in, none lost; a keep-everyone target is met, not 'exceeded' in any useful sense");
  e("8B", "J", "exceeded", "(11+15)/41 = 63,4%");
  e("8C", "E", "met", "36/36 = 100%");
  e("8C", "J", "not_met", "(6+12)/36 = 50,0% < 55%");
  e("9A", "E", "met", "33/33 = 100%");
  e("9A", "J", "exceeded", "(9+12)/33 = 63,6%");
  e("9B", "E", "no_data", "year-end enrolment blank; \"GVCN chưa nộp tổng hợp\"", "(trống)");
  e("9B", "J", "no_data", "results blank", "(trống)");
  e("9C", "E", "met", "32/32 = 100%");
  e("9C", "J", "exceeded", "(7+12)/32 = 59,4%");
  signature(s, total + 2, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Thu Trang" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Vũ Đức Thịnh" });
  b.facts = {
    sheet: "Tong hop theo lop",
    headerRows: "8-9 (Kết quả học tập cả năm merged over Tốt / Khá / Đạt / Chưa đạt)",
    nameColumn: "B (Lớp; grade rows \"Khối 6\"… and \"Toàn trường\" in the same column)",
    target: "row 10 (Chỉ tiêu giao cho từng lớp: E \"100%\", J \"Từ 55% trở lên\"), for each class row",
    actualColumns: "E (duy trì sĩ số: ROUND formula D/C), J (Tốt + Khá over the year-end enrolment: ROUND formula)",
    ignoreColumns: "C, D (enrolments: denominators), F-I (level counts), K (Ghi chú, read for the transfer and drop-out)",
    totalRows: `${secs.join(", ")} (Khối 6-9: SUM rows), ${total} (Toàn trường) — the targets are given per class, so these are not judged`,
    targetRows: "10",
    otherRows: `signature from row ${total + 2}`,
    asOf: "2026-05-29",
    period: "2025-2026",
    notes: "Class enrolments at the start of the year are the plan's own (6A 49 … 9C 32); the rest is invented. 9B is blank; its grade and school totals are therefore short and not judged.",
  };
  return b;
}
