// Layout 26: a province's district matrix of digital-transformation indicators in education (Thừa Thiên Huế, 2023): the target row at the bottom, under the total.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu chuyển đổi số trong giáo dục theo huyện, thị xã, thành phố, năm 2023, tỉnh Thừa Thiên Huế");
  const s = b.sheet("CĐS theo huyện");
  s.cols([5, 22, 15, 15, 15, 15, 18]);
  titleBlock(s, {
    left: ["UBND TỈNH THỪA THIÊN HUẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thừa Thiên Huế, ngày 29 tháng 12 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2023", "(Kế hoạch số 204/KH-UBND ngày 01/6/2022 của UBND tỉnh)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Đơn vị", "Tỷ lệ cơ sở giáo dục có kết nối Internet cáp quang", "Tỷ lệ trường phổ thông triển khai học bạ số", "Tỷ lệ giáo viên sử dụng hệ thống quản lý học tập (LMS)", "Số trường có phòng học thông minh", "Ghi chú"], head);
  const p = (v: number) => ({ v, pct: true, fmt: "0.0%" as const });
  const units: Array<[string, CellInput, CellInput, CellInput, CellInput, string]> = [
    ["Thành phố Huế", "100%", p(0.92), 88, 6, ""],
    ["Thị xã Hương Thủy", "100%", p(0.85), 81.5, 3, ""],
    ["Thị xã Hương Trà", "100%", p(0.78), 76, 2, ""],
    ["Huyện Phong Điền", "98,2%", p(0.8), 74.4, 2, ""],
    ["Huyện Quảng Điền", "100%", p(0.81), 80, 1, "Đang lắp đặt 01 phòng"],
    ["Huyện Phú Vang", "100%", p(0.74), 69.8, 2, ""],
    ["Huyện Phú Lộc", "99,1%", p(0.83), 77.2, 3, ""],
    ["Huyện A Lưới", "91,5%", p(0.6), 58, 0, "Vùng sâu, vùng xa"],
    ["Huyện Nam Đông", "95%", "", 62.3, 1, "Chưa tổng hợp học bạ số"],
  ];
  const first = 9;
  const end = table(s, `A${first}`, units.map((u, i) => [i + 1, ...u]));
  table(s, `A${end}`, [["", "Toàn tỉnh", "98,6%", p(0.81), 77.1, `=SUM(F${first}:F${end - 1})`, ""]], { bold: true });
  table(s, `A${end + 1}`, [["", "Mục tiêu năm 2023", "100%", "80%", "75%", "Ít nhất 2 trường/đơn vị", ""]], { bold: true, italic: true });

  const pctOf = (v: CellInput): number | null => (v === "" || v === null ? null : typeof v === "number" ? v : typeof v === "object" ? (v as { v: number }).v * 100 : Number(String(v).replace("%", "").replace(",", ".")));
  const cols: Array<[string, string, number, string]> = [["C", "Tỷ lệ cơ sở giáo dục có kết nối Internet cáp quang", 100, "100%"], ["D", "Tỷ lệ trường phổ thông triển khai học bạ số", 80, "80%"], ["E", "Tỷ lệ giáo viên sử dụng hệ thống quản lý học tập (LMS)", 75, "75%"]];
  units.forEach((u, i) => {
    const r = first + i;
    cols.forEach(([col, label, t, tt], k) => {
      const x = pctOf(u[1 + k]);
      const status: Status = x === null ? "no_data" : x > t ? "exceeded" : Math.abs(x - t) < 1e-9 ? "met" : "not_met";
      s.expect(`${col}${r}`, { indicator: `${u[0]} · ${label}`, target: `${tt} (dòng Mục tiêu năm 2023)`, status });
    });
    const n = Number(u[4]);
    s.expect(`F${r}`, { indicator: `${u[0]} · Số trường có phòng học thông minh`, target: "Ít nhất 2 trường/đơn vị (dòng Mục tiêu năm 2023)", status: n > 2 ? "exceeded" : n === 2 ? "met" : "not_met" });
  });
  signature(s, end + 3, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Văn Phúc" }, { col: "E", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Tân" });
  b.facts = {
    sheet: "CĐS theo huyện",
    headerRows: "8",
    nameColumn: "B (Đơn vị)",
    target: `row ${end + 1} (Mục tiêu năm 2023), at the bottom, under the total`,
    actualColumns: "C (text \"100%\"), D (percent cells), E (plain points), F (counts)",
    ignoreColumns: "G (Ghi chú)",
    totalRows: `${end} (Toàn tỉnh)`,
    targetRows: `${end + 1}`,
    otherRows: "signature below",
    asOf: "2023-12-29",
    period: "2023",
    rollUps: [...cols.map(([, label]) => s.rollUp(` · ${label}`, "đơn vị")), s.rollUp(" · Số trường có phòng học thông minh", "đơn vị")],
    notes: "\"Ít nhất 2 trường/đơn vị\" is a per-district count.",
  };
  return b;
}
