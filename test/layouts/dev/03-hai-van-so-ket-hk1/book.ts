// Layout 03: a lower-secondary school's first-term report (THCS Hải Vân, Như Thanh, 2015-2016): year targets beside first-term counts and rates.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Phụ lục kết quả thực hiện chỉ tiêu học kỳ I năm học 2015-2016, trường THCS Hải Vân");
  const s = b.sheet("KQ HKI");
  s.cols([5, 40, 8, 14, 10, 10, 22]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT NHƯ THANH", "TRƯỜNG THCS HẢI VÂN"],
    number: "Số: 24/BC-THCS HV",
    date: "Hải Vân, ngày 25 tháng 12 năm 2015",
    title: ["PHỤ LỤC KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU HỌC KỲ I", "Năm học: 2015-2016", "(Kèm theo Báo cáo kết quả thực hiện nhiệm vụ học kỳ I)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Nội dung chỉ tiêu", head).merge("C9:C10", "ĐVT", head);
  s.merge("D9:D10", "Chỉ tiêu năm học", head);
  s.merge("E9:F9", "Thực hiện HK I", head);
  s.row("E10", ["Số lượng", "Tỷ lệ (%)"], head);
  s.merge("G9:G10", "Ghi chú", head);

  const bd = { border: true };
  const sec = (r: number, no: string, title: string) => s.row(`A${r}`, [no, title, "", "", "", "", ""], { ...bd, bold: true });
  // A rate row: count in E, rate by formula in F against the enrolment in E12.
  const rate = (r: number, no: string, name: string, target: string, count: CellInput, note = "") =>
    s.row(`A${r}`, [no, name, "%", target, count, { v: `=ROUND(E${r}/$E$12*100,1)`, fmt: "0.0" }, note], bd);
  sec(11, "I", "Duy trì sĩ số");
  s.row("A12", ["1", "Số học sinh đầu năm", "HS", 412, 412, "", ""], bd);
  rate(13, "2", "Tỷ lệ duy trì sĩ số", "≥ 99%", 409, "Chuyển đi 02, bỏ học 01");
  rate(14, "3", "Tỷ lệ học sinh bỏ học", "Dưới 0,5%", 1);
  sec(15, "II", "Chất lượng giáo dục hai mặt");
  s.row("A16", ["a)", "Hạnh kiểm", "", "", "", "", ""], { ...bd, italic: true });
  rate(17, "-", "Xếp loại Tốt", "70%", 301);
  rate(18, "-", "Xếp loại Yếu", "Không có", 0);
  s.row("A19", ["b)", "Học lực", "", "", "", "", ""], { ...bd, italic: true });
  rate(20, "-", "Xếp loại Giỏi", "≥ 10%", 38);
  rate(21, "-", "Xếp loại Khá", "≥ 40%", 171);
  rate(22, "-", "Xếp loại Yếu", "≤ 5%", 24, "Khối 9: 11 em");
  rate(23, "-", "Xếp loại Kém", "0%", 0);
  sec(24, "III", "Học sinh giỏi, giáo viên giỏi");
  s.row("A25", ["1", "Giải học sinh giỏi văn hóa lớp 9 cấp huyện", "Giải", "15 giải", 17, "", "Thi ngày 05/12/2015"], bd);
  s.row("A26", ["2", "Giáo viên dạy giỏi cấp huyện", "GV", "05", "Chưa tổ chức", "", "Hội thi tổ chức tháng 3/2016"], bd);
  s.row("A27", ["3", "Giáo viên ứng dụng CNTT trong dạy học", "%", "100%", 27, { v: "=ROUND(E27/28*100,1)", fmt: "0.0" }, "28 GV"], bd);
  s.row("A28", ["4", "Sáng kiến kinh nghiệm được công nhận cấp trường", "SK", "Ít nhất 10", "Chưa chấm", "", "Hội đồng chấm vào HK II"], bd);

  const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
  const exp = (r: number, name: string, target: string, status: Status, why?: string) => {
    const count = s.get(`E${r}`)!.v;
    const shown = typeof count === "number" && String(s.get(`F${r}`)?.v ?? "").startsWith("=") ? `${count} (${String(pct(count, r === 27 ? 28 : 412)).replace(".", ",")}%)` : undefined;
    s.expect(`F${r}|E${r}`, { indicator: name, target, actual: shown, status, why });
  };
  exp(13, "Tỷ lệ duy trì sĩ số", "≥ 99%", "exceeded", "409/412 = 99,3% > 99%");
  exp(14, "Tỷ lệ học sinh bỏ học", "Dưới 0,5%", "pending", "1/412 = 0,2% after term one, under the year's cap of 0,5%; drop-outs only add up until the year ends, so the cap is not yet met or missed (ruled in round 46, as holdout18/200)");
  exp(17, "Hạnh kiểm xếp loại Tốt", "70%", "exceeded", "301/412 = 73,1% above a bare 70% (read as at least)");
  exp(18, "Hạnh kiểm xếp loại Yếu", "Không có", "met", "0 học sinh");
  exp(20, "Học lực xếp loại Giỏi", "≥ 10%", "not_met", "38/412 = 9,2% < 10%");
  exp(21, "Học lực xếp loại Khá", "≥ 40%", "exceeded", "171/412 = 41,5%");
  exp(22, "Học lực xếp loại Yếu", "≤ 5%", "not_met", "24/412 = 5,8% > 5%");
  exp(23, "Học lực xếp loại Kém", "0%", "met", "0 học sinh");
  s.expect("E25", { indicator: "Giải học sinh giỏi văn hóa lớp 9 cấp huyện", target: "15 giải", status: "exceeded", why: "17 > 15; the contest was held in term I" });
  s.expect("E26", { indicator: "Giáo viên dạy giỏi cấp huyện", target: "05", status: "pending", why: "\"Chưa tổ chức\": the contest is in March 2016, after the as-of date" });
  exp(27, "Giáo viên ứng dụng CNTT trong dạy học", "100%", "not_met", "27/28 = 96,4%");
  s.expect("E28", { indicator: "Sáng kiến kinh nghiệm được công nhận cấp trường", target: "Ít nhất 10", status: "pending", why: "\"Chưa chấm\": the initiatives are judged in term II" });

  signature(s, 30, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Thị Hằng" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Văn Thành" });
  b.facts = {
    sheet: "KQ HKI",
    headerRows: "9-10 (Thực hiện HK I over Số lượng | Tỷ lệ (%))",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column D (Chỉ tiêu năm học)",
    actualColumns: "F (Tỷ lệ (%), a formula, plain percent points) for % rows; E (Số lượng) for counts",
    ignoreColumns: "G (Ghi chú)",
    otherRows: "11, 15, 24 (sections I-III), 16 and 19 (sub-headings a), b)), 12 (enrolment: a denominator, not an indicator), 30-36 (signature)",
    asOf: "2015-12-25",
    period: "2015-2016",
    notes: "Year targets are judged on term-I figures for rates; the teachers' contest and the initiatives are scheduled for term II, so their empty or \"Chưa tổ chức\" figures are pending, not short.",
  };
  return b;
}
