// Layout 309: a commune's budget revenue by source for a finished year (HĐND xã Phú Lạc, Tuy Phong, Bình Thuận, session of 29/3/2022 approving the 2021 accounts): a unit line "ĐVT: đồng" with every figure in full đồng, the district's estimate against the settled revenue with a ROUND percent, last year's settled revenue hidden with a growth percent, next year's estimate in a visible column after the judged ones, a row with no estimate and a sub-total for domestic revenue.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Quyết toán thu ngân sách nhà nước trên địa bàn xã năm 2021, xã Phú Lạc (Tuy Phong, Bình Thuận)");
  const s = b.sheet("QT thu NS 2021");
  s.cols([6, 44, 17, 17, 11, 17, 11, 17, 18]);
  titleBlock(s, {
    left: ["HỘI ĐỒNG NHÂN DÂN", "XÃ PHÚ LẠC"],
    date: "Phú Lạc, ngày 29 tháng 3 năm 2022",
    title: ["QUYẾT TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN XÃ NĂM 2021", "(Kèm theo Nghị quyết phê chuẩn quyết toán ngân sách năm 2021 của HĐND xã Phú Lạc khóa XII)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  s.set("H7", "ĐVT: đồng", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head);
  s.merge("B8:B9", "Nội dung thu", head);
  s.merge("C8:C9", "Dự toán năm 2021 (huyện giao)", head);
  s.merge("D8:E8", "Quyết toán năm 2021", head);
  s.row("D9", ["Số tiền", "So dự toán (%)"], head);
  s.merge("F8:G8", "So cùng kỳ", head);
  s.row("F9", ["Quyết toán năm 2020", "QT 2021/QT 2020 (%)"], head);
  s.merge("H8:H9", "Dự toán năm 2022", head);
  s.merge("I8:I9", "Ghi chú", head);
  s.row("A10", ["A", "B", "1", "2", "3=2/1", "4", "5=2/4", "6", "7"], { italic: true, align: "center", border: true });
  // tt, source, estimate 2021 ("" = none), settled 2021, settled 2020, estimate 2022, note
  type R = [string, string, number | "", number, number, number | "", string];
  const items: R[] = [
    ["1", "Thu từ khu vực kinh tế ngoài quốc doanh (thuế GTGT, TNDN, tài nguyên)", 520000000, 611436200, 498120000, 560000000, ""],
    ["2", "Lệ phí trước bạ nhà, đất", 180000000, 243512000, 176300000, 200000000, "Chuyển nhượng đất tăng"],
    ["3", "Thuế sử dụng đất phi nông nghiệp", 95000000, 88604500, 90215000, 95000000, "Còn nợ đọng của 37 hộ"],
    ["4", "Thu tiền sử dụng đất", 450000000, 702000000, 521400000, 500000000, ""],
    ["5", "Phí, lệ phí", 75000000, 69318000, 73890000, 75000000, "Giảm do dịch Covid-19"],
    ["6", "Thu từ quỹ đất công ích và hoa lợi công sản", 120000000, 120000000, 118000000, 120000000, "Thu theo hợp đồng"],
    ["7", "Thu khác ngân sách", 50000000, 62941840, 104635000, 50000000, ""],
  ];
  const extra: R = ["II", "Các khoản huy động, đóng góp tự nguyện (không giao dự toán)", "", 35200000, 28600000, "", "Quản lý qua ngân sách"];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const pct = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const p2 = (n: number, d: number) => pct(n, d).toFixed(2).replace(".", ",");
  const money = (v: number | "", bold = false): CellInput => (v === "" ? "" : { v, fmt: "#,##0", border: true, align: "right", bold });
  const rate = (r: number, col: string, base: string, n: number, d: number, bold = false): CellInput => ({ v: `=ROUND(${col}${r}/${base}${r}*100,2)`, result: pct(n, d), fmt: "0.00", border: true, align: "center", bold });
  const S = (k: 2 | 3 | 4 | 5) => items.reduce((t, u) => t + (u[k] as number), 0);
  // row 11: the grand total (domestic revenue only: the contributions in II are outside the estimate)
  const sum = (c: string, res: number): CellInput => ({ v: `=${c}12`, result: res, fmt: "#,##0", border: true, bold: true, align: "right" });
  s.row("A11", ["", "TỔNG THU NSNN TRÊN ĐỊA BÀN (I)", sum("C", S(2)), sum("D", S(3)), rate(11, "D", "C", S(3), S(2), true), sum("F", S(4)), rate(11, "D", "F", S(3), S(4), true), sum("H", S(5)), ""], { border: true, bold: true });
  const tot = (c: string, res: number): CellInput => ({ v: `=SUM(${c}13:${c}19)`, result: res, fmt: "#,##0", border: true, bold: true, align: "right" });
  s.row("A12", ["I", "Thu nội địa", tot("C", S(2)), tot("D", S(3)), rate(12, "D", "C", S(3), S(2), true), tot("F", S(4)), rate(12, "D", "F", S(3), S(4), true), tot("H", S(5)), ""], { border: true, bold: true });
  let r = 13;
  for (const [tt, name, est, qt, last, next, note] of items) {
    s.row(`A${r}`, [tt, name, money(est), money(qt), rate(r, "D", "C", qt, est as number), money(last), rate(r, "D", "F", qt, last), money(next), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    const e = est as number;
    const st: Status = qt > e ? "exceeded" : qt === e ? "met" : "not_met";
    s.expect(`D${r}|E${r}`, { indicator: `${name} năm 2021`, target: `${vi(e)} đồng (column C, dự toán huyện giao)`, status: st, why: st === "met" ? `${vi(qt)} đồng, exactly the estimate, for a year that is closed` : `${vi(qt)} of ${vi(e)} đồng = ${p2(qt, e)}% in the settled accounts of a closed year${st === "not_met" ? ": short for good" : ""}` });
    r++;
  }
  // r = 20: the contributions outside the estimate
  s.row(`A${r}`, [extra[0], extra[1], "", money(extra[3]), "", money(extra[4]), { v: `=ROUND(D${r}/F${r}*100,2)`, result: pct(extra[3], extra[4]), fmt: "0.00", border: true, align: "center" }, "", extra[6]], { border: true, align: "center" });
  s.set(`B${r}`, extra[1], { border: true, wrap: true, bold: true });
  s.set(`I${r}`, extra[6], { border: true, italic: true, wrap: true });
  s.expect("D11|E11", { indicator: "Tổng thu NSNN trên địa bàn năm 2021", target: `${vi(S(2))} đồng (column C, dự toán huyện giao)`, status: "exceeded", why: `${vi(S(3))} of ${vi(S(2))} đồng = ${p2(S(3), S(2))}%, as on the page (1.897/1.490 triệu, 127,37%); +${(pct(S(3), S(4)) - 100).toFixed(2).replace(".", ",")}% on 2020` });
  s.expect("D12|E12", { indicator: "Thu nội địa năm 2021", target: `${vi(S(2))} đồng (column C, SUM of rows 13-19)`, status: "exceeded", why: `${vi(S(3))} of ${vi(S(2))} đồng = ${p2(S(3), S(2))}%; the same sum as the total` });
  s.hideCols("F");
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Dự toán năm 2021 theo Quyết định giao dự toán của UBND huyện Tuy Phong; số quyết toán đã đối chiếu với Kho bạc Nhà nước huyện.",
    "- Các khoản huy động, đóng góp tự nguyện (mục II) không giao dự toán, không tính vào tổng thu NSNN trên địa bàn.",
    "- Cột dự toán năm 2022 để theo dõi, không dùng để đánh giá năm 2021.",
  ]);
  signature(s, r + 8, { col: "B", title: "KẾ TOÁN NGÂN SÁCH", name: "Trần Thị Mỹ Linh" }, { col: "F", title: "TM. HĐND XÃ - CHỦ TỊCH", name: "Nguyễn Văn Thành" });
  b.facts = {
    sheet: "QT thu NS 2021",
    headerRows: "8-9 (unit line \"ĐVT: đồng\" in row 7; column numbers in row 10)",
    nameColumn: "B (Nội dung thu)",
    target: "column C (Dự toán năm 2021, huyện giao)",
    actualColumns: "D (Quyết toán năm 2021) or E (So dự toán, a ROUND on the 0-100 scale to two decimals)",
    ignoreColumns: "A (STT), F (Quyết toán năm 2020: hidden, last year), G (QT 2021/QT 2020), H (Dự toán năm 2022: next year's, not a target for 2021), I (Ghi chú)",
    totalRows: "11 (Tổng thu = row 12) and 12 (Thu nội địa, SUM of rows 13-19): both judged",
    otherRows: "7 (unit line), 10 (column numbers), 20 (II: contributions with no estimate, not judged); notes and signature under the table",
    asOf: "2022-03-29",
    period: "2021",
    notes: "The year 2021 is closed and its accounts settled: each source is judged against the district's estimate, above it exceeded, at it met, below it not met. Every figure is in đồng (the unit line). The total matches the page: 1.897.812.540 of 1.490.000.000 đồng = 127,37%, +19,92% on 2020. Row 20 has no estimate and is left out of the total, as the notes say; column H is next year's estimate.",
  };
  return b;
}
