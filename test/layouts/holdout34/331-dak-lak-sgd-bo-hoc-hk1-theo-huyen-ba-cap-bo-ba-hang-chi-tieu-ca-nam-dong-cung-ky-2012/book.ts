// Layout 331: a province education department's term-one dropout return by district for three levels (Sở GD&ĐT Đắk Lắk, term I of 2011-2012, reported 16 January 2012): districts as rows; under each level's merged head a triple (pupils at the start of the year, dropouts in term I, ROUND rate in percent points); a target row whose three merged cells cap the whole school year's rate ("Không quá 0,2%", "Dưới 1%", "Dưới 1,5%"); a province SUM row; a signed change-on-last-year line that is not a result.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình học sinh bỏ học học kỳ I năm học 2011-2012 theo huyện, thị xã, thành phố, Sở GD&ĐT Đắk Lắk");
  const s = b.sheet("Bo hoc HKI");
  s.cols([5, 24, 10, 9, 9, 10, 9, 9, 10, 9, 9, 18]);
  const top = titleBlock(s, {
    left: ["UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu số 02/BH",
    date: "Buôn Ma Thuột, ngày 16 tháng 01 năm 2012",
    title: ["TÌNH HÌNH HỌC SINH BỎ HỌC HỌC KỲ I NĂM HỌC 2011-2012", "(Tính từ đầu năm học đến hết học kỳ I)"],
    leftSpan: ["A", "D"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  const h1 = top;
  const h2 = top + 1;
  s.merge(`A${h1}:A${h2}`, "TT", h);
  s.merge(`B${h1}:B${h2}`, "Đơn vị", h);
  s.merge(`C${h1}:E${h1}`, "Tiểu học", h);
  s.merge(`F${h1}:H${h1}`, "Trung học cơ sở", h);
  s.merge(`I${h1}:K${h1}`, "Trung học phổ thông", h);
  s.merge(`L${h1}:L${h2}`, "Ghi chú", h);
  const sub = ["Tổng số HS đầu năm", "Số HS bỏ học HK I", "Tỷ lệ (%)"];
  s.row(`C${h2}`, [...sub, ...sub, ...sub], h);
  const tr = h2 + 1;
  s.merge(`A${tr}:B${tr}`, "Chỉ tiêu tỷ lệ bỏ học cả năm học 2011-2012", { bold: true, italic: true, border: true, wrap: true });
  s.merge(`C${tr}:E${tr}`, "Không quá 0,2%", { bold: true, italic: true, border: true, align: "center" });
  s.merge(`F${tr}:H${tr}`, "Dưới 1%", { bold: true, italic: true, border: true, align: "center" });
  s.merge(`I${tr}:K${tr}`, "Dưới 1,5%", { bold: true, italic: true, border: true, align: "center" });
  s.set(`L${tr}`, "", { border: true });
  // name, [start, dropouts] × TH, THCS, THPT, note
  type D = [string, number, number, number, number, number, number, string];
  const ds: D[] = [
    ["TP Buôn Ma Thuột", 24500, 6, 17800, 21, 11200, 9, ""],
    ["TX Buôn Hồ", 8200, 5, 5900, 18, 3300, 8, ""],
    ["Huyện Ea H'leo", 12400, 22, 8300, 52, 3700, 18, ""],
    ["Huyện Ea Súp", 7600, 19, 4700, 47, 1900, 12, "Chủ yếu HS dân tộc thiểu số"],
    ["Huyện Buôn Đôn", 7300, 14, 4900, 38, 2100, 11, ""],
    ["Huyện Cư M'gar", 15600, 12, 10800, 41, 5100, 16, ""],
    ["Huyện Krông Búk", 5500, 4, 3800, 17, 1700, 6, ""],
    ["Huyện Krông Năng", 10000, 20, 7000, 36, 3200, 13, ""],
    ["Huyện Ea Kar", 13600, 9, 9400, 40, 4600, 20, ""],
    ["Huyện M'Đrắk", 7000, 26, 4400, 55, 1800, 29, "Gia đình khó khăn, đi làm ăn xa"],
    ["Huyện Krông Bông", 8100, 24, 5300, 48, 2200, 17, ""],
    ["Huyện Krông Pắc", 17200, 10, 12100, 39, 5800, 14, ""],
    ["Huyện Krông Ana", 7700, 5, 5400, 19, 2600, 7, ""],
    ["Huyện Lắk", 6400, 21, 4000, 38, 1500, 15, ""],
    ["Huyện Cư Kuin", 10700, 19, 7300, 40, 2900, 15, ""],
  ];
  const levels: Array<[string, string, string, string, number, boolean]> = [
    // label, start col, drop col, rate col, cap, strict
    ["Tiểu học", "C", "D", "E", 0.2, false],
    ["THCS", "F", "G", "H", 1, true],
    ["THPT", "I", "J", "K", 1.5, true],
  ];
  const capText = (cap: number, strict: boolean) => `${strict ? "Dưới" : "Không quá"} ${String(cap).replace(".", ",")}% cả năm học (dòng Chỉ tiêu)`;
  const judge = (name: string, r: number, lv: (typeof levels)[number], start: number, drop: number) => {
    const [label, , dc, rc, cap, strict] = lv;
    const rate = Math.round((drop / start) * 10000) / 100;
    const broken = strict ? rate >= cap : rate > cap;
    const st: Status = broken ? "not_met" : "pending";
    const shown = rate.toFixed(2).replace(".", ",");
    s.expect(`${dc}${r}|${rc}${r}`, {
      indicator: `Tỷ lệ học sinh bỏ học ${label} · ${name}`,
      target: capText(cap, strict),
      status: st,
      why: broken
        ? `${drop}/${start} = ${shown}% after term I is already ${strict ? "not under" : "over"} the year's cap; dropouts are not undone`
        : `${drop}/${start} = ${shown}% after term I, ${strict ? "under" : "within"} the year's cap so far; the year ends in May 2012`,
    });
  };
  let r = tr + 1;
  const first = r;
  for (const [i, [name, a, ad, c, cd, p, pd, note]] of ds.entries()) {
    const rate = (x: number, y: number, col0: string, col1: string): CellInput => ({ v: `=ROUND(${col1}${r}/${col0}${r}*100,2)`, result: Math.round((y / x) * 10000) / 100, fmt: "0.00" });
    s.row(`A${r}`, [String(i + 1), name, { v: a, fmt: "#,##0" }, ad, rate(a, ad, "C", "D"), { v: c, fmt: "#,##0" }, cd, rate(c, cd, "F", "G"), { v: p, fmt: "#,##0" }, pd, rate(p, pd, "I", "J"), note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, wrap: true, italic: true });
    judge(name, r, levels[0], a, ad);
    judge(name, r, levels[1], c, cd);
    judge(name, r, levels[2], p, pd);
    r++;
  }
  const last = r - 1;
  const tot = (i: number) => ds.reduce((acc, d) => acc + (d[i] as number), 0);
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v, fmt: "#,##0" });
  const trate = (c0: string, c1: string, x: number, y: number): CellInput => ({ v: `=ROUND(${c1}${r}/${c0}${r}*100,2)`, result: Math.round((y / x) * 10000) / 100, fmt: "0.00" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", tot(1)), sum("D", tot(2)), trate("C", "D", tot(1), tot(2)), sum("F", tot(3)), sum("G", tot(4)), trate("F", "G", tot(3), tot(4)), sum("I", tot(5)), sum("J", tot(6)), trate("I", "J", tot(5), tot(6)), "975 HS"], { border: true, bold: true, align: "center" });
  judge("Toàn tỉnh", r, levels[0], tot(1), tot(2));
  judge("Toàn tỉnh", r, levels[1], tot(3), tot(4));
  judge("Toàn tỉnh", r, levels[2], tot(5), tot(6));
  const total = r;
  r++;
  s.row(`A${r}`, ["", "Tăng (+), giảm (-) so với HK I năm học 2010-2011", "", "", "-0,05", "", "", "+0,02", "", "", "-0,56", "Tỷ lệ %"], { border: true, italic: true, align: "center" });
  s.set(`B${r}`, "Tăng (+), giảm (-) so với HK I năm học 2010-2011", { border: true, italic: true, wrap: true });
  const change = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu tỷ lệ bỏ học tính cho cả năm học 2011-2012 (theo Kế hoạch năm học của Sở), tính trên tổng số học sinh đầu năm.",
    "- Nguyên nhân chủ yếu: kinh tế gia đình khó khăn, học lực yếu, đi làm ăn xa cùng gia đình.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Phạm Thị Thu" }, { col: "H", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Hữu Lâm" });
  b.facts = {
    sheet: "Bo hoc HKI",
    headerRows: `${h1}-${h2} (merged level heads over Tổng số HS đầu năm / Số HS bỏ học HK I / Tỷ lệ (%))`,
    nameColumn: "B (Đơn vị)",
    target: `row ${tr} (Chỉ tiêu tỷ lệ bỏ học cả năm học 2011-2012), one merged cap per level: Không quá 0,2% (Tiểu học), Dưới 1% (THCS), Dưới 1,5% (THPT)`,
    actualColumns: "D, G, J (dropouts in term I) with E, H, K (ROUND rate, percent points)",
    ignoreColumns: "A (TT), C, F, I (pupils at the start: the base), L (Ghi chú)",
    totalRows: `${total} (Toàn tỉnh: SUM, judged against the same caps)`,
    targetRows: String(tr),
    otherRows: `${change} (change on last year's term I in percent points: not a result), notes and signature`,
    asOf: "2012-01-16",
    period: "2011-2012",
    notes: "The caps are for the whole school year, read after term I. Dropouts only accumulate, so a rate already over an inclusive cap (\"Không quá\") or not under a strict one (\"Dưới\") is not met; a rate inside the cap is pending until May 2012. Ea Súp THCS is exactly 1,00% against \"Dưới 1%\" (not met); Krông Năng Tiểu học exactly 0,20% against \"Không quá 0,2%\" (pending); Lắk THPT 1,00% is under 1,5% (pending).",
  };
  return b;
}
