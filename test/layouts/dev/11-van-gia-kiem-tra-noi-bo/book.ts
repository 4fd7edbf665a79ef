// Layout 11: a kindergarten's internal inspection schedule with results (MN Vạn Giã, 2019-2020): months without a year, the timing in the first column.
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch kiểm tra nội bộ trường học năm học 2019-2020 và kết quả thực hiện, Trường Mầm non Vạn Giã");
  const s = b.sheet("KTNB 2019-2020");
  s.cols([14, 40, 16, 16, 34, 16]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT VẠN NINH", "TRƯỜNG MẦM NON VẠN GIÃ"],
    date: "Vạn Giã, ngày 25 tháng 3 năm 2020",
    title: ["LỊCH KIỂM TRA NỘI BỘ TRƯỜNG HỌC NĂM HỌC 2019-2020", "(Kèm theo Kế hoạch kiểm tra nội bộ ngày 10/10/2019; cột Kết quả cập nhật đến ngày 25/3/2020)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["Thời gian", "Nội dung kiểm tra", "Đối tượng kiểm tra", "Người thực hiện", "Kết quả", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  type Row = [string, string, string, string, string, string, Status, string];
  const rows: Row[] = [
    ["Tháng 10/2019", "Kiểm tra việc thực hiện quy chế chuyên môn, hồ sơ sổ sách giáo viên", "06 giáo viên", "Hiệu trưởng", "Đã kiểm tra ngày 15/10/2019: 6/6 GV xếp loại Tốt", "", "met", "done 15/10/2019, within October 2019"],
    ["Tháng 11", "Kiểm tra hoạt động sư phạm nhà giáo", "03 giáo viên", "Ban kiểm tra", "Đã kiểm tra 3/3 GV ngày 26/11", "", "met", "\"Tháng 11\" of school year 2019-2020 is November 2019; 26/11 is inside it"],
    ["Tháng 12", "Kiểm tra công tác bán trú, vệ sinh an toàn thực phẩm", "Bếp ăn, nhân viên nuôi dưỡng", "Phó Hiệu trưởng", "Đã kiểm tra ngày 08/01/2020", "Lùi do tổ chức Hội giảng", "not_met", "done 08/01/2020, after December 2019 (late)"],
    ["Tháng 01/2020", "Kiểm tra công tác tài chính, tài sản", "Kế toán, thủ quỹ", "Ban Thanh tra nhân dân", "Đang kiểm tra", "", "overdue", "January 2020 has passed and it is not finished"],
    ["Tháng 02", "Kiểm tra việc thực hiện chương trình giáo dục mầm non", "Các lớp mẫu giáo", "Phó Hiệu trưởng", "Chưa kiểm tra", "Trẻ nghỉ học phòng dịch Covid-19", "overdue", "February 2020 has passed; the note explains why, but it is still not done"],
    ["Tháng 3", "Kiểm tra hồ sơ phổ cập giáo dục mầm non cho trẻ 5 tuổi", "Bộ phận phổ cập", "Hiệu trưởng", "", "", "pending", "due by 31/03/2020, after the as-of date"],
    ["Tháng 4", "Kiểm tra đánh giá trẻ cuối độ tuổi", "Các lớp", "Ban kiểm tra", "", "", "pending", "not yet due"],
    ["Tháng 5", "Tổng kết công tác kiểm tra nội bộ", "", "Hiệu trưởng", "", "", "pending", "not yet due"],
    ["Thường xuyên", "Kiểm tra việc thực hiện nội quy, quy chế của cơ quan", "Toàn trường", "Ban giám hiệu", "Đã thực hiện", "", "refuse", "\"Thường xuyên\": no deadline to judge against"],
  ];
  rows.forEach((x, i) => {
    const r = 9 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5]], bd);
    s.expect(`E${r}`, { indicator: x[1], target: x[0], status: x[6], why: x[7] });
  });
  s.set("B19", "Ghi chú: Từ ngày 03/02/2020 trẻ nghỉ học phòng, chống dịch Covid-19 theo chỉ đạo của UBND tỉnh.", { italic: true });
  signature(s, 21, { col: "B", title: "NGƯỜI LẬP", name: "Trần Thị Mỹ Linh" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" });
  b.facts = {
    sheet: "KTNB 2019-2020",
    headerRows: "8",
    nameColumn: "B (Nội dung kiểm tra)",
    target: "column A (Thời gian: \"Tháng 10/2019\", \"Tháng 11\" with no year: the year comes from school year 2019-2020, September to August)",
    actualColumns: "E (Kết quả: sentences with a date, \"Đang kiểm tra\", \"Chưa kiểm tra\", blank)",
    ignoreColumns: "C, D (who), F (Ghi chú)",
    otherRows: "19 (note), 21-27 (signature)",
    asOf: "2020-03-25",
    period: "2019-2020",
    notes: "The deadline column comes first. A month without a year is dated inside the school year: Tháng 11 → 11/2019, Tháng 02 → 02/2020.",
  };
  return b;
}
