// Layout 65: a district's mid-term table of its Party congress targets (Lập Thạch, Vĩnh Phúc, to 30/9/2019): bands "65-70%", targets due in 2018 or 2020, figures typed with the year they belong to, earlier years beside them, the district's own verdict column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện một số chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện Lập Thạch nhiệm kỳ 2015-2020, đến 30/9/2019");
  const s = b.sheet("Chỉ tiêu NQ ĐH");
  s.cols([5, 44, 8, 24, 10, 10, 10, 18, 12, 20]);
  titleBlock(s, {
    left: ["HUYỆN ỦY LẬP THẠCH", "BAN TUYÊN GIÁO"],
    date: "Lập Thạch, ngày 15 tháng 10 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI", "ĐẢNG BỘ HUYỆN LẦN THỨ XXIV, NHIỆM KỲ 2015-2020 (tính đến hết tháng 9/2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:D9", "Kế hoạch Đại hội", head);
  s.merge("E8:H8", "Kết quả thực hiện", head);
  s.row("E9", ["Năm 2016", "Năm 2017", "Năm 2018", "Đến 30/9/2019 (số liệu mới nhất)"], head);
  s.merge("I8:I9", "Đánh giá", head).merge("J8:J9", "Ghi chú", head);
  const bd = { border: true, wrap: true, align: "center" as const };
  // [no, indicator, unit, plan, 2016, 2017, 2018, latest, own word, note, verdict, why]
  type Row = [string, string, string, string, CellInput, CellInput, CellInput, CellInput, string, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9]], bd);
    s.expect(`H${r}`, { indicator: x[1], target: x[3], status: x[10], why: x[11] });
  };
  s.row("A10", ["I", { v: "Giáo dục - Đào tạo", align: "left" }, "", "", "", "", "", "", "", ""], { ...bd, bold: true });
  put(11, ["1", "Tỷ lệ trường đạt chuẩn Quốc gia bậc Tiểu học", "%", "Đạt 100% vào năm 2018", 88.9, 100, 100, "100% (năm 2017)", "Đạt", "Đạt trước 01 năm", "met", "100% reached in 2017, before the 2018 deadline; 88,9 in 2016 is history"]);
  put(12, ["2", "Tỷ lệ học sinh tốt nghiệp THCS vào THPT", "%", "Đến năm 2020 đạt 65-70%", 63.2, 66.5, 68.7, 68.7, "Đạt", "Số liệu năm 2018", "met", "68,7 (a plain number under ĐVT %) is inside the band 65-70"]);
  put(13, ["3", "Tỷ lệ học sinh tốt nghiệp THCS vào học bổ túc văn hóa và học nghề", "%", "Đạt 30 - 35% vào năm 2020", 27, 28.5, 30, "30%", "Đạt", "", "met", "30% is the lower edge of the band 30-35, inclusive"]);
  s.row("A14", ["II", { v: "Y tế - Dân số", align: "left" }, "", "", "", "", "", "", "", ""], { ...bd, bold: true });
  put(15, ["4", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "Đến năm 2020 đạt dưới 9%", 9.6, 8.9, 8.2, 7.84, "Vượt", "", "met", "7,84 is under the ceiling 9 (under a cap is met)"]);
  s.row("A16", ["III", { v: "Văn hóa - Xã hội", align: "left" }, "", "", "", "", "", "", "", ""], { ...bd, bold: true });
  put(17, ["5", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa", "%", "Từ 75 - 80%", 68, 71, 73.5, "75%", "Đạt", "", "met", "75% is the lower edge of 75-80; the earlier years under 75 are history"]);
  put(18, ["6", "Tỷ lệ hộ nghèo giảm hằng năm", "%/năm", "1 - 1,5%", 1.4, 1.2, 1.1, "Giảm trên 1%", "Đạt", "", "review", "\"trên 1%\" is above the floor but may be above 1,5: met if the range is a floor, unknown if it is a band; nothing on the row decides"]);
  const n = notes(s, 20, "B", [
    "Ghi chú:",
    "- Các chỉ tiêu còn khó khăn (thu ngân sách nhà nước, tỷ lệ lao động qua đào tạo, tỷ lệ bác sỹ/vạn dân, tỷ lệ giường bệnh/vạn dân) được đánh giá tại biểu riêng.",
    "- Cột (H) ghi số liệu mới nhất hiện có; năm của số liệu ghi kèm hoặc ghi tại cột Ghi chú.",
  ]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Hồng Nhật" }, { col: "G", title: "TRƯỞNG BAN", name: "Trần Văn Long" });
  b.facts = {
    sheet: "Chỉ tiêu NQ ĐH",
    headerRows: "8-9 (Kết quả thực hiện over Năm 2016 | Năm 2017 | Năm 2018 | Đến 30/9/2019)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch Đại hội: \"Đạt 100% vào năm 2018\", \"Đến năm 2020 đạt 65-70%\", \"Đạt 30 - 35% vào năm 2020\", \"Đến năm 2020 đạt dưới 9%\", \"Từ 75 - 80%\", \"1 - 1,5%\")",
    actualColumns: "H (the latest figure: \"100% (năm 2017)\", plain numbers under ĐVT \"%\", \"30%\", \"Giảm trên 1%\")",
    ignoreColumns: "E, F, G (earlier years: history, several under the targets), I (Đánh giá: the district's own words), J (Ghi chú)",
    otherRows: "10, 14, 16 (sections I-III), 20-23 (notes), signature below",
    asOf: "2019-09-30",
    period: "2015-2020",
    notes: "Targets and latest figures are the district's, as reported in October 2019. Figures that already meet a 2020 target are met; bands are inclusive at both edges (30 in 30-35, 75 in 75-80); the malnutrition rate is a ceiling. \"Giảm trên 1%\" against \"1 - 1,5%\" is review. The year columns E-G hold earlier results, some under the targets, which are not judged.",
  };
  return b;
}
