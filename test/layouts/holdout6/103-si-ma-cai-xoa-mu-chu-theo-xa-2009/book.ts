// Layout 103: a district's year-end literacy-class return by commune with the communes' assigned targets on a second sheet in another order (Si Ma Cai, Lào Cai, 2008-2009): each result row must find its commune's targets by name ("Q. Thần Sán"), a commune outside the plan, a commune whose learners joined another commune's class ("-"), a completion count not yet in, a count typed as text, a derived completion rate with no target.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xóa mù chữ năm học 2008-2009 theo xã và chỉ tiêu giao, huyện Si Ma Cai");
  const res = b.sheet("Biểu 2a");
  const plan = b.sheet("Chỉ tiêu giao");

  // Plan: [commune as the plan names it, classes, learners, completers]
  const targets: Array<[string, number, number, number]> = [
    ["Bản Mế", 2, 40, 35],
    ["Cán Cấu", 3, 60, 50],
    ["Lùng Sui", 2, 45, 40],
    ["Mản Thẩn", 1, 20, 18],
    ["Nàn Sán", 2, 35, 30],
    ["Quan Thần Sán", 3, 55, 45],
    ["Sán Chải", 2, 40, 35],
    ["Si Ma Cai", 1, 25, 20],
  ];
  plan.cols([5, 24, 14, 16, 20, 24]);
  titleBlock(plan, {
    left: ["UBND HUYỆN SI MA CAI", "BAN CHỈ ĐẠO PCGD-XMC"],
    date: "Si Ma Cai, ngày 22 tháng 9 năm 2008",
    title: ["CHỈ TIÊU GIAO XÓA MÙ CHỮ NĂM HỌC 2008-2009", "(Kèm theo Kế hoạch số 41/KH-BCĐ ngày 22/9/2008)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  plan.row("A8", ["TT", "Xã", "Số lớp XMC mở mới", "Số học viên huy động", "Số học viên hoàn thành mức 3 (được công nhận biết chữ)", "Ghi chú"], head);
  const bd = { border: true, align: "center" as const };
  targets.forEach((t, i) => plan.row(`A${9 + i}`, [i + 1, { v: t[0], align: "left" }, t[1], t[2], t[3], ""], bd));
  const pEnd = 9 + targets.length;
  plan.row(`A${pEnd}`, ["", "Cộng", `=SUM(C9:C${pEnd - 1})`, `=SUM(D9:D${pEnd - 1})`, `=SUM(E9:E${pEnd - 1})`, ""], { ...bd, bold: true });

  res.cols([5, 22, 12, 13, 16, 14, 34]);
  titleBlock(res, {
    left: ["UBND HUYỆN SI MA CAI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Si Ma Cai, ngày 10 tháng 6 năm 2009",
    title: ["Biểu 2a: KẾT QUẢ XÓA MÙ CHỮ NĂM HỌC 2008-2009", "(Số liệu tính đến ngày 31/5/2009; chỉ tiêu giao xem biểu \"Chỉ tiêu giao\")"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  res.row("A8", ["TT", "Đơn vị", "Số lớp XMC đã mở", "Số học viên huy động", "Số học viên hoàn thành mức 3", "Tỷ lệ hoàn thành (%)", "Ghi chú"], head);
  res.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)", "(7)"], { italic: true, align: "center", border: true });
  // Results in the office's order (by cluster): [name as typed, plan name or null, classes, learners, completers, note, [status×3], [why×3]]
  type R = [string, string | null, CellInput, CellInput, CellInput, string, [Status, Status, Status] | null, [string, string, string] | null];
  const rows: R[] = [
    ["Xã Si Ma Cai", "Si Ma Cai", 1, 26, "", "Đang tổ chức kiểm tra công nhận biết chữ", ["met", "exceeded", "no_data"], ["1 = 1", "26 > 25", "blank: the recognition test is still running, no figure yet"]],
    ["Xã Sán Chải", "Sán Chải", 2, 40, 36, "", ["met", "met", "exceeded"], ["2 = 2", "40 = 40", "36 > 35"]],
    ["Xã Cán Cấu", "Cán Cấu", 3, 58, 51, "", ["met", "not_met", "exceeded"], ["3 = 3", "58 < 60", "51 > 50 (more completers than planned though fewer enrolled)"]],
    ["Xã Lùng Sui", "Lùng Sui", 2, 45, 40, "", ["met", "met", "met"], ["2 = 2", "45 = 45", "40 = 40"]],
    ["Xã Lử Thẩn", null, 1, 22, 19, "Mở thêm 01 lớp (có học viên xã Mản Thẩn học ghép)", null, null],
    ["Xã Mản Thẩn", "Mản Thẩn", 0, "-", "-", "Học viên học ghép tại lớp xã Lử Thẩn", ["not_met", "review", "review"], ["0 < 1: no class opened", "\"-\" while the note says the learners joined Lử Thẩn's class (counted there): none of Mản Thẩn's own (not met) or counted elsewhere (met or not, unknown); nothing on the row decides", "the same \"-\": counted with Lử Thẩn or none; nothing decides"]],
    ["Xã Q. Thần Sán", "Quan Thần Sán", 3, 57, 45, "", ["met", "exceeded", "met"], ["3 = 3 (Q. Thần Sán is Quan Thần Sán of the plan)", "57 > 55", "45 = 45"]],
    ["Xã Nàn Sán", "Nàn Sán", 2, 35, 28, "02 học viên bỏ học giữa chừng", ["met", "met", "not_met"], ["2 = 2", "35 = 35", "28 < 30"]],
    ["Xã Bản Mế", "Bản Mế", 2, "41", 33, "", ["met", "exceeded", "not_met"], ["2 = 2", "\"41\" typed as text: 41 > 40", "33 < 35"]],
  ];
  const names = ["Số lớp XMC mở mới", "Số học viên huy động", "Số học viên hoàn thành mức 3"];
  const first = 10;
  rows.forEach((x, i) => {
    const r = first + i;
    const rate: CellInput = typeof x[3] === "number" && typeof x[4] === "number" ? { v: `=ROUND(E${r}/D${r}*100,1)`, fmt: "0.0" } : "";
    res.row(`A${r}`, [i + 1, { v: x[0], align: "left" }, x[2], x[3], x[4], rate, { v: x[5], align: "left", wrap: true }], bd);
    if (!x[6] || !x[7] || !x[1]) return;
    const t = targets.find((k) => k[0] === x[1])!;
    (["C", "D", "E"] as const).forEach((c, k) => {
      res.expect(`${c}${r}`, { indicator: `${x[1]} · ${names[k]}`, target: `${t[k + 1]} (biểu Chỉ tiêu giao, xã ${t[0]})`, status: x[6]![k], why: x[7]![k] });
    });
  });
  const end = first + rows.length;
  res.row(`A${end}`, ["", "Cộng", `=SUM(C${first}:C${end - 1})`, `=SUM(D${first}:D${end - 1})`, `=SUM(E${first}:E${end - 1})`, { v: `=ROUND(E${end}/D${end}*100,1)`, fmt: "0.0" }, ""], { ...bd, bold: true });
  const after = notes(res, end + 2, "B", [
    "Ghi chú:",
    "- Học viên hoàn thành mức 3 là học viên học hết mức 3 chương trình xóa mù chữ, có trình độ tương đương lớp 3 tiểu học.",
    "- Biểu gửi Sở GD&ĐT chậm nhất ngày 15/6/2009.",
  ]);
  signature(res, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Giàng Seo Phử" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Lù Văn Sơn" });
  b.facts = {
    sheet: "Biểu 2a",
    headerRows: "8 (9: column numbers)",
    nameColumn: "B (Đơn vị: \"Xã …\", one abbreviated \"Xã Q. Thần Sán\")",
    target: "sheet \"Chỉ tiêu giao\" rows 9-16 (C classes, D learners, E completers), matched by commune name; the two sheets list the communes in different orders",
    actualColumns: "C, D, E of \"Biểu 2a\" (\"41\" typed as text; \"-\" for Mản Thẩn)",
    ignoreColumns: "F (Tỷ lệ hoàn thành: derived, no target), G (Ghi chú)",
    totalRows: `${end} (Cộng: includes Lử Thẩn, outside the plan; not judged)`,
    otherRows: `9 (column numbers), ${end + 2}-${after - 1} (notes), signature below; the plan sheet's total row ${pEnd}`,
    asOf: "2009-06-10",
    period: "2008-2009",
    rollUps: names.map((n) => res.rollUp(` · ${n}`, "xã")),
    notes: "Year-end and final: each count is a floor (equal is met, above exceeded, below not met). Each result row takes its commune's targets from the other sheet by name (\"Xã Q. Thần Sán\" is \"Quan Thần Sán\"). Lử Thẩn has no target (an extra class): not judged. Mản Thẩn opened no class (not met) and its learners, \"-\", joined Lử Thẩn's class: whether they count for Mản Thẩn nothing decides (review). Si Ma Cai's completers are blank while the recognition test runs (no data). The completion rate column has no target. The totals mix in Lử Thẩn and are not judged.",
  };
  return b;
}
