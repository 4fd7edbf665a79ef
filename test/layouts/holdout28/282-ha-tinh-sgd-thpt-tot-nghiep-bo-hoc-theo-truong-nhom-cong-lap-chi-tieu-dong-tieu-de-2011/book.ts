// Layout 282: a province department's year-end review of upper secondary schools (Sở GD&ĐT Hà Tĩnh, school year 2010-2011): schools as rows in two groups (public, non-public) with a subtotal each, dropouts over the start-of-year roll and graduates over candidates as counts with ROUND rates on the 0-100 scale, last year's graduation rate hidden, the year's two targets written in a line above the header; the year and the exam are over: every figure final.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ học sinh bỏ học và tốt nghiệp THPT năm học 2010-2011 theo trường, Sở GD&ĐT Hà Tĩnh");
  const s = b.sheet("PL2 TN-Bo hoc");
  s.cols([5, 30, 11, 10, 11, 11, 11, 11, 11, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH HÀ TĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Tĩnh, ngày 05 tháng 8 năm 2011",
    title: ["PHỤ LỤC 2: TỶ LỆ HỌC SINH BỎ HỌC VÀ TỐT NGHIỆP THPT NĂM HỌC 2010-2011", "(kèm Báo cáo tổng kết năm học 2010-2011 cấp THPT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  s.merge("A8:J8", "Chỉ tiêu năm học 2010-2011 (áp dụng cho từng trường và toàn tỉnh): tỷ lệ học sinh bỏ học dưới 1,5%; tỷ lệ tốt nghiệp THPT từ 92% trở lên.", { italic: true, bold: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A10:A11", "TT", head);
  s.merge("B10:B11", "Trường", head);
  s.merge("C10:E10", "Bỏ học", head);
  s.row("C11", ["Số HS đầu năm", "Số HS bỏ học", "Tỷ lệ (%)"], head);
  s.merge("F10:I10", "Tốt nghiệp THPT", head);
  s.row("F11", ["Tỷ lệ 2009-2010 (%)", "Số HS dự thi", "Số HS đỗ", "Tỷ lệ (%)"], head);
  s.merge("J10:J11", "Ghi chú", head);
  type D = [string, number, number, string, number, number, string];
  // school, roll, dropouts, last year's rate (hidden), candidates, passed, note
  const groups: [string, D[]][] = [
    ["I. Công lập", [
      ["THPT Phan Đình Phùng", 1620, 5, "99,40", 540, 538, ""],
      ["THPT Hà Huy Tập", 1480, 8, "97,85", 492, 485, ""],
      ["THPT Nguyễn Du", 1350, 21, "95,12", 445, 420, "Bỏ học chủ yếu khối 10"],
      ["THPT Cẩm Xuyên", 1710, 25, "93,60", 570, 519, ""],
      ["THPT Kỳ Anh", 1590, 24, "90,77", 528, 486, ""],
      ["THPT Hương Khê", 1260, 18, "92,41", 420, 386, "Vùng lũ tháng 10/2010"],
    ]],
    ["II. Ngoài công lập", [
      ["THPT tư thục Nguyễn Khuyến", 620, 22, "78,30", 205, 150, ""],
      ["THPT dân lập Can Lộc", 540, 7, "90,05", 178, 164, ""],
      ["THPT dân lập Hương Sơn", 480, 12, "88,64", 160, 147, ""],
    ]],
  ];
  const f2 = (v: number) => v.toFixed(2).replace(".", ",");
  const rnd = (a: number, b2: number) => Math.round((a / b2) * 10000) / 100;
  let r = 12;
  let no = 1;
  const subRows: number[] = [];
  for (const [gname, ds] of groups) {
    const gRow = r++;
    const first = r;
    for (const [name, roll, drop, last, cand, pass, note] of ds) {
      const dr = rnd(drop, roll);
      const tr = rnd(pass, cand);
      s.row(`A${r}`, [String(no++), name, roll, drop, { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00", result: f2(dr), border: true, align: "center" }, last, cand, pass, { v: `=ROUND(H${r}/G${r}*100,2)`, fmt: "0.00", result: f2(tr), border: true, align: "center" }, note], { border: true, align: "center" });
      s.set(`B${r}`, name, { border: true });
      s.set(`J${r}`, note, { border: true, italic: true, wrap: true });
      const sd: Status = dr < 1.5 ? "met" : "not_met";
      s.expect(`E${r}|D${r}`, { indicator: `Tỷ lệ học sinh bỏ học · ${name}`, target: "Dưới 1,5% (line 8)", status: sd, why: `${drop} of ${roll} = ${f2(dr)}${sd === "met" ? ", under the cap" : dr === 1.51 ? ": 1,51 is not under 1,5 (24/1.590 = 1,509)" : ", not under 1,5"}; the year is over` });
      const st: Status = tr > 92 ? "exceeded" : tr === 92 ? "met" : "not_met";
      s.expect(`I${r}|H${r}`, { indicator: `Tỷ lệ tốt nghiệp THPT · ${name}`, target: "Từ 92% trở lên (line 8)", status: st, why: `${pass} of ${cand} = ${f2(tr)}${st === "not_met" ? ", under 92" : ""}; the exam's results are out` });
      r++;
    }
    const last = r - 1;
    const tot = (c: string) => ds.reduce((a, d) => a + (d[({ C: 1, D: 2, G: 4, H: 5 } as Record<string, number>)[c]] as number), 0);
    const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: tot(c), border: true, bold: true, align: "center" });
    s.row(`A${gRow}`, ["", gname, sum("C"), sum("D"), { v: `=ROUND(D${gRow}/C${gRow}*100,2)`, fmt: "0.00", result: f2(rnd(tot("D"), tot("C"))), border: true, bold: true, align: "center" }, "", sum("G"), sum("H"), { v: `=ROUND(H${gRow}/G${gRow}*100,2)`, fmt: "0.00", result: f2(rnd(tot("H"), tot("G"))), border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
    subRows.push(gRow);
  }
  // r = 23: the province
  const [a, c] = subRows;
  const both = (col: string, v: number): CellInput => ({ v: `=${col}${a}+${col}${c}`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "TOÀN TỈNH", both("C", 10650), both("D", 142), { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00", result: "1,33", border: true, bold: true, align: "center" }, "92,10", both("G", 3538), both("H", 3295), { v: `=ROUND(H${r}/G${r}*100,2)`, fmt: "0.00", result: "93,13", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`E${r}|D${r}`, { indicator: "Tỷ lệ học sinh bỏ học · Toàn tỉnh", target: "Dưới 1,5% (line 8)", status: "met", why: "142 of 10.650 = 1,33, under the cap" });
  s.expect(`I${r}|H${r}`, { indicator: "Tỷ lệ tốt nghiệp THPT · Toàn tỉnh", target: "Từ 92% trở lên (line 8)", status: "exceeded", why: "3.295 of 3.538 = 93,13" });
  s.hideCols("F");
  notes(s, r + 2, "B", ["Ghi chú:", "- Tỷ lệ bỏ học tính trên số học sinh đầu năm học; tỷ lệ tốt nghiệp tính trên số học sinh dự thi.", "- Dòng I, II là số cộng của nhóm trường, không giao chỉ tiêu riêng."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Đình Hải" }, { col: "G", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Nguyễn Văn Minh" });
  b.facts = {
    sheet: "PL2 TN-Bo hoc",
    headerRows: "10-11 (merged: Bỏ học over C-E, Tốt nghiệp THPT over F-I)",
    nameColumn: "B (Trường)",
    target: "line 8 above the header (\"tỷ lệ học sinh bỏ học dưới 1,5%; tỷ lệ tốt nghiệp THPT từ 92% trở lên\", for each school and the province)",
    actualColumns: "E (Tỷ lệ bỏ học, 0-100, = D/C*100) and I (Tỷ lệ tốt nghiệp, 0-100, = H/G*100)",
    ignoreColumns: "A (TT), C (roll: E's denominator), D (dropouts: E's numerator), F (Tỷ lệ 2009-2010: last year, hidden), G (candidates), H (passed: I's numerator), J (Ghi chú)",
    totalRows: "12 (I. Công lập) and 19 (II. Ngoài công lập): group subtotals, not judged (the note says they carry no target of their own); 23 (TOÀN TỈNH = I + II; judged)",
    targetRows: "none (line 8 holds the targets)",
    otherRows: "8 (target line), notes and signature under the table",
    asOf: "2011-08-05",
    period: "2010-2011",
    notes: "The school year and the graduation exam are over, so every figure is final. \"Dưới 1,5%\" is a strict cap: 1,51 (Kỳ Anh, 24/1.590) and 1,56 are not under it; under it is met. \"Từ 92% trở lên\" is an inclusive floor: above it is exceeded (Kỳ Anh 92,05), below not met (Hương Khê 91,90, Hương Sơn 91,88, Cẩm Xuyên 91,05). The group rows I and II are subtotals without targets of their own (the note says so); the province row is judged.",
  };
  return b;
}
