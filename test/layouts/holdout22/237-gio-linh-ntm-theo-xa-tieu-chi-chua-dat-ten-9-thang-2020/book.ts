// Layout 237: a district's nine-month new-countryside table by commune (huyện Gio Linh, Quảng Trị, 2020): criteria met per commune against each commune's own 2020 plan (a number, "Duy trì 19" or "Đạt chuẩn NTM"), last year's count hidden, the unmet criteria named in their own column, some counts typed as text "17/19", and two district rows (an average by ROUND formula and a count of communes) against their own targets; read in October: reached met or exceeded, short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện Bộ tiêu chí xã nông thôn mới 9 tháng đầu năm 2020 theo xã, huyện Gio Linh (Quảng Trị)");
  const s = b.sheet("NTM 9 thang 2020");
  s.cols([5, 16, 12, 20, 13, 38, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN GIO LINH", "VĂN PHÒNG ĐIỀU PHỐI NTM"],
    number: "Phụ lục kèm theo Báo cáo tình hình KT-XH 9 tháng đầu năm 2020",
    date: "Gio Linh, ngày 06 tháng 10 năm 2020",
    title: ["KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI", "9 tháng đầu năm 2020"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const, wrap: true };
  s.row("A8", ["TT", "Xã", "Số tiêu chí đạt đến 31/12/2019", "Kế hoạch năm 2020", "Số tiêu chí đạt đến 30/9/2020", "Tiêu chí chưa đạt", "Ghi chú"], head);
  s.hideCols("C");
  // [xã, 2019, KH text, KH number (criteria aimed at), đạt (number or "x/19" text), chưa đạt, ghi chú, status, why]
  type R = [string, number, string, CellInput, string, string, Status, string];
  const rows: R[] = [
    ["Gio Châu", 19, "Duy trì 19 tiêu chí", 19, "", "Đạt chuẩn năm 2015", "met", "19 criteria kept"],
    ["Gio Quang", 19, "Duy trì 19 tiêu chí", 19, "", "Đạt chuẩn năm 2016", "met", "19 criteria kept"],
    ["Gio Mai", 19, "Duy trì 19 tiêu chí", 19, "", "Đạt chuẩn năm 2016", "met", "19 criteria kept"],
    ["Gio Việt", 19, "Duy trì 19 tiêu chí", "19/19", "", "Đạt chuẩn năm 2017", "met", "19/19 kept, typed as text"],
    ["Trung Hải", 19, "Duy trì 19 tiêu chí", 19, "", "Đạt chuẩn năm 2018", "met", "19 criteria kept"],
    ["Trung Giang", 19, "Duy trì 19 tiêu chí", 18, "Môi trường và an toàn thực phẩm (17)", "Tiêu chí 17 bị rớt do bãi rác chưa xử lý", "pending", "18 of the 19 to be kept in October: criterion 17 lost, the year is not over"],
    ["Trung Sơn", 19, "Duy trì 19 tiêu chí", 19, "", "Đạt chuẩn năm 2019", "met", "19 criteria kept"],
    ["Gio Mỹ", 18, "Đạt chuẩn NTM", 19, "", "Đủ 19 tiêu chí, đang hoàn thiện hồ sơ đề nghị công nhận", "pending", "19 criteria met but the commune is not yet recognised: the target is recognition, due by year end"],
    ["Gio An", 16, "18 tiêu chí", "17/19", "Giao thông (2); Hộ nghèo (11)", "", "pending", "17 of the 18 planned for 2020 in October"],
    ["Gio Bình", 15, "16 tiêu chí", 16, "Giao thông (2); Thủy lợi (3); Trường học (5)", "", "met", "16, the planned 16"],
    ["Gio Sơn", 14, "15 tiêu chí", "15/19", "Giao thông (2); Điện (4); Trường học (5); Thu nhập (10)", "", "met", "15/19: 15, the planned 15"],
    ["Phong Bình", 17, "18 tiêu chí", 18, "Thu nhập (10)", "", "met", "18, the planned 18"],
    ["Linh Hải", 15, "17 tiêu chí", 16, "Giao thông (2); Cơ sở vật chất văn hóa (6); Thu nhập (10)", "", "pending", "16 of the 17 planned in October"],
    ["Gio Hải", 15, "16 tiêu chí", 17, "Trường học (5); Thu nhập (10)", "", "exceeded", "17, past the planned 16"],
    ["Linh Trường", 8, "12 tiêu chí", 9, "10 tiêu chí chưa đạt", "Xã miền núi, vùng gò đồi", "pending", "9 of the 12 planned in October"],
  ];
  rows.forEach(([xa, y19, kh, dat, chua, note, st, why], i) => {
    const r = 9 + i;
    s.row(`A${r}`, [i + 1, xa, y19, kh, dat, chua, note], bd);
    s.set(`B${r}`, xa, { border: true });
    s.set(`F${r}`, chua, { border: true, wrap: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: `${xa} · Số tiêu chí NTM đạt`, target: kh, status: st, why });
  });
  // District rows: the average (SUM skips the three "x/19" text cells, so the clerk adds them by hand) and the count of standard communes.
  s.row("A24", ["", "Toàn huyện", "", "Bình quân 17,5 tiêu chí/xã", { v: "=ROUND((SUM(E9:E23)+19+17+15)/15,1)", fmt: "0.0", result: 17.3 }, "", "Cộng thêm các ô ghi dạng x/19 (Gio Việt, Gio An, Gio Sơn)"], { ...bd, bold: true });
  s.expect("E24", { indicator: "Toàn huyện · Số tiêu chí bình quân/xã", target: "Bình quân 17,5 tiêu chí/xã", status: "pending", why: "259 criteria over 15 communes = 17,27, shown 17,3, in October, short of 17,5: the year is not over" });
  s.row("A25", ["", "Số xã đạt chuẩn NTM", "", "08 xã", "07 xã", "Gio Mỹ đang hoàn thiện hồ sơ", ""], { ...bd, bold: true });
  s.expect("E25", { indicator: "Số xã đạt chuẩn nông thôn mới", target: "08 xã", status: "pending", why: "7 of the 8 planned in October; Gio Mỹ's file is in progress" });
  notes(s, 27, "B", [
    "Ghi chú:",
    "- Số tiêu chí đạt tính theo Bộ tiêu chí quốc gia về xã NTM giai đoạn 2016-2020 (19 tiêu chí).",
    "- Cột \"Tiêu chí chưa đạt\" ghi tên và số thứ tự tiêu chí.",
  ]);
  signature(s, 31, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Hùng" }, { col: "E", title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Đăng Quang" });
  b.facts = {
    sheet: "NTM 9 thang 2020",
    headerRows: "8",
    nameColumn: "B (Xã)",
    target: "column D (Kế hoạch năm 2020 per commune: \"Duy trì 19 tiêu chí\", \"18 tiêu chí\", \"Đạt chuẩn NTM\"); D24, D25 for the district rows",
    actualColumns: "E (criteria met by 30/9/2020: numbers, some typed \"17/19\"; E24 a ROUND formula; E25 text \"07 xã\")",
    ignoreColumns: "A (TT), C (Số tiêu chí đạt đến 31/12/2019, hidden), F (Tiêu chí chưa đạt: names, not figures), G (Ghi chú)",
    totalRows: "24 (Toàn huyện: average criteria per commune, judged), 25 (Số xã đạt chuẩn NTM, judged)",
    targetRows: "none",
    otherRows: "notes 27-29; signature from 31",
    asOf: "2020-10-06",
    period: "2020",
    rollUps: [s.rollUp(" · Số tiêu chí NTM đạt", "xã")],
    notes: "Each commune against its own plan, read in October: reached is met (past it exceeded), short pending. \"x/19\" is the count x of the 19 criteria. A standard commune that lost a criterion (Trung Giang, 18) is pending, not met, until year end. Gio Mỹ has 19 criteria but its target is recognition, not yet decided: pending. The district rows carry their own targets.",
  };
  return b;
}
