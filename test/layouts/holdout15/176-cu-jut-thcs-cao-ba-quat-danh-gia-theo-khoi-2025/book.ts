// Layout 176: a lower-secondary school's year-end table of pupil ratings by grade against its plan (THCS Cao Bá Quát, Cư Jút, 2024-2025): grades as units under a plan row ("Từ 20% trở lên", "Từ 60% trở lên", "Không quá 2%", "Từ 98% trở lên"), ROUND rates over the grade's roll, a derived "Khá, Tốt" share, a hidden last-year column, the school's SUM row at the bottom, two pupils with disabilities not rated in one grade.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả đánh giá học sinh cuối năm học 2024-2025 theo khối lớp so với chỉ tiêu kế hoạch giáo dục nhà trường, Trường THCS Cao Bá Quát (Cư Jút, Đắk Nông)");
  const s = b.sheet("KQ cuoi nam theo khoi");
  s.cols([5, 14, 10, 8, 9, 8, 9, 11, 8, 9, 10, 9, 11, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN CƯ JÚT", "TRƯỜNG THCS CAO BÁ QUÁT"],
    date: "Đắk Wil, ngày 26 tháng 5 năm 2025",
    title: ["KẾT QUẢ ĐÁNH GIÁ HỌC SINH CUỐI NĂM HỌC 2024-2025 SO VỚI CHỈ TIÊU", "(Kèm theo Báo cáo tổng kết năm học; chỉ tiêu theo Kế hoạch giáo dục nhà trường số 01/KH-THCS CBQ ngày 05/9/2024)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Khối lớp", head).merge("C8:C9", "Tổng số HS", head);
  s.merge("D8:H8", "Kết quả học tập", head).row("D9", ["Tốt (SL)", "Tốt (%)", "Khá (SL)", "Khá (%)", "Khá, Tốt trở lên (%)"], head);
  s.merge("I8:J8", "Kết quả học tập Chưa đạt", head).row("I9", ["SL", "%"], head);
  s.merge("K8:L8", "Rèn luyện Khá, Tốt", head).row("K9", ["SL", "%"], head);
  s.merge("M8:M9", "Khá, Tốt trở lên năm học 2023-2024 (%)", head).merge("N8:N9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu kế hoạch", "", "", "Từ 20% trở lên", "", "", "Từ 60% trở lên", "", "Không quá 2%", "", "Từ 98% trở lên", "", ""], { ...head, bold: false, italic: true });
  s.hideCols("M");
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // [khối, tổng, tốt, khá, chưa đạt, RL khá tốt, năm trước, ghi chú, statuses (Tốt, Khá-Tốt, Chưa đạt, RL) as M/E/N/R]
  type G = [string, number, number, number, number, number, number, string, string];
  const grades: G[] = [
    ["Khối 6", 142, 29, 58, 3, 140, 58.9, "", "EENE"],
    ["Khối 7", 135, 27, 54, 2, 133, 61.2, "", "MMME"],
    ["Khối 8", 128, 24, 55, 0, 125, 63.4, "02 HS khuyết tật học hòa nhập đánh giá theo kế hoạch giáo dục cá nhân, không xếp loại rèn luyện", "NEMN"],
    ["Khối 9", 121, 30, 42, 2, 121, 60.5, "", "ENME"],
  ];
  const code: Record<string, Status> = { M: "met", E: "exceeded", N: "not_met", R: "review" };
  const first = 11;
  const last = first + grades.length - 1;
  const pct = (num: string, r: number, res: number): CellInput => ({ v: `=ROUND(${num}${r}/C${r}*100,2)`, result: res, fmt: "0.00" });
  grades.forEach((g, i) => {
    const r = first + i;
    const [name, n, tot, kha, cd, rl] = g;
    const pT = r2((tot / n) * 100), pK = r2((kha / n) * 100), pC = r2((cd / n) * 100), pR = r2((rl / n) * 100);
    s.row(`A${r}`, [i + 1, name, n, tot, pct("D", r, pT), kha, pct("F", r, pK), { v: `=E${r}+G${r}`, result: r2(pT + pK), fmt: "0.00" }, cd, pct("I", r, pC), rl, pct("K", r, pR), g[6], g[7]], { border: true, align: "center", wrap: true });
    const [sT, sKT, sC, sR] = g[8].split("").map((c) => code[c]);
    s.expect(`E${r}|D${r}`, { indicator: `${name} · Tỷ lệ HS kết quả học tập Tốt`, target: "Từ 20% trở lên", status: sT, why: `${tot}/${n} = ${vi(pT)}${pT === 20 ? ", at the floor" : ""}${name === "Khối 8" ? " (and 24/126 = 19,05 without the two pupils not rated: short either way)" : ""}` });
    s.expect(`H${r}`, { indicator: `${name} · Tỷ lệ HS kết quả học tập Khá, Tốt trở lên`, target: "Từ 60% trở lên", status: sKT, why: `(${tot} + ${kha})/${n} = ${vi(r2(((tot + kha) / n) * 100))}${sKT === "met" ? ", at the floor" : ""}` });
    s.expect(`J${r}|I${r}`, { indicator: `${name} · Tỷ lệ HS kết quả học tập Chưa đạt`, target: "Không quá 2%", status: sC, why: `${cd}/${n} = ${vi(pC)}${sC === "not_met" ? ", above the cap" : ", under the cap"}` });
    s.expect(`L${r}|K${r}`, { indicator: `${name} · Tỷ lệ HS rèn luyện Khá, Tốt`, target: "Từ 98% trở lên", status: sR, why: name === "Khối 8" ? `${rl}/${n} = ${vi(pR)}, short: the notes say rates are over the grade's whole roll ("tỷ lệ tính trên tổng số học sinh của khối"), so the two pupils with disabilities not rated (Ghi chú) stay in it (without them ${rl}/${n - 2} = ${vi(r2((rl / (n - 2)) * 100))}, but the sheet says which roll counts)` : `${rl}/${n} = ${vi(pR)}` });
  });
  const t = last + 1;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: grades.reduce((a, g) => a + (g[{ C: 1, D: 2, F: 3, I: 4, K: 5 }[c as "C"]] as number), 0) });
  const T = { n: 526, tot: 110, kha: 209, cd: 7, rl: 519 };
  s.row(`A${t}`, ["", "Toàn trường", sum("C"), sum("D"), pct("D", t, r2((T.tot / T.n) * 100)), sum("F"), pct("F", t, r2((T.kha / T.n) * 100)), { v: `=E${t}+G${t}`, result: r2(r2((T.tot / T.n) * 100) + r2((T.kha / T.n) * 100)), fmt: "0.00" }, sum("I"), pct("I", t, r2((T.cd / T.n) * 100)), sum("K"), pct("K", t, r2((T.rl / T.n) * 100)), 60.9, ""], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`E${t}|D${t}`, { indicator: "Toàn trường · Tỷ lệ HS kết quả học tập Tốt", target: "Từ 20% trở lên", status: "exceeded", why: `110/526 = ${vi(r2((110 / 526) * 100))}` });
  s.expect(`H${t}`, { indicator: "Toàn trường · Tỷ lệ HS kết quả học tập Khá, Tốt trở lên", target: "Từ 60% trở lên", status: "exceeded", why: `319/526 = ${vi(r2((319 / 526) * 100))}` });
  s.expect(`J${t}|I${t}`, { indicator: "Toàn trường · Tỷ lệ HS kết quả học tập Chưa đạt", target: "Không quá 2%", status: "met", why: `7/526 = ${vi(r2((7 / 526) * 100))}, under the cap` });
  s.expect(`L${t}|K${t}`, { indicator: "Toàn trường · Tỷ lệ HS rèn luyện Khá, Tốt", target: "Từ 98% trở lên", status: "exceeded", why: `519/526 = ${vi(r2((519 / 526) * 100))} (519/524 = 99,05 without the two pupils not rated: above either way)` });
  const rollUps = [" · Tỷ lệ HS kết quả học tập Tốt", " · Tỷ lệ HS kết quả học tập Khá, Tốt trở lên", " · Tỷ lệ HS kết quả học tập Chưa đạt", " · Tỷ lệ HS rèn luyện Khá, Tốt"].map((x) => s.rollUp(x, "khối"));
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Đánh giá theo Thông tư số 22/2021/TT-BGDĐT; tỷ lệ tính trên tổng số học sinh của khối.",
    "- Chỉ tiêu theo Kế hoạch giáo dục nhà trường năm học 2024-2025; học sinh Chưa đạt được rèn luyện, kiểm tra lại trong hè.",
  ]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phan Thị Thu Hà" }, { col: "J", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "KQ cuoi nam theo khoi",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu kế hoạch)",
    nameColumn: "B (Khối lớp)",
    target: "row 10: E \"Từ 20% trở lên\", H \"Từ 60% trở lên\", J \"Không quá 2%\", L \"Từ 98% trở lên\"",
    actualColumns: "E (of D), H (E+G), J (of I), L (of K)",
    ignoreColumns: "C (roll), G (Khá alone, no target), M (hidden: last year), N (Ghi chú)",
    totalRows: `${t} (Toàn trường, SUM at the bottom; judged)`,
    targetRows: "10",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2025-05-26",
    period: "Năm học 2024-2025",
    rollUps,
    notes: "Grades are the units under one plan row. Khối 7 sits at two floors (20,00 and 60,00); Khối 6 over the 2% cap; Khối 8's conduct share is short on the grade's roll, which the notes name as the base of every rate (without its two pupils with disabilities who are not rated it would pass, but the sheet decides); Khá alone has no target.",
  };
  return b;
}
