// Layout 302: a province's measles catch-up vaccination by district, read mid-campaign (Trung tâm Y tế dự phòng tỉnh Bình Dương, 23/4/2014): a requirement row "≥ 95%" under the header with the window's end in the title, two doses each as "Đối tượng / Đã tiêm / Tỷ lệ", the month's routine doses in two columns beside them with no target, a province SUM row; the window runs to 30/4, so short is pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ tiêm vét vắc xin sởi theo huyện, thị xã, thành phố đến ngày 23/4/2014, tỉnh Bình Dương");
  const s = b.sheet("Tiem vet soi T4");
  s.cols([5, 20, 10, 10, 9, 10, 10, 9, 11, 11, 22]);
  titleBlock(s, {
    left: ["SỞ Y TẾ BÌNH DƯƠNG", "TRUNG TÂM Y TẾ DỰ PHÒNG"],
    date: "Thủ Dầu Một, ngày 24 tháng 4 năm 2014",
    title: ["TIẾN ĐỘ TIÊM VÉT VẮC XIN SỞI CHO TRẺ CÒN SÓT", "(Thời gian tiêm vét: từ ngày 01/4/2014 đến hết ngày 30/4/2014; số liệu đến ngày 23/4/2014)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Huyện, thị xã, thành phố", head);
  s.merge("C8:E8", "Tiêm vét sởi mũi 1", head);
  s.merge("F8:H8", "Tiêm vét sởi mũi 2", head);
  s.row("C9", ["Đối tượng còn sót", "Đã tiêm", "Tỷ lệ (%)", "Đối tượng còn sót", "Đã tiêm", "Tỷ lệ (%)"], head);
  s.merge("I8:J8", "Tiêm thường xuyên tháng 3/2014", head);
  s.row("I9", ["Sởi mũi 1", "Sởi mũi 2"], head);
  s.merge("K8:K9", "Ghi chú", head);
  s.row("A10", ["", "Yêu cầu", "", "", "≥ 95", "", "", "≥ 95", "", "", "Hoàn thành trước 30/4/2014"], { border: true, italic: true, align: "center" });
  // district, dose-1 due/done, dose-2 due/done, March routine 1/2, note
  type U = [string, number, number, number, number, number, number, string];
  const units: U[] = [
    ["TP. Thủ Dầu Một", 1020, 880, 1100, 930, 1180, 1215, ""],
    ["TX. Thuận An", 1310, 1080, 1420, 1160, 1650, 1702, "Nhiều trẻ di biến động theo cha mẹ"],
    ["TX. Dĩ An", 1405, 1160, 1510, 1240, 1720, 1768, "Nhiều trẻ di biến động theo cha mẹ"],
    ["TX. Bến Cát", 720, 612, 760, 650, 905, 930, ""],
    ["TX. Tân Uyên", 690, 590, 740, 616, 830, 860, ""],
    ["H. Bàu Bàng", 310, 296, 350, 333, 360, 372, ""],
    ["H. Bắc Tân Uyên", 330, 254, 355, 262, 380, 390, "Huyện mới thành lập, đang kiện toàn trạm y tế"],
    ["H. Dầu Tiếng", 480, 410, 520, 470, 621, 672, ""],
    ["H. Phú Giáo", 403, 380, 400, 380, 480, 488, ""],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p2 = (n: number, d: number) => (Math.round((n / d) * 10000) / 100).toFixed(2).replace(".", ",");
  const rate = (n: string, d: string, a: number, bn: number, bold = false): CellInput => ({ v: `=ROUND(${n}/${d}*100,2)`, result: Math.round((a / bn) * 10000) / 100, fmt: "0.00", border: true, align: "center", bold });
  const verdict = (d: number, n: number): Status => (d * 100 > 95 * n ? "exceeded" : d * 100 === 95 * n ? "met" : "pending");
  const why = (st: Status, d: number, n: number) => st === "pending" ? `${vi(d)} of ${vi(n)} = ${p2(d, n)}% on 23/4; the catch-up runs to 30/4/2014` : st === "met" ? `${vi(d)} of ${vi(n)} = 95,00%: at the requirement` : `${vi(d)} of ${vi(n)} = ${p2(d, n)}%: past 95% already`;
  let r = 11;
  for (const [i, [name, n1, d1, n2, d2, m1, m2, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, n1, d1, rate(`D${r}`, `C${r}`, d1, n1), n2, d2, rate(`G${r}`, `F${r}`, d2, n2), m1, m2, note], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, name, { border: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const a = verdict(d1, n1), c = verdict(d2, n2);
    s.expect(`D${r}|E${r}`, { indicator: `Tiêm vét sởi mũi 1 · ${name}`, target: "≥ 95% đối tượng còn sót, hoàn thành trước 30/4/2014 (row 10, Yêu cầu)", status: a, why: why(a, d1, n1) });
    s.expect(`G${r}|H${r}`, { indicator: `Tiêm vét sởi mũi 2 · ${name}`, target: "≥ 95% đối tượng còn sót, hoàn thành trước 30/4/2014 (row 10, Yêu cầu)", status: c, why: why(c, d2, n2) });
    r++;
  }
  // r = 20: the province
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}11:${c}19)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", S(1)), sum("D", S(2)), rate(`D${r}`, `C${r}`, S(2), S(1), true), sum("F", S(3)), sum("G", S(4)), rate(`G${r}`, `F${r}`, S(4), S(3), true), sum("I", S(5)), sum("J", S(6)), ""], { border: true, bold: true, align: "center" });
  s.expect(`D${r}|E${r}`, { indicator: "Tiêm vét sởi mũi 1 · Toàn tỉnh", target: "≥ 95% đối tượng còn sót, hoàn thành trước 30/4/2014 (row 10, Yêu cầu)", status: "pending", why: why("pending", S(2), S(1)) });
  s.expect(`G${r}|H${r}`, { indicator: "Tiêm vét sởi mũi 2 · Toàn tỉnh", target: "≥ 95% đối tượng còn sót, hoàn thành trước 30/4/2014 (row 10, Yêu cầu)", status: "pending", why: why("pending", S(4), S(3)) });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Đối tượng còn sót: trẻ trong diện tiêm chưa được tiêm sởi mũi 1 (9 tháng tuổi) hoặc mũi 2 (18 tháng tuổi) theo lịch tiêm chủng mở rộng.",
    "- Cột tiêm thường xuyên tháng 3/2014 để tham khảo, không tính vào tiến độ tiêm vét.",
    "- Các đơn vị tiếp tục tiêm vét đến hết ngày 30/4/2014 và báo cáo kết quả trước ngày 05/5/2014.",
  ]);
  signature(s, r + 8, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Lê Thị Cẩm Hồng" }, { col: "H", title: "GIÁM ĐỐC", name: "Nguyễn Văn Hoàng" });
  b.facts = {
    sheet: "Tiem vet soi T4",
    headerRows: "8-9",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "row 10 (Yêu cầu: ≥ 95 in E and H, \"Hoàn thành trước 30/4/2014\" in K; the window 01/4-30/4/2014 in the title)",
    actualColumns: "D|E (mũi 1: Đã tiêm with its rate against C), G|H (mũi 2: Đã tiêm with its rate against F)",
    ignoreColumns: "A (TT), C and F (the denominators), I and J (routine doses in March: no target), K (Ghi chú)",
    totalRows: "20 (Toàn tỉnh: SUM of rows 11-19; judged)",
    targetRows: "10 (Yêu cầu)",
    otherRows: "notes and signature under the table",
    asOf: "2014-04-23",
    period: "01/4/2014-30/4/2014",
    notes: "Read on 23/4 inside a window ending 30/4: below 95% is pending, not not met. Phú Giáo's mũi 2 is exactly 380/400 = 95,00% (met); Bàu Bàng is past 95% on both doses (exceeded). The province: 5.662/6.668 = 84,91% and 6.041/7.155 = 84,43%, as on the page; the March routine doses 8.126 and 8.397 are the page's too and are not judged.",
  };
  return b;
}
