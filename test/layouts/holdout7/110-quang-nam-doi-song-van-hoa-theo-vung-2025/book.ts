// Layout 110: a province's closing sheet on its 2021-2025 culture-movement plan (Quảng Nam, KH 5147): districts × three indicators, a region column that picks the norm (plains "hơn 90%" / mountains "88%"), strict "hơn" edges, a norm block above the table, the province row at the bottom.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" giai đoạn 2021-2025 theo huyện, thị xã, thành phố, tỉnh Quảng Nam");
  const s = b.sheet("KQ 2025 theo huyện");
  s.cols([5, 22, 12, 13, 13, 13, 28]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NAM", "BCĐ PHONG TRÀO TDĐKXDĐSVH"],
    date: "Quảng Nam, ngày 20 tháng 01 năm 2026",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAI ĐOẠN 2021 - 2025", "(Theo Kế hoạch số 5147/KH-UBND của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  // the norm block: one row per region
  s.merge("A8:G8", "Chỉ tiêu đến năm 2025 (Kế hoạch số 5147/KH-UBND):", { bold: true, italic: true });
  s.row("B9", ["Khu vực", "", "Hộ gia đình đạt chuẩn gia đình văn hóa", "Thôn, tổ dân phố đạt chuẩn văn hóa", "Xã đạt chuẩn xã văn hóa nông thôn mới"], head);
  s.row("B10", ["Đồng bằng", "", "Hơn 90%", "Hơn 90%", "Hơn 70%"], { border: true, align: "center" });
  s.row("B11", ["Miền núi", "", "Hơn 90%", "88%", "Hơn 50%"], { border: true, align: "center" });

  s.row("A13", ["TT", "Huyện, thị xã, thành phố", "Khu vực", "Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa (%)", "Tỷ lệ thôn, tổ dân phố đạt chuẩn văn hóa (%)", "Tỷ lệ xã đạt chuẩn xã văn hóa nông thôn mới (%)", "Ghi chú"], head);
  s.row("A14", ["1", "2", "3", "4", "5", "6", "7"], { italic: true, align: "center", border: true });

  type D = [string, "Đồng bằng" | "Miền núi", number | string, number | string, number | string, string];
  const ds: D[] = [
    ["Thị xã Điện Bàn", "Đồng bằng", 93.5, 91.2, 75.0, ""],
    ["Huyện Duy Xuyên", "Đồng bằng", 90.0, 92.4, 71.4, ""],
    ["Huyện Thăng Bình", "Đồng bằng", 91.8, 88.5, 68.2, ""],
    ["Huyện Quế Sơn", "Đồng bằng", 92.1, 90.6, 70.0, ""],
    ["Huyện Núi Thành", "Đồng bằng", 94.0, 93.1, "Đang tổng hợp", "Số liệu xã văn hóa NTM chưa thẩm định xong"],
    ["Huyện Hiệp Đức", "Miền núi", 90.7, 88.0, 54.5, ""],
    ["Huyện Nông Sơn", "Miền núi", 91.3, 87.5, 50.0, ""],
    ["Huyện Nam Giang", "Miền núi", 89.6, 90.2, 58.3, ""],
    ["Huyện Phước Sơn", "Miền núi", 90.4, 92.0, 66.7, ""],
  ];
  const norm = {
    "Đồng bằng": [{ t: 90, strict: true }, { t: 90, strict: true }, { t: 70, strict: true }],
    "Miền núi": [{ t: 90, strict: true }, { t: 88, strict: false }, { t: 50, strict: true }],
  } as const;
  const names = ["Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa", "Tỷ lệ thôn, tổ dân phố đạt chuẩn văn hóa", "Tỷ lệ xã đạt chuẩn xã văn hóa nông thôn mới"];
  const vi = (n: number) => String(n).replace(".", ",");
  ds.forEach((d, i) => {
    const r = 15 + i;
    const cell = (v: number | string) => (typeof v === "number" ? { v, fmt: "0.0" as const } : v);
    s.row(`A${r}`, [i + 1, { v: d[0], align: "left" }, d[1], cell(d[2]), cell(d[3]), cell(d[4]), { v: d[5], align: "left", wrap: true }], { border: true, align: "center" });
    [d[2], d[3], d[4]].forEach((v, k) => {
      const n = norm[d[1]][k];
      const col = "DEF"[k];
      const target = `${n.strict ? "Hơn " : ""}${n.t}% (${d[1]}, hàng ${d[1] === "Đồng bằng" ? 10 : 11})`;
      if (typeof v === "string") {
        s.expect(`${col}${r}`, { indicator: `${d[0]} · ${names[k]}`, target, status: "no_data", why: `"${v}": the period is over and the figure is not in` });
        return;
      }
      const st: Status = n.strict ? (v > n.t ? "met" : "not_met") : v > n.t ? "exceeded" : v === n.t ? "met" : "not_met";
      const why = n.strict
        ? v > n.t ? `${vi(v)} > ${n.t}: above the strict "hơn ${n.t}%" (met, not exceeded)` : `${vi(v)} is not above ${n.t}: "hơn ${n.t}%" is strict${v === n.t ? " (exactly the edge)" : ""}`
        : `${vi(v)} ${v > n.t ? ">" : v === n.t ? "=" : "<"} ${n.t} (the mountain norm, inclusive)`;
      const extra = d[1] === "Đồng bằng" && k === 1 && v < 90 && v >= 88 ? "; 88% is the mountain norm, not this district's" : d[1] === "Miền núi" && k === 2 && v <= 70 ? "; the plains norm 70% does not apply" : "";
      s.expect(`${col}${r}`, { indicator: `${d[0]} · ${names[k]}`, target, status: st, why: why + extra });
    });
  });
  const tot = 15 + ds.length;
  s.row(`A${tot}`, ["", "Toàn tỉnh", "", { v: 91.6, fmt: "0.0" }, { v: 90.3, fmt: "0.0" }, { v: 63.9, fmt: "0.0" }, ""], { bold: true, border: true, align: "center" });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Cột 3: khu vực áp dụng chỉ tiêu theo Kế hoạch số 5147/KH-UBND (khu vực miền núi gồm các huyện miền núi, hải đảo, biên giới).",
    "- Số liệu tính đến ngày 31/12/2025.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Mỹ Lệ" }, { col: "E", title: "TM. BAN CHỈ ĐẠO", name: "Nguyễn Văn Hồng" });
  b.facts = {
    sheet: "KQ 2025 theo huyện",
    headerRows: "13 (indicators), 14 (column numbers); the norm block 9-11 above",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "rows 10-11 (norm block): the row whose Khu vực matches column C of the district",
    actualColumns: "D, E, F",
    ignoreColumns: "C (Khu vực: picks the norm), G (Ghi chú)",
    totalRows: `${tot} (Toàn tỉnh, at the bottom)`,
    targetRows: "10 (Đồng bằng), 11 (Miền núi)",
    otherRows: `8 (norm caption), 9 (norm header), 14 (column numbers), ${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2026-01-20",
    period: "2021-2025",
    rollUps: [
      s.rollUp(" · Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa", "huyện, thị xã"),
      s.rollUp(" · Tỷ lệ thôn, tổ dân phố đạt chuẩn văn hóa", "huyện, thị xã"),
      s.rollUp(" · Tỷ lệ xã đạt chuẩn xã văn hóa nông thôn mới", "huyện, thị xã"),
    ],
    notes: "The norm depends on the district's region (column C): plains \"Hơn 90%\" / \"Hơn 90%\" / \"Hơn 70%\", mountains \"Hơn 90%\" / \"88%\" / \"Hơn 50%\". \"Hơn\" is strict: above is met (never exceeded), the edge itself is not met. The mountain 88% is inclusive: equal is met, above exceeded. The period ended on 31/12/2025, so every figure is final; \"Đang tổng hợp\" is no data. The province row is a total, not a district.",
  };
  return b;
}
