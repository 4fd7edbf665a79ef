// Layout 81: a province's 2014 upper-secondary graduation results in two tables on one sheet (Bắc Kạn): high schools against "Từ 97% trở lên" and a share of Khá/Giỏi graduates, continuing-education centres against a strict "Trên 90%", each table with its own header, target row and subtotal, last year's rates hidden.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thi tốt nghiệp THPT năm 2014 theo trường và trung tâm, tỉnh Bắc Kạn");
  const s = b.sheet("Tốt nghiệp 2014");
  s.cols([5, 30, 10, 10, 11, 9, 9, 12, 12, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH BẮC KẠN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Bắc Kạn, ngày 25 tháng 6 năm 2014",
    title: ["THỐNG KÊ KẾT QUẢ THI TỐT NGHIỆP THPT NĂM 2014", "Hệ giáo dục THPT và hệ giáo dục thường xuyên"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  const two = (x: number) => x.toFixed(2).replace(".", ",");
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const header = (r: number, unit: string) => {
    s.merge(`A${r}:A${r + 1}`, "TT", head).merge(`B${r}:B${r + 1}`, unit, head).merge(`C${r}:C${r + 1}`, "Số thí sinh dự thi", head);
    s.merge(`D${r}:E${r}`, "Đỗ tốt nghiệp", head).row(`D${r + 1}`, ["Số lượng", "Tỷ lệ (%)"], head);
    s.merge(`F${r}:H${r}`, "Xếp loại tốt nghiệp", head).row(`F${r + 1}`, ["Giỏi", "Khá", "Tỷ lệ khá, giỏi (%)"], head);
    s.merge(`I${r}:I${r + 1}`, "Tỷ lệ đỗ năm 2013 (%)", head).merge(`J${r}:J${r + 1}`, "Ghi chú", head);
  };
  // [name, sat, passed, Giỏi, Khá, last year's rate]
  type U = [string, number, number, number, number, number];
  const block = (start: number, section: string, targetPass: string, targetGood: string, units: U[], level: "THPT" | "GDTX"): number => {
    s.merge(`A${start}:J${start}`, section, { bold: true, border: true });
    s.row(`A${start + 1}`, ["", "Chỉ tiêu năm 2014", "", "", targetPass, "", "", targetGood, "", "Kế hoạch năm học 2013-2014 của Sở"], { bold: true, italic: true, border: true, align: "center", wrap: true });
    const first = start + 2;
    units.forEach((u, i) => {
      const r = first + i;
      const cells: CellInput[] = [
        i + 1, { v: u[0], align: "left" }, u[1], u[2],
        { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00" },
        u[3], u[4],
        { v: `=ROUND((F${r}+G${r})/D${r}*100,2)`, fmt: "0.00" },
        { v: u[5], fmt: "0.00" }, "",
      ];
      s.row(`A${r}`, cells, bd);
      const rate = round2((u[2] / u[1]) * 100);
      const pass: Status = level === "THPT" ? (rate > 97 ? "exceeded" : rate === 97 ? "met" : "not_met") : rate > 90 ? "met" : "not_met";
      s.expect(`E${r}|D${r}`, {
        indicator: `${u[0]} · Tỷ lệ đỗ tốt nghiệp`,
        target: `${targetPass} (dòng ${start + 1})`,
        actual: `${u[2]}/${u[1]} (${two(rate)})`,
        status: pass,
        why: level === "THPT"
          ? pass === "exceeded" ? `${two(rate)} > 97` : pass === "met" ? "97,00 = 97: \"từ … trở lên\" includes the limit" : `${two(rate)} < 97${rate > 96.95 ? " (97,0 if rounded to one place, but the sheet shows 96,97)" : ""}`
          : pass === "met" ? `${two(rate)} > 90 (strict "trên": met, not exceeded)` : rate === 90 ? "90,00 is not above 90: \"trên\" excludes the limit" : `${two(rate)} is not above 90`,
      });
      if (level === "THPT") {
        const good = round2(((u[3] + u[4]) / u[2]) * 100);
        const st: Status = good > 10 ? "exceeded" : good === 10 ? "met" : "not_met";
        s.expect(`H${r}`, {
          indicator: `${u[0]} · Tỷ lệ tốt nghiệp loại khá, giỏi`,
          target: `${targetGood} (dòng ${start + 1})`,
          actual: `=ROUND((F${r}+G${r})/D${r}*100,2) (${two(good)})`,
          status: st,
          why: `(${u[3]} giỏi + ${u[4]} khá)/${u[2]} đỗ = ${two(good)} (the sheet's own formula counts over graduates) ${st === "exceeded" ? "> 10" : st === "met" ? "= 10 (inclusive)" : "< 10"}`,
        });
      }
    });
    const last = first + units.length - 1;
    const tot = last + 1;
    s.row(`A${tot}`, ["", `Cộng ${level === "THPT" ? "hệ THPT" : "hệ GDTX"}`, `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, { v: `=ROUND(D${tot}/C${tot}*100,2)`, fmt: "0.00" }, `=SUM(F${first}:F${last})`, `=SUM(G${first}:G${last})`, { v: `=ROUND((F${tot}+G${tot})/D${tot}*100,2)`, fmt: "0.00" }, "", ""], { ...bd, bold: true });
    return tot;
  };

  header(8, "Trường");
  const thpt: U[] = [
    ["THPT Chuyên Bắc Kạn", 105, 105, 18, 60, 100],
    ["Trường PT Dân tộc nội trú tỉnh", 98, 98, 4, 30, 100],
    ["THPT Bắc Kạn", 420, 419, 8, 70, 97.62],
    ["THPT Phủ Thông", 200, 194, 2, 17, 95.1],
    ["THPT Ba Bể", 165, 160, 1, 15, 94.48],
    ["THPT Chợ Đồn", 310, 309, 2, 30, 96.77],
    ["THPT Chợ Mới", 270, 269, 1, 26, 96.3],
    ["THPT Na Rì", 290, 288, 1, 20, 95.52],
    ["THPT Ngân Sơn", 230, 222, 1, 15, 93.04],
    ["THPT Quảng Khê", 215, 214, 0, 12, 97.21],
    ["THPT Nà Phặc", 250, 249, 1, 18, 96],
  ];
  const t1 = block(10, "I. HỆ GIÁO DỤC TRUNG HỌC PHỔ THÔNG", "Từ 97% trở lên", "Từ 10% trở lên", thpt, "THPT");
  header(t1 + 2, "Trung tâm");
  const gdtx: U[] = [
    ["Trung tâm GDTX tỉnh", 150, 144, 0, 6, 85.33],
    ["Trung tâm GDTX Chợ Mới", 124, 123, 0, 4, 92.5],
    ["Trung tâm GDTX Chợ Đồn", 90, 86, 0, 2, 84.21],
    ["Trung tâm GDTX Na Rì", 80, 72, 0, 1, 80.77],
    ["Trung tâm GDTX Ba Bể", 70, 68, 0, 1, 88.57],
    ["Trung tâm GDTX Bạch Thông", 60, 53, 0, 0, 79.03],
    ["Trung tâm GDTX Ngân Sơn", 45, 44, 0, 1, 86.67],
    ["Trung tâm GDTX Pác Nặm", 36, 35, 0, 0, 83.33],
  ];
  const t2 = block(t1 + 4, "II. HỆ GIÁO DỤC THƯỜNG XUYÊN", "Trên 90%", "-", gdtx, "GDTX");
  s.hideCols("I");
  const after = notes(s, t2 + 2, "B", [
    "Ghi chú:",
    "- Hệ THPT: 2.527 thí sinh đỗ tốt nghiệp, đạt 98,98%; loại giỏi 39, loại khá 313. Hệ GDTX: 625 thí sinh đỗ, đạt 95,42%; loại khá 15.",
    "- Tỷ lệ khá, giỏi tính trên số thí sinh đỗ tốt nghiệp. Cột tỷ lệ năm 2013 ẩn khi in.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hoàng Thị Bích Ngọc" }, { col: "H", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Đinh Quang Tuyên" });
  b.facts = {
    sheet: "Tốt nghiệp 2014",
    headerRows: `8-9 and again ${t1 + 2}-${t1 + 3} for the second table (Đỗ tốt nghiệp over Số lượng | Tỷ lệ (%); Xếp loại tốt nghiệp over Giỏi | Khá | Tỷ lệ khá, giỏi (%))`,
    nameColumn: "B (Trường; Trung tâm in the second table)",
    target: `row 11 (Chỉ tiêu năm 2014 for the high schools: "Từ 97% trở lên" under E, "Từ 10% trở lên" under H); row ${t1 + 5} (for the centres: "Trên 90%" under E, "-" under H)`,
    actualColumns: "E with D (pass rate: ROUND formulas), H (share of Khá and Giỏi among graduates: ROUND formulas, high schools only)",
    ignoreColumns: "C (candidates: the denominator), F-G (Giỏi, Khá counts), I (hidden: last year's pass rate), J (Ghi chú)",
    totalRows: `${t1} (Cộng hệ THPT), ${t2} (Cộng hệ GDTX)`,
    targetRows: `11, ${t1 + 5}`,
    otherRows: `10 and ${t1 + 4} (section titles), ${t1 + 1} (blank between the tables), ${t2 + 2}-${after - 1} (notes), signature below`,
    asOf: "2014-06-25",
    period: "2013-2014",
    rollUps: [s.rollUp(" · Tỷ lệ đỗ tốt nghiệp", "trường, trung tâm"), s.rollUp(" · Tỷ lệ tốt nghiệp loại khá, giỏi", "trường")],
    notes: "Two tables on one sheet, each with its own header, target row and subtotal; each target row applies to the units of its own table only. High schools: \"Từ 97% trở lên\" is inclusive (Phủ Thông's 97,00 met, above is exceeded; Ba Bể's 96,97 is short even though it would round to 97,0). Centres: \"Trên 90%\" is strict (Na Rì's 90,00 not met; above is met, never exceeded). The Khá/Giỏi share has a target for high schools only (\"-\" for centres). Subtotals are not units. The hidden column holds 2013 rates. The exam is over: verdicts are final.",
  };
  return b;
}
