// Layout 307: a district education office's digital school-record pilot by school, read three days before the signing deadline (Phòng GD&ĐT Phú Tân, An Giang, school year 2023-2024): thirteen primary schools as rows, pupils of grades 1-4 as four roll columns with a SUM, the records signed and a ROUND rate, teachers with a digital signature and their rate; two requirements in a row above the header, each with its own deadline (teachers' signatures by 15/5, already past; records by 31/5, still to come).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thí điểm học bạ số cấp tiểu học theo trường, Phòng GD&ĐT huyện Phú Tân (An Giang), đến ngày 28/5/2024");
  const s = b.sheet("Hoc ba so 2023-2024");
  s.cols([5, 30, 8, 8, 8, 8, 9, 10, 10, 9, 10, 10, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHÚ TÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Phú Tân, ngày 28 tháng 5 năm 2024",
    title: ["TIẾN ĐỘ THỰC HIỆN THÍ ĐIỂM HỌC BẠ SỐ CẤP TIỂU HỌC NĂM HỌC 2023 - 2024", "(Số liệu đến ngày 28/5/2024)"],
    leftSpan: ["A", "C"],
    rightSpan: ["H", "M"],
    titleSpan: ["A", "M"],
  });
  s.merge("A7:M7", "Yêu cầu: 100% cán bộ quản lý, giáo viên có chữ ký số cá nhân trước ngày 15/5/2024; 100% học bạ học sinh khối 1 - 4 được ký số, đồng bộ lên hệ thống trước ngày 31/5/2024.", { italic: true, bold: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Trường", head);
  s.merge("C8:G8", "Số học sinh", head);
  s.row("C9", ["Khối 1", "Khối 2", "Khối 3", "Khối 4", "Cộng"], head);
  s.merge("H8:I8", "Học bạ số", head);
  s.row("H9", ["Đã ký số", "Tỷ lệ (%)"], head);
  s.merge("J8:L8", "Chữ ký số của CBQL, GV", head);
  s.row("J9", ["Tổng số", "Đã có", "Tỷ lệ (%)"], head);
  s.merge("M8:M9", "Ghi chú", head);
  // school, grades 1-4, records signed, staff, staff with a signature, note
  type Sc = [string, number, number, number, number, number, number, number, string];
  const sc: Sc[] = [
    ["Trường TH A Phú Mỹ", 112, 108, 120, 115, 455, 28, 28, ""],
    ["Trường TH B Phú Mỹ", 64, 70, 66, 72, 272, 19, 19, ""],
    ["Trường TH A Chợ Vàm", 98, 102, 95, 104, 312, 25, 24, "01 GV nghỉ thai sản"],
    ["Trường TH B Chợ Vàm", 55, 61, 58, 60, 234, 17, 17, ""],
    ["Trường TH A Tân Hòa", 87, 90, 84, 92, 353, 23, 23, ""],
    ["Trường TH B Phú Thạnh", 48, 52, 50, 47, 197, 15, 15, ""],
    ["Trường TH A Phú Long", 76, 80, 79, 83, 301, 21, 21, "Khối 4 đang rà soát nhận xét"],
    ["Trường TH A Hòa Lạc", 69, 66, 71, 70, 276, 20, 18, "Đang làm thủ tục cấp chữ ký số"],
    ["Trường TH B Phú Hưng", 58, 55, 60, 62, 235, 17, 17, ""],
    ["Trường TH A Long Hòa", 91, 94, 89, 96, 370, 24, 24, ""],
    ["Trường TH A Phú Thành", 73, 70, 75, 71, 289, 20, 20, ""],
    ["Trường TH C Phú Lâm", 44, 47, 45, 49, 185, 14, 14, ""],
    ["Trường TH A Hiệp Xương", 82, 85, 80, 87, 334, 22, 22, ""],
  ];
  const r2 = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const p2 = (n: number, d: number) => r2(n, d).toFixed(2).replace(".", ",");
  let r = 10;
  for (const [i, [name, g1, g2, g3, g4, signed, staff, cks, note]] of sc.entries()) {
    const pupils = g1 + g2 + g3 + g4;
    s.row(`A${r}`, [String(i + 1), name, g1, g2, g3, g4, { v: `=SUM(C${r}:F${r})`, result: pupils, border: true, align: "center" }, signed, { v: `=ROUND(H${r}/G${r}*100,2)`, result: r2(signed, pupils), fmt: "0.00", border: true, align: "center" }, staff, cks, { v: `=ROUND(K${r}/J${r}*100,2)`, result: r2(cks, staff), fmt: "0.00", border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`M${r}`, note, { border: true, italic: true, wrap: true });
    const rec: Status = signed === pupils ? "met" : "pending";
    s.expect(`H${r}|I${r}`, { indicator: `${name} · Tỷ lệ học bạ học sinh khối 1-4 được ký số`, target: "100% trước ngày 31/5/2024 (row 7)", status: rec, why: rec === "met" ? `${signed} of ${pupils}: every record signed` : `${signed} of ${pupils} = ${p2(signed, pupils)}% on 28/5; the deadline is 31/5` });
    const sig: Status = cks === staff ? "met" : "not_met";
    s.expect(`K${r}|L${r}`, { indicator: `${name} · Tỷ lệ CBQL, GV có chữ ký số cá nhân`, target: "100% trước ngày 15/5/2024 (row 7)", status: sig, why: sig === "met" ? `${cks} of ${staff}: everyone` : `${cks} of ${staff} = ${p2(cks, staff)}% on 28/5, after the 15/5 deadline${note ? ` (${note})` : ""}` });
    r++;
  }
  // r = 23: the district
  const S = (f: (x: Sc) => number) => sc.reduce((t, x) => t + f(x), 0);
  const P = S((x) => x[1] + x[2] + x[3] + x[4]);
  const SG = S((x) => x[5]);
  const ST = S((x) => x[6]);
  const CK = S((x) => x[7]);
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}10:${c}22)`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S((x) => x[1])), sum("D", S((x) => x[2])), sum("E", S((x) => x[3])), sum("F", S((x) => x[4])), sum("G", P), sum("H", SG), { v: `=ROUND(H${r}/G${r}*100,2)`, result: r2(SG, P), fmt: "0.00", border: true, bold: true, align: "center" }, sum("J", ST), sum("K", CK), { v: `=ROUND(K${r}/J${r}*100,2)`, result: r2(CK, ST), fmt: "0.00", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`H${r}|I${r}`, { indicator: "Toàn huyện · Tỷ lệ học bạ học sinh khối 1-4 được ký số", target: "100% trước ngày 31/5/2024 (row 7)", status: "pending", why: `${SG} of ${P} = ${p2(SG, P)}% on 28/5; three days to the deadline` });
  s.expect(`K${r}|L${r}`, { indicator: "Toàn huyện · Tỷ lệ CBQL, GV có chữ ký số cá nhân", target: "100% trước ngày 15/5/2024 (row 7)", status: "not_met", why: `${CK} of ${ST} = ${p2(CK, ST)}% on 28/5, after the 15/5 deadline` });
  const rollUps = [s.rollUp(" · Tỷ lệ học bạ học sinh khối 1-4 được ký số", "trường"), s.rollUp(" · Tỷ lệ CBQL, GV có chữ ký số cá nhân", "trường")];
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- 13/13 trường tiểu học trên địa bàn huyện tham gia thí điểm học bạ số (khối 1 - 4) theo kế hoạch của Phòng GD&ĐT.",
    "- Học bạ khối 5 thực hiện theo hồ sơ giấy trong năm học 2023 - 2024.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Huỳnh Thị Ngọc Hân" }, { col: "I", title: "TRƯỞNG PHÒNG", name: "Võ Văn Thắng" });
  b.facts = {
    sheet: "Hoc ba so 2023-2024",
    headerRows: "8-9",
    nameColumn: "B (Trường)",
    target: "row 7 (Yêu cầu: 100% of teachers with a signature by 15/5/2024; 100% of records signed by 31/5/2024)",
    actualColumns: "H|I (records signed over G, the SUM of grades 1-4, and the ROUND rate); K|L (staff with a signature over J, and the rate)",
    ignoreColumns: "A (TT), C-F (pupils by grade: the base's parts), G (Cộng: the base), J (staff: the base), M (Ghi chú)",
    totalRows: "23 (Toàn huyện: SUMs, judged)",
    targetRows: "7",
    otherRows: "notes and signature under the table",
    asOf: "2024-05-28",
    period: "2023-2024",
    rollUps,
    notes: "Two requirements with two deadlines in one sentence row: on 28/5 the teachers' signatures (due 15/5) are final — short not met (Chợ Vàm A 24/25, Hòa Lạc A 18/20) — while the records (due 31/5) short are pending and complete ones met. The page later reports all 13 schools with every pupil's record.",
  };
  return b;
}
