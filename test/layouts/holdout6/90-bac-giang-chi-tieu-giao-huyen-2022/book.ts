// Layout 90: a province's year-end sheet on the 2022 plan targets it set each district (Bắc Giang, QĐ 1466/QĐ-UBND): a unit matrix with a plan / result column pair per indicator, the province on top, a hidden 2021 column, a poverty rate whose target is a ceiling, a commune count not assigned to the city ("-"), a district not yet reported.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2022 giao cho các huyện, thành phố, tỉnh Bắc Giang");
  const s = b.sheet("Biểu 02 - Huyện, TP");
  s.cols([5, 20, 9, 9, 9, 9, 9, 10, 10, 9, 9, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH BẮC GIANG", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
    date: "Bắc Giang, ngày 16 tháng 01 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KẾ HOẠCH NĂM 2022 GIAO CHO CÁC HUYỆN, THÀNH PHỐ", "(Theo Quyết định số 1466/QĐ-UBND ngày 20/12/2021 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:E8", "Tỷ lệ trường học đạt chuẩn quốc gia (%)", head).row("C9", ["TH 2021", "KH 2022", "TH 2022"], head);
  s.merge("F8:G8", "Tỷ lệ lao động qua đào tạo (%)", head).row("F9", ["KH 2022", "TH 2022"], head);
  s.merge("H8:I8", "Số xã đạt chuẩn nông thôn mới (lũy kế, xã)", head).row("H9", ["KH 2022", "TH 2022"], head);
  s.merge("J8:K8", "Tỷ lệ hộ nghèo đa chiều (%)", head).row("J9", ["KH 2022", "TH 2022"], head);
  s.merge("L8:L9", "Ghi chú", head);
  s.row("A10", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"], { italic: true, align: "center", border: true });
  s.hideCols("C");

  const one = (n: number | string): CellInput => (typeof n === "number" ? { v: n, fmt: "0.0" } : n);
  const two = (n: number | string): CellInput => (typeof n === "number" ? { v: n, fmt: "0.00" } : n);
  s.row("A11", ["", "Toàn tỉnh", one(80.9), one(82.5), one(83.0), one(72), one(72.4), 150, 152, two(3.3), two(3.28), ""], { bold: true, border: true, align: "center" });

  // [district, 2021 schools, schools KH, TH, labour KH, TH, NTM KH, TH, poverty KH (one typed as text), TH, note]
  type D = [string, number, number, number, number, number | string, number | string, number | string, number | string, number, string];
  const ds: D[] = [
    ["Thành phố Bắc Giang", 91.8, 92.5, 93.1, 80, 80.4, "-", "-", 0.5, 0.42, "Không giao chỉ tiêu nông thôn mới"],
    ["Huyện Yên Thế", 75.0, 78.0, 76.9, 70, 70.0, 13, 13, 5.8, 6.15, ""],
    ["Huyện Tân Yên", 86.5, 88.0, 88.0, 73, 73.6, 21, 22, "2,10", 1.96, ""],
    ["Huyện Lạng Giang", 88.6, 90.0, 91.4, 74, 73.2, 19, 19, 1.8, 1.8, ""],
    ["Huyện Lục Nam", 79.2, 80.5, 81.0, 71, 71.5, 16, 15, 4.9, 4.71, "01 xã chưa hoàn thành tiêu chí môi trường"],
    ["Huyện Lục Ngạn", 74.7, 76.0, 77.3, 70, 69.8, 12, 13, 7.5, 7.12, ""],
    ["Huyện Sơn Động", 66.0, 68.0, 66.7, 65, "Chưa có số liệu", 6, 6, 15.5, 16.02, "Số liệu lao động qua đào tạo đang tổng hợp"],
    ["Huyện Yên Dũng", 90.1, 91.0, 91.2, 76, 76.0, 16, 16, 1.2, 1.25, ""],
    ["Huyện Việt Yên", 94.4, 95.0, 95.0, 78, 79.1, "-", "-", 0.9, 0.7, "Toàn bộ các xã đã đạt chuẩn từ năm 2020"],
    ["Huyện Hiệp Hòa", 87.3, 89.0, 88.2, 75, 75.3, 22, 22, 1.6, 1.9, ""],
  ];
  const vi = (n: number) => String(n).replace(".", ",");
  const more = (kh: number, th: number): Status => (Math.round(th * 100) > Math.round(kh * 100) ? "exceeded" : Math.round(th * 100) === Math.round(kh * 100) ? "met" : "not_met");
  ds.forEach((d, i) => {
    const r = 12 + i;
    const povKh = typeof d[8] === "string" ? Number(String(d[8]).replace(",", ".")) : d[8];
    s.row(`A${r}`, [i + 1, { v: d[0], align: "left" }, one(d[1]), one(d[2]), one(d[3]), one(d[4]), one(d[5]), d[6], d[7], typeof d[8] === "string" ? d[8] : two(d[8]), two(d[9]), { v: d[10], align: "left", wrap: true }], { border: true, align: "center" });
    const sc = more(d[2], d[3]);
    s.expect(`E${r}`, { indicator: `${d[0]} · Tỷ lệ trường học đạt chuẩn quốc gia`, target: `${vi(d[2])}% (KH 2022, cột 4)`, status: sc, why: sc === "met" ? `${vi(d[3])} = ${vi(d[2])}` : sc === "exceeded" ? `${vi(d[3])} > ${vi(d[2])}` : `${vi(d[3])} < ${vi(d[2])}; the hidden 2021 column is not the plan` });
    if (typeof d[5] === "number") {
      const sl = more(d[4], d[5]);
      s.expect(`G${r}`, { indicator: `${d[0]} · Tỷ lệ lao động qua đào tạo`, target: `${d[4]}% (KH 2022)`, status: sl, why: sl === "met" ? `${vi(d[5])} = ${d[4]}` : sl === "exceeded" ? `${vi(d[5])} > ${d[4]}` : `${vi(d[5])} < ${d[4]}` });
    } else {
      s.expect(`G${r}`, { indicator: `${d[0]} · Tỷ lệ lao động qua đào tạo`, target: `${d[4]}% (KH 2022)`, status: "no_data", why: `"${d[5]}": the year is over and the district has not reported the figure` });
    }
    if (typeof d[6] === "number" && typeof d[7] === "number") {
      const sn = d[7] > d[6] ? "exceeded" : d[7] === d[6] ? "met" : "not_met";
      s.expect(`I${r}`, { indicator: `${d[0]} · Số xã đạt chuẩn nông thôn mới`, target: `${d[6]} xã (KH 2022, lũy kế)`, status: sn, why: `${d[7]} ${sn === "exceeded" ? ">" : sn === "met" ? "=" : "<"} ${d[6]} communes` });
    }
    const sp: Status = Math.round(d[9] * 100) <= Math.round(povKh * 100) ? "met" : "not_met";
    s.expect(`K${r}`, { indicator: `${d[0]} · Tỷ lệ hộ nghèo đa chiều`, target: `${typeof d[8] === "string" ? d[8] : vi(d[8])}% (KH 2022: the rate to bring poverty down to, a ceiling)`, status: sp, why: sp === "met" ? `${vi(d[9])} ≤ ${vi(povKh)}: poverty at or under the planned rate (a ceiling: met, never exceeded)${typeof d[8] === "string" ? "; the plan figure is typed as text \"2,10\"" : ""}` : `${vi(d[9])} > ${vi(povKh)}: more poor households than the plan allows` });
  });
  const after = notes(s, 23, "B", [
    "Ghi chú:",
    "- KH 2022: chỉ tiêu giao tại Quyết định số 1466/QĐ-UBND ngày 20/12/2021; TH 2022: số liệu do UBND các huyện, thành phố báo cáo.",
    "- Dấu \"-\": không giao chỉ tiêu.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Ngô Thị Thu Hà" }, { col: "H", title: "KT. GIÁM ĐỐC", name: "Thân Văn Khoa" });
  b.facts = {
    sheet: "Biểu 02 - Huyện, TP",
    headerRows: "8-9 (indicator over KH 2022 | TH 2022), 10 (column numbers)",
    nameColumn: "B (Huyện, thành phố)",
    target: "the KH 2022 column of each pair: D (schools), F (trained labour), H (NTM communes), J (poverty rate: a ceiling)",
    actualColumns: "E, G, I, K (TH 2022)",
    ignoreColumns: "C (TH 2021, hidden: last year), L (Ghi chú)",
    totalRows: "11 (Toàn tỉnh, on top)",
    otherRows: `10 (column numbers), 23-${after - 1} (notes), signature below`,
    asOf: "2023-01-16",
    period: "2022",
    rollUps: [
      s.rollUp(" · Tỷ lệ trường học đạt chuẩn quốc gia", "huyện, thành phố"),
      s.rollUp(" · Tỷ lệ lao động qua đào tạo", "huyện, thành phố"),
      s.rollUp(" · Số xã đạt chuẩn nông thôn mới", "huyện, thành phố"),
      s.rollUp(" · Tỷ lệ hộ nghèo đa chiều", "huyện, thành phố"),
    ],
    notes: "A district matrix with one KH/TH pair per indicator; the year 2022 is over, so every result is final. More is better for schools, trained labour and NTM communes (equal is met, above is exceeded); the poverty rate's plan is the rate to get under (at or under is met, never exceeded; above is not met). \"-\" means no target was set (city, Việt Yên): nothing to judge. Sơn Động has not reported trained labour (no data). The province row on top is a total, not a district; the hidden 2021 column is last year.",
  };
  return b;
}
