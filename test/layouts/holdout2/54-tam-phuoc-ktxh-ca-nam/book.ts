// Layout 54: a commune's year-end table of its socio-economic plan (xã Tam Phước, Long Điền, Bà Rịa - Vũng Tàu, 2022): growth bands, a projection that is no target, a ceiling written as a bare rate, a share over 100%, the commune's own verdict column.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2022, xã Tam Phước");
  const s = b.sheet("Chỉ tiêu 2022");
  s.cols([5, 46, 14, 22, 18, 12, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN LONG ĐIỀN", "ỦY BAN NHÂN DÂN XÃ TAM PHƯỚC"],
    date: "Tam Phước, ngày 15 tháng 12 năm 2022",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2022", "(Kèm theo Báo cáo tình hình kinh tế - xã hội năm 2022, phương hướng nhiệm vụ năm 2023)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước thực hiện năm 2022", "Đánh giá", "Ghi chú"], head);
  const bd = { border: true, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, t, "", "", "", "", ""], { ...bd, bold: true });
  // [no, indicator, unit, plan, estimate, commune's own word, note, verdict, why]
  type Row = [string, string, string, string, CellInput, string, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6]], bd);
    s.expect(`E${r}`, { indicator: x[1], target: x[3], status: x[7], why: x[8] });
  };
  sec(9, "I", "CHỈ TIÊU VỀ KINH TẾ");
  put(10, ["1", "Tổng diện tích gieo trồng", "ha", "772 ha", 780, "Vượt", "", "exceeded", "780 > 772"]);
  put(11, ["2", "Sản lượng lúa", "tấn", "2.961 tấn", { v: 2905, fmt: "#,##0" }, "Đạt", "Vụ mùa mất mùa", "not_met", "2.905 < 2.961 (the commune's \"Đạt\" is wrong)"]);
  put(12, ["3", "Giá trị sản lượng nông nghiệp", "%", "Tăng 7,5 - 8,0%", "Tăng 7,8%", "Đạt", "", "met", "growth 7,8% inside 7,5-8,0"]);
  put(13, ["4", "Giá trị công nghiệp, tiểu thủ công nghiệp", "%", "Tăng 5-7%", "Tăng 8,2%", "Vượt", "", "review", "8,2% is above the range 5-7%: as a band it misses, as a growth target more is better; nothing on the row decides"]);
  put(14, ["5", "Doanh thu kinh doanh dịch vụ", "%", "Tăng từ 10% trở lên", "Tăng 9,6%", "Không đạt", "", "not_met", "growth 9,6% < 10%"]);
  put(15, ["6", "Tổng thu ngân sách trên địa bàn", "% dự toán", "Đạt 100% chỉ tiêu trở lên", "104,3%", "Vượt", "", "exceeded", "104,3% of the budget > 100%"]);
  sec(16, "II", "CHỈ TIÊU VỀ XÃ HỘI");
  put(17, ["7", "Dân số trung bình", "người", "7.129 người", { v: 7186, fmt: "#,##0" }, "Vượt", "", "refuse", "a population projection, not something to reach or stay under"]);
  put(18, ["8", "Mức giảm sinh", "%", "0,5%", "0,3%", "Không đạt", "", "not_met", "a fall of 0,3 point against 0,5 asked"]);
  put(19, ["9", "Tỷ lệ tăng dân số tự nhiên", "%", "0,9%", "0,85%", "Đạt", "", "review", "a bare 0,9% reads as at least, yet a natural growth rate is usually a ceiling: 0,85 passes one reading and fails the other"]);
  put(20, ["10", "Huy động trẻ em 6 tuổi vào lớp 1", "%", "Đạt 100%", "100%", "Đạt", "", "met", "100%"]);
  put(21, ["11", "Tỷ lệ học sinh lên lớp và tốt nghiệp", "%", "Đạt 100% trở lên", "99,6%", "Đạt", "02 học sinh lưu ban", "not_met", "99,6 < 100 (\"Đạt\" in F is wrong)"]);
  put(22, ["12", "Mức hưởng thụ văn hóa", "lần/người/năm", "45 lần/người/năm", 47, "Vượt", "", "exceeded", "47 > 45"]);
  put(23, ["13", "Tỷ lệ gia đình đạt chuẩn văn hóa", "%", "95,2%", 96.1, "Vượt", "", "exceeded", "96,1 > 95,2"]);
  put(24, ["14", "Tỷ lệ người tập luyện TDTT thường xuyên so với dân số", "%", "42%", 41.5, "Đạt", "", "not_met", "41,5 < 42"]);
  sec(25, "III", "CHỈ TIÊU VỀ MÔI TRƯỜNG");
  put(26, ["15", "Tỷ lệ hộ dân dùng nước hợp vệ sinh", "%", "100%", 102, "Vượt", "Tính cả hộ tạm trú", "invalid", "a share of households cannot exceed 100% (102)"]);
  put(27, ["16", "Tỷ lệ hộ dân sử dụng điện sinh hoạt", "%", "100%", "100%", "Đạt", "", "met", "100%"]);
  put(28, ["17", "Tỷ lệ rác thải sinh hoạt được thu gom", "%", "95%", "97,5%", "Vượt", "", "exceeded", "97,5% > 95%"]);
  signature(s, 30, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Võ Thị Thanh" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Lê Văn Tâm" });
  b.facts = {
    sheet: "Chỉ tiêu 2022",
    headerRows: "8",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2022)",
    actualColumns: "E (Ước thực hiện năm 2022: numbers, \"Tăng 7,8%\", \"104,3%\", \"0,85%\")",
    ignoreColumns: "F (Đánh giá: the commune's own words, several wrong), G (Ghi chú)",
    otherRows: "9, 16, 25 (sections I-III), 30-36 (signature)",
    asOf: "2022-12-15",
    period: "2022",
    notes: "Year-end estimates for the year's plan. Growth targets are written as \"Tăng …%\" with the achieved growth beside them; \"Tăng 5-7%\" met by 8,2% is a band on one reading and a floor on another (review). \"Dân số trung bình\" is a projection (refuse). A bare \"0,9%\" for natural population growth has no direction on the row (review). 102% of households is impossible (invalid).",
  };
  return b;
}
