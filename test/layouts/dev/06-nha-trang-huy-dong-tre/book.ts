// Layout 06: a city office's ward matrix of preschool enrolment (Nha Trang, 2023-2024): count pairs with the denominator first, a rate formula and a per-ward target column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả huy động trẻ mầm non ra lớp theo phường, xã, năm học 2023-2024, thành phố Nha Trang");
  const s = b.sheet("Huy động trẻ");
  s.cols([5, 18, 11, 10, 9, 10, 11, 10, 9, 10, 18]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ NHA TRANG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Nha Trang, ngày 15 tháng 01 năm 2024",
    title: ["KẾT QUẢ HUY ĐỘNG TRẺ MẦM NON RA LỚP NĂM HỌC 2023-2024", "(Số liệu đến ngày 31/12/2023)"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Phường, xã", head);
  s.merge("C8:F8", "Nhà trẻ", head).merge("G8:J8", "Mẫu giáo", head).merge("K8:K9", "Ghi chú", head);
  s.row("C9", ["Số trẻ trong độ tuổi", "Số trẻ ra lớp", "Tỷ lệ (%)", "Chỉ tiêu giao (%)", "Số trẻ trong độ tuổi", "Số trẻ ra lớp", "Tỷ lệ (%)", "Chỉ tiêu giao (%)"], head);

  // [ward, NT age group, NT enrolled, NT target, MG age group, MG enrolled, MG target, note]
  const wards: Array<[string, number, CellInput, CellInput, number, CellInput, CellInput, string]> = [
    ["Vĩnh Hải", 612, 251, 40, 1480, 1466, 98, ""],
    ["Vĩnh Phước", 540, 216, 40, 1302, 1290, 98, ""],
    ["Vĩnh Thọ", 288, 96, 35, 705, 688, 98, "Nhiều trẻ học nhóm trẻ ngoài địa bàn"],
    ["Xương Huân", 310, 130, 40, 744, 744, 99, ""],
    ["Vạn Thắng", 265, 112, "35%", 650, 649, 99, ""],
    ["Phương Sài", 350, 141, 40, 822, 805, 98, ""],
    ["Phước Hải", 702, 300, 42, 1710, 1698, 99, ""],
    ["Phước Long", 820, 289, 40, 1962, 1955, 99, "Thiếu phòng học nhà trẻ"],
    ["Vĩnh Nguyên", 610, null, 35, 1498, 1478, 98, "Chưa báo cáo nhà trẻ"],
    ["Vĩnh Hòa", 455, 203, 42, 1104, 1101, 99, ""],
    ["Vĩnh Thạnh", 390, 117, 30, 960, 929, 97, ""],
    ["Phước Đồng", 520, 182, 35, 1285, 1262, 98, ""],
  ];
  const first = 10;
  const rows = wards.map(([name, nt, ntIn, ntT, mg, mgIn, mgT, note], i) => {
    const r = first + i;
    const rate = (num: string, den: string) => ({ v: `=IF(${num}${r}="","",ROUND(${num}${r}/${den}${r}*100,1))`, fmt: "0.0" as const });
    return [i + 1, name, nt, ntIn, rate("D", "C"), ntT, mg, mgIn, rate("H", "G"), mgT, note];
  });
  const end = table(s, `A${first}`, rows);
  const last = end - 1;
  const tot = end;
  table(s, `A${tot}`, [["", "Toàn thành phố", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, { v: `=ROUND(D${tot}/C${tot}*100,1)`, fmt: "0.0" }, 40, `=SUM(G${first}:G${last})`, `=SUM(H${first}:H${last})`, { v: `=ROUND(H${tot}/G${tot}*100,1)`, fmt: "0.0" }, 98.5, ""]], { bold: true });

  const judge = (num: CellInput, den: number, target: CellInput): { status: Status; why: string; shown: string } => {
    if (num === null || num === undefined) return { status: "no_data", why: "blank count, so the rate formula is blank too", shown: "(trống)" };
    const rate = Math.round((Number(num) / den) * 1000) / 10;
    const t = typeof target === "number" ? target : Number(String(target).replace("%", ""));
    const shown = `${num}/${den} (${String(rate).replace(".", ",")}%)`;
    return { status: rate > t ? "exceeded" : rate === t ? "met" : "not_met", why: `${String(rate).replace(".", ",")}% vs ${t}%`, shown };
  };
  wards.forEach(([name, nt, ntIn, ntT, mg, mgIn, mgT], i) => {
    const r = first + i;
    const a = judge(ntIn, nt, ntT);
    s.expect(`D${r}|E${r}`, { indicator: `${name} · Tỷ lệ huy động trẻ nhà trẻ`, target: `${String(ntT).replace("%", "")}% (cột F)`, actual: a.shown, status: a.status, why: a.why });
    const m = judge(mgIn, mg, mgT);
    s.expect(`H${r}|I${r}`, { indicator: `${name} · Tỷ lệ huy động trẻ mẫu giáo`, target: `${mgT}% (cột J)`, actual: m.shown, status: m.status, why: m.why });
  });
  const n = notes(s, tot + 2, "B", ["Ghi chú:", "- Tỷ lệ (%) = Số trẻ ra lớp / Số trẻ trong độ tuổi x 100.", "- Chỉ tiêu giao theo Quyết định giao chỉ tiêu kế hoạch năm học 2023-2024 của UBND thành phố."]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Thu" }, { col: "H", title: "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", name: "Lê Văn Quang" });
  b.facts = {
    sheet: "Huy động trẻ",
    headerRows: "8-9 (Nhà trẻ / Mẫu giáo over four columns each)",
    nameColumn: "B (Phường, xã)",
    target: "per-ward target columns F (nhà trẻ) and J (mẫu giáo), plain percent points (\"40\" = 40%; one typed \"35%\")",
    actualColumns: "count pairs D/C and H/G (Số trẻ ra lớp / Số trẻ trong độ tuổi: the denominator comes first), rate formulas in E and I",
    ignoreColumns: "K (Ghi chú)",
    totalRows: `${tot} (Toàn thành phố, with its own city target 40 / 98,5)`,
    otherRows: `${tot + 2}-${tot + 4} (notes), signature below`,
    asOf: "2024-01-15",
    period: "2023-2024",
    rollUps: [" · Tỷ lệ huy động trẻ nhà trẻ", " · Tỷ lệ huy động trẻ mẫu giáo"].map((x) => s.rollUp(x, "phường, xã")),
    notes: "Each ward has its own target; the city row is not a ward. A blank enrolment count is no data, not a rate of 0.",
  };
  return b;
}
