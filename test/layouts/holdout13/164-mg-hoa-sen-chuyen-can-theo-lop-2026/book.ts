// Layout 164: a kindergarten's first-term review per class (MG Hoa Sen, Kiến Tường, plan 110/KH-MGHS 2025-2026): classes grouped by age band, each band row carrying its own targets under the judged columns (attendance ≥ 85/90/95%, underweight "Dưới 3%" / "Dưới 2%"), attendance typed, underweight count with an IF/ROUND rate, "01 trẻ" typed with its unit (the formula left blank), a class not compiled.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả chuyên cần, suy dinh dưỡng học kỳ I năm học 2025-2026 theo lớp, Trường Mẫu giáo Hoa Sen (Kế hoạch số 110/KH-MGHS)");
  const s = b.sheet("So ket HKI");
  s.cols([5, 24, 9, 14, 12, 11, 20, 24]);
  titleBlock(s, {
    left: ["UBND PHƯỜNG KIẾN TƯỜNG", "TRƯỜNG MẪU GIÁO HOA SEN"],
    date: "Kiến Tường, ngày 16 tháng 01 năm 2026",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU HỌC KỲ I NĂM HỌC 2025-2026", "(Chuyên cần, suy dinh dưỡng theo lớp - Kế hoạch số 110/KH-MGHS ngày 10/9/2025)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Lớp", head).merge("C8:C9", "Sĩ số", head).merge("D8:D9", "Tỷ lệ chuyên cần HK I (%)", head);
  s.merge("E8:F8", "Trẻ suy dinh dưỡng thể nhẹ cân", head).row("E9", ["Số trẻ", "Tỷ lệ (%)"], head);
  s.merge("G8:G9", "Giáo viên chủ nhiệm", head).merge("H8:H9", "Ghi chú", head);
  type C = [string, number, number | string, number | string, string, string, Status, string, Status, string];
  const bands: [string, string, string, C[]][] = [
    ["Khối 3-4 tuổi (3 lớp)", "Chỉ tiêu: ≥ 85%", "Dưới 3%", [
      ["Mầm 1", 22, 86.4, 1, "Trần Thị Ngọc", "", "exceeded", "86,4 > 85", "not_met", "1/22 = 4,5, not under 3"],
      ["Mầm 2", 22, 85.0, 0, "Lê Thị Thu", "", "met", "85,0 at the floor", "met", "0/22 = 0,0"],
      ["Mầm 3", 22, 83.7, 0, "Nguyễn Thị Bé", "", "not_met", "83,7 < 85", "met", "0/22 = 0,0"],
    ]],
    ["Khối 4-5 tuổi (4 lớp)", "Chỉ tiêu: ≥ 90%", "Dưới 3%", [
      ["Chồi 1", 28, 92.1, 0, "Võ Thị Kim", "", "exceeded", "92,1 > 90 (the band's own target, not 85)", "met", "0/28"],
      ["Chồi 2", 28, 90.0, 1, "Phạm Thị Hồng", "", "met", "90,0 at the floor", "not_met", "1/28 = 3,6"],
      ["Chồi 3", 28, "", 0, "Đỗ Thị Lan", "GV nghỉ hộ sản, chưa tổng hợp chuyên cần", "no_data", "blank: not compiled (note)", "met", "0/28"],
      ["Chồi 4", 28, 89.6, 0, "Huỳnh Thị Mai", "", "not_met", "89,6 < 90 (would pass the 3-4 band's 85)", "met", "0/28"],
    ]],
    ["Khối 5-6 tuổi (4 lớp)", "Chỉ tiêu: ≥ 95%", "Dưới 2%", [
      ["Lá 1", 29, 96.2, 0, "Nguyễn Thị Yến", "", "exceeded", "96,2 > 95", "met", "0/29"],
      ["Lá 2", 29, 95.0, 0, "Trương Thị Nhi", "", "met", "95,0 at the floor", "met", "0/29"],
      ["Lá 3", 28, 94.8, 1, "Lê Thị Cẩm", "", "not_met", "94,8 < 95", "not_met", "1/28 = 3,6, not under 2"],
      ["Lá 4", 28, 97.3, "01 trẻ", "Phan Thị Diễm", "", "exceeded", "97,3 > 95", "not_met", "\"01 trẻ\": 1/28 = 3,6 (the rate formula is blank because the count was typed with its unit)"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const bandRows: number[] = [];
  for (const [band, cc, sdd, cs] of bands) {
    s.row(`A${r}`, ["", band, "", cc, "", sdd, "", ""], { bold: true, italic: true, border: true, align: "center" });
    bandRows.push(r);
    r++;
    const ccT = cc.replace("Chỉ tiêu: ", "");
    for (const c of cs) {
      n++;
      const rate: CellInput = { v: `=IF(ISNUMBER(E${r}),ROUND(E${r}/C${r}*100,1),"")`, result: typeof c[3] === "number" ? Math.round((c[3] / c[1]) * 1000) / 10 : "", fmt: "0.0" };
      s.row(`A${r}`, [n, c[0], c[1], typeof c[2] === "number" ? { v: c[2], fmt: "0.0" } : c[2], c[3], rate, c[4], c[5]], { border: true, align: "center", wrap: true });
      s.expect(`D${r}`, { indicator: `${c[0]} · Tỷ lệ chuyên cần HK I`, target: ccT, status: c[6], why: c[7], ...(c[2] === "" ? { actual: "(trống)" } : {}) });
      s.expect(`F${r}|E${r}`, { indicator: `${c[0]} · Tỷ lệ trẻ SDD thể nhẹ cân`, target: sdd, status: c[8], why: c[9], ...(typeof c[3] === "string" ? { actual: c[3] } : {}) });
      r++;
    }
  }
  const last = r - 1;
  const rollUps = [" · Tỷ lệ chuyên cần HK I", " · Tỷ lệ trẻ SDD thể nhẹ cân"].map((x) => s.rollUp(x, "lớp"));
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu chuyên cần theo từng độ tuổi: 3-4 tuổi từ 85%, 4-5 tuổi từ 90%, 5-6 tuổi từ 95% trở lên; trẻ suy dinh dưỡng thể nhẹ cân dưới 3% (5-6 tuổi dưới 2%).",
    "- Cân đo tháng 12/2025 tại trường.",
  ]);
  signature(s, last + 6, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Nguyễn Thị Thanh Trúc" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Võ Thị Mỹ Linh" });
  b.facts = {
    sheet: "So ket HKI",
    headerRows: "8-9 (merged)",
    nameColumn: "B (Lớp)",
    target: `band rows ${bandRows.join(", ")}: D "Chỉ tiêu: ≥ 85%" / "≥ 90%" / "≥ 95%", F "Dưới 3%" / "Dưới 3%" / "Dưới 2%" (each for the classes under it)`,
    actualColumns: "D (chuyên cần, typed), F (IF/ROUND rate of E over C)",
    ignoreColumns: "C (Sĩ số), G (Giáo viên), H (Ghi chú)",
    totalRows: "none",
    targetRows: bandRows.join(", "),
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2026-01-16",
    period: "Năm học 2025-2026",
    rollUps,
    notes: "Each age-band row carries its targets under the judged columns and governs the classes below it until the next band row. Lá 4's underweight count is typed \"01 trẻ\", so its rate formula is blank.",
  };
  return b;
}
