// Layout 255: a forest protection fund's disbursement monitoring form (Quỹ Bảo vệ và Phát triển rừng Nghệ An, indicator 1.1.3, year 2022, read 15/2/2023): two groups of payees with different targets written on a separate sheet, 2021 and 2022 blocks side by side (money in million đồng per a unit line, rates as fractions), group subtotals judged, a grand total mixing both groups with no target of its own.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ giải ngân tiền dịch vụ môi trường rừng đến chủ rừng là tổ chức và tổ chức chi trả cấp huyện, Nghệ An, 2021-2022");
  const t = b.sheet("Chi tieu");
  t.cols([10, 60, 14, 16]);
  t.merge("A1:D1", "CHỈ TIÊU GIÁM SÁT, ĐÁNH GIÁ CHI TRẢ DỊCH VỤ MÔI TRƯỜNG RỪNG NĂM 2022", { bold: true, align: "center" });
  t.merge("A2:D2", "(Kèm theo Kế hoạch số 12/KH-QBVR ngày 20/01/2022 của Quỹ BV&PTR tỉnh)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, wrap: true, border: true };
  t.row("A4", ["Mã chỉ số", "Nội dung", "Chỉ tiêu 2022", "Thời hạn"], th);
  t.row("A5", ["1.1.3a", "Tỷ lệ giải ngân đến chủ rừng là tổ chức", "100%", "31/12/2022"], { border: true });
  t.row("A6", ["1.1.3b", "Tỷ lệ giải ngân đến tổ chức chi trả cấp huyện", "≥ 95%", "31/12/2022"], { border: true });
  t.row("A7", ["1.1.4", "Tỷ lệ giải ngân đến chủ rừng là cá nhân, hộ gia đình, cộng đồng, hộ nhận khoán", "≥ 90%", "31/12/2022"], { border: true });
  t.set("B9", "Chỉ số 1.1.4 theo dõi tại Biểu 4.", { italic: true });

  const s = b.sheet("Bieu 3");
  s.cols([5, 40, 11, 11, 10, 11, 11, 10, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH NGHỆ AN", "QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG"],
    number: "Biểu 3 - Chỉ số 1.1.3",
    date: "Nghệ An, ngày 15 tháng 02 năm 2023",
    title: ["TỶ LỆ GIẢI NGÂN ĐẾN CHỦ RỪNG LÀ TỔ CHỨC VÀ TỔ CHỨC CHI TRẢ CẤP HUYỆN"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("G7:I7", "ĐVT: triệu đồng", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị nhận tiền", head);
  s.merge("C8:E8", "Năm 2021", head).merge("F8:H8", "Năm 2022", head).merge("I8:I9", "Ghi chú", head);
  s.row("C9", ["Phải chi trả", "Đã giải ngân", "Tỷ lệ", "Phải chi trả", "Đã giải ngân", "Tỷ lệ"], head);
  type R = [string, number, number, number, number, string];
  const groupA: R[] = [
    ["BQL rừng phòng hộ Quỳ Châu", 4510, 4510, 4820, 4820, ""],
    ["BQL rừng phòng hộ Tương Dương", 5880, 5880, 6150, 6150, ""],
    ["Vườn quốc gia Pù Mát", 9420, 9420, 9870, 9870, ""],
    ["Khu BTTN Pù Huống", 5100, 4890, 5430, 5212, "Còn 218 triệu chưa nghiệm thu diện tích"],
    ["Khu BTTN Pù Hoạt", 4700, 4700, 4960, 4960, ""],
    ["Công ty TNHH MTV Lâm nghiệp Con Cuông", 2250, 2250, 2310, 2045, "Chậm hoàn thiện hồ sơ"],
  ];
  const groupB: R[] = [
    ["Huyện Kỳ Sơn", 11800, 11210, 12460, 11920, ""],
    ["Huyện Tương Dương", 10320, 10320, 10880, 10880, ""],
    ["Huyện Quế Phong", 9200, 8740, 9750, 9150, "Một số cộng đồng chưa mở tài khoản"],
    ["Huyện Con Cuông", 3250, 3250, 3420, 3420, ""],
    ["Huyện Quỳ Châu", 2830, 2830, 2980, 2831, ""],
    ["Huyện Quỳ Hợp", 1460, 1400, 1540, 1390, ""],
  ];
  const pct = (f: string, n: number, d: number): CellInput => ({ v: f, pct: true, fmt: "0.0%", result: `${((n / d) * 100).toFixed(1).replace(".", ",")}%` });
  const vi = (n: number, d: number) => `${((n / d) * 100).toFixed(2).replace(".", ",")}%`;
  let r = 10;
  const block = (label: string, title: string, rows: R[], tgt: string, code: string, judge: (rate: number) => Status) => {
    s.set(`A${r}`, label, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:I${r}`, title, { bold: true, border: true });
    r++;
    const first = r;
    rows.forEach(([name, a21, d21, a22, d22, note], i) => {
      s.row(`A${r}`, [String(i + 1), name, a21, d21, pct(`=ROUND(D${r}/C${r},4)`, d21, a21), a22, d22, pct(`=ROUND(G${r}/F${r},4)`, d22, a22), note], { border: true, align: "center" });
      s.set(`B${r}`, name, { border: true, wrap: true });
      s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
      const st = judge(d22 / a22);
      s.expect(`H${r}`, { indicator: `${title} · ${name}`, target: `${tgt} (sheet Chi tieu, ${code})`, status: st, why: `${d22} of ${a22} million disbursed = ${vi(d22, a22)}; 2022 is over` });
      r++;
    });
    const a = rows.reduce((x, q) => x + q[3], 0), d = rows.reduce((x, q) => x + q[4], 0);
    const a1 = rows.reduce((x, q) => x + q[1], 0), d1 = rows.reduce((x, q) => x + q[2], 0);
    s.row(`A${r}`, ["", `Cộng ${label}`, { v: `=SUM(C${first}:C${r - 1})`, result: a1 }, { v: `=SUM(D${first}:D${r - 1})`, result: d1 }, pct(`=ROUND(D${r}/C${r},4)`, d1, a1), { v: `=SUM(F${first}:F${r - 1})`, result: a }, { v: `=SUM(G${first}:G${r - 1})`, result: d }, pct(`=ROUND(G${r}/F${r},4)`, d, a), ""], { border: true, align: "center", bold: true });
    s.expect(`H${r}`, { indicator: `${title} · Cộng ${label}`, target: `${tgt} (sheet Chi tieu, ${code})`, status: judge(d / a), why: `the group's ${d} of ${a} million = ${vi(d, a)}` });
    const sub = r;
    r++;
    return sub;
  };
  const subA = block("A", "Chủ rừng là tổ chức", groupA, "100%", "1.1.3a", (x) => (x >= 1 ? "met" : "not_met"));
  const subB = block("B", "Tổ chức chi trả cấp huyện", groupB, "≥ 95%", "1.1.3b", (x) => (Math.round(x * 10000) === 9500 ? "met" : x > 0.95 ? "exceeded" : "not_met"));
  const all = [...groupA, ...groupB];
  const sum = (k: number) => all.reduce((x, q) => x + (q[k] as number), 0);
  s.row(`A${r}`, ["", "Tổng cộng (A + B)", { v: `=C${subA}+C${subB}`, result: sum(1) }, { v: `=D${subA}+D${subB}`, result: sum(2) }, pct(`=ROUND(D${r}/C${r},4)`, sum(2), sum(1)), { v: `=F${subA}+F${subB}`, result: sum(3) }, { v: `=G${subA}+G${subB}`, result: sum(4) }, pct(`=ROUND(G${r}/F${r},4)`, sum(4), sum(3)), "Hai nhóm có chỉ tiêu khác nhau"], { border: true, align: "center", bold: true });
  s.set(`I${r}`, "Hai nhóm có chỉ tiêu khác nhau", { border: true, italic: true, wrap: true });
  const totalRow = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu từng nhóm xem sheet \"Chi tieu\" (mã 1.1.3a, 1.1.3b).",
    "- Số liệu năm 2021 để so sánh.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Phan Thị Hoa" }, { col: "F", title: "GIÁM ĐỐC", name: "Lê Văn Hùng" });
  b.facts = {
    sheet: "Bieu 3",
    headerRows: "8-9 (Năm 2021 / Năm 2022 over Phải chi trả / Đã giải ngân / Tỷ lệ)",
    nameColumn: "B (Đơn vị nhận tiền)",
    target: "sheet \"Chi tieu\": 100% for group A (code 1.1.3a, row 5), ≥ 95% for group B (1.1.3b, row 6)",
    actualColumns: "H (Tỷ lệ 2022: ROUND of G over F, percent cells)",
    ignoreColumns: "A (TT), C-E (the 2021 block: last year), F-G (money: denominator and numerator of H), I (Ghi chú)",
    totalRows: `${subA} and ${subB} (Cộng A, Cộng B: judged against their group's target); ${totalRow} (Tổng cộng A + B: two groups with different targets, not judged)`,
    targetRows: "none on this sheet (targets on sheet \"Chi tieu\")",
    otherRows: `10 and ${subA + 1} (group titles); 7 (unit line ĐVT: triệu đồng); notes from ${totalRow + 2}; signature from ${totalRow + 6}; sheet "Chi tieu" row 7 (indicator 1.1.4, tracked elsewhere)`,
    asOf: "2023-02-15",
    period: "2022",
    notes: "Each group has its own target on another sheet: owners that are organisations 100%, district payers ≥ 95%. The year 2022 is over: short is not met; 95,0% in group B met. The 2021 block is last year. The grand total mixes both groups and has no target; row 7 of the target sheet belongs to another form.",
  };
  return b;
}
