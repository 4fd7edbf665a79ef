// Layout 20: the summary table of a preschool's accreditation self-assessment (Thông tư 19/2018; MN Mùn Chung, 2020): "x" under the level reached.
import { Book, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tổng hợp kết quả tự đánh giá (kiểm định chất lượng giáo dục, Thông tư 19/2018), Trường Mầm non Mùn Chung, năm 2020");
  const g = b.sheet("Cơ sở dữ liệu");
  g.cols([34, 12, 12, 12, 12, 12]);
  g.merge("A1:F1", "PHẦN I. CƠ SỞ DỮ LIỆU", { bold: true, align: "center" });
  g.row("A3", ["Số nhóm, lớp", "Năm học 2015-2016", "Năm học 2016-2017", "Năm học 2017-2018", "Năm học 2018-2019", "Năm học 2019-2020"], { bold: true, border: true, wrap: true, align: "center" });
  g.row("A4", ["Số nhóm trẻ", 2, 2, 3, 3, 3], { border: true });
  g.row("A5", ["Số lớp mẫu giáo", 8, 8, 8, 9, 9], { border: true });
  g.row("A6", ["Cộng", 10, 10, 11, 12, 12], { border: true, bold: true });
  g.row("A8", ["Số trẻ", 254, 261, 270, 283, 291], { border: true });

  const s = b.sheet("Bảng tổng hợp TĐG");
  s.cols([42, 11, 11, 11, 11, 20]);
  s.merge("A1:B1", "PHÒNG GD&ĐT TUẦN GIÁO", { align: "center" });
  s.merge("A2:B2", "TRƯỜNG MẦM NON MÙN CHUNG", { align: "center", bold: true });
  s.merge("A4:F4", "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", { bold: true, align: "center", size: 14 });
  s.merge("A5:F5", "(Nhà trường đăng ký kiểm định chất lượng giáo dục cấp độ 2: mỗi tiêu chí đạt từ Mức 2 trở lên)", { italic: true, align: "center" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "Tiêu chuẩn, tiêu chí", head);
  s.merge("B7:B8", "Không đạt", head);
  s.merge("C7:E7", "Đạt", head);
  s.row("C8", ["Mức 1", "Mức 2", "Mức 3"], head);
  s.merge("F7:F8", "Ghi chú", head);
  const bd = { border: true, align: "center" as const };
  // [criterion, level reached (0 = Không đạt, null = not assessed)]
  const std: Array<[string, Array<[string, number | null]>]> = [
    ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", [["Tiêu chí 1.1", 3], ["Tiêu chí 1.2", 2], ["Tiêu chí 1.3", 2], ["Tiêu chí 1.4", 1], ["Tiêu chí 1.5", 2]]],
    ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và trẻ", [["Tiêu chí 2.1", 2], ["Tiêu chí 2.2", 2], ["Tiêu chí 2.3", 0]]],
    ["Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", [["Tiêu chí 3.1", 1], ["Tiêu chí 3.2", 2], ["Tiêu chí 3.3", null]]],
  ];
  let r = 9;
  for (const [title, crit] of std) {
    s.row(`A${r}`, [title, "", "", "", "", ""], { border: true, bold: true });
    r++;
    for (const [name, lv] of crit) {
      const marks = [lv === 0 ? "x" : "", lv !== null && lv >= 1 ? "x" : "", lv !== null && lv >= 2 ? "x" : "", lv !== null && lv >= 3 ? "x" : ""];
      s.row(`A${r}`, [name, ...marks, lv === null ? "Chưa đánh giá, chờ minh chứng" : ""], bd);
      s.get(`A${r}`)!.align = "left";
      const status: Status = lv === null ? "no_data" : lv >= 3 ? "exceeded" : lv === 2 ? "met" : "not_met";
      s.expect(`B${r}|C${r}|D${r}|E${r}`, { indicator: name, target: "Mức 2 (dòng 5)", actual: lv === null ? "(trống)" : lv === 0 ? "x ở Không đạt" : `x đến Mức ${lv}`, status, why: lv === null ? "no mark" : `highest level marked: ${lv}` });
      r++;
    }
  }
  s.row(`A${r}`, ["Kết quả: Đạt Mức 1", "", "", "", "", ""], { bold: true });
  signature(s, r + 2, { col: "A", title: "THƯ KÝ HỘI ĐỒNG", name: "Lò Thị Tâm" }, { col: "D", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Quàng Thị Huệ" });
  b.facts = {
    sheet: "Bảng tổng hợp TĐG",
    headerRows: "7-8 (Đạt over Mức 1 | Mức 2 | Mức 3, beside Không đạt)",
    nameColumn: "A (Tiêu chí; Tiêu chuẩn rows are sections)",
    target: "row 5 (Mức 2 for every criterion)",
    actualColumns: "B-E together: the level is the last column holding \"x\"",
    ignoreColumns: "F (Ghi chú)",
    otherRows: "9, 15, 19 (Tiêu chuẩn sections), the \"Kết quả\" line, signature",
    asOf: "2020-04-22",
    period: "2020",
    notes: "The first sheet (Cơ sở dữ liệu) has year columns with figures and nothing to judge. \"x\" marks count, a cell value does not.",
  };
  return b;
}
