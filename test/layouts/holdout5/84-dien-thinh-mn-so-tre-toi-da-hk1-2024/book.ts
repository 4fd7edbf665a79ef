// Layout 84: a kindergarten's first-term sheet by class (MN Diễn Thịnh, Diễn Châu, Nghệ An, January 2025): a small table of the charter's maximum children per group by age above the class list, so each class's cap is picked by its age; year targets in a row under the header, judged after the first term; a fraction typed as text.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số trẻ các nhóm, lớp và kết quả chăm sóc, giáo dục học kỳ I năm học 2024-2025, Trường Mầm non Diễn Thịnh");
  const s = b.sheet("Sơ kết HK I");
  s.cols([5, 22, 16, 9, 10, 12, 11, 18, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DIỄN CHÂU", "TRƯỜNG MẦM NON DIỄN THỊNH"],
    date: "Diễn Thịnh, ngày 15 tháng 01 năm 2025",
    title: ["THỐNG KÊ SỐ TRẺ VÀ KẾT QUẢ CHĂM SÓC, GIÁO DỤC HỌC KỲ I", "Năm học 2024 - 2025"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:I8", "I. SỐ TRẺ TỐI ĐA TRONG MỘT NHÓM, LỚP (Điều 15 Điều lệ trường mầm non ban hành kèm theo Thông tư 52/2020/TT-BGDĐT)", { bold: true });
  s.row("B9", ["Nhóm, lớp theo độ tuổi", "Số trẻ tối đa"], head);
  const caps: Array<[string, string, number]> = [
    ["Nhóm trẻ 25-36 tháng tuổi", "25-36 tháng", 25],
    ["Lớp mẫu giáo 3-4 tuổi", "3-4 tuổi", 25],
    ["Lớp mẫu giáo 4-5 tuổi", "4-5 tuổi", 30],
    ["Lớp mẫu giáo 5-6 tuổi", "5-6 tuổi", 35],
  ];
  caps.forEach((c, i) => s.row(`B${10 + i}`, [{ v: c[0], align: "left" }, `${c[2]} trẻ`], { border: true, align: "center" }));

  s.merge("A15:I15", "II. SỐ TRẺ VÀ KẾT QUẢ CHĂM SÓC, GIÁO DỤC HỌC KỲ I", { bold: true });
  s.merge("A16:A17", "TT", head).merge("B16:B17", "Nhóm, lớp", head).merge("C16:C17", "Độ tuổi", head).merge("D16:D17", "Số trẻ", head).merge("E16:E17", "Số giáo viên", head);
  s.merge("F16:G16", "Trẻ phát triển cân nặng bình thường", head).row("F17", ["Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("H16:H17", "Trẻ 5 tuổi hoàn thành chương trình GDMN (đạt/tổng số)", head).merge("I16:I17", "Ghi chú", head);
  s.row("A18", ["", "Chỉ tiêu năm học", "", "Theo mục I", "", "", "Từ 97% trở lên", "100%", "Kế hoạch số 89/KH-TrMN ngày 27/9/2024"], { bold: true, italic: true, border: true, align: "center", wrap: true });

  // [class, age, children, teachers, normal weight, 5-year-olds done "a/b" or "", note]
  type C = [string, string, number, number, number, string, string];
  const classes: C[] = [
    ["Nhóm trẻ 24-36 tháng A", "25-36 tháng", 27, 2, 25, "", "Nhận thêm 02 trẻ tháng 11"],
    ["Nhóm trẻ 24-36 tháng B", "25-36 tháng", 24, 2, 24, "", ""],
    ["Lớp 3 tuổi A", "3-4 tuổi", 25, 2, 24, "", ""],
    ["Lớp 3 tuổi B", "3-4 tuổi", 28, 2, 28, "", "Thiếu phòng học"],
    ["Lớp 4 tuổi A", "4-5 tuổi", 30, 2, 29, "", ""],
    ["Lớp 4 tuổi B", "4-5 tuổi", 33, 2, 32, "", ""],
    ["Lớp 4 tuổi C", "4-5 tuổi", 29, 2, 29, "", ""],
    ["Lớp 5 tuổi A", "5-6 tuổi", 35, 2, 34, "34/35", "01 trẻ chưa đạt lĩnh vực ngôn ngữ"],
    ["Lớp 5 tuổi B", "5-6 tuổi", 36, 2, 35, "36/36", ""],
    ["Lớp 5 tuổi C", "5-6 tuổi", 32, 2, 31, "32/32", ""],
  ];
  const first = 19;
  const bd = { border: true, align: "center" as const };
  const vi1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
  classes.forEach((c, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, { v: c[0], align: "left" }, c[1], c[2], c[3], c[4], { v: `=ROUND(F${r}/D${r}*100,1)`, fmt: "0.0" }, c[5], { v: c[6], align: "left" }], bd);
    const cap = caps.find((k) => k[1] === c[1])![2];
    const sz: Status = c[2] <= cap ? "met" : "not_met";
    s.expect(`D${r}`, { indicator: `${c[0]} · Số trẻ/nhóm, lớp`, target: `Tối đa ${cap} trẻ (${c[1]}, mục I)`, status: sz, why: sz === "met" ? `${c[2]} ≤ ${cap}${c[2] === cap ? " (the maximum itself is allowed)" : ""}; a cap: met, never exceeded` : `${c[2]} > ${cap}: ${c[2] - cap} over the charter's maximum for ${c[1]}${c[0].includes("24-36") ? " (the group's name says 24-36 months; its age column and the charter's band say 25-36)" : ""}` });
    const rate = (c[4] / c[2]) * 100;
    const sw: Status = rate > 97 ? "exceeded" : rate === 97 ? "met" : "pending";
    s.expect(`G${r}|F${r}`, { indicator: `${c[0]} · Tỷ lệ trẻ phát triển cân nặng bình thường`, target: "Từ 97% trở lên (chỉ tiêu năm học, dòng 18)", actual: `${c[4]}/${c[2]} (${vi1(rate)})`, status: sw, why: sw === "exceeded" ? `${vi1(rate)} > 97 after the first term: already past the year's floor` : vi1(rate) === "97,0" ? `shown 97,0 but ${c[4]}/${c[2]} = ${rate.toFixed(2).replace(".", ",")}% is under 97; a year target after the first term: pending` : `${vi1(rate)} < 97 after the first term; the year's target is judged at year end: pending` });
    if (c[5]) {
      const [a, t] = c[5].split("/").map(Number);
      const sf: Status = a === t ? "met" : "pending";
      s.expect(`H${r}`, { indicator: `${c[0]} · Trẻ 5 tuổi hoàn thành chương trình GDMN`, target: "100% (chỉ tiêu năm học, dòng 18)", status: sf, why: sf === "met" ? `"${c[5]}" typed as text: every child` : `"${c[5]}" typed as text: one child short mid-year; completion is decided at year end: pending` });
    }
  });
  const last = first + classes.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn trường", "", `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, `=SUM(F${first}:F${last})`, { v: `=ROUND(F${tot}/D${tot}*100,1)`, fmt: "0.0" }, "102/103", ""], { ...bd, bold: true });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm học theo Kế hoạch giáo dục nhà trường năm học 2024-2025; kết quả tính đến hết học kỳ I.",
    "- Số trẻ tối đa của mỗi nhóm, lớp đối chiếu theo độ tuổi ở mục I.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Hằng" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Hồ Thị Thanh Tâm" });
  b.facts = {
    sheet: "Sơ kết HK I",
    headerRows: "16-17 (Trẻ phát triển cân nặng bình thường over Số trẻ | Tỷ lệ (%)); the norm table has its own header on row 9",
    nameColumn: "B (Nhóm, lớp)",
    target: "D against the norm table of rows 10-13 (maximum children, picked by the class's age in C); row 18 (Chỉ tiêu năm học: \"Từ 97% trở lên\" under G, \"100%\" under H)",
    actualColumns: "D (children per class), G with F (normal weight: ROUND formulas), H (five-year-olds done: text fractions \"34/35\")",
    ignoreColumns: "C (age: picks the cap, not a figure), E (teachers), I (Ghi chú)",
    totalRows: `${tot} (Toàn trường)`,
    targetRows: "18 (Chỉ tiêu năm học); 10-13 (the norm table: one cap per age band)",
    otherRows: `8 and 15 (section titles), 9 (norm table header), ${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2025-01-15",
    period: "2024-2025",
    rollUps: [s.rollUp(" · Số trẻ/nhóm, lớp", "nhóm, lớp"), s.rollUp(" · Tỷ lệ trẻ phát triển cân nặng bình thường", "nhóm, lớp")],
    notes: "Two tables on one sheet: the norm table (rows 10-13) gives the cap of each class by its age; the class list holds the figures. The caps are standing rules and final now: at or under the cap is met (never exceeded), over is not met. The year targets of row 18 are checked after the first term: past them is met or exceeded, short of them is pending. Lớp 4 tuổi B shows 97,0 but 32/33 = 96,97% is short (pending). The five-year-olds' completion is typed as text fractions; 34/35 mid-year is pending, 36/36 met. The school total is not a class.",
  };
  return b;
}
