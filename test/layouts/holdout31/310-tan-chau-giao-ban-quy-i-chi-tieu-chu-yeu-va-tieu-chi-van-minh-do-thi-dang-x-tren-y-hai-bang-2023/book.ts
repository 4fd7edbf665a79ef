// Layout 310: a district's monthly briefing after the first quarter (UBND huyện Tân Châu, Tây Ninh, March 2023): two tables on one sheet — the year's main indicators with the quarter's figures (one row read to 28/2 by its own words, one finished campaign, a traffic-accident row in words) and the town's progress towards the civilised-urban standard by criterion group, typed "đạt/tổng" as text (43/52 in all) against a year's aim of every criterion.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Một số chỉ tiêu chủ yếu quý I năm 2023 và tiến độ xây dựng thị trấn đạt chuẩn văn minh đô thị, UBND huyện Tân Châu (Tây Ninh)");
  const s = b.sheet("Giao ban T3-2023");
  s.cols([6, 44, 12, 14, 16, 11, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH TÂY NINH", "UBND HUYỆN TÂN CHÂU"],
    date: "Tân Châu, ngày 17 tháng 3 năm 2023",
    title: ["PHỤ LỤC SỐ LIỆU GIAO BAN THƯỜNG KỲ THÁNG 3/2023", "(Số liệu quý I năm 2023, tính đến ngày 15/3/2023, trừ các chỉ tiêu có ghi thời điểm riêng)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:G8", "Bảng 1. MỘT SỐ CHỈ TIÊU CHỦ YẾU", { bold: true });
  s.row("A9", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện quý I/2023", "So KH (%)", "Ghi chú"], head);
  type Row = [string, string, string, CellInput, CellInput, string, Status | null, string];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p1 = (n: number, d: number) => (Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",");
  const t1: Row[] = [
    ["1", "Diện tích gieo trồng cây hằng năm", "ha", 43500, 13610, "", "pending", `13.610 of 43.500 ha = ${p1(13610, 43500)}% after one quarter; the year's sowing runs on`],
    ["2", "Diện tích cây lâu năm", "ha", 27800, 27655, "", "pending", `27.655 of 27.800 ha = ${p1(27655, 27800)}%: short by 145 ha, with the year's planting still to come`],
    ["3", "Tổng đàn gia súc, gia cầm", "Con", "-", 49120, "", null, ""],
    ["4", "Thu ngân sách nhà nước trên địa bàn (đến 28/02/2023)", "Triệu đồng", 412000, 152600, "", "pending", `152.600 of 412.000 = ${p1(152600, 412000)}% to 28/02; the estimate is the year's`],
    ["5", "Xã đạt chuẩn nông thôn mới nâng cao", "Xã", 1, 1, "Xã Thạnh Đông: đã hoàn thành kế hoạch năm 2023", "met", "1 of 1: the year's plan done in the first quarter, as the note says"],
    ["6", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 91, 86.75, "", "pending", "86,75% in March against the year's 91%: a share still rising, due at year end"],
    ["7", "Tai nạn giao thông (so cùng kỳ)", "", "Giảm cả 3 tiêu chí", "6 vụ (tăng 2), chết 1 (giảm 1), bị thương 5 (tăng 3)", "", "pending", "the aim is the year's fall on the three counts; one quarter, up on two of them, does not decide the year"],
  ];
  let r = 10;
  for (const [tt, name, unit, plan, res, note, st, why] of t1) {
    const rate: CellInput = typeof plan === "number" && typeof res === "number" ? { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((res / plan) * 1000) / 10, fmt: "0.0", border: true, align: "center" } : "";
    const num = (v: CellInput): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? "#,##0" : "0.00", border: true, align: "center" } : v);
    s.row(`A${r}`, [tt, name, unit, num(plan), num(res), rate, note], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, italic: true, wrap: true });
    if (st) s.expect(typeof rate === "string" ? `E${r}` : `E${r}|F${r}`, { indicator: `${name} · quý I/2023`, target: `${typeof plan === "number" ? `${vi(plan)} ${unit}` : plan} (column D, Kế hoạch năm 2023)`, status: st, why });
    r++;
  }
  // r = 17; the second table from row 19
  s.merge("A19:G19", "Bảng 2. TIẾN ĐỘ XÂY DỰNG THỊ TRẤN TÂN CHÂU ĐẠT CHUẨN VĂN MINH ĐÔ THỊ", { bold: true });
  s.merge("A20:G20", "Kế hoạch năm 2023: thị trấn Tân Châu đạt 52/52 tiêu chí, được công nhận đạt chuẩn văn minh đô thị trong năm 2023", { italic: true });
  s.row("A21", ["STT", "Nhóm tiêu chí", "Số tiêu chí", "Kết quả (đạt/tổng số)", "Tiêu chí chưa đạt", "", "Đơn vị phụ trách"], head);
  type G = [string, string, number, number, string, string];
  const groups: G[] = [
    ["I", "Hạ tầng kỹ thuật đô thị", 14, 11, "Thoát nước; chiếu sáng hẻm; bãi đỗ xe", "Phòng Kinh tế và Hạ tầng"],
    ["II", "Trật tự xây dựng, mỹ quan đô thị", 10, 8, "Biển quảng cáo; vỉa hè", "Phòng Kinh tế và Hạ tầng"],
    ["III", "Văn hóa, xã hội", 12, 12, "", "Phòng Văn hóa và Thông tin"],
    ["IV", "Môi trường đô thị", 9, 6, "Thu gom rác; cây xanh; nước thải", "Phòng Tài nguyên và Môi trường"],
    ["V", "An ninh, trật tự, an toàn xã hội", 7, 6, "Trật tự lòng lề đường", "Công an huyện"],
  ];
  r = 22;
  for (const [tt, name, n, got, miss, unit] of groups) {
    s.row(`A${r}`, [tt, name, n, `${got}/${n}`, miss, "", unit], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`E${r}`, miss, { border: true, wrap: true });
    const st: Status = got === n ? "met" : "pending";
    s.expect(`D${r}`, { indicator: `Thị trấn Tân Châu đạt tiêu chí văn minh đô thị · ${name}`, target: `${n}/${n} tiêu chí trong năm 2023 (row 20)`, status: st, why: st === "met" ? `${got} of ${n}: every criterion of the group reached` : `${got} of ${n} in March; ${n - got} to reach before the end of 2023` });
    r++;
  }
  const N = groups.reduce((t, g) => t + g[2], 0);
  const GOT = groups.reduce((t, g) => t + g[3], 0);
  s.row(`A${r}`, ["", "Tổng cộng", { v: `=SUM(C22:C26)`, result: N, border: true, bold: true, align: "center" }, `${GOT}/${N}`, `${N - GOT} tiêu chí chưa đạt`, "", ""], { border: true, bold: true, align: "center" });
  s.expect(`D${r}`, { indicator: "Thị trấn Tân Châu đạt tiêu chí văn minh đô thị · Tổng cộng", target: `${N}/${N} tiêu chí trong năm 2023 (row 20)`, status: "pending", why: `${GOT} of ${N}, as on the page (43/52); the year runs to 31/12/2023` });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số liệu tính đến ngày 15/3/2023; thu ngân sách tính đến ngày 28/02/2023 theo số liệu Kho bạc.",
    "- Kết quả Bảng 2 ghi theo dạng số tiêu chí đạt/tổng số tiêu chí của nhóm, theo tự đánh giá của UBND thị trấn.",
  ]);
  signature(s, r + 6, { col: "B", title: "VĂN PHÒNG HĐND VÀ UBND HUYỆN", name: "Lê Thị Kim Phượng" }, { col: "E", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Hoàng Sơn" });
  b.facts = {
    sheet: "Giao ban T3-2023",
    headerRows: "9 (table 1); 21 (table 2)",
    nameColumn: "B (Chỉ tiêu; Nhóm tiêu chí)",
    target: "column D (Kế hoạch năm 2023) for table 1; row 20 (52/52 tiêu chí in 2023), each group's own count in C, for table 2",
    actualColumns: "E (Thực hiện quý I) or F (So KH, a ROUND on the 0-100 scale) for table 1; D (\"đạt/tổng\" typed as text) for table 2",
    ignoreColumns: "A (STT), C (ĐVT) and G (Ghi chú) in table 1; E (Tiêu chí chưa đạt) and G (Đơn vị phụ trách) in table 2",
    totalRows: "27 (Tổng cộng of table 2: judged)",
    targetRows: "20 (the year's aim for table 2)",
    otherRows: "8 and 19 (table titles), 12 (Tổng đàn gia súc, gia cầm: no plan, not judged); notes and signature under table 2",
    asOf: "2023-03-15",
    period: "2023",
    notes: "One quarter into the year: figures short of the year's plan are pending (the budget row is to 28/02 by its own name); the upgraded new-rural commune is the year's plan done (met); the traffic row's aim is a year's fall and one quarter does not decide it (pending). Table 2's groups are met when every criterion is reached (group III), otherwise pending; the town's 43/52 matches the page.",
  };
  return b;
}
