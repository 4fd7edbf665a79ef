// Layout 303: a province's Fund for the Poor by level and district (Ủy ban MTTQ Việt Nam tỉnh Bình Thuận, 20/12/2019): the year's plan in "tỷ đồng" (2,2 / 0,7 …) beside results in đồng to the last đồng, a rate formula that scales the plan by 10^9, a province-level row, a district-level subtotal (SUM) over ten districts, a total row "I + II", and a houses column with no target; the year has eleven days left.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả vận động Quỹ \"Vì người nghèo\" năm 2019 đến ngày 20/12/2019 theo cấp và huyện, thị xã, thành phố, Ủy ban MTTQ Việt Nam tỉnh Bình Thuận");
  const s = b.sheet("Quy VNN 2019");
  s.cols([6, 34, 13, 18, 12, 12, 24]);
  titleBlock(s, {
    left: ["ỦY BAN MTTQ VIỆT NAM", "TỈNH BÌNH THUẬN", "BAN VẬN ĐỘNG QUỸ \"VÌ NGƯỜI NGHÈO\""],
    date: "Phan Thiết, ngày 23 tháng 12 năm 2019",
    title: ["TỔNG HỢP KẾT QUẢ VẬN ĐỘNG QUỸ \"VÌ NGƯỜI NGHÈO\" NĂM 2019", "(Số liệu đến ngày 20/12/2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Đơn vị", "Kế hoạch năm 2019 (tỷ đồng)", "Kết quả vận động (đồng)", "Tỷ lệ so với kế hoạch (%)", "Hỗ trợ xây, sửa nhà (căn)", "Ghi chú"], head);
  s.row("A10", ["A", "B", "1", "2", "3 = 2/1", "4", "5"], { italic: true, align: "center", border: true });
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p2 = (n: number, d: number) => (Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",");
  const rate = (r: number, n: number, d: number, bold = false): CellInput => ({ v: `=ROUND(D${r}/(C${r}*10^9)*100,2)`, result: Math.round((n / (d * 1e9)) * 10000) / 100, fmt: "0.00", border: true, align: "center", bold });
  const money = { border: true, align: "right" as const, fmt: "#,##0" as const };
  const plan = (x: number, bold = false): CellInput => ({ v: x, fmt: "0.00", border: true, align: "center", bold });
  const judge = (cell: string, who: string, p: number, got: number, src: string) => {
    const st: Status = got > p * 1e9 ? "exceeded" : got === p * 1e9 ? "met" : "pending";
    s.expect(cell, { indicator: `Vận động Quỹ "Vì người nghèo" năm 2019 · ${who}`, target: `${String(p).replace(".", ",")} tỷ đồng (${src})`, status: st, why: st === "pending" ? `${vi(got)} đồng of ${vi(p * 1e9)} = ${p2(got, p * 1e9)}% on 20/12; the year's campaign runs to 31/12/2019` : `${vi(got)} đồng against ${vi(p * 1e9)} = ${p2(got, p * 1e9)}%: the year's plan passed` });
  };
  // r = 11: the province's own level
  const PROV = 5299856928;
  s.row("A11", ["I", "Cấp tỉnh (Ủy ban MTTQ tỉnh)", plan(2.2, true), { v: PROV, ...money, bold: true }, rate(11, PROV, 2.2, true), 18, ""], { border: true, bold: true });
  judge("D11|E11", "Cấp tỉnh", 2.2, PROV, "column C, Kế hoạch năm 2019");
  // districts from row 13
  type U = [string, number, number, number, string];
  const units: U[] = [
    ["Thành phố Phan Thiết", 1.7, 2435320000, 9, ""],
    ["Thị xã La Gi", 0.7, 905114500, 6, ""],
    ["Huyện Tuy Phong", 0.7, 880600000, 7, ""],
    ["Huyện Bắc Bình", 0.7, 842350540, 8, ""],
    ["Huyện Hàm Thuận Bắc", 0.8, 1120480000, 9, ""],
    ["Huyện Hàm Thuận Nam", 0.65, 830215000, 6, ""],
    ["Huyện Hàm Tân", 0.55, 640900000, 5, ""],
    ["Huyện Tánh Linh", 0.6, 712333000, 7, ""],
    ["Huyện Đức Linh", 0.65, 816000000, 6, ""],
    ["Huyện Phú Quý", 0.25, 231500000, 4, "Đang tiếp tục vận động các doanh nghiệp thủy sản"],
  ];
  let r = 13;
  for (const [i, [name, p, got, houses, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, plan(p), { v: got, ...money }, rate(r, got, p), houses, note], { border: true });
    s.set(`G${r}`, note, { border: true, italic: true, wrap: true });
    judge(`D${r}|E${r}`, name, p, got, "column C, Kế hoạch năm 2019");
    r++;
  }
  // row 12: the districts' level, a SUM over rows 13-22
  const DP = units.reduce((t, u) => t + u[1], 0);
  const DG = units.reduce((t, u) => t + u[2], 0);
  const DH = units.reduce((t, u) => t + u[3], 0);
  s.row("A12", ["II", "Cấp huyện", { v: "=SUM(C13:C22)", result: Math.round(DP * 100) / 100, fmt: "0.00", border: true, bold: true, align: "center" }, { v: "=SUM(D13:D22)", result: DG, ...money, bold: true }, rate(12, DG, 7.3, true), { v: "=SUM(F13:F22)", result: DH, border: true, bold: true }, ""], { border: true, bold: true });
  judge("D12|E12", "Cấp huyện", 7.3, DG, "column C, SUM of the districts");
  // r = 23: the total
  s.row(`A${r}`, ["", "Tổng cộng (I + II)", { v: "=C11+C12", result: 9.5, fmt: "0.00", border: true, bold: true, align: "center" }, { v: "=D11+D12", result: PROV + DG, ...money, bold: true }, rate(r, PROV + DG, 9.5, true), { v: "=F11+F12", result: 18 + DH, border: true, bold: true }, ""], { border: true, bold: true });
  judge(`D${r}|E${r}`, "Toàn tỉnh", 9.5, PROV + DG, "column C, I + II");
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch vận động năm 2019 do Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh giao (cột 1, đơn vị tính: tỷ đồng); kết quả vận động tính bằng đồng (cột 2).",
    "- Số liệu đến ngày 20/12/2019; các cấp tiếp tục tiếp nhận ủng hộ đến hết ngày 31/12/2019.",
    "- Cột 4: số căn nhà hỗ trợ xây mới và sửa chữa cho hộ nghèo từ Quỹ \"Vì người nghèo\" (tổng trị giá 4.855.000.000 đồng).",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Mỹ Dung" }, { col: "D", title: "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH", name: "Bố Thị Xuân Linh" });
  b.facts = {
    sheet: "Quy VNN 2019",
    headerRows: "9 (column-number row 10: \"A, B, 1, 2, 3 = 2/1, 4, 5\")",
    nameColumn: "B (Đơn vị)",
    target: "column C (Kế hoạch năm 2019, in tỷ đồng: 2,2 means 2.200.000.000 đồng)",
    actualColumns: "D|E (Kết quả vận động in đồng, with its rate: a ROUND that scales C by 10^9)",
    ignoreColumns: "A (TT), F (houses built or repaired: no target), G (Ghi chú)",
    totalRows: "12 (II. Cấp huyện: SUM of rows 13-22; judged against its own SUM of plans, 7,3), 23 (Tổng cộng = I + II; judged)",
    otherRows: "10 (column numbers), 11 (I. Cấp tỉnh: a unit of its own, judged), notes and signature",
    asOf: "2019-12-20",
    period: "2019",
    notes: "The plan is in tỷ đồng and the result in đồng: 5.299.856.928 đồng against 2,2 tỷ is 240,9%, not a shortfall. Read on 20/12 with the year running to 31/12: Phú Quý's 92,6% is pending; everyone else has passed the plan already. The page: 14.714.669.968 of 9,5 tỷ = 154,9%; the province's level 5.299.856.928 of 2,2 tỷ = 240,9%; the districts' 9.414.813.040 of 7,3 tỷ = 128,97%; 85 houses for 4.855.000.000 đồng.",
  };
  return b;
}
