// Layout 324: a provincial youth union's progress of its congresses, read a month before the base-level deadline (Tỉnh đoàn Quảng Nam, 22/4/2017): a first sheet of levels and blocks with counts typed "đã tổ chức/tổng số" as text, each level with its own "Trước ngày" deadline in a column (one already past with a few branches missing, one registration step done, the rest still open); a second sheet with the commune block by district under a target line, counts as numbers.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ đại hội Đoàn các cấp nhiệm kỳ 2017-2022 (đến ngày 22/4/2017), Ban Thường vụ Tỉnh đoàn Quảng Nam");
  const s = b.sheet("Tien do dai hoi");
  s.cols([6, 52, 16, 11, 22, 24]);
  titleBlock(s, {
    left: ["BCH ĐOÀN TỈNH QUẢNG NAM", "BAN TỔ CHỨC"],
    date: "Tam Kỳ, ngày 22 tháng 4 năm 2017",
    title: ["TIẾN ĐỘ TỔ CHỨC ĐẠI HỘI ĐOÀN CÁC CẤP", "Nhiệm kỳ 2017 - 2022 (số liệu đến ngày 22/4/2017)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Cấp, khối", "Đã tổ chức / Tổng số", "Tỷ lệ (%)", "Thời hạn hoàn thành", "Ghi chú"], h);
  const sec = { bold: true, border: true };
  // tt, label, "x/y", rate, due, note, status, why
  type R = [string, string, string, number, string, string, Status, string];
  const rows: Array<["sec", string] | R> = [
    ["I", "Đại hội chi đoàn trực thuộc đoàn cơ sở", "3.412/3.450", 98.9, "Trước ngày 15/4/2017", "38 chi đoàn chưa tổ chức", "overdue", "3.412 of 3.450 branches by 22/4, past \"Trước ngày 15/4\": 38 still to hold (part done past due)"],
    ["II", "Đăng ký lịch đại hội cấp huyện và tương đương với Ban Thường vụ Tỉnh đoàn", "25/25", 100, "Trước ngày 31/3/2017", "", "met", "all 25 registered; nothing says late"],
    ["sec", "III. ĐẠI HỘI CƠ SỞ ĐOÀN"],
    ["1", "Khối xã, phường, thị trấn (chi tiết tại trang \"Khoi xa theo huyen\")", "199/244", 81.6, "Trước ngày 20/5/2017", "", "pending", "199 of 244 with the deadline 20/5 still ahead"],
    ["2", "Đoàn cơ sở, chi đoàn cơ sở trực thuộc các huyện, thị, thành đoàn và đoàn trực thuộc", "232/320", 72.5, "Trước ngày 20/5/2017", "", "pending", "232 of 320, deadline ahead"],
    ["3", "Khối trường học (THPT, TTGDTX, TCCN, cao đẳng, đại học)", "64/65", 98.5, "Trước ngày 20/5/2017", "", "pending", "64 of 65, deadline ahead"],
    ["", "Cộng cơ sở đoàn", "495/629", 78.7, "Trước ngày 20/5/2017", "", "pending", "495 of 629, deadline ahead"],
    ["IV", "Đại hội Đoàn cấp huyện và tương đương", "2/25", 8, "Trước ngày 30/7/2017", "Đoàn TN Công an tỉnh; Đoàn Trường CĐ Kinh tế - Kỹ thuật Quảng Nam", "pending", "2 of 25, deadline 30/7 ahead"],
  ];
  let r = 8;
  for (const row of rows) {
    if (row[0] === "sec") {
      s.merge(`A${r}:F${r}`, row[1], sec);
      r++;
      continue;
    }
    const [tt, label, xy, rate, due, note, status, why] = row as R;
    const bold = tt === "" || /^[IV]+$/.test(tt);
    s.row(`A${r}`, [tt, label, { v: xy, fmt: "@" }, { v: rate, fmt: "0.0" }, due, note], { border: true, wrap: true, align: "center", bold });
    s.set(`B${r}`, label, { border: true, wrap: true, bold });
    s.set(`F${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`C${r}`, { indicator: label.replace(/ \(chi tiết.*\)$/, ""), target: `100% (đã tổ chức / tổng số), ${due.charAt(0).toLowerCase()}${due.slice(1)} (column E)`, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Cột 3 ghi số đơn vị đã tổ chức xong đại hội trên tổng số đơn vị phải tổ chức.",
    "- Lịch đại hội cấp huyện và tương đương do các đơn vị đăng ký; Tỉnh đoàn tổng hợp tiến độ hằng tuần.",
  ]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Võ Thị Minh Dung" }, { col: "E", title: "TRƯỞNG BAN TỔ CHỨC", name: "Lê Anh Đông" });

  // Sheet 2: the commune block by district.
  const d = b.sheet("Khoi xa theo huyen");
  d.cols([5, 22, 16, 14, 12, 11, 26]);
  d.merge("A1:G1", "TIẾN ĐỘ ĐẠI HỘI ĐOÀN KHỐI XÃ, PHƯỜNG, THỊ TRẤN THEO ĐƠN VỊ (đến ngày 22/4/2017)", { bold: true, align: "center" });
  d.merge("A2:G2", "Chỉ tiêu: 100% cơ sở Đoàn xã, phường, thị trấn tổ chức xong đại hội trước ngày 20/5/2017", { italic: true, align: "center" });
  d.row("A4", ["TT", "Đơn vị", "Số cơ sở Đoàn xã, phường, thị trấn", "Đã tổ chức đại hội", "Chưa tổ chức", "Tỷ lệ (%)", "Ghi chú"], h);
  const units: Array<[string, number, number]> = [
    ["TP. Tam Kỳ", 13, 13], ["TP. Hội An", 13, 13], ["TX. Điện Bàn", 20, 17], ["Thăng Bình", 22, 18], ["Quế Sơn", 14, 12],
    ["Duy Xuyên", 14, 14], ["Đại Lộc", 18, 15], ["Núi Thành", 17, 13], ["Phú Ninh", 11, 11], ["Tiên Phước", 15, 12],
    ["Hiệp Đức", 12, 9], ["Nông Sơn", 7, 5], ["Nam Giang", 12, 8], ["Đông Giang", 11, 8], ["Tây Giang", 10, 6],
    ["Phước Sơn", 12, 9], ["Bắc Trà My", 13, 9], ["Nam Trà My", 10, 7],
  ];
  r = 5;
  for (const [i, [name, n, done]] of units.entries()) {
    d.row(`A${r}`, [String(i + 1), name, n, done, { v: `=C${r}-D${r}`, result: n - done }, { v: `=ROUND(D${r}/C${r}*100,1)`, result: Math.round((done / n) * 1000) / 10, fmt: "0.0" }, done === n ? "Hoàn thành" : ""], { border: true, align: "center" });
    d.set(`B${r}`, name, { border: true });
    const st: Status = done === n ? "met" : "pending";
    d.expect(`D${r}`, { indicator: `Cơ sở Đoàn xã, phường, thị trấn đã tổ chức đại hội · ${name}`, target: `100% of ${n} (column C), trước ngày 20/5/2017 (dòng Chỉ tiêu)`, status: st, why: st === "met" ? `${done}/${n}: all held before the deadline` : `${done}/${n} with the deadline 20/5 ahead of 22/4` });
    r++;
  }
  d.row(`A${r}`, ["", "Toàn tỉnh", { v: "=SUM(C5:C22)", result: 244 }, { v: "=SUM(D5:D22)", result: 199 }, { v: "=SUM(E5:E22)", result: 45 }, { v: `=ROUND(D${r}/C${r}*100,1)`, result: 81.6, fmt: "0.0" }, ""], { border: true, bold: true, align: "center" });
  d.expect(`D${r}`, { indicator: "Cơ sở Đoàn xã, phường, thị trấn đã tổ chức đại hội · Toàn tỉnh", target: "100% of 244 (SUM), trước ngày 20/5/2017", status: "pending", why: "199/244 with the deadline ahead (the same figure as row 11 of the first sheet)" });
  b.facts = {
    sheet: "Tien do dai hoi",
    headerRows: "7 (first sheet); 4 (second sheet, under the target line in row 2)",
    nameColumn: "B (Cấp, khối; Đơn vị)",
    target: "100% of each count by the deadline in column E (first sheet); row 2 (Chỉ tiêu: 100% trước ngày 20/5/2017) on the second sheet",
    actualColumns: "C (\"đã tổ chức/tổng số\" typed as text) on the first sheet; D (Đã tổ chức đại hội) against C on the second",
    ignoreColumns: "A (TT), D (Tỷ lệ, typed, first sheet), F (Ghi chú); second sheet E (Chưa tổ chức = C − D), F (rate, derived), G (Ghi chú)",
    totalRows: "14 (Cộng cơ sở đoàn, first sheet, judged like a row); 23 (Toàn tỉnh, second sheet: SUM, judged)",
    otherRows: "10 (section III), notes and signature on the first sheet; the title and target lines on the second",
    asOf: "2017-04-22",
    period: "đại hội nhiệm kỳ 2017-2022",
    notes: "Two sheets: the levels on \"Tien do dai hoi\", the commune block by district on \"Khoi xa theo huyen\". Read on 22/4/2017. Every level's target is all its units by its own deadline (\"Trước ngày\", strict). The branch congresses were due before 15/4 and 38 of 3.450 are missing: overdue (part done past due). The registration step is complete. Base-level congresses are due before 20/5 and district-level ones before 30/7: pending, except districts whose communes have all held theirs (met). Counts on the first sheet are text \"x/y\"; the typed rate column is not judged.",
  };
  return b;
}
