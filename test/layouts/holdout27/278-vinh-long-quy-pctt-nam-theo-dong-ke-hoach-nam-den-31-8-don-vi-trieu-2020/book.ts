// Layout 278: a province's disaster-prevention fund year by year (Ban Chỉ huy PCTT&TKCN tỉnh Vĩnh Long, September 2020): the years 2015-2020 as rows, the year's plan and the amount collected in million đồng, the current year to 31 August on its own row, the fund's spending beside (no target), a period total with no plan; past years final, 2020 pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thu, chi Quỹ phòng, chống thiên tai tỉnh Vĩnh Long giai đoạn 2015 - tháng 8/2020");
  const s = b.sheet("Quy PCTT 2015-2020");
  s.cols([5, 26, 14, 14, 11, 14, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH VĨNH LONG", "BCH PCTT VÀ TKCN TỈNH"],
    date: "Vĩnh Long, ngày 14 tháng 9 năm 2020",
    title: ["BIỂU 02: TỔNG HỢP THU, CHI QUỸ PHÒNG, CHỐNG THIÊN TAI QUA CÁC NĂM"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  s.merge("A6:G6", "Đơn vị tính: triệu đồng", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Năm", "Kế hoạch thu được giao", "Kết quả thu", "Tỷ lệ so kế hoạch", "Tổng chi trong năm", "Ghi chú"], head);
  type Y = [string, number, number, number, string, Status, string];
  // label, plan, collected, spent, note, verdict, why
  const years: Y[] = [
    ["Năm 2015", 7500, 7100, 1250, "Năm đầu triển khai", "not_met", "7.100 of 7.500 million; the year is over"],
    ["Năm 2016", 10000, 9300, 5420, "", "not_met", "9.300 of 10.000 million; the year is over"],
    ["Năm 2017", 12000, 11800, 9860, "", "not_met", "11.800 of 12.000 million (98,3%); the year is over"],
    ["Năm 2018", 14000, 14200, 12310, "", "exceeded", "14.200 against 14.000 million"],
    ["Năm 2019", 14500, 14449, 13975, "Gồm thu nợ năm trước", "not_met", "14.449 of 14.500 million: 51 million short, 99,6%; the year is over"],
    ["8 tháng năm 2020 (đến 31/8/2020)", 16356, 14060, 8734, "Đạt 85,96% kế hoạch năm", "pending", "14.060 of the year's 16.356 million (85,96%) to 31 August; four months left"],
  ];
  let r = 8;
  for (const [i, [label, plan, got, spent, note, st, why]] of years.entries()) {
    const rate = Math.round((got / plan) * 10000) / 100;
    s.row(`A${r}`, [String(i + 1), label, plan, got, { v: `=ROUND(D${r}/C${r},4)`, pct: true, fmt: "0.00%", border: true, align: "center", result: `${rate.toFixed(2).replace(".", ",")}%` }, spent, note], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, label, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, italic: true, wrap: true });
    s.expect(`D${r}|E${r}`, { indicator: `Thu Quỹ phòng, chống thiên tai · ${label}`, target: `${plan.toLocaleString("de-DE")} triệu đồng (Kế hoạch thu được giao, column C)`, status: st, why });
    r++;
  }
  // r = 14: the period total, no plan for the period
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}8:${c}13)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Cộng 2015 - 8/2020", "-", sum("D", 70909), "-", sum("F", 51549), "Bình quân thu 11.818 triệu đồng/năm"], { border: true, bold: true, align: "center" });
  s.set(`G${r}`, "Bình quân thu 11.818 triệu đồng/năm", { border: true, italic: true, wrap: true });
  notes(s, r + 2, "B", ["Ghi chú:", "- Kế hoạch thu hằng năm do UBND tỉnh giao; năm 2020 tính đến ngày 31/8/2020.", "- Số chi gồm chi hỗ trợ khắc phục sạt lở, trực phòng chống thiên tai, diễn tập và chi thù lao người thu."]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Mỹ Xuyên" }, { col: "E", title: "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN", name: "Nguyễn Văn Chánh" });
  b.facts = {
    sheet: "Quy PCTT 2015-2020",
    headerRows: "7",
    nameColumn: "B (Năm: each row a year, the last one to 31 August 2020)",
    target: "column C (Kế hoạch thu được giao, million đồng)",
    actualColumns: "D (Kết quả thu) or E (its rate, a ROUND fraction)",
    ignoreColumns: "A (TT), F (Tổng chi trong năm: spending, no target), G (Ghi chú)",
    totalRows: "14 (Cộng 2015 - 8/2020: SUM, no plan, \"-\"; not judged)",
    targetRows: "none",
    otherRows: "the unit line \"Đơn vị tính: triệu đồng\" (row 6); notes and signature under the table",
    asOf: "2020-09-14",
    period: "2015-2020 (each row its own year)",
    notes: "Each row is a year with its own plan: 2015-2019 are over, so short is not met (2019's 14.449 of 14.500 misses by 51 million) and 2018's 14.200 against 14.000 is exceeded; 2020 to 31 August is pending at 85,96% with four months left. The spending column has no target and the period total has no plan: neither is judged.",
  };
  return b;
}
