// Layout 21: a primary school's internal inspection plan with results (TH Vĩnh Bình A, 2017-2018): spans of months, "Học kỳ I", deadlines in the last column.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch kiểm tra nội bộ trường học năm học 2017-2018 và kết quả, Trường TH Vĩnh Bình A");
  const s = b.sheet("Kế hoạch KTNB");
  s.cols([5, 40, 18, 18, 16, 32]);
  titleBlock(s, {
    left: ["PHÒNG GD & ĐT HÒA BÌNH", "TRƯỜNG TH VĨNH BÌNH A"],
    date: "Vĩnh Bình, ngày 10 tháng 01 năm 2018",
    title: ["KẾ HOẠCH KIỂM TRA NỘI BỘ TRƯỜNG HỌC NĂM HỌC 2017-2018", "(Cập nhật kết quả đến ngày 10/01/2018)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["STT", "Nội dung kiểm tra", "Đối tượng", "Lực lượng kiểm tra", "Thời gian hoàn thành", "Kết quả thực hiện"], head);
  const bd = { border: true, wrap: true };
  // [content, who, inspectors, timing, result, verdict]
  type Row = [string, string, string, string, string, Status];
  const rows: Row[] = [
    ["Kiểm tra cơ sở vật chất, thiết bị chuẩn bị năm học", "Toàn trường", "Ban giám hiệu", "Tháng 9/2017", "Đã kiểm tra ngày 28/8/2017", "met"],
    ["Kiểm tra hồ sơ chuyên môn của giáo viên", "18 giáo viên", "Tổ trưởng chuyên môn", "Tháng 10, 11/2017", "Hoàn thành 30/11/2017", "met"],
    ["Kiểm tra hoạt động sư phạm của nhà giáo", "06 giáo viên", "Ban kiểm tra", "Học kỳ I", "Đã kiểm tra 4/6 giáo viên", "pending"],
    ["Kiểm tra việc dạy thêm, học thêm", "Toàn trường", "Hiệu trưởng", "Tháng 11/2017", "Chưa kiểm tra", "overdue"],
    ["Kiểm tra thu, chi tài chính học kỳ I", "Kế toán", "Ban thanh tra nhân dân", "Tháng 12/2017", "Kiểm tra ngày 05/01/2018", "not_met"],
    ["Kiểm tra việc đánh giá học sinh cuối học kỳ I", "Giáo viên chủ nhiệm", "Phó Hiệu trưởng", "Tháng 01/2018", "", "pending"],
    ["Kiểm tra công tác phổ cập giáo dục tiểu học", "Bộ phận phổ cập", "Hiệu trưởng", "Tháng 3/2018", "", "pending"],
  ];
  const why: Record<string, string> = {
    met: "done by the end of the period",
    pending: "not yet due at 10/01/2018",
    overdue: "November 2017 has passed and it was not done",
    not_met: "done in January 2018, after December 2017",
  };
  rows.forEach((x, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [i + 1, x[0], x[1], x[2], x[3], x[4]], bd);
    s.expect(`F${r}`, { indicator: x[0], target: x[3], status: x[5], why: x[3] === "Học kỳ I" ? "term I ends later in January 2018; 4 of 6 done so far" : why[x[5]] });
  });
  signature(s, 17, { col: "B", title: "NGƯỜI LẬP KẾ HOẠCH", name: "Trương Văn Hải" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Lâm Thị Bích" });
  b.facts = {
    sheet: "Kế hoạch KTNB",
    headerRows: "8",
    nameColumn: "B (Nội dung kiểm tra)",
    target: "column E (Thời gian hoàn thành: \"Tháng 9/2017\", \"Tháng 10, 11/2017\" = by end of November, \"Học kỳ I\" = end of term I in January 2018)",
    actualColumns: "F (Kết quả thực hiện)",
    ignoreColumns: "C, D (who)",
    otherRows: "17-23 (signature)",
    asOf: "2018-01-10",
    period: "2017-2018",
    notes: "Done before the period starts (28/8 for September) is on time.",
  };
  return b;
}
