// Layout 220: a commune's nine-month table of its 2023 socio-economic targets (xã Vĩnh Hảo, Vĩnh Thạnh, Bình Định; output 55.722,974 million = 78,2% of plan), read on 06/10/2023: KH năm, TH 9 tháng (a SUM of three sectors on the total row), a ratio, a hidden same-period column, an "Ước TH cả năm" projection beside the result (not a result), the commune's own "Khả năng thực hiện" words; shortfalls of a year's plan pending, figures already past it exceeded, one-off duties done ("9/9", "Hoàn thành") met, counts made at the year's end pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng đầu năm 2023, xã Vĩnh Hảo (huyện Vĩnh Thạnh, Bình Định)");
  const s = b.sheet("Bieu KTXH 9 thang");
  s.cols([6, 44, 11, 12, 13, 9, 12, 13, 14, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN VĨNH THẠNH", "UBND XÃ VĨNH HẢO"],
    number: "Biểu kèm theo Báo cáo số 128/BC-UBND",
    date: "Vĩnh Hảo, ngày 06 tháng 10 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU", "9 tháng đầu năm 2023 và ước thực hiện cả năm 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.row("A8", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng năm 2023", "So KH năm (%)", "Cùng kỳ năm 2022", "Ước thực hiện cả năm 2023", "Khả năng thực hiện", "Ghi chú"], head);
  s.hideCols("G");
  const n = (v: number, fmt: "#,##0" | "0.0" = "#,##0"): CellInput => ({ v, fmt });
  type V = [Status, string] | null;
  // [tt, chỉ tiêu, ĐVT, KH, TH (or "sum"), cùng kỳ, ước cả năm, khả năng, ghi chú, verdict]
  type R = [string, string, string, CellInput, CellInput | "sum", CellInput, CellInput, string, string, V];
  const sec = (tt: string, title: string): R => [tt, title, "", "", "", "", "", "", "", null];
  const rows: R[] = [
    sec("I", "KINH TẾ"),
    ["1", "Tổng giá trị sản phẩm (giá hiện hành)", "Triệu đồng", n(71257), "sum", n(50980), n(72100), "Đạt", "", ["pending", "55.722,974 = 78,2% of the year's 71.257 on 6 October: short, a quarter remains"]],
    ["-", "Nông, lâm nghiệp, thủy sản", "Triệu đồng", n(40000), { v: 28279.409 }, n(26410), n(39500), "Khó đạt", "", ["pending", "28.279,409 of 40.000 (70,7%): short, the year is not over"]],
    ["-", "Thương mại, dịch vụ", "Triệu đồng", n(18000), { v: 18611.473 }, n(15620), n(24500), "Vượt", "", ["exceeded", "18.611,473 already above the year's 18.000"]],
    ["-", "Công nghiệp, tiểu thủ công nghiệp, xây dựng", "Triệu đồng", n(13257), { v: 8832.092 }, n(8950), n(12900), "Khó đạt", "", ["pending", "8.832,092 of 13.257 (66,6%) in October"]],
    ["2", "Tổng diện tích gieo trồng cả năm", "Ha", n(1250), n(1218), n(1196), n(1255), "Đạt", "Vụ Đông Xuân, Hè Thu xong; vụ Mùa đang gieo", ["pending", "1.218 of 1.250: the last crop is being sown"]],
    ["3", "Sản lượng lương thực có hạt", "Tấn", n(5200), n(4015), n(3920), n(5150), "Khó đạt", "", ["pending", "4.015 of 5.200: the last crop is still to come"]],
    ["4", "Trồng rừng tập trung", "Ha", n(120), n(126.5, "0.0"), n(104), n(126.5, "0.0"), "Vượt", "", ["exceeded", "126,5 ha already above the year's 120"]],
    ["5", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", n(1850), n(1512), n(1430), n(1900), "Đạt", "Dự toán huyện giao", ["pending", "1.512 of 1.850 (81,7%) in October"]],
    sec("II", "VĂN HÓA - XÃ HỘI"),
    ["6", "Tỷ lệ hộ nghèo", "%", "Giảm còn 14,5", "Rà soát vào quý IV", n(16.8, "0.0"), "14,5", "Đạt", "Theo kết quả rà soát hộ nghèo cuối năm", ["pending", "the rate is set by the year-end review in quarter IV"]],
    ["7", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", n(95, "0.0"), n(93.8, "0.0"), n(94.1, "0.0"), n(95, "0.0"), "Đạt", "", ["pending", "93,8 against 95 on 6 October: a share at the year's end, short now"]],
    ["8", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", "≥ 95", n(71.6, "0.0"), n(70.2, "0.0"), n(96, "0.0"), "Đạt", "Tính trên số trẻ cần tiêm cả năm", ["pending", "71,6% of the year's children after nine months: cumulative, short now"]],
    ["9", "Giải quyết việc làm mới", "Lao động", n(60), n(64), n(48), n(75), "Vượt", "", ["exceeded", "64 already above the year's 60"]],
    ["10", "Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa", "%", n(90, "0.0"), "Bình xét vào tháng 12", n(89.5, "0.0"), n(90, "0.0"), "Đạt", "", ["pending", "awarded in December"]],
    sec("III", "QUỐC PHÒNG - AN NINH"),
    ["11", "Giao quân nhập ngũ", "Thanh niên", n(9), "9/9 (đạt 100%)", n(8), "9", "Hoàn thành", "Giao quân ngày 14/02/2023", ["met", "9 of 9 handed over in February"]],
    ["12", "Huấn luyện dân quân tự vệ", "%", "Hoàn thành 100% kế hoạch", "Hoàn thành", "Hoàn thành", "Hoàn thành", "Hoàn thành", "Kết thúc huấn luyện tháng 6/2023", ["met", "training completed (June)"]],
    sec("IV", "MÔI TRƯỜNG"),
    ["13", "Tỷ lệ dân cư nông thôn sử dụng nước sạch hợp vệ sinh", "%", n(98, "0.0"), n(98, "0.0"), n(97.6, "0.0"), n(98.2, "0.0"), "Đạt", "", ["met", "98,0 at the 98 floor"]],
  ];
  let r = 9;
  const subRows: number[] = [];
  let totalRow = 0;
  for (const [tt, label, unit, kh, th, ck, uoc, kn, note, v] of rows) {
    if (unit === "" && kh === "") {
      s.row(`A${r}`, [tt, label], { border: true, bold: true });
      s.merge(`B${r}:J${r}`, label, { border: true, bold: true });
      r++;
      continue;
    }
    if (th === "sum") totalRow = r;
    if (tt === "-") subRows.push(r);
    r++;
  }
  // second pass: write rows now that the sub-rows of the total are known
  r = 9;
  for (const [tt, label, unit, kh, th, ck, uoc, kn, note, v] of rows) {
    if (unit === "" && kh === "") {
      r++;
      continue;
    }
    const thCell: CellInput = th === "sum" ? { v: `=SUM(E${subRows[0]}:E${subRows[subRows.length - 1]})`, result: 55722.974 } : th;
    const thVal = th === "sum" ? 55722.974 : typeof th === "object" && th !== null && typeof th.v === "number" ? th.v : Number.NaN;
    const khVal = typeof kh === "object" && kh !== null && typeof kh.v === "number" ? kh.v : Number.NaN;
    const ratio: CellInput = Number.isNaN(thVal) || Number.isNaN(khVal) ? "" : { v: `=ROUND(E${r}/D${r}*100,1)`, result: Math.round((thVal / khVal) * 1000) / 10, fmt: "0.0" };
    s.row(`A${r}`, [tt, label, unit, kh, thCell, ratio, ck, uoc, kn, note], bd);
    s.set(`B${r}`, label, { border: true, wrap: true, italic: tt === "-", bold: th === "sum" });
    s.set(`J${r}`, note, { border: true, wrap: true, italic: true });
    if (v) s.expect(`E${r}`, { indicator: label, target: `KH năm 2023: ${s.text(`D${r}`)}`, status: v[0], why: v[1] });
    r++;
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Số liệu 9 tháng tính đến ngày 30/9/2023; cột \"Ước thực hiện cả năm\" là số dự kiến, sẽ được cập nhật tại báo cáo năm.",
    "- Cột \"Khả năng thực hiện\" do các bộ phận chuyên môn tự đánh giá.",
  ]);
  signature(s, last + 6, { col: "B", title: "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ", name: "Đinh Văn Hùng" }, { col: "H", title: "TM. ỦY BAN NHÂN DÂN", name: "Trần Thị Cảnh" });
  b.facts = {
    sheet: "Bieu KTXH 9 thang",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2023: numbers, \"Giảm còn 14,5\", \"≥ 95\", \"Hoàn thành 100% kế hoạch\")",
    actualColumns: `E (Thực hiện 9 tháng năm 2023; row ${totalRow} a SUM of rows ${subRows.join(", ")})`,
    ignoreColumns: "A (TT), C (ĐVT), F (derived ratio), G (hidden: same period 2022), H (Ước thực hiện cả năm: a projection, not a result), I (the commune's own forecast), J (Ghi chú)",
    totalRows: `${totalRow} (Tổng giá trị sản phẩm: a total with its own plan, judged; its sectors ${subRows.join(", ")} judged too)`,
    targetRows: "none",
    otherRows: `section rows (I-IV); notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2023-10-06",
    period: "Năm 2023 (9 tháng)",
    notes: "A year's plan read in October: figures short of it are pending (shares included), figures already past it exceeded (trade 18.611,473 > 18.000, forest 126,5 > 120, jobs 64 > 60), duties done once in the year met (9/9 recruits, training \"Hoàn thành\"), counts made at the year's end pending. The \"Ước thực hiện cả năm\" column is a projection and the \"Khả năng thực hiện\" column the commune's forecast: neither is judged.",
  };
  return b;
}
