// Layout 297: a district education office's pupils back after Tết by school (Phòng GD&ĐT huyện Ngân Sơn, Bắc Kạn, 30/01/2023): schools in three level blocks, each with a subtotal row under it, a district total, "before Tết / back / absent (formula) / rate" per school, a column of pupils at risk of dropping out with no target, and the requirement only in a line above the header: 100% back before 06/02/2023, a week after the sheet's date.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp học sinh ra lớp sau nghỉ Tết Nguyên đán Quý Mão 2023 theo trường, Phòng GD&ĐT huyện Ngân Sơn (Bắc Kạn)");
  const s = b.sheet("HS ra lop sau Tet");
  s.cols([5, 30, 11, 11, 10, 10, 12, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN NGÂN SƠN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Ngân Sơn, ngày 30 tháng 01 năm 2023",
    title: ["TỔNG HỢP SỐ HỌC SINH RA LỚP SAU NGHỈ TẾT NGUYÊN ĐÁN QUÝ MÃO 2023", "(Số liệu đến ngày 30/01/2023)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  s.merge("A8:H8", "Yêu cầu: các trường phối hợp chính quyền địa phương vận động 100% học sinh trở lại lớp trước ngày 06/02/2023.", { italic: true, bold: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Trường", "Số HS trước Tết", "Số HS đã ra lớp", "Số HS vắng", "Tỷ lệ ra lớp (%)", "Số HS có nguy cơ bỏ học", "Ghi chú"], head);
  type S = [string, number, number, string];
  const blocks: [string, string, S[]][] = [
    ["I", "Mầm non", [
      ["MN Vân Tùng", 320, 282, "Trẻ theo bố mẹ về quê ngoại tỉnh chưa trở lại"],
      ["MN Nà Phặc", 380, 345, "Trẻ theo bố mẹ về quê ngoại tỉnh chưa trở lại"],
      ["MN Thượng Quan", 260, 228, "Trẻ nhỏ, phụ huynh cho nghỉ thêm"],
      ["MN Đức Vân", 250, 225, ""],
      ["MN Bằng Vân", 270, 250, ""],
    ]],
    ["II", "Tiểu học", [
      ["TH Vân Tùng", 620, 600, ""],
      ["TH Nà Phặc", 700, 688, ""],
      ["TH Thượng Quan", 510, 500, ""],
      ["TH Đức Vân", 480, 472, ""],
      ["TH Bằng Vân", 510, 510, "Đủ 100%"],
    ]],
    ["III", "Trung học cơ sở", [
      ["THCS Vân Tùng", 560, 548, ""],
      ["THCS Nà Phặc", 640, 626, ""],
      ["THCS Thượng Quan", 470, 470, "Đủ 100%"],
      ["PTDTBT THCS Đức Vân", 464, 450, "Học sinh bán trú chưa trở lại trường"],
    ]],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p2 = (n: number, d: number) => (Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",");
  const target = "100% học sinh trở lại lớp trước ngày 06/02/2023 (row 8, Yêu cầu)";
  const judge = (r: number, who: string, before: number, back: number) => {
    const st: Status = back >= before ? "met" : "pending";
    s.expect(`D${r}|F${r}`, { indicator: `Học sinh ra lớp sau Tết · ${who}`, target, status: st, why: st === "met" ? `${vi(back)} of ${vi(before)}: every pupil back` : `${vi(back)} of ${vi(before)} = ${p2(back, before)}% on 30/01; the requirement runs to 06/02/2023` });
  };
  const rate = (r: number, back: number, before: number, bold = false): CellInput => ({ v: `=ROUND(D${r}/C${r}*100,2)`, result: Math.round((back / before) * 10000) / 100, fmt: "0.00", border: true, align: "center", bold });
  let r = 10;
  const subRows: number[] = [];
  let TB = 0, TK = 0;
  for (const [roman, level, schools] of blocks) {
    s.row(`A${r}`, [roman, level, "", "", "", "", "", ""], { border: true, bold: true });
    r++;
    const first = r;
    for (const [i, [name, before, back, note]] of schools.entries()) {
      s.row(`A${r}`, [String(i + 1), name, before, back, { v: `=C${r}-D${r}`, result: before - back, border: true, align: "center" }, rate(r, back, before), 0, note], { border: true, align: "center", fmt: "#,##0" });
      s.set(`B${r}`, name, { border: true });
      s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
      judge(r, name, before, back);
      r++;
    }
    const B = schools.reduce((t, x) => t + x[1], 0), K = schools.reduce((t, x) => t + x[2], 0);
    TB += B; TK += K;
    const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${r - 1})`, result: v, border: true, bold: true, align: "center", fmt: "#,##0" });
    s.row(`A${r}`, ["", `Cộng ${level.toLowerCase()}`, sum("C", B), sum("D", K), sum("E", B - K), rate(r, K, B, true), sum("G", 0), ""], { border: true, bold: true });
    judge(r, `Cộng ${level.toLowerCase()}`, B, K);
    subRows.push(r);
    r++;
  }
  const tot = (c: string, v: number): CellInput => ({ v: `=${subRows.map((x) => `${c}${x}`).join("+")}`, result: v, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Toàn huyện", tot("C", TB), tot("D", TK), tot("E", TB - TK), rate(r, TK, TB, true), tot("G", 0), ""], { border: true, bold: true });
  judge(r, "Toàn huyện", TB, TK);
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Học sinh trở lại học từ ngày 27/01/2023 (mùng 6 Tết Quý Mão) theo kế hoạch nghỉ Tết của Sở GD&ĐT.",
    "- Số học sinh vắng phần lớn ở bậc mầm non, do theo gia đình về quê đón Tết chưa trở lại; đến nay chưa phát hiện trường hợp nào có ý định bỏ học.",
    "- Các trường tiếp tục báo cáo số học sinh ra lớp hằng ngày về Phòng GD&ĐT đến khi đủ 100%.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Thị Nguyệt" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Triệu Văn Hưng" });
  b.facts = {
    sheet: "HS ra lop sau Tet",
    headerRows: "9 (requirement line in row 8, merged A8:H8)",
    nameColumn: "B (Trường)",
    target: "row 8 (Yêu cầu: 100% học sinh trở lại lớp trước ngày 06/02/2023), for every school, level and the district",
    actualColumns: "D|F (Số HS đã ra lớp, with its rate against C)",
    ignoreColumns: "A (TT), C (the denominator), E (Số HS vắng = C - D), G (Số HS có nguy cơ bỏ học: no target), H (Ghi chú)",
    totalRows: "16 (Cộng mầm non), 23 (Cộng tiểu học), 29 (Cộng trung học cơ sở): SUMs, judged; 30 (Toàn huyện = the three subtotals; judged)",
    otherRows: "10, 17, 24 (level headings I, II, III), notes and signature",
    asOf: "2023-01-30",
    period: "học kỳ II năm học 2022-2023 (after Tết, to 06/02/2023)",
    notes: "The requirement's day (06/02/2023) is after the sheet's (30/01): a school short of 100% is pending, one at 100% met. The district: 6.194 of 6.434 back, 240 absent, most in preschool, as on the page. The at-risk column is all zeros and has no target.",
  };
  return b;
}
