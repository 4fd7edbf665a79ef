// Layout 260: a commune's six-month table for its council session (xã Văn Hoàng, Phú Xuyên, Hà Nội, 6/7/2020): sections, ĐVT, the year's plan, the six months' result, a percent of plan stored as a fraction, the same period last year, sub-items under a total that has its own plan, a registration count typed as "1.639/1.690"; mid-year: short pending, a finished crop and enlistment final, revenue past the year's estimate exceeded.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu kinh tế - xã hội 6 tháng đầu năm 2020, xã Văn Hoàng (Phú Xuyên, Hà Nội)");
  const s = b.sheet("6 thang 2020");
  s.cols([5, 44, 11, 11, 11, 10, 11, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHÚ XUYÊN", "UBND XÃ VĂN HOÀNG"],
    number: "Biểu kèm Báo cáo số 45/BC-UBND",
    date: "Văn Hoàng, ngày 06 tháng 7 năm 2020",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2020", "(trình Kỳ họp thứ 10 HĐND xã khóa XXI)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Thực hiện 6 tháng", "% so KH", "Cùng kỳ năm 2019", "Ghi chú"], head);
  let r = 8;
  const sec = (label: string, title: string) => { s.set(`A${r}`, label, { bold: true, border: true, align: "center" }); s.merge(`B${r}:H${r}`, title, { bold: true, border: true }); r++; };
  type R = [string, string, string, number, CellInput, number, string, [Status, string]];
  const put = ([tt, name, dvt, kh, th, ck, note, v]: R, bold = false) => {
    const pct: CellInput = typeof th === "number" ? { v: `=ROUND(E${r}/D${r},3)`, pct: true, fmt: "0.0%", result: `${((Math.round((th / kh) * 1000) / 10).toFixed(1)).replace(".", ",")}%` } : "";
    s.row(`A${r}`, [tt, name, dvt, kh, th, pct, ck, note], { border: true, align: "center", bold });
    s.set(`B${r}`, name, { border: true, wrap: true, bold });
    s.set(`H${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`E${r}`, { indicator: name, target: `${kh.toLocaleString("de-DE")} ${dvt} (Kế hoạch năm 2020, column D)`, status: v[0], why: v[1] });
    r++;
  };
  sec("I", "KINH TẾ");
  put(["1", "Tổng giá trị sản xuất", "tỷ đồng", 373, 153, 131, "Tăng 16,8% so với cùng kỳ", ["pending", "153 of 373 billion = 41,0% at mid-year"]], true);
  put(["-", "Nông nghiệp, thủy sản", "tỷ đồng", 82, 37.2, 34, "", ["pending", "37,2 of 82 billion; the autumn crop is still to come"]]);
  put(["-", "Công nghiệp - TTCN", "tỷ đồng", 205, 81.3, 68.5, "", ["pending", "81,3 of 205 billion at mid-year"]]);
  put(["-", "Thương mại - dịch vụ", "tỷ đồng", 86, 34.5, 28.5, "", ["pending", "34,5 of 86 billion at mid-year"]]);
  put(["2", "Thu ngân sách trên địa bàn xã", "triệu đồng", 6200, 8506, 5120, "Thu tiền đấu giá QSDĐ", ["exceeded", "8.506 million collected against the year's 6.200 (137,2%): money collected stays collected"]]);
  put(["3", "Diện tích gieo cấy lúa vụ Xuân", "ha", 420, 418.5, 421, "Vụ Xuân đã thu hoạch xong", ["not_met", "418,5 of 420 ha; the spring crop is harvested, so the figure is final"]]);
  sec("II", "VĂN HÓA - XÃ HỘI");
  s.row(`A${r}`, ["4", "Gia đình văn hóa (số hộ đăng ký / tổng số hộ)", "hộ", "≥ 90% hộ đạt", "1.639/1.690", "", "1.602/1.681", "Đăng ký đầu năm, bình xét cuối năm"], { border: true, align: "center" });
  s.set(`B${r}`, "Gia đình văn hóa (số hộ đăng ký / tổng số hộ)", { border: true, wrap: true });
  s.set(`H${r}`, "Đăng ký đầu năm, bình xét cuối năm", { border: true, wrap: true, italic: true });
  s.expect(`E${r}`, { indicator: "Gia đình văn hóa", target: "≥ 90% hộ đạt (column D)", status: "pending", why: "1.639 of 1.690 households registered (97%); registration is not the title, which is voted at the year's end" });
  r++;
  s.row(`A${r}`, ["5", "Tỷ lệ hộ nghèo", "%", "Giảm còn 1,2%", 1.38, "", 1.62, "Rà soát hộ nghèo vào quý IV"], { border: true, align: "center" });
  s.set(`B${r}`, "Tỷ lệ hộ nghèo", { border: true, wrap: true });
  s.set(`H${r}`, "Rà soát hộ nghèo vào quý IV", { border: true, wrap: true, italic: true });
  s.expect(`E${r}`, { indicator: "Tỷ lệ hộ nghèo", target: "Giảm còn 1,2% (column D)", status: "pending", why: "1,38% still above 1,2%; the poor households are reviewed in the fourth quarter" });
  r++;
  put(["6", "Giao quân (nhập ngũ)", "thanh niên", 12, 12, 11, "Giao quân tháng 2/2020", ["met", "12 of 12 young men enlisted in February; the year's enlistment is over"]]);
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"% so KH\" tính tự động cho các chỉ tiêu bằng số.", "- Số liệu tính đến ngày 30/6/2020."]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Văn Hùng" }, { col: "E", title: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", name: "Đỗ Văn Thắng" });
  b.facts = {
    sheet: "6 thang 2020",
    headerRows: "7",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Kế hoạch năm 2020: numbers in the ĐVT of column C, or words \"≥ 90% hộ đạt\", \"Giảm còn 1,2%\")",
    actualColumns: "E (Thực hiện 6 tháng: numbers, or \"1.639/1.690\" typed as text)",
    ignoreColumns: "A (TT), C (ĐVT), F (% so KH: derived, a fraction), G (Cùng kỳ năm 2019: last year), H (Ghi chú)",
    totalRows: "9 (Tổng giá trị sản xuất: the sum of rows 10-12, with its own plan; judged)",
    targetRows: "none",
    otherRows: "8, 15 (sections I, II); notes and signature under the table",
    asOf: "2020-07-06",
    period: "2020",
    notes: "Six months of a calendar year: figures short of the year's plan are pending; revenue already past the year's estimate is exceeded; the spring crop (harvested) and the February enlistment are final. Households registered for the cultural-family title are not households awarded it: pending. Column G is last year.",
  };
  return b;
}
