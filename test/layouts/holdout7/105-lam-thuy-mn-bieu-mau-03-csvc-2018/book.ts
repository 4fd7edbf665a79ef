// Layout 105: a kindergarten's facilities disclosure (Biểu mẫu 03, MN Lâm Thủy, Lệ Thủy, Quảng Bình, 2018-2019): a four-column list (Số lượng | Bình quân) whose per-child averages are typed as text with their unit ("2 m2/trẻ em"), the school's norm column beside them, roman-numbered sections, "-" for rooms the school does not have, a kit count typed as "8 bộ/8 nhóm (lớp)".
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Công khai thông tin cơ sở vật chất của cơ sở giáo dục mầm non, năm học 2018-2019, Trường Mầm non Lâm Thủy (Quảng Bình)");
  const s = b.sheet("Biểu mẫu 03");
  s.cols([6, 52, 14, 20, 24]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT LỆ THỦY", "TRƯỜNG MẦM NON LÂM THỦY"],
    date: "Lâm Thủy, ngày 22 tháng 10 năm 2018",
    title: ["THÔNG BÁO", "Công khai thông tin cơ sở vật chất của cơ sở giáo dục mầm non, năm học 2018-2019"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "E"],
    titleSpan: ["A", "E"],
  });
  s.set("A7", "Biểu mẫu 03", { italic: true });
  s.merge("B8:E8", "Tổng số trẻ: 362 trẻ / 12 nhóm, lớp (3 điểm trường)", { italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["STT", "Nội dung", "Số lượng", "Bình quân", "Mức quy định"], head);
  const bd = { border: true, align: "center" as const, wrap: true };
  // [no, item, quantity, average, norm, verdict on D (or C with cell 'C'), why]
  type R = [string, string, string | number, string, string, Status | null, string, ("C" | "D")?];
  const rows: R[] = [
    ["I", "Tổng số phòng", 12, "Số m2/trẻ em", "", null, ""],
    ["II", "Loại phòng học", "", "", "", null, ""],
    ["1", "Phòng học kiên cố", 8, "", "", null, ""],
    ["2", "Phòng học bán kiên cố", 4, "", "", null, ""],
    ["3", "Phòng học tạm", "-", "", "Không có phòng học tạm", "met", "\"-\": no temporary room, as required", "C"],
    ["4", "Phòng học nhờ", "-", "", "", null, ""],
    ["III", "Số điểm trường", 3, "-", "", null, ""],
    ["IV", "Tổng diện tích đất toàn trường (m2)", "5315 m2", "14,7 m2/trẻ", "Tối thiểu 12 m2/trẻ", "exceeded", "14,7 > 12 m2 per child (typed with its unit)"],
    ["V", "Tổng diện tích sân chơi (m2)", "635 m2", "1,75 m2/trẻ", "Tối thiểu 2 m2/trẻ", "not_met", "1,75 < 2 m2 per child"],
    ["VI", "Tổng diện tích một số loại phòng", "", "", "", null, ""],
    ["1", "Diện tích phòng sinh hoạt chung (m2)", "45 m2", "1,5 m2/trẻ em", "Từ 1,5 m2/trẻ trở lên", "met", "1,5 = 1,5 (\"trở lên\" takes the edge)"],
    ["2", "Diện tích phòng ngủ (m2)", "", "", "Tối thiểu 1,2 m2/trẻ", "no_data", "blank: the sleeping-room figure is not given (the sheet does not say the activity room doubles as one)"],
    ["3", "Diện tích phòng vệ sinh (m2)", "22 m2", "0,3 m2/trẻ em", "Tối thiểu 0,4 m2/trẻ", "not_met", "0,3 < 0,4 m2 per child"],
    ["4", "Diện tích hiên chơi (m2)", "12 m2", "0,5 m2/trẻ", "Tối thiểu 0,5 m2/trẻ", "met", "0,5 = the minimum"],
    ["5", "Diện tích phòng giáo dục thể chất (m2)", "-", "", "", null, ""],
    ["6", "Diện tích phòng giáo dục nghệ thuật hoặc phòng đa chức năng (m2)", "-", "", "", null, ""],
    ["7", "Diện tích nhà bếp và kho (m2)", "30 m2", "0,08 m2/trẻ", "Tối thiểu 0,3 m2/trẻ", "not_met", "0,08 < 0,3 m2 per child"],
    ["VII", "Tổng số thiết bị, đồ dùng, đồ chơi tối thiểu (Đơn vị tính: bộ)", "8 bộ", "8 bộ/8 nhóm (lớp)", "", null, ""],
    ["1", "Số bộ thiết bị, đồ dùng, đồ chơi tối thiểu hiện có theo quy định", "8 bộ", "8 bộ/12 nhóm (lớp)", "01 bộ/nhóm, lớp", "not_met", "8 kits for 12 groups and classes (the heading line above says 8/8, but the school has 12): two thirds of a kit each, short of one per group", "D"],
    ["2", "Số bộ thiết bị, đồ dùng, đồ chơi tối thiểu còn thiếu so với quy định", 4, "", "Không còn thiếu", "not_met", "4 kits still missing where none should be", "C"],
    ["VIII", "Tổng số đồ chơi ngoài trời", "15 bộ", "5 bộ/sân chơi (trường)", "Tối thiểu 5 loại/điểm trường", "review", "5 sets per playground against 5 kinds per site: sets are not kinds, and the sheet does not say how many kinds there are"],
    ["IX", "Tổng số thiết bị điện tử-tin học đang được sử dụng phục vụ học tập (máy vi tính, máy chiếu, máy ảnh kỹ thuật số v.v...)", 5, "", "", null, ""],
  ];
  let r = 10;
  for (const [no, item, qty, avg, norm, st, why, col] of rows) {
    const top = /^[IVX]+$/.test(no);
    s.row(`A${r}`, [no, { v: item, align: "left", bold: top }, qty, avg, norm], bd);
    if (st) s.expect(`${col ?? "D"}${r}`, { indicator: item, target: norm, status: st, why });
    r++;
  }
  // The toilet block: a small sub-table with marks.
  s.merge(`A${r}:A${r + 1}`, "X", { ...head }).merge(`B${r}:B${r + 1}`, "Nhà vệ sinh", head).merge(`C${r}:D${r}`, "Dùng cho giáo viên / Dùng cho học sinh", head).merge(`E${r}:E${r + 1}`, "Số m2/trẻ em", head);
  s.row(`C${r + 1}`, ["Chung", "Nam/Nữ"], head);
  r += 2;
  s.row(`A${r}`, ["1", { v: "Đạt chuẩn vệ sinh*", align: "left" }, "x", "x", "0,3"], bd);
  r++;
  s.row(`A${r}`, ["2", { v: "Chưa đạt chuẩn vệ sinh*", align: "left" }, "", "", ""], bd);
  r++;
  const bool = (no: string, item: string, yes: string, no2: string, st: Status | null, why: string) => {
    s.row(`A${r}`, [no, { v: item, align: "left", bold: true }, yes, no2, st ? "Có" : ""], bd);
    if (st) s.expect(`C${r}|D${r}`, { indicator: item, target: "Có (Mức quy định)", actual: yes ? `Có: ${yes}` : `Không: ${no2}`, status: st, why });
    r++;
  };
  s.row(`A${r}`, ["", "", "Có", "Không", ""], head);
  r++;
  bool("XI", "Nguồn nước sinh hoạt hợp vệ sinh", "x", "", "met", "marked under Có");
  bool("XII", "Nguồn điện (lưới, phát điện riêng)", "x", "", "met", "marked under Có");
  bool("XIII", "Kết nối internet", "", "x", "not_met", "marked under Không where the school's norm column asks for one");
  bool("XIV", "Trang thông tin điện tử (website) của cơ sở giáo dục", "x", "", null, "");
  bool("XV", "Tường rào xây", "x", "", null, "");
  const after = notes(s, r + 1, "B", [
    "Ghi chú:",
    "- (*) Theo Thông tư số 27/2011/TT-BYT ngày 24/6/2011 của Bộ Y tế ban hành quy chuẩn kỹ thuật quốc gia về nhà tiêu - điều kiện bảo đảm hợp vệ sinh.",
    "- Cột \"Mức quy định\" do nhà trường ghi để tự đối chiếu; dấu \"-\": không có.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Hoàng Thị Cúc" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hồng" });
  b.facts = {
    sheet: "Biểu mẫu 03",
    headerRows: "9 (STT | Nội dung | Số lượng | Bình quân | Mức quy định); the toilet block (X) and the Có/Không block have their own header lines",
    nameColumn: "B (Nội dung)",
    target: "column E (Mức quy định: \"Tối thiểu 12 m2/trẻ\", \"Từ 1,5 m2/trẻ trở lên\", \"01 bộ/nhóm, lớp\", \"Không còn thiếu\", \"Không có phòng học tạm\", \"Có\")",
    actualColumns: "D (Bình quân: per-child averages typed as text with their unit, \"8 bộ/12 nhóm (lớp)\"); C (Số lượng) where the norm is on the count (\"-\", 4); C/D as Có/Không marks in rows XI-XV",
    ignoreColumns: "A (STT); C where the norm is per child (areas such as \"5315 m2\" are not the judged figure)",
    otherRows: "7-8 (form name, children count), the roman-numbered heading lines without a norm (I, II, VI, VII), the toilet block (X), notes and signature below",
    asOf: "2018-10-22",
    period: "2018-2019",
    notes: "Standing facility norms, written by the school in its own column: every verdict is final. The per-child averages are the judged figures, typed as text with \"m2/trẻ\"; the totals in Số lượng are areas, not rates. \"-\" means the school has none (a temporary room: met). The kit line shows 8 kits for 12 groups (not one each); the heading line's \"8 bộ/8 nhóm\" is the form's slip and not judged. Outdoor toys are counted in sets per playground against a norm in kinds per site (review). A blank sleeping-room line is no data.",
  };
  return b;
}
