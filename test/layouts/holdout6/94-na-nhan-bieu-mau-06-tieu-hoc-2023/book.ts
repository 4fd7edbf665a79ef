// Layout 94: a primary school's public quality return (TT 36/2017 Biểu mẫu 06) at the end of 2022-2023 with the year's targets on a sheet before it (TH số 2 Nà Nhạn, Điện Biên, June 2023): counts by grade with SUM totals, each count followed by a "(tỷ lệ so với tổng số)" row of formulas, targets that apply to the whole school only, a ceiling on repeaters, "no drop-outs".
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai chất lượng giáo dục tiểu học thực tế năm học 2022-2023 (Biểu mẫu 06) và chỉ tiêu năm học, Trường Tiểu học số 2 Nà Nhạn");
  const t = b.sheet("Chỉ tiêu NH 2022-2023");
  t.cols([5, 62, 22]);
  t.merge("A1:C1", "CHỈ TIÊU CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2022-2023", { bold: true, align: "center" });
  t.merge("A2:C2", "(Trích Kế hoạch giáo dục nhà trường năm học 2022-2023)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, border: true, wrap: true };
  t.row("A4", ["TT", "Nội dung", "Chỉ tiêu"], th);
  const targets: Array<[string, string]> = [
    ["Học sinh học 2 buổi/ngày", "100%"],
    ["Học sinh đạt mức Tốt về phẩm chất", "Từ 60% trở lên"],
    ["Học sinh đạt mức Tốt về năng lực", "Từ 60% trở lên"],
    ["Học sinh hoàn thành chương trình lớp học (lên lớp)", "Từ 98% trở lên"],
    ["Học sinh ở lại lớp", "Không quá 2%"],
    ["Học sinh lớp 5 hoàn thành chương trình tiểu học", "100%"],
    ["Học sinh bỏ học", "Không có học sinh bỏ học"],
  ];
  targets.forEach((x, i) => t.row(`A${5 + i}`, [i + 1, x[0], x[1]], { border: true, wrap: true }));
  t.set("B13", "Các chỉ tiêu trên tính chung toàn trường.", { italic: true });

  const s = b.sheet("Biểu mẫu 06");
  s.cols([6, 50, 12, 9, 9, 9, 9, 9]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ ĐIỆN BIÊN PHỦ", "TRƯỜNG TIỂU HỌC SỐ 2 NÀ NHẠN"],
    date: "Nà Nhạn, ngày 05 tháng 6 năm 2023",
    title: ["THÔNG BÁO", "Công khai thông tin chất lượng giáo dục tiểu học thực tế, năm học 2022-2023"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "H"],
    titleSpan: ["A", "H"],
  });
  s.set("H7", "Biểu mẫu 06", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Nội dung", head).merge("C8:C9", "Tổng số", head);
  s.merge("D8:H8", "Chia ra theo khối lớp", head).row("D9", ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  const bd = { border: true, align: "center" as const };
  const G = ["D", "E", "F", "G", "H"];
  const total = [88, 85, 80, 82, 77];
  const N = 412;
  const sum = (xs: number[]) => xs.reduce((a, c) => a + c, 0);
  const countRow = (r: number, no: string, label: string, xs: Array<number | string>, bold = false) => {
    const nums = xs.filter((x): x is number => typeof x === "number");
    const cells: CellInput[] = [no, { v: label, align: "left", wrap: true }, { v: `=SUM(D${r}:H${r})`, result: sum(nums) }, ...xs];
    s.row(`A${r}`, cells, { ...bd, bold });
  };
  const rateRow = (r: number, of: number) => {
    s.row(`A${r}`, ["", { v: "(tỷ lệ so với tổng số)", align: "left", italic: true }, { v: `=C${of}/C$10`, fmt: "0.0%" }, ...G.map((c) => ({ v: `=IF(${c}$10=0,"",${c}${of}/${c}$10)`, fmt: "0.0%" as const }))], bd);
  };
  countRow(10, "I", "Tổng số học sinh", total, true);
  countRow(11, "II", "Số học sinh học 2 buổi/ngày", total, true);
  rateRow(12, 11);
  s.merge("A13:H13", "III. Số học sinh chia theo phẩm chất", { bold: true, border: true });
  const pcT = [55, 52, 48, 50, 46], pcD = [32, 31, 31, 31, 30], pcC = [1, 2, 1, 0, 1];
  countRow(14, "1", "Tốt", pcT); rateRow(15, 14);
  countRow(16, "2", "Đạt", pcD); rateRow(17, 16);
  countRow(18, "3", "Cần cố gắng", pcC); rateRow(19, 18);
  s.merge("A20:H20", "IV. Số học sinh chia theo năng lực", { bold: true, border: true });
  const nlT = [53, 50, 47, 49, 44], nlD = [34, 33, 32, 31, 32], nlC = [1, 2, 1, 1, 1];
  countRow(21, "1", "Tốt", nlT); rateRow(22, 21);
  countRow(23, "2", "Đạt", nlD); rateRow(24, 23);
  countRow(25, "3", "Cần cố gắng", nlC); rateRow(26, 25);
  s.merge("A27:H27", "V. Tổng hợp kết quả cuối năm", { bold: true, border: true });
  const up = [86, 83, 79, 80, 76], stay = [2, 2, 1, 1, 1];
  countRow(28, "1", "Lên lớp (hoàn thành chương trình lớp học)", up); rateRow(29, 28);
  countRow(30, "a", "Trong đó: Học sinh được nhà trường khen thưởng", [30, 28, 26, 27, 24]);
  countRow(31, "b", "Học sinh được cấp trên khen thưởng", [0, 2, 3, 3, 4]);
  countRow(32, "2", "Ở lại lớp", stay); rateRow(33, 32);
  s.row("A34", ["VI", { v: "Số học sinh hoàn thành chương trình tiểu học", align: "left", wrap: true }, 76, "-", "-", "-", "-", 76], { ...bd, bold: true });
  s.row("A35", ["", { v: "(tỷ lệ so với số học sinh lớp 5)", align: "left", italic: true }, { v: "=C34/H10", fmt: "0.0%" }, "", "", "", "", { v: "=H34/H10", fmt: "0.0%" }], bd);
  countRow(36, "VII", "Số học sinh bỏ học", [0, 0, 0, 1, 0], true);
  rateRow(37, 36);

  const pct = (a: number, n: number) => `${((a / n) * 100).toFixed(1).replace(".", ",")}%`;
  const pair = (r: number, label: string, a: number, n: number, target: string, status: Status, why: string) =>
    s.expect(`C${r}|C${r + 1}`, { indicator: label, target: `${target} (sheet Chỉ tiêu NH 2022-2023)`, actual: `${a} (${pct(a, n)})`, status, why });
  pair(11, "Số học sinh học 2 buổi/ngày", N, N, "100%", "met", "412/412 = 100%");
  pair(14, "Học sinh đạt mức Tốt về phẩm chất", sum(pcT), N, "Từ 60% trở lên", "exceeded", "251/412 = 60,9% > 60%");
  pair(21, "Học sinh đạt mức Tốt về năng lực", sum(nlT), N, "Từ 60% trở lên", "not_met", "243/412 = 59,0% < 60%");
  pair(28, "Học sinh lên lớp (hoàn thành chương trình lớp học)", sum(up), N, "Từ 98% trở lên", "exceeded", "404/412 = 98,06% > 98%");
  pair(32, "Học sinh ở lại lớp", sum(stay), N, "Không quá 2%", "met", "7/412 = 1,7% ≤ 2% (a ceiling: met, never exceeded)");
  pair(34, "Học sinh hoàn thành chương trình tiểu học", 76, 77, "100%", "not_met", "76 of the 77 pupils in grade 5 (row 10, Lớp 5) = 98,7% < 100%");
  pair(36, "Số học sinh bỏ học", 1, N, "Không có học sinh bỏ học", "not_met", "one pupil (Lớp 4) dropped out where the target is none");
  signature(s, 39, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lò Thị Hương" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" });
  b.facts = {
    sheet: "Biểu mẫu 06",
    headerRows: "8-9 (Chia ra theo khối lớp over Lớp 1 … Lớp 5)",
    nameColumn: "B (Nội dung)",
    target: "the first sheet, Chỉ tiêu NH 2022-2023 (B5:C11: \"100%\", \"Từ 60% trở lên\", \"Từ 98% trở lên\", \"Không quá 2%\", \"Không có học sinh bỏ học\"), school-wide",
    actualColumns: "C (Tổng số: SUM formulas), with the rate row under each count (=C/C$10); the grade columns D-H are breakdowns, not judged (the targets are for the whole school)",
    ignoreColumns: "D-H (grades), except H10 as the grade-5 denominator of row 34",
    totalRows: "10 (Tổng số học sinh: the denominator)",
    otherRows: "13, 20, 27 (sections III-V), rows 30-31 (awards: no target), 16-19 and 23-26 (Đạt, Cần cố gắng: no target), signature below",
    asOf: "2023-06-05",
    period: "2022-2023",
    notes: "The targets are on another sheet and apply to the school's total only. Each judged count has its rate in the row below (\"(tỷ lệ so với tổng số)\"); the count and its rate are one figure. \"Không quá 2%\" is a ceiling. Primary completion is over the 77 grade-5 pupils, not all 412. \"Không có học sinh bỏ học\" means zero: one drop-out fails it.",
  };
  return b;
}
