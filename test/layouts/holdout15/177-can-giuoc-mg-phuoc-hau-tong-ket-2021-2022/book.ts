// Layout 177: a kindergarten's year-end table of the school-year targets (MG Phước Hậu, Cần Giuộc, 2021-2022): section rows, the Nghị quyết năm học target and the result both written as text with their units ("258 trẻ/08 lớp", "14/16 GV (87,5%)", "7 trẻ (2,71%)"), a cap read as "Dưới", a target against the start of the year, the school's own Đạt / Không đạt column (wrong once), "Chưa tổ chức" after the year ended, a title awaiting approval.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu năm học 2021-2022, Trường Mẫu giáo Phước Hậu (Cần Giuộc, Long An)");
  const s = b.sheet("Chi tieu nam hoc");
  s.cols([6, 46, 24, 26, 12, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN CẦN GIUỘC", "TRƯỜNG MG PHƯỚC HẬU"],
    date: "Phước Hậu, ngày 09 tháng 6 năm 2022",
    title: ["PHỤ LỤC: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM HỌC 2021-2022", "(Kèm theo Báo cáo số 116/BC-MGPH ngày 09/6/2022 về tổng kết năm học 2021-2022)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Nội dung chỉ tiêu", "Chỉ tiêu theo Nghị quyết năm học", "Kết quả thực hiện", "Tự đánh giá", "Ghi chú"], head);
  s.row("A9", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], { ...head, bold: false, italic: true });
  // [nội dung, chỉ tiêu, kết quả, tự đánh giá, ghi chú, status, why]
  type X = [string, string, string, string, string, Status, string];
  const sections: [string, string, X[]][] = [
    ["I", "PHÁT TRIỂN SỐ LƯỢNG", [
      ["Số trẻ ra lớp", "255 trẻ", "258 trẻ/08 lớp", "Đạt", "", "exceeded", "258 children against 255 (the 8 classes are not the figure)"],
      ["Huy động trẻ 5 tuổi ra lớp", "100% (143 trẻ)", "143/143 trẻ", "Đạt", "", "met", "143 of 143 = 100%"],
      ["Tỷ lệ chuyên cần", "Từ 90% trở lên", "88,6%", "Không đạt", "Trẻ nghỉ học do dịch Covid-19 (tháng 02-3/2022)", "not_met", "88,6 under the 90 floor"],
      ["Số lớp tổ chức bán trú", "100% số lớp", "08/08 lớp", "Đạt", "", "met", "8 of 8 classes"],
    ]],
    ["II", "CHẤT LƯỢNG NUÔI DƯỠNG, CHĂM SÓC SỨC KHỎE", [
      ["Trẻ suy dinh dưỡng thể nhẹ cân", "Dưới 3%", "7 trẻ (2,71%)", "Đạt", "", "met", "2,71 under 3 (7/258)"],
      ["Trẻ suy dinh dưỡng thể thấp còi", "Dưới 3%", "8 trẻ (3,10%)", "Đạt", "", "not_met", "3,10 is not under 3 (8/258); the school's own \"Đạt\" is wrong"],
      ["Trẻ thừa cân, béo phì", "Giảm so với đầu năm học", "12 trẻ (đầu năm: 15 trẻ)", "Đạt", "", "met", "12 against 15 at the start of the year: fewer"],
    ]],
    ["III", "CHẤT LƯỢNG GIÁO DỤC", [
      ["Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "Từ 98% trở lên", "141/143 trẻ", "Đạt", "02 trẻ khuyết tật học hòa nhập", "exceeded", "141/143 = 98,60"],
      ["Trẻ mẫu giáo đạt yêu cầu đánh giá cuối độ tuổi (lớp mầm, chồi)", "95%", "96,5%", "Đạt", "", "exceeded", "96,5 above the bare 95 (a floor)"],
    ]],
    ["IV", "ĐỘI NGŨ", [
      ["Giáo viên đạt chuẩn trình độ đào tạo trở lên", "100%", "16/16 GV", "Đạt", "", "met", "16 of 16"],
      ["Giáo viên có trình độ trên chuẩn", "Từ 85% trở lên", "14/16 GV (87,5%)", "Đạt", "", "exceeded", "14/16 = 87,5"],
      ["Giáo viên dạy giỏi cấp trường", "05 GV", "Chưa tổ chức", "Không đạt", "Hoãn hội thi do dịch bệnh", "not_met", "not held, and the school year is over on 9/6/2022"],
      ["Giáo viên dạy giỏi cấp huyện", "02 GV", "02 GV", "Đạt", "", "met", "2 of 2"],
    ]],
    ["V", "THI ĐUA", [
      ["Danh hiệu tập thể", "Tập thể lao động tiên tiến", "Đã đề nghị, chờ Quyết định công nhận", "", "", "pending", "proposed, the title not yet granted"],
      ["Trường đạt chuẩn quốc gia mức độ 1", "Duy trì", "Duy trì (công nhận lại năm 2019)", "Đạt", "", "met", "kept"],
    ]],
  ];
  let r = 10;
  let n = 0;
  const first = r;
  for (const [roman, title, rows] of sections) {
    s.row(`A${r}`, [roman, title, "", "", "", ""], { bold: true, border: true });
    r++;
    rows.forEach((x) => {
      n++;
      s.row(`A${r}`, [n, x[0], x[1], x[2], x[3], x[4]], { border: true, wrap: true });
      s.expect(`D${r}`, { indicator: x[0], target: x[1], status: x[5], why: x[6] });
      r++;
    });
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo Nghị quyết Hội nghị viên chức đầu năm học 2021-2022; số liệu tính đến ngày 31/5/2022.",
    "- Cột (5) do nhà trường tự đánh giá.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Trần Thị Mỹ Linh" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Võ Thị Kim Phượng" });
  b.facts = {
    sheet: "Chi tieu nam hoc",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Nội dung chỉ tiêu)",
    target: "column C (Chỉ tiêu theo Nghị quyết năm học)",
    actualColumns: "D (Kết quả thực hiện, text with units)",
    ignoreColumns: "A (TT), E (Tự đánh giá: the school's own verdict), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: `section rows I-V (${first}, …); notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2022-06-09",
    period: "Năm học 2021-2022",
    notes: "Targets and results are text with their units: a count with its classes, a count with its share, a count against the start of the year. The school's own column says Đạt on 3,10% against \"Dưới 3%\". \"Chưa tổ chức\" after the year ended is a shortfall; the title awaiting approval is pending.",
  };
  return b;
}
