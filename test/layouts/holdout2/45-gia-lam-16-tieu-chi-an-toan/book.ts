// Layout 45: a district's school-by-criterion table of Hà Nội's 16 COVID-19 school-safety criteria (Gia Lâm, 2021-2022): Đ/KĐ marks, a COUNTIF column, four criteria that must all be met, a plan.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả tự đánh giá 16 tiêu chí an toàn phòng, chống dịch COVID-19 của các trường, huyện Gia Lâm, tháng 11/2021");
  const s = b.sheet("16 tiêu chí");
  s.cols([5, 22, ...Array(16).fill(4.5), 9, 12, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN GIA LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Gia Lâm, ngày 20 tháng 11 năm 2021",
    title: ["TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ AN TOÀN PHÒNG, CHỐNG DỊCH COVID-19", "TRONG TRƯỜNG HỌC (16 TIÊU CHÍ)"],
    leftSpan: ["A", "E"],
    rightSpan: ["K", "U"],
    titleSpan: ["A", "U"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head);
  s.merge("C8:J8", "Trước khi học sinh đến trường", head).merge("K8:P8", "Khi học sinh đến trường", head).merge("Q8:R8", "Kết thúc buổi học", head);
  s.row("C9", Array.from({ length: 16 }, (_, i) => `TC${i + 1}`), head);
  s.merge("S8:S9", "Số tiêu chí đạt", head).merge("T8:T9", "Mức độ an toàn (trường tự xếp)", head).merge("U8:U9", "Ghi chú", head);

  // [school, criteria not met (1-based; null = not assessed), school's own level, note]
  type U = [string, number[] | null, string, string];
  const units: U[] = [
    ["MN Bát Tràng", [], "Tốt", ""],
    ["MN Đa Tốn", [2, 7, 13, 16], "Tốt", ""],
    ["TH Kiêu Kỵ", [5, 8, 14], "Tốt", "Chưa có phòng cách ly riêng"],
    ["TH Trâu Quỳ", [1, 2, 3, 6, 7, 13, 15, 16], "Khá", ""],
    ["TH Đặng Xá", [1, 2, 3, 6, 7, 8, 12, 13, 16], "Chưa tốt", ""],
    ["THCS Dương Xá", [1, 6, 8, 12, 14, 16], "Khá", ""],
    ["THCS Phú Thị", [3, 7, 10, 13, 15], "Tốt", "TC10: thiếu giãn cách khu bán trú"],
    ["THCS Cổ Bi", null, "", "Chưa nộp bảng tự đánh giá"],
    ["TH Yên Viên", [16], "Tốt", ""],
    ["THCS Ninh Hiệp", [2, 4, 6, 8, 12, 14, 16], "Khá", ""],
    ["MN Văn Đức", [9, 15], "Tốt", ""],
  ];
  const must = [4, 5, 10, 11];
  const first = 10;
  const rows = units.map(([name, miss, own, note], i) => {
    const r = first + i;
    const marks: CellInput[] = Array.from({ length: 16 }, (_, k) => (miss === null ? "" : miss.includes(k + 1) ? "KĐ" : "Đ"));
    const met = miss === null ? 0 : 16 - miss.length;
    return [i + 1, name, ...marks, { v: `=COUNTIF(C${r}:R${r},"Đ")`, result: met }, own, note];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  table(s, `A${end}`, [["", "Cộng số trường đạt từng tiêu chí", ...Array.from({ length: 16 }, (_, k) => { const c = String.fromCharCode(67 + k); return `=COUNTIF(${c}${first}:${c}${last},"Đ")`; }), "", "", ""]], { bold: true, align: "center", wrap: true });

  units.forEach(([name, miss, own], i) => {
    const r = first + i;
    const target = "Từ 8 tiêu chí trở lên, trong đó TC 4, 5, 10, 11 đạt (plan.json)";
    const indicator = `${name} · Số tiêu chí an toàn phòng, chống dịch COVID-19 đạt`;
    if (miss === null) {
      s.expect(`S${r}`, { indicator, target, actual: `=COUNTIF(C${r}:R${r},"Đ") (0)`, status: "no_data", why: "no marks at all (Ghi chú: chưa nộp): the COUNTIF's 0 counts blank cells, not failed criteria" });
      return;
    }
    const n = 16 - miss.length;
    const failedMust = must.filter((k) => miss.includes(k));
    let status: Status;
    let why: string;
    if (failedMust.length) {
      status = "not_met";
      why = `${n}/16 but TC ${failedMust.join(", ")} (required) not met${n >= 8 ? `: the count alone would pass${own === "Tốt" || own === "Khá" ? `; the school's own "${own}" is wrong` : ""}` : ""}`;
    } else if (n < 8) {
      status = "not_met";
      why = `${n} < 8`;
    } else {
      status = n > 8 ? "exceeded" : "met";
      why = `${n}/16 ${n > 8 ? ">" : "="} 8 and TC 4, 5, 10, 11 all met`;
    }
    s.expect(`S${r}`, { indicator, target, status, why });
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Đ: Đạt; KĐ: Không đạt. Mỗi tiêu chí đánh giá ở 2 mức Đạt và Không đạt.",
    "- Trường đạt từ 11 tiêu chí trở lên, trong đó có các tiêu chí 4, 5, 10, 11: mức độ thực hiện tốt; đạt từ 8 đến 10 tiêu chí, trong đó có các tiêu chí 4, 5, 10, 11: mức khá, được phép cho học sinh đi học trở lại; đạt từ 7 tiêu chí trở xuống: chưa tốt, chưa được phép hoạt động.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đỗ Thị Minh Hằng" }, { col: "M", title: "TRƯỞNG PHÒNG", name: "Nguyễn Quang Huy" });

  b.plan = {
    id: "gia-lam-2021-an-toan-covid",
    title: "Kế hoạch đón học sinh trở lại trường học an toàn, năm học 2021-2022",
    issuer: "ỦY BAN NHÂN DÂN HUYỆN GIA LÂM",
    place: "Gia Lâm",
    period: "2021-2022",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục theo bộ tiêu chí 16 tiêu chí của liên Sở GDĐT - Sở Y tế Hà Nội: mỗi trường được phép đón học sinh khi đạt từ 8 tiêu chí trở lên, trong đó bắt buộc đạt các tiêu chí 4, 5, 10, 11. / Plan written for the layout corpus.",
    indicators: [
      { id: "chung.an-toan-covid.tieu-chi", section: ["Điều kiện đón học sinh trở lại trường"], name: "Số tiêu chí an toàn phòng, chống dịch COVID-19 trong trường học đạt (trên 16 tiêu chí)", level: "all", unit: "tiêu chí", target: "Đạt từ 8 tiêu chí trở lên, trong đó phải có các tiêu chí 4, 5, 10, 11 đạt", scope: "unit" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "16 tiêu chí",
    headerRows: "8-9 (three stage groups over TC1…TC16)",
    nameColumn: "B (Trường)",
    target: "plan.json: S → chung.an-toan-covid.tieu-chi (a count of at least 8 AND the marks under TC4, TC5, TC10, TC11 all Đ)",
    actualColumns: "S (Số tiêu chí đạt: COUNTIF of \"Đ\" over C-R), read with the marks in F, G, L, M (TC 4, 5, 10, 11)",
    ignoreColumns: "C-R as separate figures (they are the parts of S), T (the school's own level, sometimes wrong), U (Ghi chú)",
    totalRows: `${end} (Cộng số trường đạt từng tiêu chí: a column count, not a school)`,
    otherRows: `${end + 2}-${after - 1} (notes with the legend and the rule), signature below`,
    asOf: "2021-11-20",
    period: "2021-2022",
    rollUps: [s.rollUp(" · Số tiêu chí an toàn phòng, chống dịch COVID-19 đạt", "trường")],
    notes: "A compound target: the count and four required criteria. TH Kiêu Kỵ (13/16), THCS Phú Thị (11/16) and THCS Ninh Hiệp (9/16) pass on the count but fail a required criterion. THCS Cổ Bi's COUNTIF shows 0 because nothing was marked: no data.",
  };
  return b;
}
