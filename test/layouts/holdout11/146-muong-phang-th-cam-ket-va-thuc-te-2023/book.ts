// Layout 146: a primary school's public-disclosure sheet (TT 36/2017 Biểu mẫu 05 over Biểu mẫu 06) on one sheet: commitments per grade as text in the first table (one merged over all grades, one school-wide), actual counts and ROUND rates per grade in the second table; grade 5's commitment worded as "hoàn thành chương trình tiểu học".
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai cam kết chất lượng giáo dục và chất lượng giáo dục thực tế, năm học 2022-2023, Trường Tiểu học xã Mường Phăng");
  const s = b.sheet("Cong khai");
  s.cols([6, 46, 12, 14, 14, 14, 14, 18]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ ĐIỆN BIÊN PHỦ", "TRƯỜNG TIỂU HỌC XÃ MƯỜNG PHĂNG"],
    date: "Mường Phăng, ngày 31 tháng 5 năm 2023",
    title: ["THÔNG BÁO", "Cam kết chất lượng giáo dục và chất lượng giáo dục thực tế năm học 2022 - 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const cell = { border: true, wrap: true, align: "center" as const };
  // Table 1: Biểu mẫu 05 (commitments)
  s.merge("A8:H8", "Biểu mẫu 05 – Cam kết chất lượng giáo dục (trích mục V)", { bold: true, italic: true });
  s.row("A9", ["STT", "Nội dung", "", "Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  s.row("A10", ["V", "Kết quả năng lực, phẩm chất, học tập và sức khỏe của học sinh dự kiến đạt được", "", "", "", "", "", ""], { ...cell, bold: true, align: "left" });
  s.row("A11", ["1", "Hoàn thành chương trình lớp học", "", "98%", "99%", "99%", "99%", "100% hoàn thành chương trình tiểu học"], cell);
  s.set("B11", "Hoàn thành chương trình lớp học", { border: true, wrap: true });
  s.row("A12", ["2", "Năng lực, phẩm chất đánh giá mức Tốt", ""], cell);
  s.merge("D12:H12", "Mỗi khối lớp từ 35% trở lên", cell);
  s.row("A13", ["3", "Sức khỏe", "", ""], cell);
  s.merge("D13:H13", "100% học sinh được khám sức khỏe định kỳ (toàn trường)", cell);
  // Table 2: Biểu mẫu 06 (actual)
  s.merge("A16:H16", "Biểu mẫu 06 – Thông tin chất lượng giáo dục thực tế (cuối năm học)", { bold: true, italic: true });
  s.row("A17", ["STT", "Nội dung", "Tổng số", "Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  const pupils = [125, 100, 130, 120, 122];
  const done = [122, 99, 129, 118, 122];
  const good = [50, 35, 44, 45, 47];
  const health = 594;
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  const G = ["D", "E", "F", "G", "H"];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const sumF = (r: number, xs: number[]): CellInput => ({ v: `=SUM(D${r}:H${r})`, result: sum(xs) });
  const rateF = (col: string, r: number, n: number, d: number): CellInput => ({ v: `=ROUND(${col}${r}/${col}18*100,1)`, result: r1((n / d) * 100), fmt: "0.0" });
  s.row("A18", ["I", "Tổng số học sinh", sumF(18, pupils), ...pupils], cell);
  s.row("A19", ["II", "Số học sinh hoàn thành chương trình lớp học", sumF(19, done), ...done], cell);
  s.row("A20", ["", "Tỷ lệ (%)", rateF("C", 19, sum(done), sum(pupils)), ...G.map((c, i) => rateF(c, 19, done[i], pupils[i]))], { ...cell, italic: true });
  s.row("A21", ["III", "Số học sinh có năng lực, phẩm chất đánh giá mức Tốt", sumF(21, good), ...good], cell);
  s.row("A22", ["", "Tỷ lệ (%)", rateF("C", 21, sum(good), sum(pupils)), ...G.map((c, i) => rateF(c, 21, good[i], pupils[i]))], { ...cell, italic: true });
  s.row("A23", ["IV", "Số học sinh được khám sức khỏe định kỳ", health, "", "", "", "", ""], cell);
  s.row("A24", ["", "Tỷ lệ (%)", { v: "=ROUND(C23/C18*100,1)", result: r1((health / sum(pupils)) * 100), fmt: "0.0" }, "", "", "", "", ""], { ...cell, italic: true });
  for (const r of [11, 12, 13, 19, 20, 21, 22, 23, 24]) s.set(`B${r}`, s.text(`B${r}`), { border: true, wrap: true });
  const names = ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"];
  const comp: [string, Status, string][] = [
    ["98%", "not_met", "122/125 = 97,6% < 98%"],
    ["99%", "met", "99/100 = 99,0% at the commitment"],
    ["99%", "exceeded", "129/130 = 99,2%"],
    ["99%", "not_met", "118/120 = 98,3%"],
    ["100% hoàn thành chương trình tiểu học", "met", "122/122 = 100%: grade 5 completing the class is completing primary school"],
  ];
  const tot: [Status, string][] = [
    ["exceeded", "50/125 = 40,0%"],
    ["met", "35/100 = 35,0% at the floor"],
    ["not_met", "44/130 = 33,8%: the merged commitment holds for each grade"],
    ["exceeded", "45/120 = 37,5%"],
    ["exceeded", "47/122 = 38,5%"],
  ];
  G.forEach((c, i) => {
    s.expect(`${c}20|${c}19`, { indicator: `${names[i]} · Tỷ lệ hoàn thành chương trình lớp học`, target: comp[i][0], status: comp[i][1], why: comp[i][2] });
    s.expect(`${c}22|${c}21`, { indicator: `${names[i]} · Tỷ lệ năng lực, phẩm chất mức Tốt`, target: "Mỗi khối lớp từ 35% trở lên", status: tot[i][0], why: tot[i][1] });
  });
  s.expect("C24|C23", { indicator: "Toàn trường · Tỷ lệ học sinh được khám sức khỏe định kỳ", target: "100% (toàn trường)", status: "not_met", why: `${health}/${sum(pupils)} = 99,5%` });
  const rollUps = [" · Tỷ lệ hoàn thành chương trình lớp học", " · Tỷ lệ năng lực, phẩm chất mức Tốt"].map((x) => s.rollUp(x, "khối lớp"));
  signature(s, 26, { col: "B", title: "NGƯỜI LẬP", name: "Lò Thị Hương" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Quyết" });
  b.facts = {
    sheet: "Cong khai",
    headerRows: "9 (table 1), 17 (table 2)",
    nameColumn: "B (Nội dung), by grade columns D-H",
    target: "table 1 (rows 11-13): per-grade text \"98%\", \"99%\", \"100% hoàn thành chương trình tiểu học\"; \"từ 35% trở lên\" merged over D:H (each grade); \"100% ... (toàn trường)\" for the school",
    actualColumns: "table 2: D-H rates in rows 20, 22 (ROUND over row 18, with counts in rows 19, 21); C24 (school-wide health rate)",
    ignoreColumns: "C in rows 18-22 (school totals without a commitment)",
    totalRows: "column C (Tổng số) in table 2",
    targetRows: "11-13 (table 1)",
    otherRows: "8, 16 (table captions), 10 (section V), 18 (pupils, the denominator), signature from 26",
    asOf: "2023-05-31",
    period: "2022-2023",
    rollUps,
    notes: "Two tables on one sheet: commitments (Biểu mẫu 05) above, actual results (Biểu mẫu 06) below, matched by grade column and by wording. The commitment figures are floors (\"dự kiến đạt được\").",
  };
  return b;
}
