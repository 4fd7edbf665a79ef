// Layout 285: a district health centre's community screening for hypertension and diabetes in five communes (Trung tâm Y tế huyện Vĩnh Linh, Quảng Trị, programme "Cùng sống khỏe" 2022): communes as rows, two screening rounds and their SUM against each commune's planned count, cases found typed as text with men and women ("92 (48 nam, 44 nữ)"), cases to refer and referred with a rate fraction against a requirement sentence above the table; the programme's year is over: every figure final.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả khám sàng lọc tăng huyết áp, đái tháo đường tại cộng đồng năm 2022, Trung tâm Y tế huyện Vĩnh Linh");
  const s = b.sheet("Sang loc THA-DTD 2022");
  s.cols([5, 20, 11, 10, 10, 10, 20, 20, 12, 11, 10, 24]);
  titleBlock(s, {
    left: ["SỞ Y TẾ QUẢNG TRỊ", "TRUNG TÂM Y TẾ HUYỆN VĨNH LINH"],
    date: "Vĩnh Linh, ngày 16 tháng 01 năm 2023",
    title: ["KẾT QUẢ KHÁM SÀNG LỌC PHÁT HIỆN SỚM TĂNG HUYẾT ÁP, ĐÁI THÁO ĐƯỜNG TẠI CỘNG ĐỒNG NĂM 2022", "(Chương trình \"Cùng sống khỏe\" - người từ 40 tuổi trở lên chưa được chẩn đoán)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  s.merge("A8:L8", "Yêu cầu: sàng lọc đủ số người theo kế hoạch giao từng xã, thị trấn; 100% trường hợp phát hiện bệnh hoặc có nguy cơ được tư vấn, giới thiệu đến cơ sở chuyên khoa.", { italic: true, bold: true, wrap: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A10:A11", "TT", head);
  s.merge("B10:B11", "Xã, thị trấn", head);
  s.merge("C10:C11", "Kế hoạch sàng lọc (người)", head);
  s.merge("D10:F10", "Số người được sàng lọc", head);
  s.row("D11", ["Đợt 1 (tháng 10)", "Đợt 2 (tháng 12)", "Cộng"], head);
  s.merge("G10:H10", "Phát hiện", head);
  s.row("G11", ["Tăng huyết áp", "Đái tháo đường"], head);
  s.merge("I10:K10", "Tư vấn, giới thiệu chuyên khoa", head);
  s.row("I11", ["Số trường hợp cần giới thiệu", "Đã giới thiệu", "Tỷ lệ"], head);
  s.merge("L10:L11", "Ghi chú", head);
  type D = [string, number, number, number, [number, number], [number, number], number, number, string];
  // commune, plan, round 1, round 2, hypertension (men, women), diabetes (men, women), to refer, referred, note
  const ds: D[] = [
    ["Xã Vĩnh Lâm", 500, 260, 250, [48, 44], [10, 14], 205, 205, ""],
    ["Xã Vĩnh Hà", 400, 190, 180, [36, 34], [8, 10], 160, 160, "Nhiều người đi làm ăn xa"],
    ["Xã Hiền Thành", 500, 250, 250, [45, 40], [9, 13], 200, 200, ""],
    ["Xã Kim Thạch", 500, 245, 271, [46, 42], [9, 12], 205, 205, ""],
    ["Thị trấn Hồ Xá", 700, 330, 310, [49, 46], [11, 15], 238, 238, ""],
  ];
  const typed = ([m, w]: [number, number]) => `${m + w} (${m} nam, ${w} nữ)`;
  let r = 12;
  for (const [i, [name, plan, d1, d2, tha, dtd, need, done, note]] of ds.entries()) {
    const screened = d1 + d2;
    s.row(`A${r}`, [String(i + 1), name, plan, d1, d2, { v: `=D${r}+E${r}`, result: screened, border: true, align: "center" }, typed(tha), typed(dtd), need, done, { v: `=ROUND(J${r}/I${r},3)`, pct: true, fmt: "0.0%", result: "100,0%", border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = screened > plan ? "exceeded" : screened === plan ? "met" : "not_met";
    s.expect(`F${r}`, { indicator: `Số người được khám sàng lọc · ${name}`, target: `${plan} người (Kế hoạch sàng lọc, column C)`, status: st, why: `${d1} + ${d2} = ${screened} against ${plan}; both rounds are done and the programme's year is over` });
    s.expect(`K${r}|J${r}`, { indicator: `Tỷ lệ trường hợp được tư vấn, giới thiệu chuyên khoa · ${name}`, target: "100% (Yêu cầu, line 8)", status: "met", why: `${done} of ${need} referred` });
    r++;
  }
  // r = 17: total
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}12:${c}16)`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Cộng", sum("C", 2600), sum("D", 1275), sum("E", 1261), sum("F", 2536), "430 (224 nam, 206 nữ)", "111 (47 nam, 64 nữ)", sum("I", 1008), sum("J", 1008), { v: `=ROUND(J${r}/I${r},3)`, pct: true, fmt: "0.0%", result: "100,0%", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`F${r}`, { indicator: "Số người được khám sàng lọc · Cộng", target: "2.600 người (column C, SUM)", status: "not_met", why: "2.536 screened against 2.600 planned for the five communes; the programme's year is over" });
  s.expect(`K${r}|J${r}`, { indicator: "Tỷ lệ trường hợp được tư vấn, giới thiệu chuyên khoa · Cộng", target: "100% (Yêu cầu, line 8)", status: "met", why: "1.008 of 1.008 referred" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Trường hợp cần giới thiệu gồm: phát hiện tăng huyết áp, đái tháo đường, tiền tăng huyết áp (201), nguy cơ tăng huyết áp (99), nguy cơ tiền đái tháo đường (167).", "- Cột Phát hiện ghi tổng số kèm số nam, nữ; không giao chỉ tiêu phát hiện."]);
  signature(s, r + 6, { col: "B", title: "KHOA KIỂM SOÁT BỆNH TẬT", name: "Lê Quang Thịnh" }, { col: "H", title: "GIÁM ĐỐC", name: "Nguyễn Văn Hòa" });
  b.facts = {
    sheet: "Sang loc THA-DTD 2022",
    headerRows: "10-11 (merged: Số người được sàng lọc over D-F, Phát hiện over G-H, Tư vấn … over I-K)",
    nameColumn: "B (Xã, thị trấn)",
    target: "column C (Kế hoạch sàng lọc, a count per commune) for F; line 8 (the requirement sentence: \"100% trường hợp … được tư vấn, giới thiệu\") for K",
    actualColumns: "F (Cộng = D+E) against C; K (Tỷ lệ = J/I, a percent fraction) against 100%",
    ignoreColumns: "A (TT), D-E (the rounds: parts of F), G-H (cases found, typed as text with men and women: no target, the note says so), I (cases to refer: K's denominator), J (referred: K's numerator), L (Ghi chú)",
    totalRows: "17 (Cộng: SUMs; its G and H typed as text; judged)",
    targetRows: "none (line 8 holds the requirement)",
    otherRows: "8 (requirement line), notes and signature under the table",
    asOf: "2023-01-16",
    period: "2022",
    notes: "Both rounds of the 2022 programme are done, so every figure is final. The screened count is judged against each commune's plan: Vĩnh Lâm (510/500) and Kim Thạch (516/500) past it, Hiền Thành exactly (500), Vĩnh Hà (370/400), Hồ Xá (640/700) and the five communes together (2.536/2.600) short. Every case to refer was referred: 100% met in every row. The cases found are typed as \"92 (48 nam, 44 nữ)\" and carry no target.",
  };
  return b;
}
