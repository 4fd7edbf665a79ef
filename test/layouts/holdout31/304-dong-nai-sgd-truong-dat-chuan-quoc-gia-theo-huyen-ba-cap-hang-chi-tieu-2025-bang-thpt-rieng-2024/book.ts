// Layout 304: a province department's count of national-standard schools by district and level, read in March 2024 against the province's aim for 2025 (Sở GD&ĐT Đồng Nai): eleven districts as rows, three levels as column groups (schools, recognised, ROUND rate), the 2025 aim in a row of its own above the districts ("Từ 80% trở lên" in each rate column), a province row of SUMs, a hidden column of level-2 recognitions typed "MN/TH/THCS", and the department's own upper secondary schools in a second small table with their own aim.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Trường mầm non, tiểu học, THCS đạt chuẩn quốc gia theo huyện, thành phố và trường THPT đạt chuẩn, Sở GD&ĐT Đồng Nai (tháng 3/2024)");
  const s = b.sheet("CQG theo huyen");
  s.cols([5, 24, 9, 9, 10, 9, 9, 10, 9, 9, 10, 16]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Đồng Nai, ngày 15 tháng 3 năm 2024",
    title: ["THỐNG KÊ TRƯỜNG HỌC ĐẠT CHUẨN QUỐC GIA THEO ĐƠN VỊ HÀNH CHÍNH", "(Số liệu đến ngày 15/3/2024; chỉ tiêu theo Kế hoạch phát triển giáo dục tỉnh đến năm 2025)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Huyện, thành phố", head);
  s.merge("C8:E8", "Mầm non", head);
  s.merge("F8:H8", "Tiểu học", head);
  s.merge("I8:K8", "Trung học cơ sở", head);
  s.row("C9", ["Tổng số trường", "Đạt chuẩn QG", "Tỷ lệ (%)", "Tổng số trường", "Đạt chuẩn QG", "Tỷ lệ (%)", "Tổng số trường", "Đạt chuẩn QG", "Tỷ lệ (%)"], head);
  s.merge("L8:L9", "Trong đó mức độ 2 (MN/TH/THCS)", head);
  const aim = "Từ 80% trở lên";
  s.row("A10", ["", "Chỉ tiêu đến năm 2025", "", "", aim, "", "", aim, "", "", aim, ""], { border: true, italic: true, bold: true, align: "center", wrap: true });
  // district, MN total, MN recognised, TH total, TH recognised, THCS total, THCS recognised, level 2
  type D = [string, number, number, number, number, number, number, string];
  const ds: D[] = [
    ["Thành phố Biên Hòa", 52, 33, 55, 27, 34, 8, "2/3/0"],
    ["Thành phố Long Khánh", 16, 15, 20, 17, 12, 12, "1/3/1"],
    ["Huyện Nhơn Trạch", 17, 15, 21, 16, 12, 12, "1/2/1"],
    ["Huyện Long Thành", 19, 15, 23, 15, 14, 11, "0/1/0"],
    ["Huyện Trảng Bom", 22, 16, 30, 19, 19, 15, "1/2/0"],
    ["Huyện Thống Nhất", 14, 12, 19, 15, 12, 11, "0/2/1"],
    ["Huyện Vĩnh Cửu", 14, 11, 19, 12, 12, 10, "0/1/0"],
    ["Huyện Định Quán", 17, 14, 25, 19, 16, 14, "1/1/0"],
    ["Huyện Tân Phú", 15, 13, 22, 18, 15, 14, "1/2/1"],
    ["Huyện Xuân Lộc", 16, 14, 24, 20, 15, 15, "1/2/1"],
    ["Huyện Cẩm Mỹ", 16, 13, 20, 16, 16, 14, "0/1/0"],
  ];
  const lv = ["Tỷ lệ trường mầm non đạt chuẩn quốc gia", "Tỷ lệ trường tiểu học đạt chuẩn quốc gia", "Tỷ lệ trường THCS đạt chuẩn quốc gia"];
  const cols = [["C", "D", "E"], ["F", "G", "H"], ["I", "J", "K"]];
  const r2 = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const p2 = (n: number, d: number) => r2(n, d).toFixed(2).replace(".", ",");
  const judge = (got: number, all: number): Status => (r2(got, all) > 80 ? "exceeded" : r2(got, all) === 80 ? "met" : "pending");
  const why = (got: number, all: number, st: Status) => st === "pending" ? `${got} of ${all} = ${p2(got, all)}% in March 2024; the 80% is due by 2025` : st === "met" ? `${got} of ${all} = 80%: at the inclusive floor already` : `${got} of ${all} = ${p2(got, all)}%: above the 80% floor a year early`;
  let r = 11;
  for (const [i, d] of ds.entries()) {
    const cells: CellInput[] = [String(i + 1), d[0]];
    for (let k = 0; k < 3; k++) {
      const [t, g] = [d[1 + 2 * k] as number, d[2 + 2 * k] as number];
      const [ct, cg] = cols[k];
      cells.push(t, g, { v: `=ROUND(${cg}${r}/${ct}${r}*100,2)`, result: r2(g, t), fmt: "0.00", border: true, align: "center" });
    }
    cells.push(d[7]);
    s.row(`A${r}`, cells, { border: true, align: "center" });
    s.set(`B${r}`, d[0], { border: true });
    for (let k = 0; k < 3; k++) {
      const [t, g] = [d[1 + 2 * k] as number, d[2 + 2 * k] as number];
      const st = judge(g, t);
      s.expect(`${cols[k][1]}${r}|${cols[k][2]}${r}`, { indicator: `${d[0]} · ${lv[k]}`, target: `${aim} đến năm 2025 (row 10)`, status: st, why: why(g, t, st) });
    }
    r++;
  }
  // r = 22: the province
  const S = (k: number) => ds.reduce((t, d) => t + (d[k] as number), 0);
  const tot: CellInput[] = ["", "Toàn tỉnh"];
  for (let k = 0; k < 3; k++) {
    const [ct, cg] = cols[k];
    tot.push({ v: `=SUM(${ct}11:${ct}21)`, result: S(1 + 2 * k), border: true, bold: true, align: "center" }, { v: `=SUM(${cg}11:${cg}21)`, result: S(2 + 2 * k), border: true, bold: true, align: "center" }, { v: `=ROUND(${cg}${r}/${ct}${r}*100,2)`, result: r2(S(2 + 2 * k), S(1 + 2 * k)), fmt: "0.00", border: true, bold: true, align: "center" });
  }
  tot.push("8/20/5");
  s.row(`A${r}`, tot, { border: true, bold: true, align: "center" });
  for (let k = 0; k < 3; k++) {
    const [t, g] = [S(1 + 2 * k), S(2 + 2 * k)];
    s.expect(`${cols[k][1]}${r}|${cols[k][2]}${r}`, { indicator: `Toàn tỉnh · ${lv[k]}`, target: `${aim} đến năm 2025 (row 10)`, status: judge(g, t), why: `${why(g, t, judge(g, t))} (the page: ${["171/218, 78,44%", "194/278, 69,78%", "136/177, hơn 76,8%"][k]})` });
  }
  s.hideCols("L");
  // a second table: the department's own upper secondary schools
  s.merge("B25:K25", "Khối trường THPT trực thuộc Sở", { bold: true });
  s.row("B26", ["Cấp học", "Tổng số trường", "Đạt chuẩn QG", "Tỷ lệ (%)", "Chỉ tiêu đến năm 2025"], head);
  s.row("B27", ["Trung học phổ thông", 49, 32, { v: "=ROUND(D27/C27*100,2)", result: r2(32, 49), fmt: "0.00", border: true, align: "center" }, "Từ 70% trở lên"], { border: true, align: "center" });
  s.expect("D27|E27", { indicator: "Khối THPT trực thuộc Sở · Tỷ lệ trường THPT đạt chuẩn quốc gia", target: "Từ 70% trở lên đến năm 2025 (column F)", status: "pending", why: `32 of 49 = ${p2(32, 49)}% in March 2024; the 70% is due by 2025` });
  const rollUps = [s.rollUp(` · ${lv[0]}`, "huyện, thành phố"), s.rollUp(` · ${lv[1]}`, "huyện, thành phố"), s.rollUp(` · ${lv[2]}`, "huyện, thành phố")];
  notes(s, 29, "B", [
    "Ghi chú:",
    "- Toàn tỉnh có 533/722 trường đạt chuẩn quốc gia (tính cả 49 trường THPT trực thuộc Sở), tỷ lệ 73,82%.",
    "- Chỉ tiêu đến năm 2025 theo Kế hoạch phát triển giáo dục và đào tạo tỉnh giai đoạn 2021-2025; cột L (ẩn) ghi số trường đạt chuẩn mức độ 2.",
  ]);
  signature(s, 33, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hải Yến" }, { col: "H", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Trần Văn Tư" });
  b.facts = {
    sheet: "CQG theo huyen",
    headerRows: "8-9",
    nameColumn: "B (Huyện, thành phố)",
    target: "row 10 (Chỉ tiêu đến năm 2025: \"Từ 80% trở lên\" in each rate column E, H, K); column F of row 27 (\"Từ 70% trở lên\") for the second table",
    actualColumns: "D|E, G|H, J|K (recognised schools over the level's total, and the ROUND rate on the 0-100 scale); D|E of row 27",
    ignoreColumns: "A (TT), C, F, I (totals: denominators), L (Trong đó mức độ 2: hidden)",
    totalRows: "22 (Toàn tỉnh: SUMs of rows 11-21; judged)",
    targetRows: "10",
    otherRows: "25-26 (the second table's title and header); notes and signature under it",
    asOf: "2024-03-15",
    period: "2021-2025",
    rollUps,
    notes: "The aim is for 2025 and the sheet is of March 2024: a district under 80% is pending, one above it exceeded a year early, one at exactly 80% (Cẩm Mỹ's primary, 16/20) met, since the floor is inclusive. The province's totals reproduce the page (171/218, 194/278, 136/177; 32/49 THPT; 533/722 in all). Biên Hòa's lower secondary 8/34 and the three districts at 100% follow the page.",
  };
  return b;
}
