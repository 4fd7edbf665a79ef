// Layout 85: a province's year-end conference workbook with one statistics sheet per level after a contents sheet (Sơn La, school year 2018-2019): preschool enrolment against each district's planned count plus a five-year-old rate, primary completion and two-session shares, lower-secondary drop-out under a strict "Dưới 1%" and graduation, each sheet with its own target row and province total.
import { Book, type CellInput, type Sheet, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

const DISTRICTS = ["Thành phố Sơn La", "Huyện Quỳnh Nhai", "Huyện Mường La", "Huyện Thuận Châu", "Huyện Bắc Yên", "Huyện Phù Yên", "Huyện Mai Sơn", "Huyện Sông Mã", "Huyện Sốp Cộp", "Huyện Yên Châu", "Huyện Mộc Châu", "Huyện Vân Hồ"];
const vi2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
const r2 = (x: number) => Math.round(x * 100) / 100;
const dot = (n: number) => n.toLocaleString("de-DE");
const head = { bold: true, align: "center" as const, wrap: true, border: true };
const bd = { border: true, align: "center" as const };

function top(s: Sheet, title: string, lastCol: string): void {
  titleBlock(s, {
    left: ["UBND TỈNH SƠN LA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Sơn La, ngày 02 tháng 8 năm 2019",
    title: [title, "Năm học 2018 - 2019"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", lastCol],
    titleSpan: ["A", lastCol],
  });
}

/** Floor on a rate: above is exceeded, equal met, under not met. */
function floor(rate: number, t: number): Status {
  return rate > t ? "exceeded" : rate === t ? "met" : "not_met";
}

export default function book(): Book {
  const b = new Book("Tài liệu hội nghị tổng kết năm học 2018-2019: biểu thống kê theo cấp học, Sở GD&ĐT Sơn La");
  const toc = b.sheet("Danh mục");
  toc.cols([6, 60, 10]);
  toc.merge("A1:C1", "DANH MỤC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO TỔNG KẾT NĂM HỌC 2018-2019", { bold: true, align: "center" });
  toc.row("A3", ["TT", "Nội dung", "Sheet"], head);
  [["Biểu GDMN: Quy mô nhóm, lớp, trẻ mầm non; huy động trẻ 5 tuổi", "Biểu GDMN"], ["Biểu GDTH: Chất lượng giáo dục tiểu học; dạy học 2 buổi/ngày", "Biểu GDTH"], ["Biểu THCS: Học sinh bỏ học; tốt nghiệp THCS", "Biểu THCS"]].forEach((r, i) => toc.row(`A${4 + i}`, [i + 1, { v: r[0], align: "left" }, r[1]], { border: true }));

  // ---- Biểu GDMN
  const mn = b.sheet("Biểu GDMN");
  mn.cols([5, 22, 10, 11, 11, 12, 12, 12, 12, 20]);
  top(mn, "BIỂU THỐNG KÊ GIÁO DỤC MẦM NON", "J");
  mn.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head).merge("C8:C9", "Số nhóm, lớp", head);
  mn.merge("D8:F8", "Số trẻ", head).row("D9", ["Kế hoạch", "Thực hiện", "Tỷ lệ % so với KH"], head);
  mn.merge("G8:I8", "Trẻ 5 tuổi", head).row("G9", ["Trong độ tuổi", "Ra lớp", "Tỷ lệ huy động (%)"], head);
  mn.merge("J8:J9", "Ghi chú", head);
  mn.row("A10", ["", "Chỉ tiêu năm học", "", "", "", "", "", "", "Từ 99,5% trở lên", ""], { bold: true, italic: true, border: true, align: "center" });
  // [groups, children planned, children, 5-year-olds, 5-year-olds enrolled]
  const mnData: Array<[number, number, number, number, number]> = [
    [262, 7800, 7910, 1850, 1850], [148, 3900, 3850, 1020, 1016], [300, 8200, 8200, 2300, 2288], [515, 14500, 14380, 3900, 3881],
    [182, 4700, 4760, 1200, 1194], [330, 9200, 9350, 2400, 2400], [480, 14100, 14100, 3500, 3486], [416, 12400, 12150, 3300, 3270],
    [150, 4000, 4020, 1100, 1090], [221, 6300, 6310, 1600, 1595], [332, 9800, 9795, 2600, 2594], [198, 5600, 5480, 1500, 1485],
  ];
  mnData.forEach((d, i) => {
    const r = 11 + i;
    mn.row(`A${r}`, [i + 1, { v: DISTRICTS[i], align: "left" }, d[0], { v: d[1], fmt: "#,##0" }, { v: d[2], fmt: "#,##0" }, { v: `=ROUND(E${r}/D${r}*100,1)`, fmt: "0.0" }, { v: d[3], fmt: "#,##0" }, { v: d[4], fmt: "#,##0" }, { v: `=ROUND(H${r}/G${r}*100,2)`, fmt: "0.00" }, ""], bd);
    const sc: Status = d[2] > d[1] ? "exceeded" : d[2] === d[1] ? "met" : "not_met";
    mn.expect(`E${r}`, { indicator: `${DISTRICTS[i]} · Số trẻ mầm non`, target: `${dot(d[1])} trẻ (Kế hoạch, cột D)`, actual: dot(d[2]), status: sc, why: `${dot(d[2])} ${sc === "exceeded" ? ">" : sc === "met" ? "=" : "<"} ${dot(d[1])} planned (the "% so với KH" column is derived, not a target)` });
    const rate = r2((d[4] / d[3]) * 100);
    const s5 = floor(rate, 99.5);
    mn.expect(`I${r}|H${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ huy động trẻ 5 tuổi ra lớp`, target: "Từ 99,5% trở lên (dòng 10)", actual: `${dot(d[4])}/${dot(d[3])} (${vi2(rate)})`, status: s5, why: `${vi2(rate)} ${s5 === "exceeded" ? "> 99,5" : s5 === "met" ? "= 99,5 (inclusive)" : "< 99,5"}` });
  });
  mn.row("A23", ["", "Toàn tỉnh", "=SUM(C11:C22)", { v: "=SUM(D11:D22)", fmt: "#,##0" }, { v: "=SUM(E11:E22)", fmt: "#,##0" }, { v: "=ROUND(E23/D23*100,1)", fmt: "0.0" }, { v: "=SUM(G11:G22)", fmt: "#,##0" }, { v: "=SUM(H11:H22)", fmt: "#,##0" }, { v: "=ROUND(H23/G23*100,2)", fmt: "0.00" }, ""], { ...bd, bold: true });

  // ---- Biểu GDTH
  const th = b.sheet("Biểu GDTH");
  th.cols([5, 22, 11, 13, 11, 10, 12, 11, 22]);
  top(th, "BIỂU THỐNG KÊ GIÁO DỤC TIỂU HỌC", "I");
  th.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head).merge("C8:C9", "Số học sinh cuối năm", head);
  th.merge("D8:E8", "Hoàn thành chương trình lớp học", head).row("D9", ["Số HS", "Tỷ lệ (%)"], head);
  th.merge("F8:H8", "Dạy học 2 buổi/ngày", head).row("F9", ["Tổng số lớp", "Số lớp 2 buổi/ngày", "Tỷ lệ (%)"], head);
  th.merge("I8:I9", "Ghi chú", head);
  th.row("A10", ["", "Chỉ tiêu năm học", "", "", "Từ 98% trở lên", "", "", "Từ 60% trở lên", ""], { bold: true, italic: true, border: true, align: "center" });
  // [pupils, completed (null: not compiled), classes, two-session classes]
  const thData: Array<[number, number | null, number, number]> = [
    [9800, 9760, 300, 300], [5200, 5090, 250, 140], [11500, 11270, 560, 336], [19800, 19450, 950, 500], [6400, 6250, 330, 210], [11200, 11080, 520, 380],
    [17600, 17350, 780, 620], [16300, 15950, 800, 400], [5900, 5760, 320, 152], [7800, 7700, 360, 250], [12300, null, 540, 420], [7600, 7440, 380, 228],
  ];
  thData.forEach((d, i) => {
    const r = 11 + i;
    const done: CellInput = d[1] === null ? "" : { v: d[1], fmt: "#,##0" };
    th.row(`A${r}`, [i + 1, { v: DISTRICTS[i], align: "left" }, { v: d[0], fmt: "#,##0" }, done, d[1] === null ? "" : { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00" }, d[2], d[3], { v: `=ROUND(G${r}/F${r}*100,2)`, fmt: "0.00" }, d[1] === null ? "Chưa tổng hợp xong" : ""], bd);
    if (d[1] === null) th.expect(`E${r}|D${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ học sinh hoàn thành chương trình lớp học`, target: "Từ 98% trở lên (dòng 10)", actual: "(trống)", status: "no_data", why: "not compiled yet (Ghi chú)" });
    else {
      const rate = r2((d[1] / d[0]) * 100);
      const st = floor(rate, 98);
      th.expect(`E${r}|D${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ học sinh hoàn thành chương trình lớp học`, target: "Từ 98% trở lên (dòng 10)", actual: `${dot(d[1])}/${dot(d[0])} (${vi2(rate)})`, status: st, why: `${vi2(rate)} ${st === "exceeded" ? "> 98" : st === "met" ? "= 98 (inclusive)" : "< 98"}` });
    }
    const two = r2((d[3] / d[2]) * 100);
    const s2 = floor(two, 60);
    th.expect(`H${r}|G${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ lớp học 2 buổi/ngày`, target: "Từ 60% trở lên (dòng 10)", actual: `${d[3]}/${d[2]} (${vi2(two)})`, status: s2, why: `${vi2(two)} ${s2 === "exceeded" ? "> 60" : s2 === "met" ? "= 60 (inclusive)" : "< 60"}` });
  });
  th.row("A23", ["", "Toàn tỉnh", { v: "=SUM(C11:C22)", fmt: "#,##0" }, { v: "=SUM(D11:D22)", fmt: "#,##0" }, "", "=SUM(F11:F22)", "=SUM(G11:G22)", { v: "=ROUND(G23/F23*100,2)", fmt: "0.00" }, "Chưa gồm HS hoàn thành của Mộc Châu"], { ...bd, bold: true });

  // ---- Biểu THCS
  const cs = b.sheet("Biểu THCS");
  cs.cols([5, 22, 12, 10, 11, 11, 13, 11, 20]);
  top(cs, "BIỂU THỐNG KÊ GIÁO DỤC TRUNG HỌC CƠ SỞ", "I");
  cs.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head).merge("C8:C9", "Số học sinh đầu năm", head);
  cs.merge("D8:E8", "Học sinh bỏ học", head).row("D9", ["Số HS", "Tỷ lệ (%)"], head);
  cs.merge("F8:H8", "Xét công nhận tốt nghiệp THCS", head).row("F9", ["Số HS lớp 9", "Số HS tốt nghiệp", "Tỷ lệ (%)"], head);
  cs.merge("I8:I9", "Ghi chú", head);
  cs.row("A10", ["", "Chỉ tiêu năm học", "", "", "Dưới 1%", "", "", "Từ 98% trở lên", ""], { bold: true, italic: true, border: true, align: "center" });
  const csData: Array<[number, number, number, number]> = [
    [7200, 14, 1700, 1696], [3900, 39, 900, 885], [8400, 92, 1950, 1911], [14000, 126, 3300, 3240], [4700, 61, 1100, 1070], [8100, 57, 1900, 1885],
    [12600, 88, 3000, 2970], [11800, 165, 2700, 2630], [4300, 60, 950, 925], [5600, 28, 1300, 1290], [8900, 53, 2100, 2090], [5300, 70, 1200, 1176],
  ];
  csData.forEach((d, i) => {
    const r = 11 + i;
    cs.row(`A${r}`, [i + 1, { v: DISTRICTS[i], align: "left" }, { v: d[0], fmt: "#,##0" }, d[1], { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00" }, { v: d[2], fmt: "#,##0" }, { v: d[3], fmt: "#,##0" }, { v: `=ROUND(G${r}/F${r}*100,2)`, fmt: "0.00" }, ""], bd);
    const drop = r2((d[1] / d[0]) * 100);
    const sd: Status = drop < 1 ? "met" : "not_met";
    cs.expect(`E${r}|D${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ học sinh bỏ học`, target: "Dưới 1% (dòng 10)", actual: `${d[1]}/${dot(d[0])} (${vi2(drop)})`, status: sd, why: sd === "met" ? `${vi2(drop)} < 1 (a ceiling: met, never exceeded)` : drop === 1 ? "1,00 is not below 1: \"dưới\" excludes the limit" : `${vi2(drop)} is not below 1` });
    const g = r2((d[3] / d[2]) * 100);
    const sg = floor(g, 98);
    cs.expect(`H${r}|G${r}`, { indicator: `${DISTRICTS[i]} · Tỷ lệ học sinh tốt nghiệp THCS`, target: "Từ 98% trở lên (dòng 10)", actual: `${dot(d[3])}/${dot(d[2])} (${vi2(g)})`, status: sg, why: `${vi2(g)} ${sg === "exceeded" ? "> 98" : sg === "met" ? "= 98 (inclusive)" : "< 98"}` });
  });
  cs.row("A23", ["", "Toàn tỉnh", { v: "=SUM(C11:C22)", fmt: "#,##0" }, "=SUM(D11:D22)", { v: "=ROUND(D23/C23*100,2)", fmt: "0.00" }, { v: "=SUM(F11:F22)", fmt: "#,##0" }, { v: "=SUM(G11:G22)", fmt: "#,##0" }, { v: "=ROUND(G23/F23*100,2)", fmt: "0.00" }, ""], { ...bd, bold: true });
  signature(cs, 25, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lò Thị Hương" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Chiến" });

  b.facts = {
    sheet: "Biểu GDMN",
    headerRows: "8-9 on each of the three sheets (Biểu GDMN, Biểu GDTH, Biểu THCS); the first sheet (Danh mục) is a contents list",
    nameColumn: "B (Huyện, thành phố) on each sheet",
    target: "Biểu GDMN: column D (Kế hoạch: planned children, one per district) for E, row 10 (\"Từ 99,5% trở lên\") for I; Biểu GDTH: row 10 (\"Từ 98% trở lên\" for E, \"Từ 60% trở lên\" for H); Biểu THCS: row 10 (\"Dưới 1%\" for E, \"Từ 98% trở lên\" for H)",
    actualColumns: "Biểu GDMN: E (children), I with H (five-year-olds: ROUND formulas); Biểu GDTH: E with D, H with G; Biểu THCS: E with D, H with G (ROUND formulas)",
    ignoreColumns: "Biểu GDMN: C (groups run: no plan figure beside it), F (% of plan: derived), G (five-year-olds in age); Biểu GDTH: C, F (denominators), I; Biểu THCS: C, F (denominators), I",
    totalRows: "23 on each sheet (Toàn tỉnh)",
    targetRows: "10 on each sheet (Chỉ tiêu năm học); column D of Biểu GDMN holds per-district plans",
    otherRows: "Danh mục (the whole sheet); signature on Biểu THCS from row 25",
    asOf: "2019-08-02",
    period: "2018-2019",
    rollUps: [mn.rollUp(" · Số trẻ mầm non", "huyện, thành phố"), mn.rollUp(" · Tỷ lệ huy động trẻ 5 tuổi ra lớp", "huyện, thành phố"), th.rollUp(" · Tỷ lệ học sinh hoàn thành chương trình lớp học", "huyện, thành phố"), th.rollUp(" · Tỷ lệ lớp học 2 buổi/ngày", "huyện, thành phố"), cs.rollUp(" · Tỷ lệ học sinh bỏ học", "huyện, thành phố"), cs.rollUp(" · Tỷ lệ học sinh tốt nghiệp THCS", "huyện, thành phố")],
    notes: "Three tables on three sheets after a contents sheet; each sheet's row 10 applies to its own districts only. The year is over: verdicts are final. Planned children (Biểu GDMN, column D) are floors per district: more is exceeded; the derived \"% so với KH\" is not a target. Rates \"từ … trở lên\" are inclusive (Bắc Yên's 99,50, Mường La's 98,00 and 60,00, Vân Hồ's 60,00 and 98,00 met). \"Dưới 1%\" is strict: Quỳnh Nhai's 1,00 is not met; under is met, never exceeded. Mộc Châu's primary completion is not compiled (no data). The province totals are not districts.",
  };
  return b;
}
