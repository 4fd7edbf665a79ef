// Layout 52: a preschool's weekly meal-analysis table for the kindergarten group (MN Định Bà, Tân Hồng, Đồng Tháp, March 2024): "Mức tối thiểu" and "Mức tối đa" norm rows above the days, band targets, a weekly average row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tính khẩu phần ăn bán trú khối mẫu giáo tuần 1 tháng 3/2024, Trường Mầm non Định Bà");
  const s = b.sheet("Khẩu phần tuần 1");
  s.cols([6, 22, 14, 12, 12, 12, 10, 10, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT HUYỆN TÂN HỒNG", "TRƯỜNG MẦM NON ĐỊNH BÀ"],
    date: "Định Bà, ngày 08 tháng 3 năm 2024",
    title: ["KẾT QUẢ TÍNH KHẨU PHẦN ĂN BÁN TRÚ KHỐI MẪU GIÁO", "Tuần 1 tháng 3/2024 (từ 04/3 đến 08/3/2024)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Ngày", head).merge("C8:C9", "Năng lượng (kcal/trẻ/ngày)", head);
  s.merge("D8:F8", "Tỷ lệ năng lượng do các chất cung cấp (%)", head);
  s.row("D9", ["Protit (P)", "Lipit (L)", "Gluxit (G)"], head);
  s.merge("G8:H8", "Phân bổ bữa ăn (kcal)", head);
  s.row("G9", ["Bữa trưa", "Bữa phụ"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.hideCols("G", "H");
  const norm = { italic: true, bold: true, border: true, align: "center" as const };
  s.row("A10", ["", "Mức tối thiểu", 735, 13, 25, 52, "", "", "Nhu cầu khuyến nghị tại trường"], norm);
  s.row("A11", ["", "Mức tối đa", 882, 20, 35, 60, "", "", "(50-60% nhu cầu cả ngày)"], norm);

  // [day, energy, P, L, G, lunch, snack, note]; null energy = not computed
  type D = [string, CellInput | null, CellInput, CellInput, CellInput, number, number, string];
  const days: D[] = [
    ["Thứ Hai (04/3)", 812, 15.2, 27.8, 57, 560, 110, ""],
    ["Thứ Ba (05/3)", 760, 14.1, 24.6, 61.3, 530, 95, "Nhiều tinh bột"],
    ["Thứ Tư (06/3)", "735 kcal", 16, 30.2, "53,8%", 505, 100, ""],
    ["Thứ Năm (07/3)", 901, 18.5, 35, 46.5, 640, 120, "Bổ sung sữa"],
    ["Thứ Sáu (08/3)", null, "", "", "", 0, 0, "Chưa tính: lỗi phần mềm dinh dưỡng"],
  ];
  const first = 12;
  const rows = days.map(([day, e, p, l, g, lunch, snack, note], i) => [i + 1, day, e ?? "", p, l, g, e === null ? "" : lunch, e === null ? "" : snack, note]);
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const avg = (c: string): CellInput => ({ v: `=ROUND(AVERAGE(${c}${first}:${c}${last}),1)`, fmt: "0.0" });
  table(s, `A${end}`, [["", "Bình quân tuần", avg("C"), avg("D"), avg("E"), avg("F"), "", "", "Trừ ngày chưa tính"]], { bold: true, align: "center" });

  const bands: Array<[string, string, number, number, number]> = [
    ["C", "Năng lượng khẩu phần tại trường (kcal/trẻ/ngày)", 735, 882, 1],
    ["D", "Tỷ lệ năng lượng do Protit cung cấp", 13, 20, 2],
    ["E", "Tỷ lệ năng lượng do Lipit cung cấp", 25, 35, 3],
    ["F", "Tỷ lệ năng lượng do Gluxit cung cấp", 52, 60, 4],
  ];
  const num = (x: CellInput) => Number(String(x).replace(/[^\d,.]/g, "").replace(",", "."));
  const vi = (n: number) => String(n).replace(".", ",");
  days.forEach((d, i) => {
    const r = first + i;
    for (const [col, label, lo, hi, k] of bands) {
      const target = `${vi(lo)} - ${vi(hi)}${col === "C" ? " kcal" : "%"} (dòng Mức tối thiểu / Mức tối đa)`;
      if (d[1] === null) {
        s.expect(`${col}${r}`, { indicator: `${d[0]} · ${label}`, target, actual: "(trống)", status: "no_data", why: "not computed (Ghi chú)" });
        continue;
      }
      const x = num(d[k] as CellInput);
      const st: Status = x >= lo && x <= hi ? "met" : "not_met";
      const why = st === "met" ? `${vi(x)} within ${vi(lo)}-${vi(hi)}${x === lo || x === hi ? " (on the edge, inclusive)" : ""}` : x < lo ? `${vi(x)} below the minimum ${vi(lo)}` : `${vi(x)} above the maximum ${vi(hi)}: a band, too much fails too`;
      s.expect(`${col}${r}`, { indicator: `${d[0]} · ${label}`, target, status: st, why });
    }
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Mức khuyến nghị theo Chương trình giáo dục mầm non: năng lượng tại trường 735-882 kcal/trẻ/ngày; P 13-20%, L 25-35%, G 52-60%.",
    "- Cột phân bổ bữa ăn (ẩn) dùng nội bộ.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP", name: "Nguyễn Thị Kim Thoa" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Trần Thị Mỹ Hạnh" });
  b.facts = {
    sheet: "Khẩu phần tuần 1",
    headerRows: "8-9 (Tỷ lệ năng lượng do các chất cung cấp (%) over Protit | Lipit | Gluxit)",
    nameColumn: "B (Ngày)",
    target: "rows 10 (Mức tối thiểu) and 11 (Mức tối đa), above the days: each column's band is [row 10, row 11]",
    actualColumns: "C (kcal; one typed \"735 kcal\"), D, E, F (percent points; one typed \"53,8%\")",
    ignoreColumns: "G-H (hidden: meal split), I (Ghi chú)",
    totalRows: `${end} (Bình quân tuần: an average, not a day)`,
    targetRows: "10, 11",
    otherRows: `${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2024-03-08",
    period: "2023-2024",
    rollUps: bands.map(([, label]) => s.rollUp(` · ${label}`, "ngày")),
    notes: "Band targets split over two norm rows: inside [minimum, maximum] is met (edges included), below or above is not_met; a band is never exceeded. Wednesday's energy sits exactly on the minimum and Thursday's lipid exactly on the maximum.",
  };
  return b;
}
