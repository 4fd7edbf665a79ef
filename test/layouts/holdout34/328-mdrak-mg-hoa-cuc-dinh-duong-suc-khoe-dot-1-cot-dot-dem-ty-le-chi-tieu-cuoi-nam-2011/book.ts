// Layout 328: a kindergarten's nutrition and health return for the first round of the school year (Trường Mẫu giáo Hoa Cúc, M'Đrắk, Đắk Lắk, 7 November 2011): the form's sections as rows, the year's targets in one column (some due only at the year's end, one from term II, one band, one with a day), a base column, then count/rate pairs under merged round heads with the second round still blank, a rate typed by the clerk that does not match its count, a "Chưa có số liệu" cell, last year's first round hidden.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo dinh dưỡng - sức khỏe trẻ đợt 1 năm học 2011-2012, Trường Mẫu giáo Hoa Cúc (M'Đrắk, Đắk Lắk)");
  const s = b.sheet("DD-SK dot 1");
  s.cols([5, 40, 8, 22, 10, 10, 10, 10, 10, 24, 10]);
  const top = titleBlock(s, {
    left: ["PHÒNG GD&ĐT M'ĐRĂK", "TRƯỜNG MG HOA CÚC"],
    number: "Số: 06/BC-HC",
    date: "M'Đrắk, ngày 07 tháng 11 năm 2011",
    title: ["BÁO CÁO DINH DƯỠNG - SỨC KHỎE TRẺ", "Đợt 1 - Năm học 2011-2012"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  const h1 = top; // first header row
  const h2 = top + 1;
  s.merge(`A${h1}:A${h2}`, "TT", h);
  s.merge(`B${h1}:B${h2}`, "Nội dung", h);
  s.merge(`C${h1}:C${h2}`, "ĐVT", h);
  s.merge(`D${h1}:D${h2}`, "Chỉ tiêu năm học 2011-2012", h);
  s.merge(`E${h1}:E${h2}`, "Tổng số (mẫu số)", h);
  s.merge(`F${h1}:G${h1}`, "Đợt 1 (tháng 10/2011)", h);
  s.merge(`H${h1}:I${h1}`, "Đợt 2 (tháng 3/2012)", h);
  s.merge(`J${h1}:J${h2}`, "Ghi chú", h);
  s.merge(`K${h1}:K${h2}`, "Đợt 1 năm học 2010-2011 (%)", h);
  s.row(`F${h2}`, ["Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"], h);
  s.hideCols("K");
  let r = h2 + 1;
  const section = (code: string, title: string) => {
    s.set(`A${r}`, code, { bold: true, border: true, align: "center" });
    s.merge(`B${r}:J${r}`, title, { bold: true, border: true });
    r++;
  };
  type Row = { n: string; what: string; unit: string; target: string; base?: number | string; got: CellInput; rate?: CellInput; note?: string; last?: number; status?: Status; why?: string; rateCell?: boolean };
  const put = (x: Row) => {
    const rate: CellInput = x.rate === undefined ? (typeof x.base === "number" && typeof x.got === "number" ? { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round((x.got / x.base) * 1000) / 10, fmt: "0.0" } : "") : x.rate;
    s.row(`A${r}`, [x.n, x.what, x.unit, x.target, x.base ?? "", x.got, rate, "", "", x.note ?? "", x.last ?? ""], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, x.what, { border: true, wrap: true });
    s.set(`D${r}`, x.target, { border: true, wrap: true });
    s.set(`J${r}`, x.note ?? "", { border: true, wrap: true, italic: true });
    if (x.status) s.expect(x.rateCell === false ? `F${r}` : `F${r}|G${r}`, { indicator: x.what, target: `${x.target} (column D)`, status: x.status, why: x.why });
    r++;
  };
  section("I", "TRẺ RA LỚP VÀ TỔ CHỨC BỮA ĂN");
  put({ n: "1", what: "Trẻ trong độ tuổi trên địa bàn ra lớp", unit: "trẻ", target: "Từ 75% trở lên", base: 267, got: 209, last: 71.4, status: "exceeded", why: "209/267 = 78,3% > 75%; enrolment is settled at the start of the year" });
  put({ n: "2", what: "Số lớp tổ chức bữa ăn tại trường", unit: "lớp", target: "06/06 lớp (từ học kỳ II)", base: 6, got: 4, last: 50, status: "pending", why: "4 of 6 classes; the target runs from term II (January 2012), after the 07/11/2011 report" });
  put({ n: "3", what: "Số trẻ được ăn bán trú tại lớp", unit: "trẻ", target: "Từ 25% trở lên", base: 209, got: 60, last: 21.2, status: "exceeded", why: "60/209 = 28,7% > 25%" });
  put({ n: "4", what: "Năng lượng khẩu phần/trẻ/ngày - cao nhất", unit: "Kcal", target: "Từ 800 đến 1.000 Kcal", got: 902, rate: "", note: "Mức đóng góp 12.000đ/ngày (chi tiền ga, vệ sinh 2.000đ)", status: "met", why: "902 lies inside the band 800-1.000", rateCell: false });
  put({ n: "5", what: "Năng lượng khẩu phần/trẻ/ngày - thấp nhất", unit: "Kcal", target: "Từ 800 đến 1.000 Kcal", got: 852, rate: "", status: "met", why: "852 lies inside the band 800-1.000", rateCell: false });
  section("II", "TÌNH TRẠNG DINH DƯỠNG");
  put({ n: "6", what: "Trẻ được cân, đo, theo dõi biểu đồ tăng trưởng", unit: "trẻ", target: "100% trẻ ra lớp, mỗi đợt", base: 209, got: 209, last: 100, status: "met", why: "209/209 = 100% this round" });
  put({ n: "7", what: "Trẻ phát triển bình thường (cân nặng theo tuổi)", unit: "trẻ", target: "Cuối năm học đạt từ 80% trở lên", base: 209, got: 153, last: 70.5, status: "pending", why: "153/209 = 73,2%; the target is for the end of the school year (May 2012)" });
  put({ n: "8", what: "Trẻ suy dinh dưỡng (nhẹ cân)", unit: "trẻ", target: "Cuối năm học giảm còn dưới 20%", base: 209, got: 56, rate: "26,7", note: "Tỷ lệ ghi theo sổ theo dõi", last: 29.5, status: "pending", why: "56/209 = 26,8% (typed 26,7); a cap for the end of the school year, not yet due" });
  put({ n: "9", what: "Trẻ 5 tuổi được đo chỉ số khối cơ thể (BMI)", unit: "trẻ", target: "100% trẻ 5 tuổi, mỗi đợt", base: 72, got: "Chưa có số liệu", rate: "", note: "Chờ trạm y tế xã", status: "no_data", why: "no figure for this round", rateCell: false });
  section("III", "VỆ SINH RĂNG MIỆNG");
  put({ n: "10", what: "Trẻ ăn bán trú được chải răng sau bữa ăn hằng ngày", unit: "trẻ", target: "100% trẻ ăn bán trú", base: 60, got: 60, last: 100, status: "met", why: "60/60 boarders: 100%" });
  section("IV", "KHÁM SỨC KHỎE ĐỊNH KỲ");
  put({ n: "11", what: "Trẻ được khám sức khỏe định kỳ lần 1", unit: "trẻ", target: "100% trẻ ra lớp, hoàn thành trước ngày 31/10/2011", base: 209, got: 200, rate: "96,1", note: "9 trẻ vắng ngày khám", last: 97.3, status: "not_met", why: "200 of 209 when the check closed on 31/10/2011 (before the 07/11 report); the typed 96,1 is not 200/209 = 95,7%, short either way" });
  put({ n: "12", what: "Trẻ mắc bệnh về đường hô hấp", unit: "trẻ", target: "-", base: 209, got: 28 });
  put({ n: "13", what: "Trẻ bị sâu răng", unit: "trẻ", target: "-", base: 209, got: 39 });
  put({ n: "14", what: "Trẻ còi xương", unit: "trẻ", target: "-", base: 209, got: 2 });
  const end = r;
  notes(s, end + 1, "B", [
    "Ghi chú:",
    "- Đợt 2 cân đo, khám sức khỏe tổ chức vào tháng 3/2012; số liệu đợt 2 sẽ bổ sung khi có kết quả.",
    "- Trẻ bị bệnh: giáo viên báo phụ huynh đưa trẻ đến trạm y tế nhận thuốc; tăng khẩu phần cho trẻ suy dinh dưỡng.",
  ]);
  signature(s, end + 5, { col: "B", title: "NGƯỜI BÁO CÁO", name: "Lê Thị Pha" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hạnh" });
  b.facts = {
    sheet: "DD-SK dot 1",
    headerRows: `${h1}-${h2} (merged: Đợt 1 / Đợt 2 over Số lượng, Tỷ lệ (%))`,
    nameColumn: "B (Nội dung)",
    target: "column D (Chỉ tiêu năm học 2011-2012), in words; \"-\" = no target",
    actualColumns: "F (Đợt 1 Số lượng) with G (Tỷ lệ (%), 0-100, ROUND formula or typed text); H-I (Đợt 2) blank",
    ignoreColumns: "A (TT), C (ĐVT), E (base), H-I (round 2, not yet held), J (Ghi chú), K (hidden: last year's round 1)",
    otherRows: "section rows I-IV, notes and signature",
    asOf: "2011-11-07",
    period: "2011-2012",
    notes: "Round 1 of the school year, reported on 07/11/2011. Targets due at the end of the year (TT 7, 8) or from term II (TT 2) are pending however short; per-round targets (TT 6, 9, 10) are judged now; TT 11's check had to finish before 31/10/2011 and is short. TT 4-5 sit inside a band. Rates typed as text (26,7 and 96,1) are the clerk's; the counts decide. Rows with \"-\" have no target.",
  };
  return b;
}
