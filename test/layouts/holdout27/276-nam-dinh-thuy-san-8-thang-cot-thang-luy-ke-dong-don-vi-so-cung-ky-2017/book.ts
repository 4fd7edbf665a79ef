// Layout 276: a province's fisheries after eight months (Sở NN&PTNT Nam Định, August 2017): "Đơn vị: nghìn tấn" as a line over the table but ĐVT per row, the year's plan, the month's estimate beside the eight-month cumulative, 2016's same period hidden, % of plan and % of last year as fractions, a growth target in its own column, a stocking area already done; four months left: short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Ước thực hiện sản xuất thủy sản tháng 8 và 8 tháng năm 2017, tỉnh Nam Định");
  const s = b.sheet("Thuy san T8-2017");
  s.cols([5, 40, 12, 12, 12, 13, 12, 11, 11, 14, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH NAM ĐỊNH", "SỞ NÔNG NGHIỆP VÀ PTNT"],
    date: "Nam Định, ngày 25 tháng 8 năm 2017",
    title: ["BIỂU SỐ 03: KẾT QUẢ SẢN XUẤT THỦY SẢN THÁNG 8 VÀ 8 THÁNG NĂM 2017"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  s.set("J6", "Đơn vị: nghìn tấn", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Chỉ tiêu", head);
  s.merge("C7:C8", "ĐVT", head);
  s.merge("D7:D8", "Kế hoạch năm 2017", head);
  s.merge("E7:F7", "Ước thực hiện năm 2017", head);
  s.row("E8", ["Tháng 8", "Lũy kế 8 tháng"], head);
  s.merge("G7:G8", "Cùng kỳ năm 2016", head);
  s.merge("H7:I7", "So sánh (%)", head);
  s.row("H8", ["Lũy kế/KH năm", "Lũy kế/Cùng kỳ"], head);
  s.merge("J7:J8", "Chỉ tiêu tăng trưởng so cùng kỳ", head);
  s.merge("K7:K8", "Ghi chú", head);
  const f = (r: number, a: string, b2: string, res: string): CellInput => ({ v: `=ROUND(${a}${r}/${b2}${r},3)`, pct: true, fmt: "0.0%", border: true, align: "center", result: res });
  type R = [string, string, string, number, number, number, number, string, string, string, Status, string];
  // tt, name, ĐVT, plan, month, cumulative, last year, %KH shown, %CK shown, growth target, note, verdict, why
  const rows: R[] = [
    ["1", "Tổng sản lượng thủy sản", "nghìn tấn", 134.7, 12.4, 91.2, 85.43, "67,7%", "106,8%", "Tăng 5%", "pending", "91,2 of 134,7 thousand tonnes (67,7%) with four months left; the month's 12,4 is no result"],
    ["1.1", "Sản lượng thủy sản khai thác", "nghìn tấn", 49.5, 4.1, 33.8, 33.83, "68,3%", "99,9%", "Tăng 2%", "pending", "33,8 of 49,5 after eight months (68,3%)"],
    ["1.2", "Sản lượng thủy sản nuôi trồng", "nghìn tấn", 85.2, 8.3, 57.4, 51.6, "67,4%", "111,2%", "Tăng 8%", "pending", "57,4 of 85,2 after eight months; most ponds are harvested from September"],
    ["2", "Sản xuất giống thủy sản", "triệu con", 14500, 620, 10994, 10210, "75,8%", "107,7%", "", "pending", "10.994 of 14.500 million fry, the hatcheries' season not over"],
    ["3", "Diện tích nuôi trồng thủy sản", "nghìn ha", 17.5, 0.1, 17.82, 17.45, "101,8%", "102,1%", "", "exceeded", "17,82 thousand ha stocked against 17,5: the year's area is stocked and counts as done"],
  ];
  let r = 9;
  for (const [tt, name, dvt, plan, month, cum, ly, pk, pc, growth, st, why] of rows) {
    s.row(`A${r}`, [tt, name, dvt, plan, month, cum, ly, f(r, "F", "D", pk), f(r, "F", "G", pc), growth, ""], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true, bold: tt === "1" });
    const plain = (n: number) => n.toLocaleString("de-DE");
    s.expect(`F${r}`, { indicator: name, target: `${plain(plan)} ${dvt} (Kế hoạch năm 2017, column D)`, status: st, why });
    if (growth) {
      const past = Number(pc.replace("%", "").replace(",", ".")) - 100 > Number(growth.replace(/[^0-9,]/g, "").replace(",", "."));
      const gv: Status = past ? "exceeded" : "pending";
      const w = past ? `${pc} of the same period of 2016: growth already past the ${growth.toLowerCase()} floor, read as reached like a rate past its floor before the year's end` : `${pc} of the same period of 2016, short of ${growth.toLowerCase()}, with four months left`;
      s.expect(`I${r}`, { indicator: `${name} · tăng trưởng so cùng kỳ`, target: `${growth} (column J)`, status: gv, why: w });
    }
    r++;
  }
  s.set("K11", "Thu hoạch chính vụ tháng 9-11", { border: true, italic: true, wrap: true });
  s.set("K13", "Thả nuôi xong vụ chính", { border: true, italic: true, wrap: true });
  s.hideCols("G");
  notes(s, r + 1, "B", ["Ghi chú:", "- Số liệu tháng 8 là số ước; lũy kế 8 tháng gồm số chính thức 7 tháng và ước tháng 8.", "- Riêng sản xuất giống tính theo ĐVT triệu con, diện tích theo nghìn ha."]);
  signature(s, r + 5, { col: "B", title: "PHÒNG KẾ HOẠCH - TÀI CHÍNH", name: "Vũ Thị Hằng" }, { col: "H", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Trần Văn Quý" });
  b.facts = {
    sheet: "Thuy san T8-2017",
    headerRows: "7-8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2017, in the ĐVT of column C); column J (Chỉ tiêu tăng trưởng so cùng kỳ: \"Tăng 5%\" …) for the growth of rows 9-11",
    actualColumns: "F (Lũy kế 8 tháng) against column D; I (Lũy kế/Cùng kỳ, a ROUND fraction) against column J",
    ignoreColumns: "A (TT), C (ĐVT), E (Tháng 8: the month alone), G (Cùng kỳ năm 2016: hidden, the denominator of I), H (Lũy kế/KH năm: derived), K (Ghi chú)",
    totalRows: "9 (Tổng sản lượng = 1.1 + 1.2; judged as an indicator of its own)",
    targetRows: "none",
    otherRows: "the unit line \"Đơn vị: nghìn tấn\" (row 6) over the table, although rows 12-13 are in triệu con and nghìn ha; notes and signature under the table",
    asOf: "2017-08-25",
    period: "2017",
    notes: "Eight months of a year's plan: every output short of the plan is pending (the main harvest comes in September-November), and so is the catch's growth against last year (99,9% against \"Tăng 2%\"); a growth already past its floor (106,8% against \"Tăng 5%\", 111,2% against \"Tăng 8%\") is read as reached, exceeded, as a rate past its floor is before the year's end. The month column E is not the result; the cumulative F is. The stocked area, done once for the year, is past its plan: exceeded. The unit line over the table says thousand tonnes but the ĐVT column decides per row (fry in millions, area in thousand ha).",
  };
  return b;
}
