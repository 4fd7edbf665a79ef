// Layout 207: a commune health station's year-end immunisation table by hamlet (xã Diễn Thịnh, Diễn Châu, Nghệ An, 2019): hamlets as rows, children under one as the plan's denominator, full immunisation and hepatitis-B-within-24-hours as count / IF-ROUND rate pairs, the commune's SUM row and then the district's target row at the bottom, a hidden 2018 column, a hamlet above 100% because children moved in, a hamlet not reported.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tiêm chủng mở rộng năm 2019 theo xóm, Trạm Y tế xã Diễn Thịnh (Diễn Châu, Nghệ An)");
  const s = b.sheet("TCMR theo xom 2019");
  s.cols([5, 16, 14, 12, 11, 12, 11, 12, 30]);
  titleBlock(s, {
    left: ["UBND XÃ DIỄN THỊNH", "TRẠM Y TẾ"],
    date: "Diễn Thịnh, ngày 10 tháng 01 năm 2020",
    title: ["KẾT QUẢ TIÊM CHỦNG MỞ RỘNG NĂM 2019 THEO XÓM", "(Trẻ em dưới 1 tuổi; số liệu từ 01/01/2019 đến 31/12/2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xóm", head).merge("C8:C9", "Số trẻ dưới 1 tuổi (kế hoạch)", head);
  s.merge("D8:E8", "Tiêm chủng đầy đủ", head).row("D9", ["Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("F8:G8", "Tiêm vắc xin viêm gan B sơ sinh trong 24 giờ", head).row("F9", ["Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("H8:H9", "TCĐĐ năm 2018 (%)", head).merge("I8:I9", "Ghi chú", head);
  s.hideCols("H");
  // [xóm, KH, TCĐĐ, VGB24h, 2018, ghi chú]
  type U = [string, number, number | string, number | string, number, string];
  const units: U[] = [
    ["Xóm 1", 40, 38, 33, 96.2, ""],
    ["Xóm 2", 39, 37, 31, 95.1, ""],
    ["Xóm 3", 50, 52, 41, 97.4, "02 trẻ chuyển đến trong năm"],
    ["Xóm 4", 45, 44, 36, 93.8, ""],
    ["Xóm 5", 36, 36, 30, 100, ""],
    ["Xóm 6", 42, "Chưa báo cáo", "Chưa báo cáo", 94.7, "Cộng tác viên xóm nghỉ, chưa nộp sổ"],
    ["Xóm 7", 48, 46, 37, 95.5, ""],
    ["Xóm 8", 33, 32, 27, 97, ""],
  ];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  const rate = (num: string, r: number, v: number | null): CellInput => ({ v: `=IF(ISNUMBER(${num}${r}),ROUND(${num}${r}/C${r}*100,2),"")`, result: v ?? "", fmt: "0.00" });
  const first = 10, last = first + units.length - 1;
  const judge = (name: string, what: string, cell: string, n: number | string, kh: number, floor: number, extra = ""): void => {
    const target = `Từ ${floor}% trở lên (dòng Chỉ tiêu huyện giao)`;
    if (typeof n !== "number") { s.expect(cell, { indicator: `${name} · ${what}`, target, actual: "Chưa báo cáo", status: "no_data", why: "not reported" }); return; }
    const p = r2((n / kh) * 100);
    const st: Status = p > 100 ? "exceeded" : p > floor ? "exceeded" : p === floor ? "met" : "not_met";
    s.expect(cell, { indicator: `${name} · ${what}`, target, status: st, why: `${n}/${kh} = ${vi(p)}${p === floor ? ", at the floor" : ""}${extra}` });
  };
  units.forEach((u, i) => {
    const r = first + i;
    const [name, kh, tc, vgb, y18, note] = u;
    s.row(`A${r}`, [i + 1, name, kh, tc, rate("D", r, typeof tc === "number" ? r2((tc / kh) * 100) : null), vgb, rate("F", r, typeof vgb === "number" ? r2((vgb / kh) * 100) : null), { v: y18, fmt: "0.0" }, note], { border: true, align: "center", wrap: true });
    judge(name, "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", `E${r}|D${r}`, tc, kh, 95, name === "Xóm 3" ? " (above 100: two children moved in after the plan was set; over the 52 children really there it is 100,00, above 95 either way)" : "");
    judge(name, "Tỷ lệ trẻ sơ sinh được tiêm viêm gan B trong 24 giờ", `G${r}|F${r}`, vgb, kh, 80);
  });
  const tot = last + 1, trow = last + 2;
  const khSum = units.reduce((a, u) => a + u[1], 0);
  const tcSum = units.reduce((a, u) => a + (typeof u[2] === "number" ? u[2] : 0), 0);
  const vgSum = units.reduce((a, u) => a + (typeof u[3] === "number" ? u[3] : 0), 0);
  s.row(`A${tot}`, ["", "Toàn xã", { v: `=SUM(C${first}:C${last})`, result: khSum }, { v: `=SUM(D${first}:D${last})`, result: tcSum }, { v: `=ROUND(D${tot}/C${tot}*100,2)`, result: r2((tcSum / khSum) * 100), fmt: "0.00" }, { v: `=SUM(F${first}:F${last})`, result: vgSum }, { v: `=ROUND(F${tot}/C${tot}*100,2)`, result: r2((vgSum / khSum) * 100), fmt: "0.00" }, { v: 96.1, fmt: "0.0" }, "Chưa có số liệu xóm 6"], { border: true, bold: true, align: "center", wrap: true });
  s.row(`A${trow}`, ["", "Chỉ tiêu huyện giao năm 2019", "", "", "Từ 95% trở lên", "", "Từ 80% trở lên", "", "Kế hoạch TCMR năm 2019 của TTYT huyện"], { border: true, italic: true, align: "center", wrap: true });
  const lo = r2((tcSum / khSum) * 100), hi = r2(((tcSum + 42) / khSum) * 100);
  s.expect(`E${tot}|D${tot}`, { indicator: "Toàn xã · Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", target: "Từ 95% trở lên", status: "no_data", why: `${tcSum}/${khSum} = ${vi(lo)} without Xóm 6's 42 children; with them anywhere from ${vi(lo)} to ${vi(hi)}: the commune's rate is not known` });
  s.expect(`G${tot}|F${tot}`, { indicator: "Toàn xã · Tỷ lệ trẻ sơ sinh được tiêm viêm gan B trong 24 giờ", target: "Từ 80% trở lên", status: "no_data", why: `${vgSum}/${khSum} = ${vi(r2((vgSum / khSum) * 100))} without Xóm 6; with it up to ${vi(r2(((vgSum + 42) / khSum) * 100))}: not known` });
  const rollUps = [s.rollUp(" · Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", "xóm"), s.rollUp(" · Tỷ lệ trẻ sơ sinh được tiêm viêm gan B trong 24 giờ", "xóm")];
  notes(s, trow + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính trên số trẻ dưới 1 tuổi theo kế hoạch giao đầu năm; trẻ chuyển đến được tiêm tại trạm vẫn tính vào số trẻ tiêm của xóm.",
    "- Tiêm chủng đầy đủ: trẻ dưới 1 tuổi được tiêm, uống đủ các loại vắc xin theo quy định của Bộ Y tế.",
  ]);
  signature(s, trow + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hồ Thị Thu Hằng" }, { col: "F", title: "TRƯỞNG TRẠM", name: "Cao Xuân Hùng" });
  b.facts = {
    sheet: "TCMR theo xom 2019",
    headerRows: "8-9 (merged groups)",
    nameColumn: "B (Xóm)",
    target: `row ${trow} (Chỉ tiêu huyện giao năm 2019, below the total): E "Từ 95% trở lên", G "Từ 80% trở lên"`,
    actualColumns: "E (IF-ROUND of D over C), G (IF-ROUND of F over C)",
    ignoreColumns: "C (plan denominator), H (hidden: 2018), I (Ghi chú)",
    totalRows: `${tot} (Toàn xã, SUM; judged, but Xóm 6 is missing: no data)`,
    targetRows: `${trow}`,
    otherRows: `notes ${trow + 2}-${trow + 4}; signature from ${trow + 6}`,
    asOf: "2020-01-10",
    period: "2019",
    rollUps,
    notes: "The target row sits at the bottom, under the commune's total. 38/40 = 95,00 at the floor, 37/39 = 94,87 short; Xóm 3 shows 104,00 because two children moved in (above the floor over either denominator); Xóm 6 has not reported, so both of its rates and both of the commune's are unknown.",
  };
  return b;
}
