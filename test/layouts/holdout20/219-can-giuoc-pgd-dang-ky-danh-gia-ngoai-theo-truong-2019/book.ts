// Layout 219: a district education office's follow-up of the schools registered for external evaluation and national-standard recognition in 2019 (Phòng GD&ĐT Cần Giuộc, Long An), read on 20/12/2019: per school the registered level pair typed in one cell ("KĐCL cấp độ 2; CQG mức độ 1"), the file deadline (strict "Trước ngày", "Chậm nhất ngày"), the filing date as a date cell or words, the evaluation term, and the result as text holding two levels; judged twice per school: the filing against its deadline, the result against the registration (one level short is not met, a level above exceeded, a term not over pending).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi đăng ký đánh giá ngoài, công nhận đạt chuẩn quốc gia năm 2019 của các trường, Phòng GD&ĐT huyện Cần Giuộc (Long An)");
  const s = b.sheet("Theo doi DGN 2019");
  s.cols([5, 26, 8, 28, 20, 13, 20, 40, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN CẦN GIUỘC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Cần Giuộc, ngày 20 tháng 12 năm 2019",
    title: ["BẢNG THEO DÕI ĐĂNG KÝ ĐÁNH GIÁ NGOÀI, CÔNG NHẬN ĐẠT CHUẨN QUỐC GIA NĂM 2019", "(Theo Công văn số 5932/BGDĐT-QLCL, 5942/BGDĐT-QLCL ngày 28/12/2018 và lịch của Sở GD&ĐT)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, wrap: true, align: "center" as const };
  s.row("A8", ["TT", "Trường", "Cấp học", "Đăng ký (KĐCL / CQG)", "Hạn nộp hồ sơ đăng ký ĐGN", "Ngày nộp hồ sơ", "Thời gian đánh giá ngoài", "Kết quả đánh giá ngoài, công nhận", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"], { border: true, italic: true, align: "center" });
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  type V = [Status, string];
  // [trường, cấp, đăng ký, hạn, ngày nộp, thời gian ĐGN, kết quả, ghi chú, [F], [H]]
  type R = [string, string, string, string, CellInput, string, string, string, V, V];
  const hk2a = "Học kỳ II năm học 2018-2019";
  const hk1 = "Học kỳ I năm học 2019-2020";
  const hk2b = "Học kỳ II năm học 2019-2020";
  const rows: R[] = [
    ["Mầm non Phước Lý", "MN", "KĐCL cấp độ 2; CQG mức độ 1", "Trước ngày 10/3/2019", d("2019-03-05"), hk2a, "Đạt KĐCL cấp độ 2; CQG mức độ 1 (QĐ số 1520/QĐ-SGDĐT ngày 14/6/2019)", "",
      ["met", "05/03 before 10/3"], ["met", "both registered levels reached"]],
    ["Tiểu học Long Hậu", "TH", "KĐCL cấp độ 3; CQG mức độ 2", "Trước ngày 10/3/2019", d("2019-03-10"), hk2a, "Đạt KĐCL cấp độ 3; CQG mức độ 2 (QĐ số 1534/QĐ-SGDĐT ngày 18/6/2019)", "",
      ["not_met", "filed on 10/3 itself: \"Trước ngày 10/3\" is strict, so the file was late (it was done)"], ["met", "both levels reached"]],
    ["THCS Long Thượng", "THCS", "KĐCL cấp độ 2; CQG mức độ 1", "Chậm nhất ngày 31/7/2019", d("2019-07-31"), hk1, "Đạt KĐCL cấp độ 2; chưa đạt CQG (Tiêu chuẩn 3 - cơ sở vật chất)", "Đoàn ĐGN làm việc 14-16/10/2019",
      ["met", "31/7 on the last allowed day (\"Chậm nhất\" includes it)"], ["not_met", "the quality level was reached but not the national standard: one of the two registered is short"]],
    ["Tiểu học Phước Vĩnh Tây", "TH", "KĐCL cấp độ 2; CQG mức độ 1", "Chậm nhất ngày 31/7/2019", d("2019-08-02"), hk1, "Đạt KĐCL cấp độ 2; CQG mức độ 1 (QĐ số 2871/QĐ-SGDĐT ngày 29/11/2019)", "Nộp trễ, Sở vẫn tiếp nhận",
      ["not_met", "filed on 02/8, after 31/7"], ["met", "both levels reached"]],
    ["Mẫu giáo Tân Tập", "MG", "KĐCL cấp độ 1", "Chậm nhất ngày 31/7/2019", d("2019-07-25"), hk1, "Đạt KĐCL cấp độ 2 (QĐ số 2880/QĐ-SGDĐT ngày 02/12/2019)", "",
      ["met", "25/7, before 31/7"], ["exceeded", "level 2 against the level 1 registered"]],
    ["THCS Nguyễn Thị Bảy", "THCS", "KĐCL cấp độ 3; CQG mức độ 2", "Chậm nhất ngày 31/7/2019", d("2019-07-15"), hk1, "Đạt KĐCL cấp độ 3; CQG mức độ 1", "Chờ quyết định công nhận của UBND tỉnh",
      ["met", "15/7, before 31/7"], ["not_met", "the evaluation gives the standard at level 1, short of the level 2 registered (the decision cannot raise it)"]],
    ["Tiểu học Mỹ Lộc", "TH", "CQG mức độ 1 (công nhận lại)", "Chậm nhất ngày 31/7/2019", "Đã nộp", hk1, "Đoàn đã kiểm tra ngày 12/11/2019; chờ quyết định công nhận", "",
      ["review", "\"Đã nộp\" with no date: filed, but on time or late cannot be told"], ["pending", "inspected; the decision is awaited and term I is not over on 20/12"]],
    ["THCS Đông Thạnh", "THCS", "KĐCL cấp độ 3; CQG mức độ 1", "Chậm nhất ngày 30/11/2019", d("2019-11-28"), hk2b, "Chờ đánh giá ngoài", "",
      ["met", "28/11, before 30/11"], ["pending", "the evaluation is in term II 2019-2020, after 20/12/2019"]],
    ["Tiểu học Tân Kim", "TH", "KĐCL cấp độ 2; CQG mức độ 1", "Chậm nhất ngày 30/11/2019", "", hk2b, "", "Đang hoàn thiện báo cáo tự đánh giá",
      ["overdue", "no filing date and 30/11 has passed on 20/12"], ["pending", "the evaluation belongs to term II 2019-2020, not yet due (though the file is late)"]],
  ];
  rows.forEach(([tr, cap, dk, han, nop, tg, kq, note, vf, vh], i) => {
    const r = 10 + i;
    s.row(`A${r}`, [i + 1, tr, cap, dk, han, nop, tg, kq, note], bd);
    s.set(`B${r}`, tr, { border: true, wrap: true });
    s.set(`H${r}`, kq, { border: true, wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`F${r}`, { indicator: `${tr} · Nộp hồ sơ đăng ký đánh giá ngoài`, target: han, status: vf[0], why: vf[1], ...(nop === "" ? { actual: "(trống)" } : {}) });
    s.expect(`H${r}`, { indicator: `${tr} · Kết quả đánh giá ngoài, công nhận`, target: dk, status: vh[0], why: vh[1], ...(kq === "" ? { actual: "(trống)" } : {}) });
  });
  const last = 10 + rows.length - 1;
  s.row(`A${last + 1}`, ["", "Cộng: 09 trường", "", "", "", "08/09 đã nộp", "", "04/09 có kết quả đạt đủ mức đăng ký", ""], { ...bd, bold: true });
  notes(s, last + 3, "B", [
    "Ghi chú:",
    "- Lịch của Sở: hồ sơ ĐGN học kỳ II năm học 2018-2019 nộp trước ngày 10/3/2019; học kỳ I năm học tới nộp chậm nhất 31/7; học kỳ II nộp chậm nhất 30/11.",
    "- Cột (6) ghi ngày Sở nhận hồ sơ hợp lệ; cột (8) ghi kết quả theo kết luận của đoàn đánh giá ngoài và quyết định công nhận.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI THEO DÕI", name: "Trần Thị Mỹ Dung" }, { col: "H", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Sáu" });
  b.facts = {
    sheet: "Theo doi DGN 2019",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Trường)",
    target: "column E (Hạn nộp hồ sơ) for F; column D (Đăng ký: two levels in one cell) for H",
    actualColumns: "F (Ngày nộp hồ sơ: date cells, \"Đã nộp\", blank), H (Kết quả: text holding one or two levels, or words)",
    ignoreColumns: "A (TT), C (Cấp học), G (Thời gian đánh giá ngoài: when H is due), I (Ghi chú)",
    totalRows: `${last + 1} (Cộng: counts in words, not judged)`,
    targetRows: "none",
    otherRows: `9 (column numbers); notes ${last + 3}-${last + 5}; signature from ${last + 7}`,
    asOf: "2019-12-20",
    period: "Năm 2019",
    notes: "Two judgements per school. The filing date against its deadline: strict \"Trước ngày 10/3\" filed on 10/3 is late (not met, it was done), \"Chậm nhất 31/7\" on 31/7 met, a date after not met, \"Đã nộp\" undated asked about, blank after 30/11 overdue. The result against the registration typed as two levels in one cell: both reached met, one short not met, a level above exceeded; results due in a term not over on 20/12 (term I awaiting its decision, term II) pending.",
  };
  return b;
}
