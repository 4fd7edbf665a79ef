// Layout 266: a district education office's count of pupils back in class by commune (Phòng GD&ĐT Bác Ái, Ninh Thuận, school year 2018-2019): the year's target as a sentence above the table, communes as rows with the pupils to keep, those in class and a ROUND rate as a fraction, pupils off on alternate days and dropouts beside them, last year hidden, a district total; mid-year: past the floor exceeded, short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê học sinh ra lớp theo xã, năm học 2018-2019, Phòng GD&ĐT huyện Bác Ái (Ninh Thuận)");
  const s = b.sheet("Ra lop theo xa");
  s.cols([5, 22, 12, 11, 10, 11, 9, 30, 11]);
  titleBlock(s, {
    left: ["UBND HUYỆN BÁC ÁI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu kèm Báo cáo số 212/BC-PGDĐT",
    date: "Bác Ái, ngày 20 tháng 11 năm 2018",
    title: ["THỐNG KÊ HỌC SINH RA LỚP, DUY TRÌ SĨ SỐ THEO XÃ", "(Tiểu học và THCS, năm học 2018-2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A7:I7", "Chỉ tiêu năm học 2018-2019 (Nghị quyết HĐND huyện): tỷ lệ học sinh ra lớp, duy trì sĩ số đạt 99% trở lên.", { italic: true, bold: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Xã", "Tổng số HS phải huy động", "Số HS ra lớp", "Tỷ lệ", "Nghỉ học cách nhật", "Bỏ học", "Ghi chú", "Cùng kỳ năm học trước"], head);
  type X = [string, number, number, number, string, number, Status];
  const xs: X[] = [
    ["Phước Bình", 1018, 1012, 14, "", 0.992, "exceeded"],
    ["Phước Hòa", 712, 708, 9, "", 0.99, "exceeded"],
    ["Phước Tân", 662, 655, 18, "4 em đi làm ăn xa cùng gia đình", 0.985, "pending"],
    ["Phước Tiến", 893, 890, 11, "", 0.994, "exceeded"],
    ["Phước Thắng", 742, 735, 16, "", 0.988, "exceeded"],
    ["Phước Thành", 620, 612, 21, "6 em đi làm ăn xa, 2 em ở nhà phụ giúp gia đình", 0.981, "pending"],
    ["Phước Đại", 1108, 1105, 8, "", 0.995, "exceeded"],
    ["Phước Chính", 541, 540, 5, "", 0.996, "exceeded"],
    ["Phước Trung", 565, 560, 8, "", 0.989, "exceeded"],
  ];
  let r = 10;
  for (const [i, [xa, tong, ra, cn, note, ck, st]] of xs.entries()) {
    const rate = Math.round((ra / tong) * 1000) / 10;
    const pct: CellInput = { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", result: `${rate.toFixed(1).replace(".", ",")}%` };
    s.row(`A${r}`, [String(i + 1), xa, tong, ra, pct, cn, tong - ra, note, { v: ck, pct: true, fmt: "0.0%" }], { border: true, align: "center" });
    s.set(`B${r}`, xa, { border: true });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`D${r}|E${r}`, { indicator: `Học sinh ra lớp · ${xa}`, target: "99% trở lên (row 7)", status: st, why: st === "exceeded" ? `${ra} of ${tong} = ${rate.toFixed(1).replace(".", ",")}%, above the inclusive 99%` : `${ra} of ${tong} = ${rate.toFixed(1).replace(".", ",")}% in November; the school year is running and pupils are still being brought back` });
    r++;
  }
  // r = 19: the district total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}18)`, result: res, bold: true });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", 6861), sum("D", 6817), { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", result: "99,4%", bold: true }, sum("F", 110), sum("G", 44), "", { v: 0.989, pct: true, fmt: "0.0%" }], { border: true, align: "center", bold: true });
  s.expect("D19|E19", { indicator: "Học sinh ra lớp · Toàn huyện", target: "99% trở lên (row 7)", status: "exceeded", why: "6.817 of 6.861 = 99,36% (the press gave 99,3%), above the inclusive 99%" });
  s.hideCols("I");
  notes(s, 21, "B", ["Ghi chú:", "- Số liệu tính đến ngày 15/11/2018; học sinh nghỉ học cách nhật vẫn tính là ra lớp.", "- Cột \"Bỏ học\" = Tổng số HS phải huy động - Số HS ra lớp."]);
  signature(s, 25, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Pi Năng Thị Hạnh" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Đặng Ngọc Hải" });
  b.facts = {
    sheet: "Ra lop theo xa",
    headerRows: "9",
    nameColumn: "B (Xã)",
    target: "row 7, a sentence above the table: \"tỷ lệ học sinh ra lớp, duy trì sĩ số đạt 99% trở lên\" (one target for every commune and the total)",
    actualColumns: "D (Số HS ra lớp, with C as the denominator) or E (Tỷ lệ: ROUND of D over C, a fraction)",
    ignoreColumns: "A (TT), C (the denominator), F (Nghỉ học cách nhật), G (Bỏ học: C - D), H (Ghi chú), I (hidden: last year's rate)",
    totalRows: "19 (Toàn huyện: SUM of rows 10-18; judged)",
    targetRows: "none (the target is the sentence in row 7)",
    otherRows: "7 (the target sentence); notes and signature under the table",
    asOf: "2018-11-20",
    period: "2018-2019",
    notes: "Mid-year count of pupils in class: communes over the inclusive 99% are exceeded (at 99,0% it would be met); Phước Tân (98,9%) and Phước Thành (98,7%) are short while the school year runs and dropouts are still being brought back: pending. Pupils off on alternate days count as in class (the note says so). Column I (hidden) is last year.",
  };
  return b;
}
