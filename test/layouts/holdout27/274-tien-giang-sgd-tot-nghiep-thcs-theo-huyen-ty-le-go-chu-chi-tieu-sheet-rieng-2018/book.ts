// Layout 274: a province's lower-secondary graduation by district (Sở GD&ĐT Tiền Giang, school year 2017-2018): the year's targets on their own sheet by code, districts as rows on another with the rate typed as text to three decimals as the office reported it, counts of pupils not graduated, last year's rate hidden, a SUM total with its own formula rate; the review is done: short not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xét công nhận tốt nghiệp THCS năm học 2017-2018 theo đơn vị huyện, thị xã, thành phố, Sở GD&ĐT Tiền Giang");
  // Sheet 1: the year's targets (from the plan of the school year)
  const t = b.sheet("Chi tieu 2017-2018");
  t.cols([8, 60, 16, 30]);
  t.merge("A1:D1", "CHỈ TIÊU NHIỆM VỤ NĂM HỌC 2017-2018 - GIÁO DỤC TRUNG HỌC", { bold: true, align: "center", size: 13 });
  t.merge("A2:D2", "(trích Kế hoạch thực hiện nhiệm vụ năm học 2017-2018 của Sở GD&ĐT)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, border: true, wrap: true };
  t.row("A4", ["Mã", "Chỉ tiêu", "Mức phấn đấu", "Ghi chú"], th);
  const targets: [string, string, string, string][] = [
    ["TH01", "Tỷ lệ học sinh bỏ học cấp THCS", "Dưới 1%", "Tính trên số HS đầu năm"],
    ["TH02", "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS", "Từ 99,5% trở lên", "Áp dụng cho từng huyện, thị xã, thành phố"],
    ["TH03", "Tỷ lệ học sinh tốt nghiệp THCS vào lớp 10 THPT, GDTX, trung cấp", "Từ 85% trở lên", "Tính sau tuyển sinh tháng 8/2018"],
  ];
  targets.forEach(([c, n, m, g], i) => {
    t.row(`A${5 + i}`, [c, n, m, g], { border: true, wrap: true });
  });
  // Sheet 2: the graduation review by district
  const s = b.sheet("TN THCS 2017-2018");
  s.cols([5, 24, 10, 12, 12, 12, 12, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH TIỀN GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Tiền Giang, ngày 29 tháng 5 năm 2018",
    title: ["TỔNG HỢP KẾT QUẢ XÉT CÔNG NHẬN TỐT NGHIỆP THCS NĂM HỌC 2017-2018", "(theo chỉ tiêu TH02 - Kế hoạch năm học 2017-2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Đơn vị", "Số HS dự xét", "Được công nhận tốt nghiệp", "Không đủ điều kiện", "Tỷ lệ 2016-2017", "Tỷ lệ tốt nghiệp", "Ghi chú"], head);
  type D = [string, number, number, string, string];
  // district, pupils considered, not graduated, last year's rate (hidden), note
  const ds: D[] = [
    ["Huyện Cái Bè", 3850, 0, "99,948%", "Tốt nghiệp tuyệt đối"],
    ["Huyện Tân Phước", 1120, 0, "100%", "Tốt nghiệp tuyệt đối"],
    ["Huyện Tân Phú Đông", 620, 0, "99,836%", "Tốt nghiệp tuyệt đối"],
    ["Huyện Chợ Gạo", 2632, 1, "99,886%", ""],
    ["Huyện Gò Công Đông", 2128, 1, "99,906%", ""],
    ["Thị xã Cai Lậy", 2041, 1, "99,902%", ""],
    ["Thị xã Gò Công", 1538, 1, "99,870%", ""],
    ["Huyện Châu Thành", 3125, 5, "99,712%", ""],
    ["Thành phố Mỹ Tho", 3429, 6, "99,766%", ""],
    ["Huyện Cai Lậy", 2424, 8, "99,590%", "08 HS nghỉ học dài ngày"],
    ["Huyện Gò Công Tây", 1811, 13, "99,451%", "13 HS không đủ điều kiện dự xét"],
  ];
  const rate3 = (n: number, d: number) => {
    const v = Math.round((n / d) * 100000) / 1000;
    return v === 100 ? "100%" : `${v.toFixed(3).replace(".", ",")}%`;
  };
  let r = 8;
  for (const [i, [name, n, fail, last, note]] of ds.entries()) {
    const grad = n - fail;
    const shown = rate3(grad, n);
    s.row(`A${r}`, [String(i + 1), name, n, grad, fail, last, { v: shown, fmt: "@", border: true, align: "right" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = grad / n >= 0.995 ? (grad / n > 0.995 ? "exceeded" : "met") : "not_met";
    s.expect(`G${r}|D${r}`, { indicator: `Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS · ${name}`, target: "Từ 99,5% trở lên (sheet Chi tieu 2017-2018, TH02)", status: st, why: `${grad.toLocaleString("de-DE")} of ${n.toLocaleString("de-DE")} pupils = ${shown} (typed as text)${st === "not_met" ? ", under 99,5%" : ""}; the review is done` });
    r++;
  }
  // r = 19: province total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}8:${c}18)`, result: res, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", 24718), sum("D", 24682), sum("E", 36), "99,808%", { v: `=ROUND(D${r}/C${r},5)`, pct: true, fmt: "0.00%", border: true, bold: true, align: "right", result: "99,85%" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`G${r}|D${r}`, { indicator: "Tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS · Toàn tỉnh", target: "Từ 99,5% trở lên (sheet Chi tieu 2017-2018, TH02)", status: "exceeded", why: "24.682 of 24.718 = 99,85% (a formula, unlike the typed district rates)" });
  s.hideCols("F");
  notes(s, r + 2, "B", ["Ghi chú:", "- Tỷ lệ từng đơn vị ghi theo báo cáo của Phòng GD&ĐT (làm tròn 3 chữ số thập phân).", "- Học sinh không đủ điều kiện được hướng dẫn học hè, xét lại trong năm học sau."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trương Minh Khoa" }, { col: "F", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Lê Văn Phúc" });
  b.facts = {
    sheet: "TN THCS 2017-2018",
    headerRows: "7",
    nameColumn: "B (Đơn vị)",
    target: "sheet Chi tieu 2017-2018, code TH02 (\"Từ 99,5% trở lên\", for every district), named in the title line of sheet TN THCS 2017-2018",
    actualColumns: "G (Tỷ lệ tốt nghiệp: text with a percent sign and three decimals in the district rows, a ROUND formula in the total) or D (graduates; C the denominator)",
    ignoreColumns: "A (TT), C (Số HS dự xét: the denominator), E (Không đủ điều kiện: pupils not graduated), F (Tỷ lệ 2016-2017: last year, hidden), H (Ghi chú)",
    totalRows: "19 (Toàn tỉnh: SUM of rows 8-18; judged)",
    targetRows: "none (the target is on sheet Chi tieu 2017-2018)",
    otherRows: "notes and signature under the table; sheet Chi tieu 2017-2018 holds three targets, only TH02 applies here",
    asOf: "2018-05-29",
    period: "2017-2018",
    notes: "The graduation review is finished, so every rate is final. \"Từ 99,5% trở lên\" is an inclusive floor: 100% and every rate above 99,5% is exceeded; huyện Cai Lậy 99,670% also passes; Gò Công Tây 99,282% (13 pupils) is not met. The district rates are text as typed (\"99,962%\"), never a fraction; the hidden column F is last year's rate. TH01 and TH03 on the targets sheet have no figure on this sheet.",
  };
  return b;
}
