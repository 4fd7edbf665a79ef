// Layout 359: a ward's non-agricultural land-tax collection day by residential group (UBND phường Sơn Phong, Hội An, Quảng Nam, August 2015): groups (tổ) under five blocks (khối) with block subtotal rows, the tax roll per group as the year's quota in thousands of đồng, the amount collected on the day, a rate, the collection point, last year's roll hidden; two targets in one requirement line (the whole roll by 31/10/2015; above 70% of the year's quota on the day, for the ward), read on the day itself; one group "Chưa thu", one group above its roll only by last year's arrears.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả ngày hội thu thuế sử dụng đất phi nông nghiệp năm 2015 theo tổ dân phố, UBND phường Sơn Phong (Hội An, Quảng Nam)");
  const s = b.sheet("Thu thue PNN 2015");
  s.cols([5, 26, 10, 16, 14, 16, 10, 22, 28]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HỘI AN", "UBND PHƯỜNG SƠN PHONG"],
    date: "Sơn Phong, ngày 16 tháng 8 năm 2015",
    title: ["KẾT QUẢ NGÀY HỘI THU THUẾ SỬ DỤNG ĐẤT PHI NÔNG NGHIỆP NĂM 2015", "(Tổng hợp cuối ngày 16/8/2015)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:I8", "Chỉ tiêu năm 2015: thu đạt 100% số thuế ghi thu theo bộ thuế của từng tổ dân phố, hạn nộp chậm nhất ngày 31/10/2015. Ngày hội thu: toàn phường phấn đấu thu trên 70% chỉ tiêu cả năm.", { italic: true, wrap: true });
  s.set("I9", "ĐVT: 1.000 đồng", { italic: true, align: "right" });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A10", ["TT", "Khối phố, tổ dân phố", "Số hộ phải nộp", "Chỉ tiêu thu năm 2015 (số thuế ghi thu theo bộ)", "Số thuế ghi thu năm 2014", "Số thuế đã thu trong ngày hội thu", "Tỷ lệ (%)", "Điểm thu", "Ghi chú"], h);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7=6/4", "8", "9"], { italic: true, align: "center", border: true });
  s.hideCols("E");
  // group, households, roll, last year's roll, collected (number or typed), its value, note
  type T = [string, number, number, number, number | string, number, string];
  const blocks: Array<[string, string, T[]]> = [
    ["Khối Phong Thiện", "Nhà văn hóa khối Phong Thiện", [
      ["Tổ 1", 96, 8240, 7980, 8240, 8240, "Nộp đủ 100% trong ngày"],
      ["Tổ 2", 88, 7615, 7410, 7420, 7420, ""],
      ["Tổ 3", 81, 6980, 6755, 6980, 6980, "Nộp đủ 100% trong ngày"],
      ["Tổ 4", 85, 7365, 7120, 6950, 6950, ""],
    ]],
    ["Khối An Thọ", "Hội trường khối An Thọ", [
      ["Tổ 5", 84, 7120, 6890, 6450, 6450, ""],
      ["Tổ 6", 79, 6845, 6630, 5870, 5870, ""],
      ["Tổ 7", 92, 8010, 7765, 6940, 6940, ""],
      ["Tổ 8", 70, 5925, 5740, 4734, 4734, ""],
    ]],
    ["Khối An Hòa", "Trường Tiểu học Sơn Phong", [
      ["Tổ 9", 77, 6540, 6310, 5610, 5610, ""],
      ["Tổ 10", 83, 7210, 6985, 5820, 5820, ""],
      ["Tổ 11", 69, 5880, 5700, 4980, 4980, ""],
      ["Tổ 12", 75, 6470, 6255, 5070, 5070, ""],
    ]],
    ["Khối Sơn Phô 1", "UBND phường", [
      ["Tổ 13", 86, 7430, 7205, "Chưa thu", 0, "Điểm thu tổ 13 tổ chức ngày 23/8/2015"],
      ["Tổ 14", 72, 6215, 6030, 1120, 1120, ""],
      ["Tổ 15", 66, 5655, 5480, 850, 850, ""],
    ]],
    ["Khối Sơn Phô 2", "Nhà văn hóa khối Sơn Phô 2", [
      ["Tổ 16", 104, 9260, 8975, 9260, 9260, "Nộp đủ 100% trong ngày"],
      ["Tổ 17", 97, 8540, 8310, 8705, 8705, "Nộp đủ 100%, gồm 165 thu nợ năm 2014"],
      ["Tổ 18", 118, 10300, 9980, 1069, 1069, "Điểm thu tổ 18 tổ chức ngày 23/8/2015"],
    ]],
  ];
  const vi1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
  const k = (n: number) => n.toLocaleString("de-DE");
  const money = (v: number | string, bold = false): CellInput => (typeof v === "number" ? { v, fmt: "#,##0", bold } : { v, bold });
  let r = 12;
  const blockRows: number[] = [];
  const firstRows: number[] = [];
  for (const [bi, [bname, point, groups]] of blocks.entries()) {
    const br = r;
    blockRows.push(br);
    const D = groups.reduce((t, g) => t + g[2], 0);
    const F = groups.reduce((t, g) => t + g[5], 0);
    const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${br + 1}:${c}${br + groups.length})`, result: res, fmt: "#,##0", bold: true });
    s.row(`A${br}`, [["I", "II", "III", "IV", "V"][bi], bname, sum("C", groups.reduce((t, g) => t + g[1], 0)), sum("D", D), sum("E", groups.reduce((t, g) => t + g[3], 0)), sum("F", F), { v: `=ROUND(F${br}/D${br}*100,1)`, result: Math.round((F / D) * 1000) / 10, fmt: "0.0", bold: true }, point, ""], { border: true, bold: true, align: "center" });
    s.set(`B${br}`, bname, { border: true, bold: true });
    r++;
    firstRows.push(r);
    for (const [gname, hh, roll, lastRoll, shown, got, note] of groups) {
      s.row(`A${r}`, ["", gname, hh, money(roll), money(lastRoll), money(shown), { v: `=IF(ISNUMBER(F${r}),ROUND(F${r}/D${r}*100,1),"")`, result: typeof shown === "number" ? Math.round((got / roll) * 1000) / 10 : "", fmt: "0.0" }, "", note], { border: true, align: "center" });
      s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
      const arrears = /thu nợ/.test(note) ? 165 : 0;
      const st: Status = got - arrears >= roll ? "met" : "pending";
      s.expect(`F${r}|G${r}`, {
        indicator: `${bname} · ${gname} · Thuế sử dụng đất phi nông nghiệp`,
        target: `100% của ${k(roll)} (column D, nghìn đồng), chậm nhất ngày 31/10/2015 (dòng 8)`,
        status: st,
        why:
          arrears
            ? `${k(got)} collected, of which 165 are 2014 arrears (the note): the 2015 roll of ${k(roll)} is paid in full, so met; the arrears belong to another year's roll and do not make it exceeded`
            : st === "met"
              ? `${k(got)} of ${k(roll)}: the whole roll paid on the day, ahead of 31/10`
              : typeof shown === "string"
                ? `"${shown}": the group's collection point is set for 23/8 (the note); the roll is due by 31/10/2015, not yet reached`
                : `${k(got)} of ${k(roll)} (${vi1((got / roll) * 100)}%) on 16/8; the rest is due by 31/10/2015, not yet reached`,
      });
      r++;
    }
  }
  const all = blocks.flatMap((x) => x[2]);
  const D = all.reduce((t, g) => t + g[2], 0);
  const F = all.reduce((t, g) => t + g[5], 0);
  if (D !== 131600 || F !== 96068) throw new Error(`359: totals ${D} ${F}`);
  const tot = (c: string, res: number): CellInput => ({ v: `=${blockRows.map((x) => `${c}${x}`).join("+")}`, result: res, fmt: "#,##0", bold: true });
  s.row(`A${r}`, ["", "Toàn phường", tot("C", all.reduce((t, g) => t + g[1], 0)), tot("D", D), tot("E", all.reduce((t, g) => t + g[3], 0)), tot("F", F), { v: `=ROUND(F${r}/D${r}*100,1)`, result: Math.round((F / D) * 1000) / 10, fmt: "0.0", bold: true }, "05 điểm thu", ""], { border: true, bold: true, align: "center" });
  s.set(`B${r}`, "Toàn phường", { border: true, bold: true });
  s.expect(`G${r}`, {
    indicator: "Toàn phường · Thu trong ngày hội thu",
    target: "trên 70% chỉ tiêu cả năm, trong ngày hội thu (dòng 8)",
    status: "met",
    why: "96.068 of 131.600 = 73,0% collected on the day (72,9% without tổ 17's 165 of 2014 arrears): above the strict \"trên 70%\" either way (passing a strict floor is met, the house rule)",
  });
  s.expect(`F${r}`, {
    indicator: "Toàn phường · Thuế sử dụng đất phi nông nghiệp năm 2015",
    target: "100% của 131.600 (nghìn đồng), chậm nhất ngày 31/10/2015",
    status: "pending",
    why: "96.068 of 131.600 on 16/8; the year's roll is due by 31/10/2015",
  });
  const total = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 4: số thuế ghi thu theo bộ thuế năm 2015 đã được Chi cục Thuế thành phố duyệt, giao làm chỉ tiêu thu cho từng tổ.",
    "- Số thuế đã thu gồm cả số thu nợ các năm trước (nếu có), ghi rõ ở cột Ghi chú.",
    "- Các tổ 13, 18 tổ chức điểm thu riêng ngày 23/8/2015.",
  ]);
  signature(s, r + 7, { col: "B", title: "CÁN BỘ ỦY NHIỆM THU", name: "Nguyễn Thị Ngọc Lài" }, { col: "F", title: "TM. UBND PHƯỜNG\nCHỦ TỊCH", name: "Trương Công Minh" });
  b.facts = {
    sheet: "Thu thue PNN 2015",
    headerRows: "10 (column numbers in row 11; unit line 'ĐVT: 1.000 đồng' in I9)",
    nameColumn: "B (Khối phố, tổ dân phố: blocks in bold, groups under them)",
    target: "column D (each group's roll, the year's quota in thousand đồng), due 31/10/2015 (row 8); row 8's 'trên 70%' on the day for the ward (G" + total + ")",
    actualColumns: "F (Số thuế đã thu trong ngày hội thu; G its rate)",
    ignoreColumns: "A (TT), C (households), E (hidden: 2014 roll), H (collection point), I (Ghi chú)",
    totalRows: `${blockRows.join(", ")} (block subtotals, not judged); ${total} (Toàn phường: G against the day's 70%, F against the year's roll)`,
    otherRows: "8 (requirement line), 11 (column numbers), notes and signature below",
    asOf: "2015-08-16",
    period: "năm 2015",
    notes: "Read at the end of the collection day, 16/8/2015. Each group's roll is its quota for the year, due by 31/10/2015: groups that paid the whole roll are met (tổ 17's extra 165 are 2014 arrears, so met, not exceeded), the rest pending. Tổ 13 reads \"Chưa thu\": its collection point is on 23/8, pending. The ward's day target, above 70% of the year's quota, is judged on the total's rate (73,0%: met, a strict floor passed); the ward's year total is pending. Block rows are subtotals and are not judged. Amounts are in thousands of đồng.",
  };
  return b;
}
