// Layout 161: a Sở KH&ĐT's log of periodic socio-economic reports owed under Lai Châu QĐ 20/2015/QĐ-UBND, read on 25/7/2016: section rows per report kind, the deadline written per row ("Trước ngày", "Chậm nhất ngày"), received dates as real dates and as text without a year, strict "Trước ngày" met on the day, blank past due, "Chưa gửi", a year report not yet due, one sent early.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Theo dõi tình hình gửi báo cáo định kỳ kinh tế - xã hội năm 2016 (Quyết định số 20/2015/QĐ-UBND tỉnh Lai Châu)");
  const s = b.sheet("Theo doi BC 2016");
  s.cols([5, 30, 26, 20, 14, 15, 24]);
  titleBlock(s, {
    left: ["UBND TỈNH LAI CHÂU", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"],
    date: "Lai Châu, ngày 25 tháng 7 năm 2016",
    title: ["TÌNH HÌNH GỬI BÁO CÁO ĐỊNH KỲ KINH TẾ - XÃ HỘI NĂM 2016", "(Theo Quy định ban hành kèm Quyết định số 20/2015/QĐ-UBND ngày 01/9/2015 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Đơn vị báo cáo", "Loại báo cáo", "Thời hạn gửi", "Ngày nhận", "Số văn bản", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], { ...head, bold: false, italic: true });
  type X = [string, string, string, CellInput, string, string, Status, string];
  const d = (iso: string): CellInput => ({ v: iso, date: true });
  const sections: [string, X[]][] = [
    ["I. BÁO CÁO THÁNG 6/2016", [
      ["UBND thành phố Lai Châu", "Tình hình KT-XH tháng 6/2016", "Trước ngày 18/6/2016", d("2016-06-16"), "142/BC-UBND", "", "met", "received 16/6, before the 18th"],
      ["UBND huyện Tam Đường", "Tình hình KT-XH tháng 6/2016", "Trước ngày 18/6/2016", d("2016-06-18"), "98/BC-UBND", "", "not_met", "received on 18/6: not before the 18th (strict \"Trước ngày\")"],
      ["UBND huyện Phong Thổ", "Tình hình KT-XH tháng 6/2016", "Trước ngày 18/6/2016", "Ngày 17/6", "115/BC-UBND", "Gửi qua thư điện tử", "met", "\"Ngày 17/6\": the year is the report's (2016), before the 18th"],
      ["UBND huyện Sìn Hồ", "Tình hình KT-XH tháng 6/2016", "Trước ngày 18/6/2016", "", "", "", "overdue", "blank, 18/6 long past on 25/7"],
      ["UBND huyện Mường Tè", "Tình hình KT-XH tháng 6/2016", "Trước ngày 18/6/2016", d("2016-06-22"), "87/BC-UBND", "", "not_met", "received 22/6, after the deadline"],
    ]],
    ["II. BÁO CÁO 6 THÁNG ĐẦU NĂM 2016", [
      ["Sở Nông nghiệp và Phát triển nông thôn", "Kết quả thực hiện KH 6 tháng, nhiệm vụ 6 tháng cuối năm", "Chậm nhất ngày 10/6/2016", d("2016-06-10"), "512/BC-SNN", "", "met", "received on 10/6: \"chậm nhất\" allows the day itself"],
      ["Sở Công Thương", "Kết quả thực hiện KH 6 tháng, nhiệm vụ 6 tháng cuối năm", "Chậm nhất ngày 10/6/2016", d("2016-06-09"), "276/BC-SCT", "", "met", "received 9/6"],
      ["Sở Giáo dục và Đào tạo", "Kết quả thực hiện KH 6 tháng, nhiệm vụ 6 tháng cuối năm", "Chậm nhất ngày 10/6/2016", "Chưa gửi", "", "Đã đôn đốc ngày 15/6", "overdue", "\"Chưa gửi\" on 25/7, the deadline 10/6 past"],
      ["Sở Y tế", "Kết quả thực hiện KH 6 tháng, nhiệm vụ 6 tháng cuối năm", "Chậm nhất ngày 10/6/2016", d("2016-06-13"), "630/BC-SYT", "", "not_met", "received 13/6, three days late"],
    ]],
    ["III. BÁO CÁO THÁNG 7/2016", [
      ["UBND huyện Than Uyên", "Tình hình KT-XH tháng 7/2016", "Trước ngày 18/7/2016", d("2016-07-15"), "164/BC-UBND", "", "met", "received 15/7"],
      ["UBND huyện Tân Uyên", "Tình hình KT-XH tháng 7/2016", "Trước ngày 18/7/2016", "", "", "", "overdue", "blank, 18/7 past on 25/7"],
    ]],
    ["IV. BÁO CÁO NĂM 2016", [
      ["Sở Tài chính", "Ước thực hiện năm 2016, kế hoạch năm 2017", "Trước ngày 15/11/2016", "", "", "", "pending", "blank, due in November"],
      ["Cục Thống kê tỉnh", "Ước thực hiện năm 2016, kế hoạch năm 2017", "Trước ngày 15/11/2016", "Đang tổng hợp", "", "", "pending", "\"Đang tổng hợp\", not yet due"],
      ["UBND huyện Nậm Nhùn", "Ước thực hiện năm 2016, kế hoạch năm 2017", "Trước ngày 15/11/2016", d("2016-07-20"), "73/BC-UBND", "Gửi sớm kèm báo cáo tháng 7", "met", "received 20/7, long before 15/11"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const sectionRows: number[] = [];
  for (const [title, xs] of sections) {
    s.merge(`A${r}:G${r}`, title, { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const x of xs) {
      n++;
      s.row(`A${r}`, [n, x[0], x[1], x[2], x[3], x[4], x[5]], { border: true, wrap: true, align: "center" });
      s.expect(`E${r}`, { indicator: `${x[0]} · ${x[1]}`, target: x[2], status: x[6], why: x[7], ...(x[3] === "" ? { actual: "(trống)" } : {}) });
      r++;
    }
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Báo cáo tháng gửi trước ngày 18 hằng tháng; báo cáo 6 tháng gửi chậm nhất ngày 10/6; báo cáo năm gửi trước ngày 15/11 (theo Quy định kèm Quyết định số 20/2015/QĐ-UBND).",
    "- Ngày nhận là ngày văn bản đến Sở Kế hoạch và Đầu tư (theo sổ công văn đến hoặc thư điện tử).",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI THEO DÕI", name: "Lò Thị Hương" }, { col: "E", title: "KT. GIÁM ĐỐC", name: "Tẩn Văn Phìn" });
  b.facts = {
    sheet: "Theo doi BC 2016",
    headerRows: "8 (header), 9 (column numbers)",
    nameColumn: "B (Đơn vị báo cáo) with C (Loại báo cáo)",
    target: "column D (Thời hạn gửi, per row)",
    actualColumns: "E (Ngày nhận)",
    ignoreColumns: "F (Số văn bản), G (Ghi chú)",
    targetRows: "none",
    otherRows: `sections ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2016-07-25",
    period: "2016",
    notes: "A deadline log: strict \"Trước ngày\" against \"Chậm nhất ngày\" (the day itself allowed); \"Ngày 17/6\" has no year (the report's year applies); blank and \"Chưa gửi\" past due are overdue, before the deadline pending.",
  };
  return b;
}
