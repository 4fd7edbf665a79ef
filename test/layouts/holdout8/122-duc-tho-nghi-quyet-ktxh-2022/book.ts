// Layout 122: a district council's socio-economic targets for 2022 with the year-end estimate beside them (Đức Thọ, Hà Tĩnh), the shape of the annex a district People's Committee brings to the December council session.
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu đánh giá các chỉ tiêu chủ yếu năm 2022 theo Nghị quyết HĐND huyện Đức Thọ, ước thực hiện cả năm");
  const s = b.sheet("Biểu 01-CTCY");
  s.cols([5, 46, 12, 12, 13, 13, 11, 11, 26]);
  const top = titleBlock(s, {
    left: ["UBND HUYỆN ĐỨC THỌ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"],
    date: "Đức Thọ, ngày 08 tháng 12 năm 2022",
    title: [
      "BIỂU 01: ĐÁNH GIÁ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2022",
      "(Kèm theo Báo cáo số      /BC-UBND ngày    /12/2022 của UBND huyện trình kỳ họp thứ 9, HĐND huyện khóa XX)",
    ],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const h = top; // first header row
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge(`A${h}:A${h + 1}`, "TT", head)
    .merge(`B${h}:B${h + 1}`, "Chỉ tiêu", head)
    .merge(`C${h}:C${h + 1}`, "ĐVT", head)
    .merge(`D${h}:D${h + 1}`, "Thực hiện năm 2021", head)
    .merge(`E${h}:E${h + 1}`, "Kế hoạch năm 2022 (NQ HĐND huyện)", head)
    .merge(`F${h}:F${h + 1}`, "Ước thực hiện năm 2022", head)
    .merge(`G${h}:H${h}`, "So sánh (%)", head)
    .merge(`I${h}:I${h + 1}`, "Ghi chú", head);
  s.row(`G${h + 1}`, ["Ước TH 2022/ TH 2021", "Ước TH 2022/ KH 2022"], head);
  s.row(`A${h + 2}`, ["A", "B", "C", "1", "2", "3", "4=3/1", "5=3/2", "6"], { italic: true, align: "center", border: true });
  const bd = { border: true, wrap: true };
  type Row = [string, string, string, CellInput, CellInput, CellInput, Status | null, string, string];
  const sec = (t: string, no: string): Row => [no, t, "", "", "", "", null, "", ""];
  const rows: Row[] = [
    sec("CÁC CHỈ TIÊU KINH TẾ", "I"),
    ["1", "Thu nhập bình quân đầu người", "Triệu đồng", 39.8, 42.5, 42.8, "exceeded", "42,8 > 42,5", ""],
    ["2", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 196.4, 211, 203.5, "not_met", "203,5 < 211", "Thu tiền sử dụng đất không đạt"],
    ["3", "Huy động tổng nguồn vốn đầu tư toàn xã hội", "Tỷ đồng", 1380, 1450, 1450, "met", "1.450 = 1.450", ""],
    ["4", "Tổng sản lượng lương thực", "Tấn", 64870, 65194, 63920, "not_met", "63.920 < 65.194", "Vụ Hè Thu thiệt hại do mưa lũ"],
    ["5", "Giá trị kinh tế trên đơn vị diện tích", "Triệu đồng/ha", 110, 115, 116.2, "exceeded", "116,2 > 115", ""],
    ["6", "Xây dựng đường giao thông (GTNT và GTNĐ)", "Km", 27, 25, 25.4, "exceeded", "25,4 > 25", ""],
    ["7", "Nâng cấp, làm mới kênh mương cứng", "Km", 14, 15, "", "no_data", "no estimate entered for the year", "Đang tổng hợp từ các xã"],
    ["8", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", 22, 20, "18", "not_met", "\"18\" typed as text, below 20", ""],
    sec("XÂY DỰNG NÔNG THÔN MỚI, ĐÔ THỊ VĂN MINH", "II"),
    ["9", "Số xã đạt chuẩn NTM nâng cao (xây dựng mới trong năm)", "Xã", 3, "3-5", 4, "met", "4 lies in the band 3-5", ""],
    ["10", "Số xã đạt chuẩn NTM kiểu mẫu (xây dựng mới trong năm)", "Xã", 1, "1-2", 0, "not_met", "0 is below the band 1-2; the note says the file is still being appraised, so no commune is counted for 2022", "Xã Tùng Ảnh đang hoàn thiện hồ sơ, đề nghị công nhận năm 2023"],
    ["11", "Số thôn đạt chuẩn khu dân cư NTM kiểu mẫu (xây dựng thêm)", "Thôn", 18, "15-20", 14, "not_met", "14 is below the band's floor 15", ""],
    ["12", "Số sản phẩm OCOP đạt 3 sao trở lên (có thêm)", "Sản phẩm", 9, 8, 11, "exceeded", "11 > 8", ""],
    ["13", "Số tiêu chí đô thị văn minh thị trấn Đức Thọ hoàn thành", "Tiêu chí", "10/18", "12-13/18", "12/18", "met", "12 of 18 criteria, inside 12-13", ""],
    sec("CÁC CHỈ TIÊU VĂN HÓA - XÃ HỘI", "III"),
    ["14", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", 3.12, "Dưới 2,5", 2.5, "not_met", "2,50 is not below 2,5 (strict \"Dưới\")", ""],
    ["15", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 91.2, 92, 92.6, "exceeded", "92,6 > 92", ""],
    ["16", "Tỷ lệ trường đạt chuẩn quốc gia", "%", 86.5, 88, "-", "no_data", "\"-\": the note says the figure is reported by school year, at the mid-year session", "Số liệu theo năm học, báo cáo tại kỳ họp giữa năm"],
    sec("CÁC CHỈ TIÊU MÔI TRƯỜNG", "IV"),
    ["17", "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", "%", 78, 80, 80, "met", "80 = 80", ""],
    ["18", "Tỷ lệ chất thải rắn nông thôn được thu gom, xử lý", "%", 65, 70, 68.5, "not_met", "68,5 < 70", ""],
  ];
  let r = h + 3;
  const secRows: number[] = [];
  for (const x of rows) {
    if (x[6] === null) {
      s.row(`A${r}`, [x[0], x[1], "", "", "", "", "", "", ""], { ...bd, bold: true });
      secRows.push(r);
      r++;
      continue;
    }
    const num = (v: CellInput) => typeof v === "number";
    const g = num(x[3]) && num(x[5]) ? { v: `=ROUND(F${r}/D${r}*100,1)`, fmt: "0.0" as const, result: Math.round(((x[5] as number) / (x[3] as number)) * 1000) / 10 } : "";
    const hh = num(x[4]) && num(x[5]) ? { v: `=ROUND(F${r}/E${r}*100,1)`, fmt: "0.0" as const, result: Math.round(((x[5] as number) / (x[4] as number)) * 1000) / 10 } : "";
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], g, hh, x[8]], bd);
    s.expect(`F${r}`, { indicator: x[1], target: typeof x[4] === "number" ? viNumber(x[4]) : String(x[4]), status: x[6], why: x[7] });
    r++;
  }
  const last = r - 1;
  s.set(`B${r + 1}`, "Ghi chú: Số ước thực hiện năm 2022 tính đến hết ngày 31/12/2022, là căn cứ đánh giá mức độ hoàn thành Nghị quyết.", { italic: true });
  signature(s, r + 3, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Hà" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Tuấn" });
  b.facts = {
    sheet: "Biểu 01-CTCY",
    headerRows: `${h}-${h + 1} (So sánh (%) over two ratio columns; row ${h + 2} numbers the columns A, B, C, 1-6)`,
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Kế hoạch năm 2022: numbers, bands \"3-5\", \"15-20\", \"12-13/18\", \"Dưới 2,5\")",
    actualColumns: "F (Ước thực hiện năm 2022)",
    ignoreColumns: "D (Thực hiện năm 2021: last year), G-H (ratio formulas), I (Ghi chú)",
    otherRows: `${h + 2} (column numbers), ${secRows.join(", ")} (sections I-IV), ${r + 1} (note), signature below`,
    asOf: "2022-12-31",
    period: "2022",
    notes: `A council's year targets read against the year-end estimate, as the note under the table says. Rows ${h + 3}-${last}. Ratio columns are derived and never judged; a band is met anywhere inside it.`,
  };
  return b;
}
