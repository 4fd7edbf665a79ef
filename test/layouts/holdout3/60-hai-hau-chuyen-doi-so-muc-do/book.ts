// Layout 60: a district's table of its schools' digital-transformation self-assessment (QĐ 4725/QĐ-BGDĐT levels, Hải Hậu, 2023-2024): the level each school registered against the level its two group scores reach, a deadline in a header, the level table on a sheet before the data.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các trường năm học 2023-2024, Phòng GD&ĐT Hải Hậu");
  // The level table of the Bộ chỉ số, copied by the clerk onto a first sheet: norms, not data.
  const g = b.sheet("Thang mức độ");
  g.cols([12, 22, 16, 60]);
  g.set("A1", "THANG ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ (Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022)", { bold: true });
  table(g, "A3", [
    [{ v: "Mức độ", bold: true }, { v: "Tên mức", bold: true }, { v: "Tổng điểm mỗi nhóm", bold: true }, { v: "Yêu cầu", bold: true }],
    ["Mức độ 1", "Mức chưa đáp ứng", "0-49", "Tổng điểm của mỗi nhóm tiêu chí dưới 50"],
    ["Mức độ 2", "Mức đáp ứng cơ bản", "50-75", "Tổng điểm của mỗi nhóm tiêu chí đạt từ 50 đến 75"],
    ["Mức độ 3", "Mức đáp ứng tốt", "76-100", "Tổng điểm của mỗi nhóm tiêu chí đạt trên 75"],
  ]);
  g.set("A8", "Mốc thời gian: cơ sở giáo dục gửi báo cáo tự đánh giá trước 31-5; Phòng GD&ĐT kiểm tra, phê duyệt trước 20-6.", { italic: true });

  const s = b.sheet("Tổng hợp CĐS");
  s.cols([5, 28, 8, 12, 14, 14, 12, 16, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN HẢI HẬU", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hải Hậu, ngày 05 tháng 6 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ", "CỦA CÁC CƠ SỞ GIÁO DỤC NĂM HỌC 2023-2024"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Đơn vị", head).merge("C9:C10", "Cấp học", head);
  s.merge("D9:D10", "Mức độ đăng ký đầu năm học", head);
  s.merge("E9:F9", "Tổng điểm tự đánh giá", head);
  s.row("E10", ["Nhóm 1: CĐS trong dạy, học", "Nhóm 2: CĐS trong quản trị"], head);
  s.merge("G9:G10", "Mức độ đạt được", head);
  s.merge("H9:H10", "Ngày gửi báo cáo tự đánh giá (trước 31/5/2024)", head);
  s.merge("I9:I10", "Ghi chú", head);
  s.row("A11", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"], { italic: true, align: "center", border: true });

  const date = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy", align: "center" });
  // [school, level, registered, group 1, group 2, sent, note, level verdict, why, date verdict, why]
  type U = [string, string, CellInput, number | null, number | null, CellInput, string, Status, string, Status, string];
  const units: U[] = [
    ["Trường TH Yên Định", "TH", 3, 82, 78, date("2024-05-28"), "", "met", "both groups above 75: level 3, as registered", "met", "28/05 is before 31/5"],
    ["Trường TH Hải Bắc", "TH", 2, 64, 58, date("2024-05-30"), "", "met", "both groups 50-75: level 2, as registered", "met", "30/05 is before 31/5"],
    ["Trường TH Hải Anh", "TH", 2, 71, 47, date("2024-05-29"), "", "not_met", "group 2 is 47, under 50: level 1 although the two groups average 59", "met", "29/05 is before 31/5"],
    ["Trường TH Hải Minh", "TH", "Mức độ 3", 88, 76, "30/5/2024", "", "met", "both groups above 75 (76 is \"trên 75\"): level 3 against \"Mức độ 3\" written as text", "met", "30/5/2024 typed as text, before 31/5"],
    ["Trường THCS Hải Đường", "THCS", 2, 75, 90, date("2024-05-31"), "", "met", "group 1 is exactly 75, not above it: level 2, as registered", "not_met", "\"trước 31/5/2024\" means by 30/5: sent on the day itself is late"],
    ["Trường THCS Hải Phong", "THCS", 2, 50, 66, date("2024-05-27"), "", "met", "group 1 exactly 50 (\"từ 50\"): level 2", "met", "27/05 is before 31/5"],
    ["Trường THCS Hải Sơn", "THCS", 3, 79, 74, date("2024-05-24"), "", "not_met", "group 2 is 74, not above 75: level 2 against 3 registered", "met", "24/05 is before 31/5"],
    ["Trường THCS Hải Tân", "THCS", 2, 81, 77, "03/6/2024", "Gửi chậm do lỗi đồng bộ", "exceeded", "both groups above 75: level 3 against 2 registered", "not_met", "03/6/2024 is after the deadline"],
    ["Trường TH Hải Hà", "TH", 2, null, null, "Chưa gửi", "Chưa hoàn thành tự đánh giá", "no_data", "no scores yet", "overdue", "not sent and 31/5 has passed on 05/6"],
    ["Trường THCS Hải Lộc", "THCS", "-", 55, 61, date("2024-05-29"), "Trường mới sáp nhập, chưa đăng ký mức độ", "refuse", "no level registered (\"-\"): nothing to judge the level against", "met", "29/05 is before 31/5"],
    ["Trung tâm GDNN-GDTX Hải Hậu", "GDTX", 2, 49.5, 70, date("2024-05-30"), "", "not_met", "group 1 is 49,5, under 50: level 1", "met", "30/05 is before 31/5"],
    ["Trường TH Thịnh Long", "TH", 2, 62, 60, date("2024-05-20"), "", "met", "both groups 50-75: level 2", "met", "20/05 is before 31/5"],
  ];
  const first = 12;
  const score = (x: number | null): CellInput => (x === null ? "" : (x as CellInput));
  const level = (r: number): CellInput => ({ v: `=IF(OR(E${r}="",F${r}=""),"",IF(MIN(E${r},F${r})>75,3,IF(MIN(E${r},F${r})>=50,2,1)))`, align: "center" });
  const end = table(s, `A${first}`, units.map((u, i) => {
    const r = first + i;
    return [i + 1, u[0], u[1], u[2], score(u[3]), score(u[4]), level(r), u[5], u[6]];
  }), { align: "center" });
  const last = end - 1;
  table(s, `A${end}`, [["", "Toàn huyện", "", "", { v: `=ROUND(AVERAGE(E${first}:E${last}),1)`, fmt: "0.0" }, { v: `=ROUND(AVERAGE(F${first}:F${last}),1)`, fmt: "0.0" }, `=COUNTIF(G${first}:G${last},">=2")&" trường mức 2 trở lên"`, `=COUNTA(H${first}:H${last})-COUNTIF(H${first}:H${last},"Chưa gửi")&" đã gửi"`, ""]], { bold: true, align: "center" });

  const num = (x: number) => String(x).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    const g1 = u[3];
    const g2 = u[4];
    const lv = g1 === null || g2 === null ? null : Math.min(g1, g2) > 75 ? 3 : Math.min(g1, g2) >= 50 ? 2 : 1;
    const reg = typeof u[2] === "number" ? `Mức độ ${u[2]}` : String(u[2]);
    s.expect(`G${r}`, { indicator: `${u[0]} · Mức độ chuyển đổi số`, target: `${reg} (đăng ký)`, actual: lv === null ? "(trống)" : `${lv} (nhóm 1: ${num(g1 as number)}, nhóm 2: ${num(g2 as number)})`, status: u[7], why: u[8] });
    s.expect(`H${r}`, { indicator: `${u[0]} · Gửi báo cáo tự đánh giá`, target: "trước 31/5/2024", status: u[9], why: u[10] });
  });
  const n = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Mức độ đạt được tính theo Bộ chỉ số ban hành kèm theo Quyết định số 4725/QĐ-BGDĐT: mức độ 2 khi tổng điểm của mỗi nhóm tiêu chí đạt từ 50 đến 75; mức độ 3 khi tổng điểm của mỗi nhóm đạt trên 75.",
    "- Số liệu tổng hợp từ báo cáo tự đánh giá các đơn vị gửi về Phòng GD&ĐT.",
  ]);
  signature(s, n + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Vũ Thị Hương" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Trần Văn Khải" });

  b.facts = {
    sheet: "Tổng hợp CĐS",
    headerRows: "9-10 (Tổng điểm tự đánh giá over Nhóm 1 | Nhóm 2), 11 (column numbers)",
    nameColumn: "B (Đơn vị)",
    target: "column D (Mức độ đăng ký: 2, 3, \"Mức độ 3\", \"-\") for G; the header of H (\"trước 31/5/2024\") for H",
    actualColumns: "G (Mức độ đạt được: a formula over E and F, the lower group decides), H (Ngày gửi: date cells, typed dates, \"Chưa gửi\")",
    ignoreColumns: "C (Cấp học), E and F (group scores that G is computed from), I (Ghi chú)",
    totalRows: `${end} (Toàn huyện: averages and counts)`,
    otherRows: `11 (column numbers), ${end + 2}-${n - 1} (notes), signature below; the sheet \"Thang mức độ\" is the level table, not data`,
    asOf: "2024-06-05",
    period: "2023-2024",
    rollUps: [s.rollUp(" · Mức độ chuyển đổi số", "trường"), s.rollUp(" · Gửi báo cáo tự đánh giá", "trường")],
    notes: "Level 2 needs every group at 50 or more and level 3 every group above 75, so the lower of the two scores decides (Hải Anh averages 59 yet is level 1). A level above the one registered is exceeded. \"Trước 31/5/2024\" means by 30/5 (Hải Đường sent on 31/5: late). Hải Lộc registered nothing (refuse).",
  };
  return b;
}
