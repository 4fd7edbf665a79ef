// Layout 231: a district-level town's six-month annex by commune and ward (thị xã Ayun Pa, Gia Lai, 6 tháng đầu năm 2021: 8.871,5 ha sown, 77,64% of the year; revenue 183,24 billion, 67,62% of the estimate): a text cover sheet first, the judged table on the second sheet with two blocks side by side, a crop season already sown (final) and the year's revenue estimate read in June (short pending, past exceeded), a ward with no farmland ("-"), a commune still compiling, SUM totals of which one waits for that commune.
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục kết quả 6 tháng đầu năm 2021 theo xã, phường: diện tích vụ Đông Xuân và thu ngân sách, UBND thị xã Ayun Pa (Gia Lai)");
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  // Sheet 1: a cover, text only.
  const c = b.sheet("Bia");
  c.cols([70]);
  c.set("A1", "UBND THỊ XÃ AYUN PA", { bold: true, align: "center" });
  c.set("A2", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", { bold: true, align: "center" });
  c.set("A5", "CÁC PHỤ LỤC KÈM THEO BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2021", { bold: true, align: "center", wrap: true });
  c.set("A7", "Phụ lục 01: Kết quả theo xã, phường (diện tích gieo trồng vụ Đông Xuân 2020-2021; thu ngân sách nhà nước)", { wrap: true });
  c.set("A8", "Phụ lục 02: Danh mục công trình đầu tư công năm 2021 (gửi kèm file riêng)", { wrap: true });
  c.set("A10", "Số liệu ước thực hiện đến ngày 30/6/2021; báo cáo tại Hội nghị ngày 10/6/2021.", { italic: true, wrap: true });
  // Sheet 2: the table.
  const s = b.sheet("PL01 theo xa phuong");
  s.cols([5, 22, 11, 11, 10, 13, 13, 10, 28]);
  titleBlock(s, {
    left: ["UBND THỊ XÃ AYUN PA", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
    number: "Phụ lục 01",
    date: "Ayun Pa, ngày 10 tháng 6 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2021 THEO XÃ, PHƯỜNG", "(số liệu ước thực hiện đến 30/6/2021)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, phường", head);
  s.merge("C8:E8", "Diện tích gieo trồng vụ Đông Xuân 2020-2021 (ha)", head).merge("F8:H8", "Thu ngân sách nhà nước trên địa bàn (triệu đồng)", head);
  s.row("C9", ["Kế hoạch vụ", "Thực hiện", "% KH", "Dự toán HĐND thị xã giao năm 2021", "Ước thực hiện 6 tháng", "% dự toán"], head);
  s.merge("I8:I9", "Ghi chú", head);
  type N = number | string;
  // [đơn vị, KH ĐX, TH ĐX, dự toán, ước 6 tháng, ghi chú]
  type R = [string, N, N, number, N, string];
  const rows: R[] = [
    ["Phường Cheo Reo", "-", "-", 9800, 5120, "Không có diện tích sản xuất nông nghiệp"],
    ["Phường Hòa Bình", 120, 126, 4200, 4350, "Thu tiền sử dụng đất vượt dự toán"],
    ["Phường Đoàn Kết", 260, 251, 6500, 3010, ""],
    ["Phường Sông Bờ", 310, 310, 3100, 1720, ""],
    ["Xã Ia Rbol", 980, 1002.5, 1450, "Đang tổng hợp", "Chưa đối chiếu với Kho bạc"],
    ["Xã Ia Sao", 1150, 1150, 1300, 1385, ""],
    ["Xã Chư Băh", 870, 842, 980, 410, "Thiếu nước tưới cuối vụ"],
    ["Xã Ia Rtô", 1090, 1105, 1670, 760, ""],
  ];
  const vi = (n: number) => (Math.round(n * 100) / 100).toFixed(2).replace(".", ",");
  const num = (v: N): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? "#,##0" : "0.0" } : v);
  const pct = (a: N, b: N, r: number, na: string, nb: string): CellInput => (typeof a === "number" && typeof b === "number" ? { v: `=ROUND(${na}${r}/${nb}${r}*100,2)`, fmt: "0.00", result: Math.round((a / b) * 10000) / 100 } : "");
  const season = (th: number, kh: number): [Status, string] => (th > kh ? ["exceeded", `${viNumber(th)} ha sown against ${viNumber(kh)} planned: the season's sowing is over`] : th === kh ? ["met", `${viNumber(th)} ha, exactly the plan`] : ["not_met", `${viNumber(th)} ha under the ${viNumber(kh)} planned; the season is over`]);
  const revenue = (th: number, dt: number): [Status, string] => (th > dt ? ["exceeded", `${viNumber(th)} million against the year's ${viNumber(dt)}: already past in June`] : ["pending", `${viNumber(th)} of the year's ${viNumber(dt)} million (${vi((th / dt) * 100)}%) in June: the year is not over`]);
  rows.forEach(([dv, kh, th, dt, u6, note], i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, dv, num(kh), num(th), pct(th, kh, r, "D", "C"), num(dt), num(u6), pct(u6, dt, r, "G", "F"), note], bd);
    s.set(`B${r}`, dv, { border: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    if (typeof kh === "number" && typeof th === "number") {
      const v = season(th, kh);
      s.expect(`D${r}`, { indicator: `${dv} · Diện tích gieo trồng vụ Đông Xuân 2020-2021`, target: `${viNumber(kh)} ha (Kế hoạch vụ)`, status: v[0], why: v[1] });
    }
    if (typeof u6 === "number") {
      const v = revenue(u6, dt);
      s.expect(`G${r}`, { indicator: `${dv} · Thu ngân sách nhà nước trên địa bàn`, target: `${viNumber(dt)} triệu đồng (dự toán năm 2021)`, status: v[0], why: v[1] });
    } else s.expect(`G${r}`, { indicator: `${dv} · Thu ngân sách nhà nước trên địa bàn`, target: `${viNumber(dt)} triệu đồng (dự toán năm 2021)`, status: "no_data", why: "still being compiled" });
  });
  const last = 10 + rows.length - 1;
  const t = last + 1;
  const khS = rows.reduce((a, x) => a + (typeof x[1] === "number" ? x[1] : 0), 0);
  const thS = rows.reduce((a, x) => a + (typeof x[2] === "number" ? x[2] : 0), 0);
  const dtS = rows.reduce((a, x) => a + x[3], 0);
  const u6S = rows.reduce((a, x) => a + (typeof x[4] === "number" ? x[4] : 0), 0);
  s.row(`A${t}`, ["", "Cộng", { v: `=SUM(C10:C${last})`, fmt: "#,##0", result: khS }, { v: `=SUM(D10:D${last})`, fmt: "0.0", result: thS }, { v: `=ROUND(D${t}/C${t}*100,2)`, fmt: "0.00", result: Math.round((thS / khS) * 10000) / 100 }, { v: `=SUM(F10:F${last})`, fmt: "#,##0", result: dtS }, { v: `=SUM(G10:G${last})`, fmt: "#,##0", result: u6S }, { v: `=ROUND(G${t}/F${t}*100,2)`, fmt: "0.00", result: Math.round((u6S / dtS) * 10000) / 100 }, "Thu NS toàn thị xã (kể cả khoản thị xã quản lý): 183,24 tỷ đồng, đạt 67,62% dự toán"], { ...bd, bold: true });
  s.set(`I${t}`, "Thu NS toàn thị xã (kể cả khoản thị xã quản lý): 183,24 tỷ đồng, đạt 67,62% dự toán", { border: true, wrap: true, italic: true });
  const vt = season(thS, khS);
  s.expect(`D${t}`, { indicator: "Cộng · Diện tích gieo trồng vụ Đông Xuân 2020-2021", target: `${viNumber(khS)} ha (Kế hoạch vụ, sum)`, status: vt[0], why: vt[1] });
  s.expect(`G${t}`, { indicator: "Cộng · Thu ngân sách nhà nước trên địa bàn", target: `${viNumber(dtS)} triệu đồng (dự toán năm 2021, sum)`, status: "no_data", why: `the SUM ${viNumber(u6S)} leaves out Ia Rbol, still compiling: the communes' total is not known` });
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Vụ Đông Xuân 2020-2021 đã kết thúc gieo trồng; diện tích là số chính thức.",
    "- Thu ngân sách: ước thực hiện 6 tháng so với dự toán cả năm 2021 HĐND thị xã giao cho từng xã, phường.",
  ]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Hồng Nhung" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Rah Lan Chung" });
  b.facts = {
    sheet: "PL01 theo xa phuong",
    headerRows: "8-9 (two merged blocks)",
    nameColumn: "B (Xã, phường)",
    target: "column C (Kế hoạch vụ) for the season's area in D; column F (Dự toán năm 2021) for the revenue in G",
    actualColumns: "D (Thực hiện, ha), G (Ước thực hiện 6 tháng, million đồng)",
    ignoreColumns: "A (TT), E and H (the town's own percent), I (Ghi chú)",
    totalRows: `${t} (Cộng: SUM of both blocks)`,
    targetRows: "none",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}; the first sheet "Bia" is a text cover`,
    asOf: "2021-06-10",
    period: "6 tháng đầu năm 2021",
    rollUps: [s.rollUp(" · Diện tích gieo trồng vụ Đông Xuân 2020-2021", "xã, phường"), s.rollUp(" · Thu ngân sách nhà nước trên địa bàn", "xã, phường")],
    notes: "The judged table is on the second sheet; the first is a text cover. Two blocks with their own targets: the winter-spring season is over (notes), so its area is final (251 < 260 and 842 < 870 not met, 310 and 1.150 met, above exceeded; the ward with no farmland is not judged); the revenue estimate is the year's, read in June: short is pending, past it (Hòa Bình 4.350 > 4.200, Ia Sao 1.385 > 1.300) exceeded. Ia Rbol is still compiling its revenue: no data, and so is the revenue total that leaves it out. The town-wide revenue in the total's note is not a row.",
  };
  return b;
}
