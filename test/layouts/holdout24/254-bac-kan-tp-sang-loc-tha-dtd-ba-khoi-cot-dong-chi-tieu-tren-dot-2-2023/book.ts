// Layout 254: a city health centre's screening campaign table (TP Bắc Kạn, đợt 2, 25/5-2/6/2023, reported 9/6/2023): wards and communes as rows, three indicators as blocks of Đối tượng / Thực hiện / Tỷ lệ columns, the targets in a row above the units under each rate, the city total judged; screening and confirmation are over, management still counting.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Khám sàng lọc tăng huyết áp, đái tháo đường đợt 2 năm 2023 theo xã, phường, thành phố Bắc Kạn");
  const s = b.sheet("Sang loc dot 2");
  s.cols([5, 24, 10, 10, 9, 10, 10, 9, 10, 10, 9]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ BẮC KẠN", "TRUNG TÂM Y TẾ THÀNH PHỐ"],
    number: "Biểu kèm Báo cáo số 215/BC-TTYT",
    date: "Bắc Kạn, ngày 09 tháng 6 năm 2023",
    title: ["KẾT QUẢ KHÁM SÀNG LỌC PHÁT HIỆN TĂNG HUYẾT ÁP, ĐÁI THÁO ĐƯỜNG ĐỢT 2 NĂM 2023", "(Từ ngày 25/5 đến ngày 02/6/2023, người dân từ 40 tuổi trở lên)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, phường", head);
  s.merge("C8:E8", "Đo huyết áp, sàng lọc ĐTĐ bằng phiếu", head);
  s.merge("F8:H8", "Người nghi ngờ THA, nguy cơ cao ĐTĐ được khám xác định tại TYT", head);
  s.merge("I8:K8", "Người bệnh được đưa vào quản lý điều trị (đến 09/6)", head);
  s.row("C9", ["Số người ≥ 40 tuổi", "Thực hiện", "Tỷ lệ %", "Số nghi ngờ", "Được khám", "Tỷ lệ %", "Số phát hiện", "Quản lý", "Tỷ lệ %"], head);
  s.row("A10", ["", "Chỉ tiêu (KH số 48/KH-TTYT)", "", "", "Trên 80%", "", "", "Ít nhất 80%", "", "", "80%"], { border: true, align: "center", bold: true, italic: true });
  // [unit, pop, measured, suspected, examined, found, managed]
  const units: [string, number, number, number, number, number, number][] = [
    ["Phường Sông Cầu", 3120, 2640, 412, 356, 198, 150],
    ["Phường Đức Xuân", 3480, 2850, 455, 371, 210, 171],
    ["Phường Phùng Chí Kiên", 2960, 2330, 380, 290, 160, 118],
    ["Phường Nguyễn Thị Minh Khai", 2410, 2000, 301, 252, 122, 101],
    ["Phường Huyền Tụng", 2050, 1650, 228, 185, 90, 72],
    ["Phường Xuất Hóa", 1230, 1010, 140, 118, 61, 50],
    ["Xã Dương Quang", 1640, 1360, 175, 131, 70, 49],
    ["Xã Nông Thượng", 1380, 1090, 150, 122, 58, 47],
  ];
  const rate = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
  const vi = (x: number) => x.toFixed(1).replace(".", ",");
  const judge = (row: number, unit: string, vals: number[]) => {
    const [pop, meas, sus, exa, fnd, man] = vals;
    const r1 = rate(meas, pop), r2 = rate(exa, sus), r3 = rate(man, fnd);
    const v1: Status = r1 > 80 ? "met" : "not_met"; // "Trên 80%" is strict: passing it is met, never exceeded (the corpus convention)
    const v2: Status = r2 > 80 ? "exceeded" : r2 === 80 ? "met" : "not_met";
    const v3: Status = r3 > 80 ? "exceeded" : r3 === 80 ? "met" : "pending";
    s.expect(`E${row}`, { indicator: `Đo huyết áp, sàng lọc ĐTĐ người ≥ 40 tuổi · ${unit}`, target: "Trên 80% (row 10)", status: v1, why: v1 === "met" ? `${vi(r1)}% screened, above the strict "trên 80%" (met, not exceeded); the campaign ended on 2/6, so the figure is final` : `${vi(r1)}% screened, not above 80%; the campaign ended on 2/6, so the figure is final` });
    s.expect(`H${row}`, { indicator: `Người nghi ngờ được khám xác định tại TYT · ${unit}`, target: "Ít nhất 80% (row 10)", status: v2, why: `${vi(r2)}% of the suspected cases examined, final with the campaign` });
    s.expect(`K${row}`, { indicator: `Người bệnh được đưa vào quản lý điều trị · ${unit}`, target: "80% (row 10)", status: v3, why: v3 === "pending" ? `${vi(r3)}% by 9/6; enrolment into management continues after the campaign (heading: "đến 09/6")` : `${vi(r3)}% already under management, the count only grows` });
  };
  units.forEach(([name, ...vals], i) => {
    const r = 11 + i;
    const [pop, meas, sus, exa, fnd, man] = vals;
    s.row(`A${r}`, [String(i + 1), name, pop, meas, { v: `=ROUND(D${r}/C${r}*100,1)`, fmt: "0.0", result: rate(meas, pop) }, sus, exa, { v: `=ROUND(G${r}/F${r}*100,1)`, fmt: "0.0", result: rate(exa, sus) }, fnd, man, { v: `=ROUND(J${r}/I${r}*100,1)`, fmt: "0.0", result: rate(man, fnd) }], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    judge(r, name, vals);
  });
  const tot = [0, 1, 2, 3, 4, 5].map((k) => units.reduce((a, u) => a + (u[k + 1] as number), 0));
  s.row("A19", ["", "Toàn thành phố", { v: "=SUM(C11:C18)", result: tot[0] }, { v: "=SUM(D11:D18)", result: tot[1] }, { v: "=ROUND(D19/C19*100,1)", fmt: "0.0", result: rate(tot[1], tot[0]) }, { v: "=SUM(F11:F18)", result: tot[2] }, { v: "=SUM(G11:G18)", result: tot[3] }, { v: "=ROUND(G19/F19*100,1)", fmt: "0.0", result: rate(tot[3], tot[2]) }, { v: "=SUM(I11:I18)", result: tot[4] }, { v: "=SUM(J11:J18)", result: tot[5] }, { v: "=ROUND(J19/I19*100,1)", fmt: "0.0", result: rate(tot[5], tot[4]) }], { border: true, align: "center", bold: true });
  judge(19, "Toàn thành phố", tot);
  notes(s, 21, "B", [
    "Ghi chú:",
    "- Tỷ lệ ghi theo thang 0-100.",
    "- Số người bệnh được đưa vào quản lý tiếp tục cập nhật đến hết ngày 30/6/2023.",
  ]);
  signature(s, 25, { col: "B", title: "KHOA KIỂM SOÁT BỆNH TẬT", name: "Hà Thị Thu Huyền" }, { col: "H", title: "GIÁM ĐỐC", name: "Nông Văn Thắng" });
  b.facts = {
    sheet: "Sang loc dot 2",
    headerRows: "8-9 (three indicator blocks over Đối tượng / Thực hiện / Tỷ lệ %)",
    nameColumn: "B (Xã, phường)",
    target: "row 10 (Chỉ tiêu: \"Trên 80%\" under E, \"Ít nhất 80%\" under H, \"80%\" under K)",
    actualColumns: "E, H, K (rates on the 0-100 scale, ROUND formulas)",
    ignoreColumns: "A (TT), C-D, F-G, I-J (counts: denominators and numerators of the rates)",
    totalRows: "19 (Toàn thành phố: SUMs and rates, judged against the same targets)",
    targetRows: "10 (Chỉ tiêu)",
    otherRows: "notes 21-23; signature from 25",
    asOf: "2023-06-09",
    period: "2023 (đợt 2)",
    notes: "Three indicators side by side, each a block of three columns; the targets sit in row 10 under each rate. Screening and confirmation ended with the campaign on 2/6: short is not met. Management is counted \"đến 09/6\" and keeps being updated to 30/6 (note): short is pending, at or past 80% met or exceeded.",
  };
  return b;
}
