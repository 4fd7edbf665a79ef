// Layout 230: a city health centre's six-month immunisation table by ward (TTYT TP Hải Dương, 6 tháng đầu năm 2020: diphtheria-containing vaccine at 48,6%, 1,4 points under the target), two vaccine groups as column blocks, two target rows under the header (the year's ≥ 95% and the half-year's ≥ 50% of the year's plan), rates over the year's planned children: formulas in percent format for one group, typed fractions and one text rate for the other, a SUM row whose rate shows 48,6%.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tiêm chủng mở rộng 6 tháng đầu năm 2020 theo phường, Trung tâm Y tế thành phố Hải Dương");
  const s = b.sheet("TCMR 6T 2020");
  s.cols([5, 22, 11, 11, 11, 11, 11, 11, 30]);
  titleBlock(s, {
    left: ["SỞ Y TẾ HẢI DƯƠNG", "TRUNG TÂM Y TẾ TP HẢI DƯƠNG"],
    number: "Biểu 01/TCMR",
    date: "Hải Dương, ngày 10 tháng 7 năm 2020",
    title: ["KẾT QUẢ TIÊM CHỦNG MỞ RỘNG 6 THÁNG ĐẦU NĂM 2020", "Các phường khu vực nội thành"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Phường", head);
  s.merge("C8:E8", "Trẻ dưới 1 tuổi tiêm chủng đầy đủ", head).merge("F8:H8", "Vắc xin có thành phần bạch hầu (DPT4, trẻ 18 tháng)", head);
  s.row("C9", ["KH năm (trẻ)", "Số trẻ đã tiêm", "Tỷ lệ so KH năm", "KH năm (trẻ)", "Số trẻ đã tiêm", "Tỷ lệ so KH năm"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu năm 2020", "", "", "≥ 95%", "", "", "≥ 95%", "Theo Kế hoạch TCMR năm 2020"], { ...bd, italic: true });
  s.row("A11", ["", "Chỉ tiêu 6 tháng đầu năm", "", "", "≥ 50%", "", "", "≥ 50%", "50% kế hoạch năm"], { ...bd, italic: true, bold: true });
  // [phường, KH1, TH1, KH2, TH2, rate2 override, ghi chú]
  type R = [string, number, number, number, number, CellInput | undefined, string];
  const rows: R[] = [
    ["Trần Phú", 180, 97, 175, 84, undefined, ""],
    ["Trần Hưng Đạo", 150, 74, 148, 70, undefined, "Tạm dừng tiêm tháng 3-4 (Covid-19)"],
    ["Quang Trung", 210, 108, 205, 102, undefined, ""],
    ["Phạm Ngũ Lão", 240, 121, 236, 113, undefined, ""],
    ["Nguyễn Trãi", 170, 83, 168, 80, undefined, ""],
    ["Lê Thanh Nghị", 260, 131, 255, 126, undefined, ""],
    ["Hải Tân", 230, 118, 226, 108, undefined, ""],
    ["Thanh Bình", 220, 109, 214, 107, undefined, ""],
    ["Tân Bình", 250, 126, 246, 114, undefined, "Thiếu vắc xin DPT tháng 5"],
    ["Bình Hàn", 280, 140, 274, 131, undefined, ""],
    ["Ngọc Châu", 300, 152, 296, 152, "51,35%", "Trạm tự tính tỷ lệ"],
    ["Cẩm Thượng", 190, 96, 187, 90, undefined, ""],
  ];
  const vi = (n: number, d = 2) => n.toFixed(d).replace(".", ",");
  const verdict = (done: number, plan: number): [Status, string] => {
    const p = Math.round((done / plan) * 10000) / 100;
    if (done * 2 > plan) return ["exceeded", `${done}/${plan} = ${vi(p)}% of the year's plan, past the half-year's 50%`];
    if (done * 2 === plan) return ["met", `${done}/${plan} = 50% exactly`];
    return ["not_met", `${done}/${plan} = ${vi(p)}%, under the half-year's 50% (the six months are over)`];
  };
  rows.forEach(([ph, k1, t1, k2, t2, r2, note], i) => {
    const r = 12 + i;
    const rate2: CellInput = r2 ?? { v: Math.round((t2 / k2) * 10000) / 10000, pct: true, fmt: "0.0%" };
    s.row(`A${r}`, [i + 1, ph, k1, t1, { v: `=D${r}/C${r}`, pct: true, fmt: "0.0%", result: t1 / k1 }, k2, t2, rate2, note], bd);
    s.set(`B${r}`, ph, { border: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    const v1 = verdict(t1, k1);
    const v2 = verdict(t2, k2);
    s.expect(`E${r}`, { indicator: `${ph} · Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ`, target: "≥ 50% (Chỉ tiêu 6 tháng đầu năm, row 11)", status: v1[0], why: v1[1] });
    s.expect(`H${r}`, { indicator: `${ph} · Tỷ lệ tiêm vắc xin có thành phần bạch hầu`, target: "≥ 50% (Chỉ tiêu 6 tháng đầu năm, row 11)", status: v2[0], why: v2[1] });
  });
  const first = 12;
  const last = 12 + rows.length - 1;
  const t = last + 1;
  const K1 = rows.reduce((a, x) => a + x[1], 0), T1 = rows.reduce((a, x) => a + x[2], 0), K2 = rows.reduce((a, x) => a + x[3], 0), T2 = rows.reduce((a, x) => a + x[4], 0);
  s.row(`A${t}`, ["", "Cộng", { v: `=SUM(C${first}:C${last})`, result: K1 }, { v: `=SUM(D${first}:D${last})`, result: T1 }, { v: `=D${t}/C${t}`, pct: true, fmt: "0.0%", result: T1 / K1 }, { v: `=SUM(F${first}:F${last})`, result: K2 }, { v: `=SUM(G${first}:G${last})`, result: T2 }, { v: `=G${t}/F${t}`, pct: true, fmt: "0.0%", result: T2 / K2 }, "Thấp hơn chỉ tiêu 6 tháng 1,4%"], { ...bd, bold: true });
  const c1 = verdict(T1, K1);
  const c2 = verdict(T2, K2);
  s.expect(`E${t}`, { indicator: "Cộng · Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ", target: "≥ 50% (Chỉ tiêu 6 tháng đầu năm, row 11)", status: c1[0], why: c1[1] });
  s.expect(`H${t}`, { indicator: "Cộng · Tỷ lệ tiêm vắc xin có thành phần bạch hầu", target: "≥ 50% (Chỉ tiêu 6 tháng đầu năm, row 11)", status: c2[0], why: `${c2[1]}; shown 48,6%` });
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính so với số trẻ trong kế hoạch năm 2020; chỉ tiêu 6 tháng bằng 50% kế hoạch năm.",
    "- Tháng 3, 4/2020 tạm dừng một số buổi tiêm chủng do dịch Covid-19.",
  ]);
  signature(s, t + 6, { col: "B", title: "KHOA KIỂM SOÁT BỆNH TẬT", name: "Vũ Thị Hương" }, { col: "F", title: "GIÁM ĐỐC", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "TCMR 6T 2020",
    headerRows: "8-9 (two vaccine blocks of three columns)",
    nameColumn: "B (Phường)",
    target: "row 11 (Chỉ tiêu 6 tháng đầu năm: ≥ 50% in E and H); row 10 (the year's ≥ 95%) does not apply to a six-month table",
    actualColumns: "E (formula, percent format), H (typed fractions in percent format; one text \"51,35%\")",
    ignoreColumns: "A (TT), C-D and F-G (planned and vaccinated children behind the rates), I (Ghi chú)",
    totalRows: `${t} (Cộng: SUM, judged)`,
    targetRows: "10 (Chỉ tiêu năm 2020: not this period), 11 (Chỉ tiêu 6 tháng đầu năm)",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2020-07-10",
    period: "6 tháng đầu năm 2020",
    rollUps: [s.rollUp(" · Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ", "phường"), s.rollUp(" · Tỷ lệ tiêm vắc xin có thành phần bạch hầu", "phường")],
    notes: "Two target rows; the table is the first six months, so row 11's ≥ 50% applies, not the year's 95% (against which every figure would fail). The half-year is over: short is not met. Rates are over the year's planned children (140/280 = 50% met; 107/214 = 50% met); the total's 1.277/2.630 = 48,56% shows 48,6% and is not met, as the note says. One ward typed its rate as text.",
  };
  return b;
}
