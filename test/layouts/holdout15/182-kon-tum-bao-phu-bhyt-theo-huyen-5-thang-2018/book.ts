// Layout 182: a province's table of health-insurance coverage by district after five months of 2018 against each district's target for the year (Kon Tum, 88,46% against the 88,1% the Prime Minister set): a target column per unit (numbers, "Trên 95%", "Từ 98% trở lên"), ROUND rates, a signed difference column, a hidden 2017 column, the province row on top; a rate short of a year-end target in May is not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện chỉ tiêu bao phủ bảo hiểm y tế năm 2018 theo huyện, thành phố (đến ngày 31/5/2018), tỉnh Kon Tum");
  const s = b.sheet("Bao phu BHYT 5 thang");
  s.cols([5, 20, 12, 14, 11, 13, 11, 11, 32]);
  titleBlock(s, {
    left: ["BẢO HIỂM XÃ HỘI TỈNH KON TUM"],
    date: "Kon Tum, ngày 08 tháng 6 năm 2018",
    title: ["TÌNH HÌNH THỰC HIỆN CHỈ TIÊU BAO PHỦ BẢO HIỂM Y TẾ NĂM 2018", "(Số liệu đến ngày 31/5/2018; chỉ tiêu theo Quyết định giao chỉ tiêu của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Huyện, thành phố", "Dân số (người)", "Số người tham gia BHYT", "Tỷ lệ bao phủ (%)", "Chỉ tiêu giao năm 2018 (%)", "So với chỉ tiêu (+/-)", "Cùng kỳ năm 2017 (%)", "Ghi chú"], head);
  s.row("A9", ["A", "B", "1", "2", "3 = 2/1", "4", "5 = 3 - 4", "6", "7"], { ...head, bold: false, italic: true });
  s.hideCols("H");
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // [huyện, dân số, tham gia, chỉ tiêu (number or text), cùng kỳ, ghi chú]
  type U = [string, number, number, number | string, number, string];
  const units: U[] = [
    ["Thành phố Kon Tum", 171000, 137917, 84, 79.8, "Chủ yếu còn thiếu nhóm hộ gia đình"],
    ["Huyện Đăk Hà", 72000, 63360, 88, 86.9, ""],
    ["Huyện Đăk Tô", 44000, 40018, 90, 89.7, ""],
    ["Huyện Ngọc Hồi", 56000, 48440, 87, 85.2, ""],
    ["Huyện Đăk Glei", 46000, 44666, 95, 96.8, ""],
    ["Huyện Sa Thầy", 52000, 48464, 92, 92.4, ""],
    ["Huyện Kon Rẫy", 27000, 25650, 94, 94.6, ""],
    ["Huyện Kon Plông", 26500, 25811, "Trên 95%", 97.1, ""],
    ["Huyện Tu Mơ Rông", 26000, 25766, "Từ 98% trở lên", 98.9, ""],
    ["Huyện Ia H'Drai", 12500, 11400, 90, 88.0, "Huyện mới thành lập, dân số biến động"],
  ];
  const top = 10;
  const first = 11;
  const last = first + units.length - 1;
  let pop = 0, ins = 0;
  units.forEach((u, i) => {
    const r = first + i;
    pop += u[1]; ins += u[2];
    const e = r2((u[2] / u[1]) * 100);
    const t = u[3];
    s.row(`A${r}`, [i + 1, u[0], { v: u[1], fmt: "#,##0" }, { v: u[2], fmt: "#,##0" }, { v: `=ROUND(D${r}/C${r}*100,2)`, result: e, fmt: "0.00" }, typeof t === "number" ? { v: t, fmt: "0.0" } : t, { v: `=IF(ISNUMBER(F${r}),E${r}-F${r},"")`, result: typeof t === "number" ? r2(e - t) : "", fmt: "0.00" }, u[4], u[5]], { border: true, align: "center", wrap: true });
    const floor = typeof t === "number" ? t : Number(/(\d+)/.exec(t)![1]);
    const strict = typeof t === "string" && /^Trên/.test(t);
    const st: Status = e > floor ? (strict ? "met" : "exceeded") : e === floor && typeof t === "number" ? "met" : "pending";
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ bao phủ BHYT`, target: typeof t === "number" ? `${String(t)}% (cả năm 2018)` : `${t} (cả năm 2018)`, status: st, why: st === "pending" ? `${vi(e)} short of ${floor} on 31/5: the target is for the year, not yet due` : `${vi(e)}${strict ? ` above ${floor} (a strict "Trên": met, never exceeded)` : st === "met" ? ", at the target" : ` above ${floor}`}: already reached` });
  });
  const E = r2((ins / pop) * 100);
  s.row(`A${top}`, ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, result: pop, fmt: "#,##0" }, { v: `=SUM(D${first}:D${last})`, result: ins, fmt: "#,##0" }, { v: `=ROUND(D${top}/C${top}*100,2)`, result: E, fmt: "0.00" }, { v: 88.1, fmt: "0.0" }, { v: `=E${top}-F${top}`, result: r2(E - 88.1), fmt: "0.00" }, 87.6, "Chỉ tiêu Thủ tướng Chính phủ giao: 88,1%"], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`E${top}|D${top}`, { indicator: "Toàn tỉnh · Tỷ lệ bao phủ BHYT", target: "88,1% (cả năm 2018)", status: "exceeded", why: `${ins}/${pop} = ${vi(E)}, 0,36 above 88,1: already reached` });
  const rollUps = [s.rollUp(" · Tỷ lệ bao phủ BHYT", "huyện, thành phố")];
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Dân số theo số liệu của Cục Thống kê tỉnh năm 2017; số người tham gia không bao gồm thẻ BHYT hết hạn chưa gia hạn.",
    "- Chỉ tiêu là tỷ lệ bao phủ phải đạt đến ngày 31/12/2018.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Y Thanh Hà" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Ngọc Chí" });
  b.facts = {
    sheet: "Bao phu BHYT 5 thang",
    headerRows: "8, 9 (column numbers and formulas)",
    nameColumn: "B (Huyện, thành phố)",
    target: "column F (Chỉ tiêu giao năm 2018, per unit)",
    actualColumns: "E (Tỷ lệ bao phủ, of D over C)",
    ignoreColumns: "C (population), G (difference, derived), H (hidden: 2017), I (Ghi chú)",
    totalRows: `${top} (Toàn tỉnh, SUM on top; judged)`,
    targetRows: "none",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2018-05-31",
    period: "2018",
    rollUps,
    notes: "A target per district for the end of 2018, read on 31/5: a rate already at or above it is met, a rate below it is not yet due (pending). Đăk Hà sits exactly at 88,00; Kon Plông's \"Trên 95%\" and Tu Mơ Rông's \"Từ 98% trở lên\" are text targets; the difference column is derived.",
  };
  return b;
}
