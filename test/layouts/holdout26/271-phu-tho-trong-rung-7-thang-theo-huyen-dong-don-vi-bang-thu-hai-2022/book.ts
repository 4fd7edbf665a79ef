// Layout 271: a province's forest planting by district in late July (Phú Thọ, 2022): a unit line as a row ("Đơn vị: ha"), districts as rows with the year's plan, the area planted, a ROUND percent of plan as a fraction, large-timber planting beside it and last year hidden, a province SUM total; then a second table on the same sheet with the sector's other targets; mid-season: reached met, short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả trồng rừng tập trung 7 tháng năm 2022 theo huyện, tỉnh Phú Thọ");
  const s = b.sheet("Trong rung 7T");
  s.cols([5, 30, 12, 12, 10, 12, 12, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC KIỂM LÂM"],
    date: "Phú Thọ, ngày 22 tháng 7 năm 2022",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ TRỒNG RỪNG TẬP TRUNG 7 THÁNG NĂM 2022"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  s.set("H8", "Đơn vị: ha", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Huyện, thành, thị", "Kế hoạch năm 2022", "Thực hiện đến 20/7/2022", "% so KH", "Trong đó: trồng cây gỗ lớn", "Cùng kỳ năm 2021", "Ghi chú"], head);
  type D = [string, number, number, number, number, string, Status];
  const ds: D[] = [
    ["Thanh Sơn", 2100, 1985, 460, 1990, "", "pending"],
    ["Tân Sơn", 1900, 1702, 410, 1708, "", "pending"],
    ["Yên Lập", 1500, 1420, 350, 1480, "", "pending"],
    ["Hạ Hòa", 1050, 1062, 240, 1010, "Đã hoàn thành kế hoạch", "exceeded"],
    ["Đoan Hùng", 900, 812, 190, 870, "", "pending"],
    ["Cẩm Khê", 700, 563, 110, 640, "", "pending"],
    ["Thanh Ba", 350, 350, 60, 330, "Đã hoàn thành kế hoạch", "met"],
    ["Phù Ninh", 250, 198, 40, 240, "", "pending"],
    ["Thanh Thủy", 200, 96, 20, 150, "Trồng bổ sung vụ Thu", "pending"],
    ["Tam Nông", 120, 112, 20, 95, "", "pending"],
  ];
  let r = 10;
  const pctOf = (n: number, k: number) => `${(Math.round((n / k) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  for (const [i, [name, kh, th, gl, ck, note, st]] of ds.entries()) {
    const pct: CellInput = { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", result: pctOf(th, kh) };
    s.row(`A${r}`, [String(i + 1), name, kh, th, pct, gl, ck, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`D${r}`, { indicator: `Trồng rừng tập trung · ${name}`, target: `${kh.toLocaleString("de-DE")} ha (Kế hoạch năm 2022, column C)`, status: st, why: st === "pending" ? `${th.toLocaleString("de-DE")} of ${kh.toLocaleString("de-DE")} ha (${pctOf(th, kh)}) in July; the autumn planting season is still to come` : `${th.toLocaleString("de-DE")} ha against ${kh.toLocaleString("de-DE")} (${pctOf(th, kh)})` });
    r++;
  }
  // r = 20: the province total
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}19)`, result: res, bold: true });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", 9070), sum("D", 8300), { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", result: "91,5%", bold: true }, sum("F", 1900), sum("G", 8513), "Bằng 97,5% cùng kỳ"], { border: true, align: "center", bold: true });
  s.expect("D20", { indicator: "Trồng rừng tập trung · Toàn tỉnh", target: "9.070 ha (Kế hoạch năm 2022, SUM of column C)", status: "pending", why: "8.300 of 9.070 ha (91,5%) in July" });
  s.hideCols("G");
  // Second table: the sector's other targets.
  s.merge("A23:H23", "II. CÁC CHỈ TIÊU KHÁC CỦA NGÀNH LÂM NGHIỆP", { bold: true });
  s.row("A24", ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện đến 20/7/2022", "% so KH", "", "", "Ghi chú"], head);
  type O = [string, CellInput, CellInput, string, Status, string];
  const os: O[] = [
    ["Trồng rừng đặc dụng, phòng hộ", 50, 50, "Hoàn thành trong vụ Xuân", "met", "50 ha against 50"],
    ["Chăm sóc rừng trồng", 28500, 28960, "", "exceeded", "28.960 ha tended against 28.500"],
    ["Chuyển hóa rừng trồng gỗ nhỏ sang gỗ lớn", 500, 295, "Thực hiện đến tháng 11", "pending", "295 of 500 ha; the work runs to November"],
    ["Tỷ lệ che phủ rừng", "39,5%", "Công bố cuối năm", "Theo kết quả theo dõi diễn biến rừng", "pending", "the cover rate is published at the year's end: no figure yet, not due"],
  ];
  r = 25;
  for (const [i, [name, kh, th, note, st, why]] of os.entries()) {
    const pct: CellInput = typeof th === "number" && typeof kh === "number" ? { v: `=ROUND(D${r}/C${r},3)`, pct: true, fmt: "0.0%", result: pctOf(th, kh) } : "";
    s.row(`A${r}`, [String(i + 1), name, kh, th, pct, "", "", note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`H${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`D${r}`, { indicator: name, target: `${typeof kh === "number" ? `${kh.toLocaleString("de-DE")} ha` : kh} (Kế hoạch năm 2022, column C)`, status: st, why });
    r++;
  }
  notes(s, r + 1, "B", ["Ghi chú:", "- Thời vụ trồng rừng: vụ Xuân (tháng 2-4) và vụ Thu (tháng 7-9).", "- Số liệu tổng hợp từ báo cáo của Hạt Kiểm lâm các huyện."]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hà Văn Thành" }, { col: "E", title: "CHI CỤC TRƯỞNG", name: "Nguyễn Đình Tuấn" });
  b.facts = {
    sheet: "Trong rung 7T",
    headerRows: "9; 24 (second table)",
    nameColumn: "B (Huyện, thành, thị; then Chỉ tiêu)",
    target: "column C (Kế hoạch năm 2022, in ha as the unit line in row 8 says; \"39,5%\" for the cover rate)",
    actualColumns: "D (Thực hiện đến 20/7/2022; \"Công bố cuối năm\" for the cover rate)",
    ignoreColumns: "A (TT), E (% so KH: ROUND fraction, derived), F (Trong đó: gỗ lớn, a part of D with no target), G (hidden: 2021), H (Ghi chú)",
    totalRows: "20 (Toàn tỉnh: SUM of rows 10-19; judged)",
    targetRows: "none",
    otherRows: "8 (unit line \"Đơn vị: ha\"), 23 (second table's title), 24 (its header); notes and signature under the tables",
    asOf: "2022-07-22",
    period: "2022",
    notes: "Late July, between the spring and autumn planting seasons: districts short of the year's plan are pending; those at or past it are met or exceeded (Thanh Ba 350 of 350, Hạ Hòa 1.062 of 1.050). The province total is 91,5% of plan: pending. In the second table, protection forest was planted in spring (met), tending is past its plan (exceeded), conversion to large timber runs to November (pending), and the cover rate is only published at the year's end (pending). Column F is a part of D with no plan of its own; column G (hidden) is last year.",
  };
  return b;
}
