// Layout 111: a district's year-end 2018 culture table by commune (Quảng Điền, Thừa Thiên Huế): count-and-rate pairs (households, villages, offices) with ROUND rate formulas, the year's targets in a row above the communes ("Trên 97%" strict, 75% and 85% inclusive), a commune not reported, the district total at the bottom.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xây dựng gia đình văn hóa, thôn, tổ dân phố văn hóa, cơ quan đạt chuẩn văn hóa năm 2018 theo xã, thị trấn, huyện Quảng Điền");
  const s = b.sheet("Biểu VH 2018");
  s.cols([5, 18, 9, 10, 9, 9, 10, 9, 9, 10, 9, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN QUẢNG ĐIỀN", "PHÒNG VĂN HÓA VÀ THÔNG TIN"],
    date: "Quảng Điền, ngày 25 tháng 01 năm 2019",
    title: ["KẾT QUẢ PHONG TRÀO \"TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA\" NĂM 2018", "(Kèm theo Báo cáo tổng kết phong trào năm 2018)"],
    leftSpan: ["A", "D"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  s.merge("C8:E8", "Gia đình văn hóa", head).row("C9", ["Tổng số hộ", "Số hộ đạt", "Tỷ lệ (%)"], head);
  s.merge("F8:H8", "Thôn, tổ dân phố văn hóa", head).row("F9", ["Tổng số thôn, TDP", "Số đạt", "Tỷ lệ (%)"], head);
  s.merge("I8:K8", "Cơ quan, đơn vị đạt chuẩn văn hóa", head).row("I9", ["Tổng số", "Số đạt", "Tỷ lệ (%)"], head);
  s.merge("L8:L9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu năm 2018", "", "", "Trên 97%", "", "", "75%", "", "", "85%", ""], { bold: true, italic: true, border: true, align: "center" });

  // [commune, households, families met, villages, villages met, offices, offices met, note]
  type C = [string, number, number | string, number, number, number, number, string];
  const cs: C[] = [
    ["Thị trấn Sịa", 2310, 2254, 9, 8, 14, 13, ""],
    ["Xã Quảng Thái", 1520, 1471, 6, 4, 6, 5, ""],
    ["Xã Quảng Lợi", 2000, 1940, 8, 6, 8, 7, ""],
    ["Xã Quảng Ngạn", 1480, 1447, 7, 6, 7, 6, ""],
    ["Xã Quảng Công", 1730, "Chưa báo cáo", 8, 6, 6, 6, "Chưa gửi số liệu gia đình văn hóa"],
    ["Xã Quảng Phước", 2060, 2012, 11, 9, 9, 7, ""],
    ["Xã Quảng An", 2510, 2461, 12, 8, 10, 9, ""],
    ["Xã Quảng Thành", 2240, 2180, 10, 8, 8, 7, ""],
  ];
  const pct = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const vi = (n: number) => n.toFixed(2).replace(".", ",");
  const rows: string[] = [];
  cs.forEach((c, i) => {
    const r = 11 + i;
    rows.push(String(r));
    const fam = typeof c[2] === "number" ? { v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00" as const, result: pct(c[2], c[1]) } : "";
    s.row(`A${r}`, [i + 1, { v: c[0], align: "left" }, { v: c[1], fmt: "#,##0" }, typeof c[2] === "number" ? { v: c[2], fmt: "#,##0" } : c[2], fam, c[3], c[4], { v: `=ROUND(G${r}/F${r}*100,2)`, fmt: "0.00", result: pct(c[4], c[3]) }, c[5], c[6], { v: `=ROUND(J${r}/I${r}*100,2)`, fmt: "0.00", result: pct(c[6], c[5]) }, { v: c[7], align: "left", wrap: true }], { border: true, align: "center" });
    if (typeof c[2] === "number") {
      const p = pct(c[2], c[1]);
      const st: Status = p > 97 ? "met" : "not_met";
      s.expect(`D${r}|E${r}`, { indicator: `${c[0]} · Tỷ lệ hộ gia đình văn hóa`, target: "Trên 97% (hàng 10)", actual: `${c[2]}/${c[1]} (${vi(p)}%)`, status: st, why: st === "met" ? `${vi(p)} > 97: above the strict "Trên 97%" (met, not exceeded)` : `${vi(p)} is not above 97${p === 97 ? " (exactly the edge: \"Trên\" is strict)" : ""}` });
    } else {
      s.expect(`D${r}|E${r}`, { indicator: `${c[0]} · Tỷ lệ hộ gia đình văn hóa`, target: "Trên 97% (hàng 10)", actual: String(c[2]), status: "no_data", why: "the commune has not reported its family count; the year is over" });
    }
    const v = pct(c[4], c[3]);
    const sv: Status = v > 75 ? "exceeded" : v === 75 ? "met" : "not_met";
    s.expect(`G${r}|H${r}`, { indicator: `${c[0]} · Tỷ lệ thôn, tổ dân phố văn hóa`, target: "75% (hàng 10)", actual: `${c[4]}/${c[3]} (${vi(v)}%)`, status: sv, why: `${c[4]}/${c[3]} = ${vi(v)}% ${sv === "exceeded" ? ">" : sv === "met" ? "=" : "<"} 75%` });
    const o = pct(c[6], c[5]);
    const so: Status = o > 85 ? "exceeded" : o === 85 ? "met" : "not_met";
    s.expect(`J${r}|K${r}`, { indicator: `${c[0]} · Tỷ lệ cơ quan đạt chuẩn văn hóa`, target: "85% (hàng 10)", actual: `${c[6]}/${c[5]} (${vi(o)}%)`, status: so, why: `${c[6]}/${c[5]} = ${vi(o)}% ${so === "exceeded" ? ">" : so === "met" ? "=" : "<"} 85%` });
  });
  const tot = 11 + cs.length;
  const sum = (col: string) => ({ v: `=SUM(${col}11:${col}${tot - 1})`, fmt: "#,##0" as const });
  s.row(`A${tot}`, ["", "Toàn huyện", sum("C"), "", "", sum("F"), sum("G"), { v: `=ROUND(G${tot}/F${tot}*100,2)`, fmt: "0.00" }, sum("I"), sum("J"), { v: `=ROUND(J${tot}/I${tot}*100,2)`, fmt: "0.00" }, "Chưa đủ số liệu hộ"], { bold: true, border: true, align: "center" });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm 2018 theo Kế hoạch của UBND huyện về phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" năm 2018.",
    "- Tỷ lệ (%) làm tròn 2 chữ số thập phân.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hồ Thị Minh Thư" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Lê Văn Quang" });
  b.facts = {
    sheet: "Biểu VH 2018",
    headerRows: "8-9 (group over Tổng số | Số đạt | Tỷ lệ)",
    nameColumn: "B (Xã, thị trấn)",
    target: "row 10 (Chỉ tiêu năm 2018): E \"Trên 97%\" (strict), H 75%, K 85%, each over its group's rate column",
    actualColumns: "D|E, G|H, J|K (count achieved and its ROUND rate)",
    ignoreColumns: "C, F, I (totals: denominators), L (Ghi chú)",
    totalRows: `${tot} (Toàn huyện, SUM formulas)`,
    targetRows: "10",
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2019-01-25",
    period: "2018",
    rollUps: [
      s.rollUp(" · Tỷ lệ hộ gia đình văn hóa", "xã, thị trấn"),
      s.rollUp(" · Tỷ lệ thôn, tổ dân phố văn hóa", "xã, thị trấn"),
      s.rollUp(" · Tỷ lệ cơ quan đạt chuẩn văn hóa", "xã, thị trấn"),
    ],
    notes: "The year's targets sit in row 10, under the header and over the communes. \"Trên 97%\" is strict: 1940/2000 = 97,00 is not met, above is met (never exceeded); 75% and 85% are inclusive (6/8 = 75,00 met). Quảng Công has not reported its families (no data). The district row sums the counts.",
  };
  return b;
}
