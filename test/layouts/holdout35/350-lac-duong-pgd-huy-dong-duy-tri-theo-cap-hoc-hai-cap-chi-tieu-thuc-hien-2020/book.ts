// Layout 350: a district education office's term report by school level (Phòng GD&ĐT Lạc Dương, Lâm Đồng, August 2020): a level per row (nursery, kindergarten with its five-year-olds, primary, lower and upper secondary), two merged groups "Huy động ra lớp" and "Duy trì sĩ số" each "Chỉ tiêu NQ | Thực hiện (bình quân năm)", rates typed as percent fractions; upper secondary is the province's, "-" as its targets.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả huy động, duy trì sĩ số học sinh theo cấp học nhiệm kỳ 2015-2020, Phòng GD&ĐT huyện Lạc Dương (Lâm Đồng)");
  const s = b.sheet("Huy dong - duy tri");
  s.cols([5, 30, 12, 12, 12, 12, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN LẠC DƯƠNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Lạc Dương, ngày 10 tháng 8 năm 2020",
    title: ["KẾT QUẢ HUY ĐỘNG VÀ DUY TRÌ SĨ SỐ HỌC SINH THEO CẤP HỌC", "Nhiệm kỳ 2015-2020 (kèm Báo cáo phục vụ Đại hội Đảng bộ huyện lần thứ XI)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Cấp học", head);
  s.merge("C7:D7", "Huy động ra lớp", head);
  s.merge("E7:F7", "Duy trì sĩ số", head);
  s.row("C8", ["Chỉ tiêu NQ", "Thực hiện (bình quân năm)", "Chỉ tiêu NQ", "Thực hiện (bình quân năm)"], head);
  s.merge("G7:G8", "Ghi chú", head);
  const pc = (v: number): CellInput => ({ v, pct: true, fmt: "0.0%" });
  // level, mobilisation target, done, retention target, done, note, statuses, whys
  type L = [string, string, number | null, string, number | null, string, Status | null, Status | null, string, string];
  const rows: L[] = [
    ["Nhà trẻ", "Từ 15% trở lên", 0.185, "Từ 98% trở lên", 1, "Huy động 17% - 19% mỗi năm", "exceeded", "exceeded", "18,5% against a floor of 15%", "100% kept against a floor of 98%"],
    ["Mẫu giáo", "Từ 90% trở lên", 0.912, "Từ 98% trở lên", 1, "", "exceeded", "exceeded", "91,2% against a floor of 90%", "100% kept against a floor of 98%"],
    ["Trong đó: trẻ 5 tuổi", "100%", 1, "100%", 1, "", "met", "met", "100% of the five-year-olds, the target exactly", "100%, the target exactly"],
    ["Tiểu học", "100%", 1, "100%", 1, "", "met", "met", "100%, the target exactly", "100%, the target exactly"],
    ["Trung học cơ sở", "Từ 98% trở lên", 0.989, "Từ 99% trở lên", 0.993, "Tăng 0,91% so với nhiệm kỳ trước", "exceeded", "exceeded", "98,9% against a floor of 98%", "99,3% against a floor of 99%"],
    ["Trung học phổ thông (Sở quản lý)", "-", 0.935, "-", 0.934, "Số liệu các trường THPT cung cấp", null, null, "", ""],
  ];
  let r = 9;
  for (const [i, [lvl, t1, d1, t2, d2, note, s1, s2, w1, w2]] of rows.entries()) {
    const tt = lvl.startsWith("Trong đó") ? "" : String(rows.slice(0, i + 1).filter((x) => !x[0].startsWith("Trong đó")).length);
    s.row(`A${r}`, [tt, lvl, t1, d1 === null ? "" : pc(d1), t2, d2 === null ? "" : pc(d2), note], { border: true, align: "center" });
    s.set(`B${r}`, lvl, { border: true, italic: lvl.startsWith("Trong đó") });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    if (s1) s.expect(`D${r}`, { indicator: `Tỷ lệ huy động ra lớp · ${lvl}`, target: `${t1} (column C)`, status: s1, why: `${w1}; the term 2015-2020 is over` });
    if (s2) s.expect(`F${r}`, { indicator: `Tỷ lệ duy trì sĩ số · ${lvl}`, target: `${t2} (column E)`, status: s2, why: w2 });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Nghị quyết Đại hội Đảng bộ huyện lần thứ X, nhiệm kỳ 2015-2020, áp dụng cho mỗi năm học.",
    "- Thực hiện: bình quân 5 năm học 2015-2016 đến 2019-2020.",
    "- Cấp THPT do Sở GD&ĐT quản lý, không giao chỉ tiêu cho Phòng.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hạnh" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Cil Duin" });
  b.facts = {
    sheet: "Huy dong - duy tri",
    headerRows: "7-8",
    nameColumn: "B (Cấp học)",
    target: "columns C and E (Chỉ tiêu NQ: \"Từ 15% trở lên\", \"100%\", …) for D and F",
    actualColumns: "D (Huy động ra lớp / Thực hiện) and F (Duy trì sĩ số / Thực hiện), percent fractions",
    ignoreColumns: "A (TT), G (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "11 (Trong đó: trẻ 5 tuổi, a part of row 10 with its own targets: judged); 14 (THPT: \"-\" targets, not the office's: not judged); notes and signature under the table",
    asOf: "2020-08-10",
    period: "2015-2020",
    notes: "Each result column pairs with the target column to its left inside its merged group (C with D, E with F), never across groups. The term 2015-2020 is over at the report date, so every figure is final: a floor reached exactly is met, above it exceeded. Upper secondary is the province's (\"-\"): not judged.",
  };
  return b;
}
