// Layout 67: a province's tracking sheet of its learning-society targets for 2025, by district, two years early (Khánh Hòa, December 2023): a target row above the districts, levels written as words or digits, shortfalls not yet due, a percentage column of plain numbers, a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi thực hiện mục tiêu đến năm 2025 của Đề án xây dựng xã hội học tập, tỉnh Khánh Hòa, tháng 12/2023");
  const s = b.sheet("Mục tiêu 2025");
  s.cols([5, 24, 14, 14, 14, 13, 12, 11, 11, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH KHÁNH HÒA", "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP"],
    date: "Khánh Hòa, ngày 20 tháng 12 năm 2023",
    title: ["THEO DÕI THỰC HIỆN CÁC MỤC TIÊU ĐẾN NĂM 2025", "Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" trên địa bàn tỉnh"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head);
  s.merge("C8:C9", "Xóa mù chữ (mức độ đạt chuẩn)", head).merge("D8:D9", "Phổ cập GDMN cho trẻ 5 tuổi", head).merge("E8:E9", "Phổ cập GD tiểu học (mức độ)", head);
  s.merge("F8:I8", "Công dân học tập", head);
  s.row("F9", ["Số công dân được đánh giá", "Số đạt danh hiệu", "Tỷ lệ (%)", "Tỷ lệ năm 2022 (%)"], head);
  s.merge("J8:J9", "Ghi chú", head);
  s.hideCols("I");
  s.row("A10", ["", "Mục tiêu đến năm 2025", "Mức độ 2", "Duy trì", "Mức độ 3", "", "", "40", "", "Theo Đề án của tỉnh"], { bold: true, italic: true, border: true, align: "center", wrap: true });

  // [district, XMC, PCGDMN, PCGDTH, assessed, recognised, rate as typed (null = formula), last year, note]
  type U = [string, CellInput, string, CellInput, number, number, number | null, number, string];
  const units: U[] = [
    ["Thành phố Nha Trang", "Mức độ 2", "Đạt", "Mức độ 3", 182400, 79860, null, 38.1, ""],
    ["Thành phố Cam Ranh", "Mức độ 2", "Đạt", "Mức độ 3", 64250, 25700, null, 36.4, ""],
    ["Thị xã Ninh Hòa", "Mức độ 2", "Đạt", "Mức độ 2", 121300, 43670, null, 33, "3 xã chưa đạt PCGDTH mức độ 3"],
    ["Huyện Vạn Ninh", 2, "Đạt", 3, 64800, 25270, 39, 35.2, "Tỷ lệ nhập tay"],
    ["Huyện Diên Khánh", "Mức độ 2", "Đạt", "Mức độ 3", 81950, 32780, null, 37.5, ""],
    ["Huyện Cam Lâm", "Mức độ 2", "Đạt chuẩn", "Mức độ 3", 59700, 24950, null, 39.9, ""],
    ["Huyện Khánh Vĩnh", "Mức độ 1", "Đạt", "Mức độ 2", 23900, 6930, null, 26.8, "Vùng đồng bào DTTS"],
    ["Huyện Khánh Sơn", "Mức độ 1", "", "Mức độ 2", 17600, 7920, null, 41.3, "Chưa kiểm tra công nhận PCGDMN năm 2023"],
  ];
  const first = 11;
  const end = table(s, `A${first}`, units.map((u, i) => {
    const r = first + i;
    const rate: CellInput = u[6] === null ? { v: `=ROUND(G${r}/F${r}*100,1)`, fmt: "0.0" } : u[6];
    return [i + 1, u[0], u[1], u[2], u[3], { v: u[4], fmt: "#,##0" }, { v: u[5], fmt: "#,##0" }, rate, { v: u[7], fmt: "0.0" }, u[8]];
  }), { align: "center" });
  const last = end - 1;
  table(s, `A${end}`, [["", "Toàn tỉnh", `=COUNTIF(C${first}:C${last},"Mức độ 2")+COUNTIF(C${first}:C${last},2)&"/8"`, `=COUNTIF(D${first}:D${last},"Đạt*")&"/8"`, `=COUNTIF(E${first}:E${last},"Mức độ 3")+COUNTIF(E${first}:E${last},3)&"/8"`, { v: `=SUM(F${first}:F${last})`, fmt: "#,##0" }, { v: `=SUM(G${first}:G${last})`, fmt: "#,##0" }, { v: `=ROUND(G${end}/F${end}*100,1)`, fmt: "0.0" }, "", ""]], { bold: true, align: "center" });

  const lvl = (c: CellInput): number => (typeof c === "number" ? c : Number(/(\d)/.exec(String(c))![1]));
  const one = (x: number) => x.toFixed(1).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    const x = lvl(u[1]);
    s.expect(`C${r}`, { indicator: `${u[0]} · Xóa mù chữ`, target: "Mức độ 2 (đến năm 2025, dòng 10)", status: x >= 2 ? "met" : "pending", why: x >= 2 ? (typeof u[1] === "number" ? "a bare 2 in a level column" : "level 2 reached") : "level 1 now; the target is due in 2025" });
    const w = u[2];
    s.expect(`D${r}`, { indicator: `${u[0]} · Phổ cập GDMN cho trẻ 5 tuổi`, target: "Duy trì (dòng 10)", status: w === "" ? "no_data" : "met", why: w === "" ? "not yet re-recognised for 2023 (Ghi chú)" : `"${w}": the standard is maintained` });
    const y = lvl(u[3]);
    s.expect(`E${r}`, { indicator: `${u[0]} · Phổ cập GD tiểu học`, target: "Mức độ 3 (đến năm 2025, dòng 10)", status: y >= 3 ? "met" : "pending", why: y >= 3 ? (typeof u[3] === "number" ? "a bare 3 in a level column" : "level 3 reached") : "level 2 now; due in 2025" });
    const rate = u[6] ?? Math.round((u[5] / u[4]) * 1000) / 10;
    const st: Status = Math.abs(rate - 40) < 1e-9 ? "met" : rate > 40 ? "exceeded" : "pending";
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ công dân đạt danh hiệu công dân học tập`, target: "40% (đến năm 2025, dòng 10)", actual: `${u[5].toLocaleString("de-DE")}/${u[4].toLocaleString("de-DE")} (${one(rate)})`, status: st, why: st === "pending" ? `${one(rate)} is under 40 but the target is for 2025${u[0].includes("Khánh Sơn") ? "; last year's hidden 41,3 is not this year's figure" : ""}` : `${one(rate)} (plain number under "Tỷ lệ (%)") ${st === "met" ? "=" : ">"} 40${u[6] !== null ? "; typed by hand, not the formula" : ""}` });
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Mục tiêu đến năm 2025 theo Đề án của tỉnh: 100% các huyện, thị xã, thành phố đạt chuẩn xóa mù chữ mức độ 2, duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi, đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; phấn đấu 40% công dân đạt danh hiệu công dân học tập.",
    "- Cột \"Tỷ lệ năm 2022\" ẩn khi in.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Thu Hiền" }, { col: "G", title: "TM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN", name: "Giám đốc Sở GD&ĐT" });
  b.facts = {
    sheet: "Mục tiêu 2025",
    headerRows: "8-9 (Công dân học tập over Số công dân được đánh giá | Số đạt danh hiệu | Tỷ lệ (%) | Tỷ lệ năm 2022 (%))",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "row 10 (Mục tiêu đến năm 2025: \"Mức độ 2\", \"Duy trì\", \"Mức độ 3\", \"40\" under Tỷ lệ (%))",
    actualColumns: "C (XMC level: \"Mức độ 2\", 2, \"Mức độ 1\"), D (Đạt, Đạt chuẩn, blank), E (PCGDTH level: \"Mức độ 3\", 3, \"Mức độ 2\"), H with G (rate: ROUND formulas showing plain numbers, one typed 39)",
    ignoreColumns: "F (denominator), I (hidden: last year's rate), J (Ghi chú)",
    targetRows: "10 (Mục tiêu đến năm 2025)",
    totalRows: `${end} (Toàn tỉnh: counts "N/8" and the province rate)`,
    otherRows: `${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2023-12-20",
    period: "2021-2025",
    rollUps: [s.rollUp(" · Xóa mù chữ", "huyện, thị xã, thành phố"), s.rollUp(" · Phổ cập GDMN cho trẻ 5 tuổi", "huyện, thị xã, thành phố"), s.rollUp(" · Phổ cập GD tiểu học", "huyện, thị xã, thành phố"), s.rollUp(" · Tỷ lệ công dân đạt danh hiệu công dân học tập", "huyện, thị xã, thành phố")],
    notes: "Targets are for 2025 and the sheet is of December 2023: a level or rate still short is pending, not a failure. \"Duy trì\" is met by a district that keeps the standard. Levels are words or bare digits. The rate column holds plain numbers under \"Tỷ lệ (%)\" (40 means 40%); Vạn Ninh's 39 is typed by hand (the counts give 39,0). The hidden column holds last year's rates (Khánh Sơn's 41,3 was last year).",
  };
  return b;
}
