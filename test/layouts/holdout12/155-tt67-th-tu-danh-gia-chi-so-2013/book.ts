// Layout 155: a primary school's self-assessment grid under TT 67/2011/TT-BGDĐT (criteria × indicators a, b, c marked "Đạt" / "Không đạt", then the school's own conclusion per criterion), standard rows between the criteria, count rows per standard; the rule "a criterion is met when all its indicators are" is in the notes.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tổng hợp kết quả tự đánh giá theo Thông tư 67/2011/TT-BGDĐT, một trường tiểu học, năm học 2012-2013");
  const s = b.sheet("Tong hop TDG");
  s.cols([8, 46, 11, 11, 11, 14, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT ...", "TRƯỜNG TIỂU HỌC ..."],
    date: "..., ngày 15 tháng 3 năm 2013",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", "(Theo Quy định về tiêu chuẩn đánh giá trường tiểu học ban hành kèm theo Thông tư số 67/2011/TT-BGDĐT)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "Tiêu chí", head).merge("B8:B9", "Nội dung tiêu chí", head).merge("C8:E8", "Kết quả các chỉ số", head).merge("F8:F9", "Kết luận tiêu chí (Đạt / Không đạt)", head).merge("G8:G9", "Ghi chú", head);
  s.row("C9", ["Chỉ số a", "Chỉ số b", "Chỉ số c"], head);
  type Row = [string, string, string, string, string, string, string, Status, string];
  type Std = [string, string, string];
  const D = "Đạt", K = "Không đạt";
  const parts: (Row | Std)[] = [
    ["Tiêu chuẩn 1", "Tổ chức và quản lý nhà trường", "Số tiêu chí đạt: 5/6"],
    ["1", "Cơ cấu tổ chức bộ máy của nhà trường", D, D, D, D, "", "met", "a, b, c all Đạt"],
    ["2", "Lớp học, số học sinh, điểm trường", D, K, D, K, "02 lớp quá 35 học sinh", "not_met", "b Không đạt"],
    ["3", "Tổ chuyên môn và tổ văn phòng", D, D, D, D, "", "met", "a, b, c all Đạt"],
    ["4", "Chấp hành chủ trương, đường lối của Đảng, pháp luật của Nhà nước", D, D, D, D, "", "met", "a, b, c all Đạt"],
    ["5", "Quản lý hành chính, thực hiện các phong trào thi đua", D, D, K, D, "Hồ sơ thi đua chưa đầy đủ", "not_met", "c Không đạt: the school's own \"Đạt\" is wrong"],
    ["6", "Quản lý tài chính, tài sản", D, D, D, D, "", "met", "a, b, c all Đạt"],
    ["Tiêu chuẩn 2", "Cán bộ quản lý, giáo viên, nhân viên và học sinh", "Số tiêu chí đạt: 4/4"],
    ["1", "Năng lực của hiệu trưởng, phó hiệu trưởng", D, D, D, D, "", "met", "a, b, c all Đạt"],
    ["2", "Số lượng, trình độ đào tạo của giáo viên", D, D, "", D, "Chỉ số c chờ kết quả thi GV dạy giỏi cấp huyện", "review", "c not yet assessed: the school's \"Đạt\" cannot be checked"],
    ["3", "Nhân viên (kế toán, thủ quỹ, y tế, thư viện, thiết bị)", K, D, D, K, "Chưa có nhân viên y tế", "not_met", "a Không đạt"],
    ["4", "Học sinh", D, D, D, D, "", "met", "a, b, c all Đạt"],
  ];
  let r = 10;
  for (const x of parts) {
    if (x.length === 3) {
      s.row(`A${r}`, [x[0], x[1]], { bold: true, border: true });
      s.merge(`C${r}:G${r}`, x[2], { bold: true, italic: true, border: true });
    } else {
      s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6]], { border: true, wrap: true });
      s.expect(`F${r}`, { indicator: `Tiêu chí ${x[0]} · ${x[1]}`, target: "Đạt khi cả 3 chỉ số đạt", status: x[7], why: x[8] });
    }
    r++;
  }
  notes(s, r + 1, "A", ["Ghi chú:", "- Tiêu chí được đánh giá đạt khi tất cả các chỉ số trong tiêu chí đạt; chỉ số để trống là chưa đánh giá.", "- Dòng \"Số tiêu chí đạt\" do nhà trường tự tổng hợp."]);
  signature(s, r + 5, { col: "B", title: "THƯ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ", name: "Trần Thị Hoa" }, { col: "F", title: "CHỦ TỊCH HỘI ĐỒNG", name: "Nguyễn Văn Bình" });
  b.facts = {
    sheet: "Tong hop TDG",
    headerRows: "8-9 (merged Kết quả các chỉ số group)",
    nameColumn: "B (Nội dung tiêu chí)",
    target: "the notes' rule (row " + (r + 2) + "): a criterion is Đạt when indicators a, b, c (columns C-E) are all Đạt",
    actualColumns: "F (the school's conclusion), checked against C-E",
    ignoreColumns: "G (Ghi chú)",
    otherRows: "10, 17 (standard rows with the school's count \"Số tiêu chí đạt\"), " + (r + 1) + "-" + (r + 3) + " (notes), signature from " + (r + 5),
    asOf: "2013-03-15",
    period: "2012-2013",
    notes: "The school wrote \"Đạt\" for criterion 1.5 with indicator c Không đạt, and for 2.2 with indicator c blank. Its own counts (5/6, 4/4) are not judged.",
  };
  return b;
}
