// Layout 99: a province's return on the Ministry's new-countryside form (Phụ lục I of CV 7381/BNN-VPĐP, October 2023): the 2021-2025 mandate, the 2022 result, the 2023 target, the result to 30/9/2023, the year estimate and the 2024 registration side by side; only the result to September against the 2023 target is judged, and the year is not over.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Cập nhật kết quả thực hiện mục tiêu xây dựng nông thôn mới đến hết tháng 9/2023, ước cả năm 2023, đăng ký năm 2024, tỉnh Quảng Trị");
  const s = b.sheet("Phụ lục I");
  s.cols([6, 50, 11, 16, 13, 14, 14, 13, 13, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG ĐIỀU PHỐI NTM TỈNH"],
    date: "Quảng Trị, ngày 25 tháng 10 năm 2023",
    title: [
      "PHỤ LỤC I: KẾT QUẢ THỰC HIỆN MỤC TIÊU, NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI ĐẾN HẾT THÁNG 9/2023, ƯỚC THỰC HIỆN CẢ NĂM 2023 VÀ ĐĂNG KÝ MỤC TIÊU, NHIỆM VỤ NĂM 2024",
      "(Theo mẫu gửi kèm Công văn số 7381/BNN-VPĐP ngày 16/10/2023 của Bộ Nông nghiệp và Phát triển nông thôn)",
    ],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu giai đoạn 2021-2025 được giao (QĐ 652/QĐ-TTg)", "Kết quả đến 31/12/2022", "Mục tiêu năm 2023 (đã đăng ký)", "Kết quả đến 30/9/2023", "Ước thực hiện cả năm 2023", "Đăng ký năm 2024", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"], { italic: true, align: "center", border: true });

  const bd = { border: true, wrap: true, align: "center" as const };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, { v: t, align: "left" }, "", "", "", "", "", "", "", ""], { ...bd, bold: true });
  const one = (n: number): CellInput => ({ v: n, fmt: "0.0" });
  // [no, indicator, unit, mandate 2025, 2022, target 2023, result 30/9, estimate 2023, 2024, note, status, why]
  type Row = [string, string, string, CellInput, CellInput, CellInput, CellInput, CellInput, CellInput, string, Status, string];
  const put = (r: number, x: Row) => {
    s.row(`A${r}`, [x[0], { v: x[1], align: "left" }, x[2], x[3], x[4], x[5], x[6], x[7], x[8], { v: x[9], align: "left" }], bd);
    const t = s.text(`F${r}`);
    s.expect(`G${r}`, { indicator: x[1], target: `${t} (mục tiêu năm 2023, cột 6)`, status: x[10], why: x[11] });
  };
  sec(10, "I", "Cấp xã");
  put(11, ["1", "Số xã đạt chuẩn NTM", "xã", 80, 66, 72, 70, 73, 77, "Đang thẩm định 03 xã", "pending", "70 < 72 at 30/9; the 2023 target is judged at the end of 2023 (the estimate of 73 is not a result)"]);
  put(12, ["2", "Tỷ lệ xã đạt chuẩn NTM", "%", one(79.2), one(65.3), one(71.3), one(69.3), one(72.3), one(76.2), "", "pending", "69,3 < 71,3 with a quarter of the year to go"]);
  put(13, ["3", "Số xã đạt chuẩn NTM nâng cao", "xã", 25, 9, 14, 15, 17, 20, "", "exceeded", "15 > 14 already at 30/9: a floor passed early"]);
  put(14, ["4", "Số xã đạt chuẩn NTM kiểu mẫu", "xã", 5, 1, 2, 2, 2, 3, "", "met", "2 = 2"]);
  put(15, ["5", "Bình quân số tiêu chí đạt chuẩn/xã", "tiêu chí", "≥ 17,5", one(16.8), one(17), one(16.96), one(17.1), one(17.3), "", "pending", "shown 17,0 but the cell holds 16,96, under 17,0; the year is not over"]);
  put(16, ["6", "Số xã đặc biệt khó khăn còn dưới 15 tiêu chí", "xã", "Không còn", 5, "Giảm còn 2", 2, 1, 0, "", "met", "2 left = the 2023 ceiling of 2: met, never exceeded"]);
  sec(17, "II", "Cấp huyện");
  put(18, ["7", "Số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM", "huyện", 5, 3, 4, 3, 4, 5, "Huyện Gio Linh đã trình hồ sơ đề nghị thẩm định", "pending", "3 < 4 at 30/9; a file under review is not a result"]);
  put(19, ["8", "Số huyện đạt chuẩn NTM nâng cao", "huyện", 1, 0, "-", 0, 0, 1, "Phấn đấu năm 2025", "refuse", "no 2023 target (\"-\"); the 2025 mandate in column 4 is not due: nothing to judge"]);
  sec(20, "III", "Thôn, bản");
  put(21, ["9", "Số thôn, bản đạt chuẩn NTM (khu vực miền núi, bãi ngang)", "thôn", 70, 41, 50, 53, 56, 62, "", "exceeded", "53 > 50 at 30/9"]);
  sec(22, "IV", "Chương trình OCOP và một số chỉ tiêu liên quan");
  put(23, ["10", "Số sản phẩm OCOP đạt từ 3 sao trở lên", "sản phẩm", 200, 138, 160, 152, 170, 185, "Đang đánh giá, phân hạng 18 sản phẩm", "pending", "152 < 160 at 30/9; products still being rated"]);
  put(24, ["11", "Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt quy chuẩn", "%", "≥ 45", one(38.5), one(41), "Chưa có số liệu", one(41.5), one(43), "Số liệu năm do Sở NN&PTNT tổng hợp vào tháng 12", "no_data", "\"Chưa có số liệu\": no figure to judge"]);
  put(25, ["12", "Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom, xử lý", "%", "≥ 80", one(74), one(76), one(76), one(77), one(78), "", "met", "76,0 = 76 (inclusive)"]);
  put(26, ["13", "Tỷ lệ hộ nghèo đa chiều khu vực nông thôn", "%", "Giảm bình quân 1-1,5%/năm", { v: 9.12, fmt: "0.00" }, "Giảm 1-1,5%", { v: 8.31, fmt: "0.00" }, { v: 7.9, fmt: "0.00" }, "Giảm 1-1,5%", "Số liệu rà soát giữa kỳ", "pending", "down 0,81 point from 9,12 so far, short of the 1-1,5 band; the poverty rate is settled by the year-end review"]);
  const after = notes(s, 28, "B", [
    "Ghi chú:",
    "- Cột (6) là mục tiêu năm 2023 tỉnh đã đăng ký với Trung ương; cột (8) là số ước, chưa phải kết quả.",
    "- Cột (4) là mục tiêu cả giai đoạn 2021-2025, đánh giá vào cuối giai đoạn.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Văn Thành" }, { col: "G", title: "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", name: "Hoàng Minh Đức" });
  b.facts = {
    sheet: "Phụ lục I",
    headerRows: "8 (9: column numbers)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column F (Mục tiêu năm 2023 (đã đăng ký)); not D (the 2021-2025 mandate, due at the end of 2025)",
    actualColumns: "G (Kết quả đến 30/9/2023)",
    ignoreColumns: "D (2021-2025 mandate: not due), E (result 2022: the baseline), H (Ước thực hiện cả năm 2023: an estimate), I (Đăng ký năm 2024: next year's target), J (Ghi chú)",
    otherRows: "10, 17, 20, 22 (sections), 9 (column numbers), 28-30 (notes), signature below",
    asOf: "2023-10-25",
    period: "2023",
    notes: "A return on the Ministry's form, three quarters into the year: the result to 30/9/2023 against the 2023 target. A floor already reached is met or exceeded; short of it is pending (the year is not over), whatever the estimate column says. \"Giảm còn 2\" is a ceiling (2 left: met). \"-\" as the 2023 target leaves nothing to judge even though a 2025 mandate sits beside it. 16,96 shows 17,0. \"Chưa có số liệu\" is no data. The poverty rate's band is a change on 2022 and is settled at year end.",
  };
  return b;
}
