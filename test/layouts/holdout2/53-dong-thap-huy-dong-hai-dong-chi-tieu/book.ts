// Layout 53: a province's district table of preschool enrolment (Đồng Tháp, KH 152/KH-UBND, school year 2020-2021): count-and-rate triples, the total and then two target rows (2020, 2025) at the bottom.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả huy động trẻ mầm non ra lớp năm học 2020-2021 theo huyện, thành phố, tỉnh Đồng Tháp (Kế hoạch 152/KH-UBND)");
  const s = b.sheet("Huy động 2020-2021");
  s.cols([5, 20, 10, 9, 9, 10, 9, 9, 10, 9, 9, 18]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐỒNG THÁP", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Đồng Tháp, ngày 20 tháng 12 năm 2020",
    title: ["KẾT QUẢ HUY ĐỘNG TRẺ MẦM NON RA LỚP NĂM HỌC 2020-2021", "(Theo dõi thực hiện Kế hoạch số 152/KH-UBND ngày 19/6/2019 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:E8", "Trẻ nhà trẻ (0-2 tuổi)", head).merge("F8:H8", "Trẻ mẫu giáo (3-5 tuổi)", head).merge("I8:K8", "Trong đó: trẻ 5 tuổi", head);
  for (const c of ["C", "F", "I"]) s.row(`${c}9`, ["Dân số độ tuổi", "Ra lớp", "Tỷ lệ (%)"], head);
  s.merge("L8:L9", "Ghi chú", head);

  // [district, [pop, enrolled] × 3 (enrolled null = not reported), typed rate {col: value}, note]
  type U = [string, [number, number | null], [number, number | null], [number, number | null], Record<string, CellInput>, string];
  const units: U[] = [
    ["Thành phố Cao Lãnh", [4100, 1025], [6300, 5900], [2150, 2150], {}, ""],
    ["Thành phố Sa Đéc", [3300, 760], [5100, 4560], [1720, 1718], {}, ""],
    ["Thành phố Hồng Ngự", [2400, 410], [3900, 3200], [1310, 1305], {}, ""],
    ["Huyện Tân Hồng", [2600, 468], [4200, 3402], [1400, 1398], {}, ""],
    ["Huyện Hồng Ngự", [3500, 700], [5600, 4760], [1900, 1896], {}, ""],
    ["Huyện Tam Nông", [2900, 551], [4500, 3870], [1500, 1497], {}, ""],
    ["Huyện Thanh Bình", [3800, 798], [6000, 5040], [2000, 2000], { K: { v: 1, fmt: "0%" } }, "Tỷ lệ 5 tuổi ghi dạng %"],
    ["Huyện Tháp Mười", [4000, 840], [6400, 5568], [2100, 2097], {}, ""],
    ["Huyện Cao Lãnh", [5200, 884], [8000, 6880], [2700, 2690], {}, ""],
    ["Huyện Lấp Vò", [4400, null], [6800, null], [2250, null], {}, "Chưa báo cáo"],
    ["Huyện Lai Vung", [4000, 880], [6200, 5394], [2050, 2050], {}, ""],
    ["Huyện Châu Thành", [4300, 903], [6600, 5478], [2200, 2199], {}, ""],
  ];
  const first = 10;
  const n = (v: number): CellInput => ({ v, fmt: "#,##0" });
  const rate = (r: number, pop: string, got: string, typed?: CellInput): CellInput => typed ?? { v: `=IF(${got}${r}="","",ROUND(${got}${r}/${pop}${r}*100,2))`, fmt: "0.00" };
  const rows = units.map(([name, nt, mg, t5, typed, note], i) => {
    const r = first + i;
    return [i + 1, name, n(nt[0]), nt[1] === null ? "" : n(nt[1]), rate(r, "C", "D", typed.E), n(mg[0]), mg[1] === null ? "" : n(mg[1]), rate(r, "F", "G", typed.H), n(t5[0]), t5[1] === null ? "" : n(t5[1]), rate(r, "I", "J", typed.K), note];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, fmt: "#,##0" });
  const tot = end;
  table(s, `A${tot}`, [["", "Toàn tỉnh", sum("C"), sum("D"), { v: `=ROUND(D${tot}/C${tot}*100,2)`, fmt: "0.00" }, sum("F"), sum("G"), { v: `=ROUND(G${tot}/F${tot}*100,2)`, fmt: "0.00" }, sum("I"), sum("J"), { v: `=ROUND(J${tot}/I${tot}*100,2)`, fmt: "0.00" }, "Chưa gồm Lấp Vò"]], { bold: true, align: "center" });
  table(s, `A${tot + 1}`, [
    ["", "Chỉ tiêu năm 2020", "", "", "20%", "", "", "85%", "", "", "99,8%", "KH 152/KH-UBND"],
    ["", "Chỉ tiêu năm 2025", "", "", "25%", "", "", "90%", "", "", "99,9%", "KH 152/KH-UBND"],
  ], { bold: true, italic: true, align: "center" });

  const ind: Array<[string, string, string, number, number, number]> = [
    ["E", "D", "Tỷ lệ huy động trẻ nhà trẻ ra lớp", 20, 25, 2],
    ["H", "G", "Tỷ lệ huy động trẻ mẫu giáo ra lớp", 85, 90, 3],
    ["K", "J", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", 99.8, 99.9, 4],
  ];
  const vi = (x: number) => String(Math.round(x * 100) / 100).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    for (const [rc, cc, label, t, later, k] of ind) {
      const [pop, got] = u[k - 1] as [number, number | null];
      const target = `${vi(t)}% (dòng Chỉ tiêu năm 2020)`;
      if (got === null) {
        s.expect(`${rc}${r}|${cc}${r}`, { indicator: `${u[0]} · ${label}`, target, actual: "(trống)", status: "no_data", why: "not reported" });
        continue;
      }
      const x = (got / pop) * 100;
      const st: Status = Math.abs(x - t) < 1e-9 ? "met" : x > t ? "exceeded" : "not_met";
      const laterSt = x >= later - 1e-9 ? "met" : "not_met";
      s.expect(`${rc}${r}|${cc}${r}`, {
        indicator: `${u[0]} · ${label}`,
        target,
        actual: `${got.toLocaleString("de-DE")} (${u[4][rc] ? "100%" : vi(x)})`,
        status: st,
        why: `${got}/${pop} = ${vi(x)}% against the 2020 row${st !== "not_met" && laterSt === "not_met" ? `; the 2025 row (${vi(later)}%) is a later horizon, not due` : ""}`,
      });
    }
  });
  const after = notes(s, tot + 4, "B", [
    "Ghi chú:",
    "- Tỷ lệ (%) = Ra lớp / Dân số độ tuổi (số liệu điều tra phổ cập tháng 10/2020).",
    "- Năm 2018 (trước Kế hoạch): nhà trẻ 18,3%; mẫu giáo 82,04%; mẫu giáo 5 tuổi 99,85%.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Ngọc Trâm" }, { col: "H", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Hiếu" });
  b.facts = {
    sheet: "Huy động 2020-2021",
    headerRows: "8-9 (three age groups over Dân số độ tuổi | Ra lớp | Tỷ lệ (%))",
    nameColumn: "B (Huyện, thành phố)",
    target: `row ${tot + 1} (Chỉ tiêu năm 2020), below the total; row ${tot + 2} (Chỉ tiêu năm 2025) is a later horizon, not due`,
    actualColumns: "E, H, K (Tỷ lệ (%): ROUND formulas in points, one percent cell \"100%\") with their counts in D, G, J",
    ignoreColumns: "C, F, I (population), L (Ghi chú)",
    totalRows: `${tot} (Toàn tỉnh)`,
    targetRows: `${tot + 1} (2020: applies), ${tot + 2} (2025: not due)`,
    otherRows: `${tot + 4}-${after - 1} (notes, with 2018 baseline figures), signature below`,
    asOf: "2020-12-20",
    period: "2020",
    rollUps: ind.map(([, , label]) => s.rollUp(` · ${label}`, "huyện, thành phố")),
    notes: "Two target rows at the bottom, under the total: the one for 2020 applies to the school year 2020-2021 checked in December 2020; the 2025 row must not be used (many districts would fail it). Huyện Hồng Ngự is exactly on 20% and 85%, Tam Nông exactly on 99,8%.",
  };
  return b;
}
