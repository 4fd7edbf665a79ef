// Layout 02: a provincial statistical yearbook table (Quảng Ngãi): districts by region with subtotal rows, the total on top, two school years side by side.
import { Book, type Status } from "../../fods";
import { table } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số lớp mầm non phân theo huyện/thành phố thuộc tỉnh (niên giám thống kê, hai năm học cạnh nhau)");
  const s = b.sheet("Biểu 211");
  s.cols([30, 11, 11, 11, 11, 11, 11]);
  s.merge("A1:G1", "211. Số lớp mầm non phân theo huyện/thành phố thuộc tỉnh", { bold: true, size: 13 });
  s.merge("A2:G2", "Number of classes of preschool education by district", { italic: true });
  s.set("G3", "ĐVT: Lớp - Unit: Class", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A4:A6", "", head);
  s.merge("B4:D4", "Năm học - School year 2022-2023", head);
  s.merge("E4:G4", "Năm học - School year 2023-2024", head);
  s.merge("B5:B6", "Tổng số\nTotal", head);
  s.merge("C5:D5", "Chia ra - Of which", head);
  s.merge("E5:E6", "Tổng số\nTotal", head);
  s.merge("F5:G5", "Chia ra - Of which", head);
  s.row("C6", ["Công lập\nPublic", "Ngoài công lập\nNon-public", undefined, "Công lập\nPublic", "Ngoài công lập\nNon-public"], head);

  // [name, public 2022-23, private 2022-23, public 2023-24, private 2023-24]; totals are formulas as the office keeps them.
  const regions: Array<[string, Array<[string, number, number | string, number, number | string]>]> = [
    ["I. Khu vực đồng bằng - Plain districts", [
      ["1. TP. Quảng Ngãi", 274, 132, 268, 141],
      ["2. Huyện Bình Sơn", 204, 51, 209, 49],
      ["3. Huyện Sơn Tịnh", 92, 9, 92, 12],
      ["4. Huyện Tư Nghĩa", 139, "-", 144, "-"],
      ["5. Huyện Nghĩa Hành", 101, "-", 98, "-"],
      ["6. Huyện Mộ Đức", 140, 4, 140, 6],
      ["7. Thị xã Đức Phổ", 150, 11, 153, 10],
    ]],
    ["II. Khu vực miền núi - Mountain districts", [
      ["8. Huyện Trà Bồng", 151, "-", 156, "-"],
      ["9. Huyện Sơn Hà", 166, "-", 166, "-"],
      ["10. Huyện Sơn Tây", 79, "-", 77, "-"],
      ["11. Huyện Minh Long", 46, "-", 47, "-"],
      ["12. Huyện Ba Tơ", 148, "-", 151, "-"],
    ]],
    ["III. Khu vực hải đảo - Island district", [
      ["13. Huyện Lý Sơn", 36, "-", 38, "-"],
    ]],
  ];
  const rows: Array<Parameters<typeof s.row>[1]> = [];
  const dataRows: number[] = [];
  const sectionRows: number[] = [];
  let r = 8; // row 7 holds the total; the first region starts at 8
  for (const [title, districts] of regions) {
    const first = r + 1;
    const last = r + districts.length;
    sectionRows.push(r);
    rows.push([title, `=C${r}+D${r}`, `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, `=F${r}+G${r}`, `=SUM(F${first}:F${last})`, `=SUM(G${first}:G${last})`]);
    r++;
    for (const [name, pub1, pri1, pub2, pri2] of districts) {
      dataRows.push(r);
      rows.push([name, `=C${r}+N(D${r})`, pub1, pri1, `=F${r}+N(G${r})`, pub2, pri2]);
      r++;
    }
  }
  const sum = (col: string) => `=${sectionRows.map((x) => `${col}${x}`).join("+")}`;
  table(s, "A7", [["TỔNG SỐ - TOTAL", sum("B"), sum("C"), sum("D"), sum("E"), sum("F"), sum("G")]], { bold: true });
  table(s, "A8", rows);
  for (const x of sectionRows) s.get(`A${x}`)!.bold = true;

  // Judged: each district's 2023-2024 figures against the province's targets, with 2022-2023 as the baseline.
  const all = regions.flatMap(([, d]) => d);
  all.forEach(([name, pub1, pri1, pub2, pri2], i) => {
    const row = dataRows[i];
    const tot1 = pub1 + (typeof pri1 === "number" ? pri1 : 0);
    const tot2 = pub2 + (typeof pri2 === "number" ? pri2 : 0);
    const pubStatus: Status = pub2 > pub1 ? "exceeded" : pub2 === pub1 ? "met" : "not_met";
    const totStatus: Status = tot2 > tot1 ? "met" : "not_met";
    s.expect(`F${row}`, { indicator: `${name.replace(/^\d+\. /, "")} · Số lớp mầm non công lập`, target: "không giảm so với năm học trước", actual: `${pub2} (năm học trước ${pub1})`, status: pubStatus, why: `baseline C${row} = ${pub1}` });
    s.expect(`E${row}`, { indicator: `${name.replace(/^\d+\. /, "")} · Tổng số lớp mầm non`, target: "tăng so với năm học trước", actual: `${tot2} (năm học trước ${tot1})`, status: totStatus, why: `baseline B${row} = ${tot1}; "tăng" needs strictly more` });
  });
  s.set(`A${r + 1}`, "Nguồn: Cục Thống kê tỉnh; số liệu năm học 2023-2024 là số sơ bộ.", { italic: true });

  b.plan = {
    id: "quang-ngai-2023-2024-mang-luoi-mn",
    title: "Kế hoạch phát triển mạng lưới trường, lớp mầm non năm học 2023-2024",
    issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    place: "Quảng Ngãi",
    period: "2023-2024",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục: mỗi huyện không giảm số lớp mầm non công lập và tăng tổng số lớp so với năm học trước. / Plan written for the layout corpus.",
    indicators: [
      { id: "mn.lop.cong-lap", section: ["Chỉ tiêu"], name: "Số lớp mầm non công lập", level: "MN", unit: "lớp", target: "không giảm so với năm học trước", scope: "unit" },
      { id: "mn.lop.tong-so", section: ["Chỉ tiêu"], name: "Tổng số lớp mầm non", level: "MN", unit: "lớp", target: "tăng so với năm học trước", scope: "unit" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu 211",
    headerRows: "4-6 (three rows: school year, Tổng số / Chia ra, Công lập / Ngoài công lập; bilingual)",
    nameColumn: "A (numbered districts)",
    target: "plan.json: E → mn.lop.tong-so, F → mn.lop.cong-lap; baseline = the same column of the 2022-2023 block (B, C)",
    actualColumns: "E (Tổng số 2023-2024, a formula), F (Công lập 2023-2024)",
    ignoreColumns: "B, C, D (2022-2023 block: baseline only, never judged), G (Ngoài công lập: no target)",
    totalRows: `7 (TỔNG SỐ - TOTAL, above the units), ${sectionRows.join(", ")} (region subtotals I., II., III.)`,
    otherRows: `${r + 1} (source note)`,
    asOf: "2024-05-31",
    period: "2023-2024",
    rollUps: [s.rollUp(" · Số lớp mầm non công lập", "huyện", "Số lớp mầm non công lập không giảm"), s.rollUp(" · Tổng số lớp mầm non", "huyện", "Tổng số lớp mầm non tăng")],
    notes: "\"-\" means none (0) in a yearbook. Region rows carry subtotals and must not be read as districts.",
  };
  return b;
}
