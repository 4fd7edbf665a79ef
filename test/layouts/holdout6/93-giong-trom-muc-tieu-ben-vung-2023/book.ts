// Layout 93: a district's sustainable-development (VSDG) indicator table for 2023 (UBND huyện Giồng Trôm, Bến Tre, November 2023): a note sheet first, VSDG codes that look like numbers in their own column, last year's figure beside the year plan, the year's estimate, roadmap columns to 2025 and 2030 that are not this year's targets, a reduction target read against last year, a count typed as "45/62".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình thực hiện các chỉ tiêu phát triển bền vững năm 2023, huyện Giồng Trôm (Bến Tre)");
  const g = b.sheet("Hướng dẫn");
  g.cols([100]);
  [
    "HƯỚNG DẪN GHI BIỂU",
    "1. Biểu tổng hợp các chỉ tiêu phát triển bền vững (VSDG) thuộc lĩnh vực huyện theo dõi, kèm theo Báo cáo tình hình thực hiện các mục tiêu phát triển bền vững năm 2023.",
    "2. Cột \"Mã số\" ghi theo mã chỉ tiêu VSDG trong Kế hoạch hành động của tỉnh; không sửa mã số.",
    "3. Cột \"Ước thực hiện năm 2023\": số liệu ước đến 31/12/2023; chỉ tiêu chưa có số liệu ghi \"Đang tổng hợp\".",
    "4. Các cột mục tiêu đến năm 2025, 2030 để theo dõi lộ trình, không dùng để đánh giá kết quả năm 2023.",
  ].forEach((t, i) => g.set(`A${i + 1}`, t, { bold: i === 0, wrap: true }));

  const s = b.sheet("Biểu VSDG 2023");
  s.cols([5, 8, 46, 9, 12, 16, 12, 14, 14, 22]);
  titleBlock(s, {
    left: ["ỦY BAN NHÂN DÂN", "HUYỆN GIỒNG TRÔM"],
    date: "Giồng Trôm, ngày 24 tháng 11 năm 2023",
    title: ["TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN BỀN VỮNG NĂM 2023", "(Kèm theo Báo cáo của UBND huyện Giồng Trôm)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Mã số", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "Mục tiêu đến năm 2025", "Mục tiêu đến năm 2030", "Ghi chú"], head);
  const bd = { border: true, align: "center" as const, wrap: true };
  const sec = (r: number, t: string) => s.merge(`A${r}:J${r}`, t, { bold: true, border: true });
  const n = (x: number, d = 1): CellInput => ({ v: x, fmt: d === 2 ? "0.00" : "0.0" });
  // [no, code, indicator, unit, 2022, plan 2023, estimate 2023, 2025, 2030, note, verdict, why] — verdict null: nothing to judge
  type R = [string, string, string, string, CellInput, string, CellInput, string, string, string, Status | null, string];
  const put = (r: number, x: R) => {
    s.row(`A${r}`, [x[0], x[1], { v: x[2], align: "left" }, x[3], x[4], x[5], x[6], x[7], x[8], { v: x[9], align: "left" }], bd);
    if (x[10]) s.expect(`G${r}`, { indicator: x[2], target: `${x[5]} (Kế hoạch năm 2023)`, status: x[10], why: x[11] });
  };
  sec(9, "Mục tiêu 1. Chấm dứt mọi hình thức nghèo ở mọi nơi");
  put(10, ["1", "1.2.1", "Tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa chiều", "%", n(2.86, 2), "Dưới 2,5", n(2.31, 2), "Dưới 1,5", "-", "", "met", "2,31 < 2,5"]);
  put(11, ["2", "1.2.2", "Tỷ lệ hộ cận nghèo", "%", n(3.12, 2), "Giảm 0,5% so với năm 2022", n(2.58, 2), "Dưới 2", "-", "", "met", "down 0,54 from 3,12 (the 2022 column): more than the 0,5 asked (and under 3,12 less 0,5% of it too)"]);
  sec(12, "Mục tiêu 3. Bảo đảm cuộc sống khỏe mạnh và tăng cường phúc lợi cho mọi người ở mọi lứa tuổi");
  put(13, ["3", "3.2.3", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", n(97.1), "≥ 95", n(96.2), "≥ 95", "≥ 97", "", "exceeded", "96,2 > 95; the 2022 figure (97,1) is not the target"]);
  put(14, ["4", "3.2.4", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", n(19.2), "Dưới 18,5", n(18.5), "Dưới 17", "Dưới 15", "", "not_met", "18,5 is not under 18,5 (\"dưới\" is strict)"]);
  put(15, ["5", "3.8.2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", n(91.8), "93", n(91.46, 2), "95", "Trên 95", "", "not_met", "91,46 < 93"]);
  sec(16, "Mục tiêu 4. Đảm bảo nền giáo dục có chất lượng, công bằng, toàn diện và thúc đẩy các cơ hội học tập suốt đời cho tất cả mọi người");
  put(17, ["6", "4.2.1", "Tỷ lệ huy động trẻ em 5 tuổi ra lớp mẫu giáo", "%", n(99.7), "99,5", n(99.81, 2), "99,7", "100", "", "exceeded", "99,81 > 99,5"]);
  put(18, ["7", "4.1.1", "Tỷ lệ học sinh hoàn thành chương trình tiểu học", "%", n(99.95, 2), "100", n(99.92, 2), "100", "100", "", "not_met", "99,92 < 100"]);
  put(19, ["8", "4.1.2", "Tỷ lệ học sinh tốt nghiệp trung học cơ sở", "%", n(97.6), "Từ 98 trở lên", n(98, 2), "Từ 98,5 trở lên", "99", "", "met", "98,00 = 98 (inclusive)"]);
  put(20, ["9", "4.a.1", "Số trường đạt chuẩn quốc gia", "trường", "43/62", "45", "45/62", "50", "-", "Tổng số 62 trường công lập", "met", "45 schools of 62 (the unit is trường): 45 = 45, not a rate"]);
  put(21, ["10", "4.1.4", "Số xã, thị trấn đạt chuẩn phổ cập giáo dục THCS mức độ 2", "xã", "21/21", "21/21", "21/21", "21/21", "-", "", "met", "every commune, as planned"]);
  put(22, ["11", "4.6.1", "Tỷ lệ người trong độ tuổi 15-60 biết chữ", "%", n(98.9), "-", n(99.0), "99,2", "99,5", "Không giao kế hoạch năm", null, ""]);
  put(23, ["12", "4.4.1", "Tỷ lệ lao động qua đào tạo", "%", n(68.2), "70", "Đang tổng hợp", "72", "75", "Số liệu ngành Lao động", "no_data", "\"Đang tổng hợp\": the year's estimate is not there to judge"]);
  const after = notes(s, 25, "C", [
    "Ghi chú:",
    "- Số liệu năm 2023 là số ước thực hiện cả năm.",
    "- Dấu \"-\": không đặt chỉ tiêu.",
  ]);
  signature(s, after + 1, { col: "C", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Văn Hiếu" }, { col: "G", title: "TM. ỦY BAN NHÂN DÂN", name: "Trần Thanh Bình" });
  b.facts = {
    sheet: "Biểu VSDG 2023",
    headerRows: "8",
    nameColumn: "C (Chỉ tiêu)",
    target: "column F (Kế hoạch năm 2023: \"Dưới 2,5\", \"Giảm 0,5% so với năm 2022\", \"≥ 95\", plain numbers, \"Từ 98 trở lên\", \"21/21\", \"-\")",
    actualColumns: "G (Ước thực hiện năm 2023)",
    ignoreColumns: "A (TT), B (Mã số: VSDG codes such as 1.2.1, 4.a.1), E (Thực hiện năm 2022: last year, used only for the reduction target), H and I (roadmap to 2025 and 2030, not this year's targets), J (Ghi chú)",
    otherRows: `9, 12, 16 (goal sections), 25-${after - 1} (notes), signature below; the first sheet (Hướng dẫn) is notes only`,
    asOf: "2023-11-24",
    period: "2023",
    notes: "The year's estimate answers the year's plan (as in the district's own report); 2025 and 2030 targets are roadmap, not judged now. The near-poor reduction is read against the 2022 column. \"45/62\" under unit trường is 45 schools out of 62, compared with 45. \"-\" in the plan column: nothing to judge. \"Đang tổng hợp\": no data.",
  };
  return b;
}
