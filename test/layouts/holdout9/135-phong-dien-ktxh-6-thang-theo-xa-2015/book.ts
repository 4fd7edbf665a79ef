// Layout 135: a district's six-month results by commune against the year plan (Phong Điền, Thừa Thiên Huế, mid-2015): year targets read in July (pending unless already reached) beside a crop target that is final after the spring harvest; derived "% KH" columns; "2,1 km" as text; SUM totals.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu kinh tế - xã hội 6 tháng đầu năm 2015 theo xã, thị trấn, huyện Phong Điền");
  const s = b.sheet("6 thang theo xa");
  s.cols([5, 24, 10, 10, 8, 10, 10, 11, 11, 8, 28]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHONG ĐIỀN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
    date: "Phong Điền, ngày 15 tháng 7 năm 2015",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2015 THEO XÃ, THỊ TRẤN", "(Phục vụ kỳ họp lần thứ 10, HĐND huyện khóa V)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  s.merge("C8:E8", "Bê tông hóa giao thông nông thôn (km)", head);
  s.merge("F8:G8", "Năng suất lúa vụ Đông Xuân 2014-2015 (tạ/ha)", head);
  s.merge("H8:J8", "Thu ngân sách xã (triệu đồng)", head);
  s.merge("K8:K9", "Ghi chú", head);
  s.row("C9", ["KH năm 2015", "TH 6 tháng", "% KH", "KH vụ", "Thực hiện", "KH năm 2015", "TH 6 tháng", "% KH"], head);
  type Row = [string, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput, string];
  const rows: Row[] = [
    ["Xã Phong Thu", 3, 1.7, 58, 59.2, 1200, 690, ""],
    ["Xã Phong An", 4.5, 4.6, 60, 60, 2500, 1380, ""],
    ["Xã Phong Sơn", 3.5, "2,1 km", 56, 55.1, 900, 520, "Bê tông hóa: số liệu nghiệm thu đợt 1"],
    ["Xã Phong Xuân", "-", "-", 52, 53.4, 700, 735, "Không giao chỉ tiêu bê tông hóa; thu tiền sử dụng đất vượt dự toán"],
    ["Xã Phong Hiền", 3, 1.5, 61, "", 1100, 600, "Năng suất: chưa có số liệu thống kê"],
    ["Xã Phong Chương", 2.5, 2.5, 62, 61.5, 1000, 480, ""],
    ["Xã Điền Hòa", 2, 0.9, 50, 50.8, 800, 430, ""],
    ["Thị trấn Phong Điền", 1.5, 0.8, "-", "-", 3200, 1790, "Không sản xuất lúa"],
  ];
  const n = (v: CellInput) => (typeof v === "number" ? v : null);
  const pct = (a: CellInput, k: CellInput, r: number, c1: string, c0: string): CellInput =>
    n(a) !== null && n(k) !== null ? { v: `=ROUND(${c1}${r}/${c0}${r}*100,1)`, result: Math.round((n(a)! / n(k)!) * 1000) / 10, fmt: "0.0" } : "";
  rows.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], pct(x[2], x[1], r, "D", "C"), x[3], x[4], x[5], x[6], pct(x[6], x[5], r, "I", "H"), x[7]], { border: true, align: "center" });
  });
  const t = 18;
  s.row(`A${t}`, ["", "Toàn huyện", { v: "=SUM(C10:C17)", result: 20 }, { v: "=SUM(D10:D17)", result: 12 }, { v: `=ROUND(D${t}/C${t}*100,1)`, result: 60, fmt: "0.0" },
    57, 57.6, { v: "=SUM(H10:H17)", result: 11400 }, { v: "=SUM(I10:I17)", result: 6625 }, { v: `=ROUND(I${t}/H${t}*100,1)`, result: 58.1, fmt: "0.0" }, "Năng suất toàn huyện theo Chi cục Thống kê"], { border: true, align: "center", bold: true });
  const BT = "Bê tông hóa giao thông nông thôn", NS = "Năng suất lúa vụ Đông Xuân", TN = "Thu ngân sách xã";
  const v: [number, [Status, string] | null, [Status, string] | null, [Status, string]][] = [
    [10, ["pending", "1,7 of 3 km at mid-year; the year is not over"], ["exceeded", "59,2 > 58, the harvest is in"], ["pending", "690 of 1.200 at mid-year"]],
    [11, ["exceeded", "4,6 already past the year's 4,5"], ["met", "60 = 60"], ["pending", "1.380 of 2.500"]],
    [12, ["pending", "\"2,1 km\" (text) of 3,5 at mid-year"], ["not_met", "55,1 < 56, the harvest is in"], ["pending", "520 of 900"]],
    [13, null, ["exceeded", "53,4 > 52"], ["exceeded", "735 already past the year's 700"]],
    [14, ["pending", "1,5 of 3"], ["no_data", "blank; the note says no statistics yet"], ["pending", "600 of 1.100"]],
    [15, ["met", "2,5 = 2,5 already"], ["not_met", "61,5 < 62"], ["pending", "480 of 1.000"]],
    [16, ["pending", "0,9 of 2"], ["exceeded", "50,8 > 50"], ["pending", "430 of 800"]],
    [17, ["pending", "0,8 of 1,5"], null, ["pending", "1.790 of 3.200"]],
    [18, ["pending", "12,0 of 20 (the SUM leaves out Phong Sơn's \"2,1 km\" text; pending either way)"], ["exceeded", "57,6 > 57"], ["pending", "6.625 of 11.400"]],
  ];
  let rollUps: string[] = [];
  for (const [r, bt, ns, tn] of v) {
    if (r === 18) rollUps = [s.rollUp(` · ${NS}`, "xã, thị trấn"), s.rollUp(` · ${BT}`, "xã, thị trấn")];
    const u = s.text(`B${r}`);
    if (bt) s.expect(`D${r}`, { indicator: `${u} · ${BT}`, target: s.text(`C${r}`), status: bt[0], why: bt[1] });
    if (ns) s.expect(`G${r}`, { indicator: `${u} · ${NS}`, target: s.text(`F${r}`), status: ns[0], why: ns[1] });
    s.expect(`I${r}`, { indicator: `${u} · ${TN}`, target: s.text(`H${r}`), status: tn[0], why: tn[1] });
  }
  notes(s, 20, "B", ["Ghi chú:", "- Chỉ tiêu năm 2015 theo Nghị quyết HĐND huyện giao cho từng xã, thị trấn; số liệu 6 tháng tính đến 30/6/2015.", "- Năng suất lúa vụ Đông Xuân 2014-2015 là số liệu chính thức sau thu hoạch."]);
  signature(s, 24, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hoàng Thị Thu" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Lê Văn Phước" });
  b.facts = {
    sheet: "6 thang theo xa",
    headerRows: "8-9 (three merged indicator groups)",
    nameColumn: "B (Xã, thị trấn)",
    target: "columns C (KH năm 2015), F (KH vụ Đông Xuân), H (KH năm 2015), one per commune row",
    actualColumns: "D (TH 6 tháng), G (Thực hiện, final after the harvest), I (TH 6 tháng)",
    ignoreColumns: "E, J (% KH: ROUND formulas, derived), K (Ghi chú)",
    totalRows: "18 (Toàn huyện: SUMs for km and revenue, a typed district yield; judged on its own plan)",
    otherRows: "20-22 (notes), signature from 24",
    asOf: "2015-07-15",
    period: "2015",
    rollUps,
    notes: "Read mid-year: the year's road and revenue plans are pending unless already reached (then met or exceeded); the spring crop's yield is final and judged. \"-\" / \"-\" (no plan) is not judged.",
  };
  return b;
}
