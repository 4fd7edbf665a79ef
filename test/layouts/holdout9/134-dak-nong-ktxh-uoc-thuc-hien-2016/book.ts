// Layout 134: a province's 2016 socio-economic targets (Đắk Nông, NQ 23/2015/NQ-HĐND) against the year-end estimate, with the province's own "Đánh giá" column, a derived "% so KH" formula column, last year's column, a band, a reduction and a strict ceiling that read the same fact two ways.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu tổng hợp đánh giá thực hiện các chỉ tiêu chủ yếu kế hoạch phát triển kinh tế - xã hội năm 2016 tỉnh Đắk Nông (ước thực hiện cả năm)");
  const s = b.sheet("Chi tieu chu yeu 2016");
  s.cols([5, 44, 12, 11, 11, 11, 10, 12, 30]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐẮK NÔNG"],
    date: "Đắk Nông, ngày 05 tháng 12 năm 2016",
    title: ["BIỂU TỔNG HỢP CÁC CHỈ TIÊU CHỦ YẾU NĂM 2016", "(Kèm theo Báo cáo tình hình kinh tế - xã hội năm 2016 trình kỳ họp HĐND tỉnh; chỉ tiêu theo Nghị quyết số 23/2015/NQ-HĐND ngày 10/12/2015)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const h = 8;
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row(`A${h}`, ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2015", "Kế hoạch năm 2016 (NQ 23/2015)", "Ước thực hiện năm 2016", "% so KH", "Đánh giá", "Ghi chú"], head);
  s.row(`A${h + 1}`, ["A", "B", "C", "1", "2", "3", "4=3/2", "5", "6"], { italic: true, align: "center", border: true });
  type Row = [string, string, string, CellInput, CellInput, CellInput, string, string, Status | null, string];
  const sec = (no: string, t: string): Row => [no, t, "", "", "", "", "", "", null, ""];
  const rows: Row[] = [
    sec("I", "CHỈ TIÊU KINH TẾ"),
    ["1", "Tốc độ tăng trưởng tổng sản phẩm (GRDP)", "%", 7.2, "7,5 - 8", 7.7, "Đạt", "", "met", "7,7 inside the band 7,5-8"],
    ["2", "GRDP bình quân đầu người", "Triệu đồng", 34.6, 37, 36.2, "Không đạt", "", "not_met", "36,2 < 37"],
    ["3", "Tổng vốn đầu tư phát triển toàn xã hội", "Tỷ đồng", 10850, 11500, 11620, "Vượt", "", "exceeded", "11.620 > 11.500"],
    ["4", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 1985, 2100, 2245, "Vượt", "", "exceeded", "2.245 > 2.100"],
    ["5", "Kim ngạch xuất khẩu", "Triệu USD", 398, 420, 401.5, "Đạt", "Giá cà phê, hồ tiêu giảm", "not_met", "401,5 < 420: the sheet's own \"Đạt\" is wrong"],
    sec("II", "CHỈ TIÊU XÃ HỘI"),
    ["6", "Mức giảm tỷ lệ hộ nghèo trong năm", "%", 3.4, "3 - 4", 3.1, "Đạt", "Từ 19,1% (cuối 2015)", "met", "a reduction of 3,1 points, inside the band 3-4"],
    ["7", "Tỷ lệ hộ nghèo cuối năm", "%", 19.1, "Dưới 16", 16, "Đạt", "", "not_met", "16,0 is not under 16 (strict \"Dưới\"); the sheet's own \"Đạt\" is wrong"],
    ["8", "Tỷ lệ lao động qua đào tạo", "%", 40.1, 42, 42, "Đạt", "", "met", "42,0 = 42"],
    ["9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 76.3, 78, "Đang tổng hợp", "", "Chờ số liệu BHXH tỉnh", "no_data", "\"Đang tổng hợp\""],
    ["10", "Số xã đạt chuẩn nông thôn mới (lũy kế)", "Xã", 9, 12, 11, "Không đạt", "01 xã đang thẩm định", "not_met", "11 < 12 on the year-end estimate"],
    ["11", "Số giường bệnh trên 1 vạn dân (không tính trạm y tế xã)", "Giường", 21.4, 22, 22.5, "Vượt", "", "exceeded", "22,5 > 22"],
    sec("III", "CHỈ TIÊU MÔI TRƯỜNG"),
    ["12", "Tỷ lệ che phủ rừng (kể cả cây cao su)", "%", 38.1, 38.5, 38.6, "Vượt", "", "exceeded", "38,6 > 38,5"],
    ["13", "Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh", "%", 86.2, 88, 87, "Không đạt", "", "not_met", "87 < 88"],
    ["14", "Tỷ lệ chất thải rắn đô thị được thu gom", "%", 83, "≥ 85", 85, "Đạt", "", "met", "85 at the inclusive floor"],
  ];
  rows.forEach((x, i) => {
    const r = h + 2 + i;
    const secRow = x[8] === null;
    const ratio: CellInput = typeof x[4] === "number" && typeof x[5] === "number" ? { v: `=ROUND(F${r}/E${r}*100,1)`, result: Math.round((x[5] / x[4]) * 1000) / 10, fmt: "0.0" } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], secRow ? "" : ratio, x[6], x[7]], { border: true, wrap: true, bold: secRow });
    if (x[8]) s.expect(`F${r}`, { indicator: x[1], target: s.text(`E${r}`), status: x[8], why: x[9] });
  });
  const end = h + 2 + rows.length;
  s.set(`B${end + 1}`, "Ghi chú: Số liệu ước thực hiện cả năm tính đến ngày 30/11/2016; chỉ tiêu 6 và 7 tính theo chuẩn nghèo tiếp cận đa chiều.", { italic: true });
  signature(s, end + 3, { col: "B", title: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", name: "Trần Văn Hiệp" }, { col: "F", title: "TM. ỦY BAN NHÂN DÂN", name: "Nguyễn Bốn" });
  b.facts = {
    sheet: "Chi tieu chu yeu 2016",
    headerRows: `${h} (header), ${h + 1} (column letters and numbers, "4=3/2")`,
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Kế hoạch năm 2016: numbers, bands \"7,5 - 8\" and \"3 - 4\", \"Dưới 16\" strict ceiling, \"≥ 85\")",
    actualColumns: "F (Ước thực hiện năm 2016)",
    ignoreColumns: "D (Thực hiện năm 2015: last year), G (% so KH: ROUND formula, derived), H (Đánh giá: the province's own verdict, twice wrong), I (Ghi chú)",
    otherRows: `${h + 2}, ${h + 8}, ${h + 15} (sections I-III), ${end + 1} (note), signature from ${end + 3}`,
    asOf: "2016-12-05",
    period: "2016",
    notes: "A year-end estimate judged against the year's plan (final for the session). Row 6 (the reduction, 3,1 in 3-4) is met while row 7 (the resulting rate 16,0 against \"Dưới 16\") is not. The sheet's own Đánh giá says \"Đạt\" on rows 5 and 7: wrong, never copied.",
  };
  return b;
}
