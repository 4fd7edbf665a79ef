// Layout 62: a district's end-of-year check of its kindergartens against the year's preschool guidance (Tiền Hải, 2010-2011): yes/no words with a prohibition whose "Có" is the failure, a requirement that applies only where meals are served, and a share target judged on the total row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kiểm tra điều kiện chăm sóc, giáo dục trẻ cuối năm học 2010-2011, các trường mầm non huyện Tiền Hải");
  const s = b.sheet("KT cuối năm");
  s.cols([5, 24, 10, 14, 18, 18, 12, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN TIỀN HẢI", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Tiền Hải, ngày 10 tháng 6 năm 2011",
    title: ["TỔNG HỢP KẾT QUẢ KIỂM TRA CÁC ĐIỀU KIỆN CHĂM SÓC, GIÁO DỤC TRẺ", "CÁC TRƯỜNG MẦM NON CUỐI NĂM HỌC 2010-2011"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Trường mầm non", head).merge("C9:C10", "Tổ chức ăn bán trú", head);
  s.merge("D9:F9", "Kết quả kiểm tra", head);
  s.row("D10", ["Nhà vệ sinh phù hợp", "Bếp ăn được cấp giấy chứng nhận VSATTP", "Dạy trẻ viết chữ, dạy trước chương trình lớp 1"], head);
  s.merge("G9:G10", "Số máy vi tính", head).merge("H9:H10", "Ghi chú", head);

  // [school, meals, toilets, kitchen, teaches writing, computers, note]
  type U = [string, string, string, string, string, CellInput, string];
  const units: U[] = [
    ["MN Thị trấn Tiền Hải", "Có", "Đủ", "Đã cấp", "Không", 4, ""],
    ["MN Tây Giang", "Có", "Đủ", "Đã cấp", "Không", 2, ""],
    ["MN Tây Sơn", "Có", "Đủ", "Chưa cấp", "Không", 1, "Bếp đang sửa chữa"],
    ["MN Đông Trung", "Không", "Thiếu", "-", "Không", 1, "Điểm lẻ thôn Trung Lăng chưa có"],
    ["MN Nam Thịnh", "Có", "Đủ", "Đã cấp", "Có", 1, "Lớp 5 tuổi dạy tập viết"],
    ["MN Vũ Lăng", "Có", "Đủ", "Đã cấp", "Không", 0, ""],
    ["MN An Ninh", "Không", "Đủ", "-", "Không", 1, ""],
    ["MN Đông Hải", "Có", "Đạt", "Đã cấp", "Không", 2, ""],
    ["MN Nam Hà", "Có", "Đủ", "Đang làm hồ sơ", "Không", 1, ""],
    ["MN Tây Ninh", "Có", "", "Đã cấp", "Không", 1, "Chưa kiểm tra nhà vệ sinh"],
    ["MN Đông Lâm", "Không", "Đủ", "-", "Không", "", "Chưa báo cáo"],
    ["MN Nam Chính", "Có", "Chưa đủ", "Đã cấp", "Không", 1, ""],
    ["MN Phương Công", "Có", "Đủ", "Đã cấp", "Không", 0, "Máy hỏng, chờ thay"],
    ["MN Vân Trường", "Có", "Đủ", "Đã cấp", "Không", 3, ""],
    ["MN Bắc Hải", "Có", "Đủ", "Đã cấp", "Không", 1, ""],
  ];
  const first = 11;
  const end = table(s, `A${first}`, units.map((u, i) => [i + 1, u[0], u[1], u[2], u[3], u[4], u[5], u[6]]), { align: "center" });
  const last = end - 1;
  const n = units.length;
  table(s, `A${end}`, [["", "Cộng", `=COUNTIF(C${first}:C${last},"Có")`, `=COUNTIF(D${first}:D${last},"Đủ")+COUNTIF(D${first}:D${last},"Đạt")`, `=COUNTIF(E${first}:E${last},"Đã cấp")`, `=COUNTIF(F${first}:F${last},"Không")`, { v: `=COUNTIF(G${first}:G${last},">0")`, result: 12 }, "Số trường có máy vi tính"]], { bold: true, align: "center" });
  table(s, `A${end + 1}`, [["", "Tỷ lệ", "", "", "", "", { v: `=G${end}/${n}`, fmt: "0.0%", result: 0.8 }, "Tỷ lệ trường có máy vi tính"]], { bold: true, align: "center" });

  const vs: Record<string, [Status, string]> = {
    "Đủ": ["met", "toilets sufficient"],
    "Đạt": ["met", "\"Đạt\" used for the same check"],
    "Thiếu": ["not_met", "toilets lacking (a satellite site)"],
    "Chưa đủ": ["not_met", "\"Chưa đủ\": not sufficient"],
    "": ["no_data", "not checked (Ghi chú)"],
  };
  const kitchen: Record<string, [Status, string]> = {
    "Đã cấp": ["met", "meals served and the kitchen is certified"],
    "Chưa cấp": ["not_met", "meals served, kitchen not certified"],
    "Đang làm hồ sơ": ["not_met", "meals served, certificate still being applied for at the year's end"],
  };
  units.forEach((u, i) => {
    const r = first + i;
    const [st, why] = vs[u[2]];
    s.expect(`D${r}`, { indicator: `${u[0]} · Nhà vệ sinh phù hợp`, target: "100% cơ sở giáo dục mầm non có đủ nhà vệ sinh phù hợp", status: st, why });
    if (u[1] === "Có") {
      const [ks, kw] = kitchen[u[3]];
      s.expect(`E${r}`, { indicator: `${u[0]} · Bếp ăn được cấp giấy chứng nhận VSATTP`, target: "Nơi tổ chức ăn bán trú: bếp được cấp giấy đạt tiêu chuẩn VSATTP", status: ks, why: kw });
    }
    s.expect(`F${r}`, { indicator: `${u[0]} · Dạy trẻ viết chữ, dạy trước chương trình lớp 1`, target: "Tuyệt đối không", status: u[4] === "Không" ? "met" : "not_met", why: u[4] === "Không" ? "\"Không\" is what the rule asks" : "\"Có\" here is a breach of a prohibition, not a yes" });
  });
  s.expect(`G${end + 1}|G${end}`, { indicator: "Tỷ lệ trường mầm non được trang bị máy vi tính", target: "Ít nhất 90% số trường (đến hết năm học 2010-2011)", actual: "12/15 (80,0%)", status: "not_met", why: "12 of 15 schools have at least one computer (Vũ Lăng and Phương Công have 0, Đông Lâm did not report): 80% < 90%" });
  const after = notes(s, end + 3, "B", [
    "Ghi chú:",
    "- Chỉ tiêu theo hướng dẫn nhiệm vụ năm học 2010-2011 đối với giáo dục mầm non: 100% cơ sở có đủ nhà vệ sinh phù hợp; nơi tổ chức ăn bán trú phải được kiểm tra, cấp giấy phép bếp đạt tiêu chuẩn VSATTP; tuyệt đối không dạy trẻ viết chữ, không dạy trước chương trình lớp 1; phấn đấu đến hết năm học có ít nhất 90% số trường mầm non được trang bị máy vi tính.",
    "- \"-\": trường không tổ chức ăn bán trú.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Nhung" }, { col: "E", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Thịnh" });
  b.facts = {
    sheet: "KT cuối năm",
    headerRows: "9-10 (Kết quả kiểm tra over three checks)",
    nameColumn: "B (Trường mầm non)",
    target: "the guidance restated in the notes under the table: D every school \"Đủ\"; E only where C is \"Có\" (meals served); F must be \"Không\"; G judged only on the share row (at least 90% of schools with a computer)",
    actualColumns: "D (Đủ, Đạt, Thiếu, Chưa đủ, blank), E (Đã cấp, Chưa cấp, Đang làm hồ sơ, \"-\" where no meals), F (Không / Có), G (computers per school, judged only as a share on the Tỷ lệ row)",
    ignoreColumns: "C (Tổ chức ăn bán trú: decides whether E applies), H (Ghi chú), E where \"-\" (not applicable, not judged), G per school (no per-school target)",
    totalRows: `${end} (Cộng: counts), ${end + 1} (Tỷ lệ: the share of schools with a computer, judged)`,
    otherRows: `${end + 3}-${after - 1} (notes with the targets), signature below`,
    asOf: "2011-06-10",
    period: "2010-2011",
    rollUps: [s.rollUp(" · Nhà vệ sinh phù hợp", "trường"), s.rollUp(" · Bếp ăn được cấp giấy chứng nhận VSATTP", "trường"), s.rollUp(" · Dạy trẻ viết chữ, dạy trước chương trình lớp 1", "trường")],
    notes: "Column F is a prohibition: \"Không\" passes and \"Có\" fails. The kitchen certificate is required only where meals are served (C = \"Có\"); \"-\" rows are not judged. The computer target is on the share of schools, not on each school: 12/15 = 80% < 90% (a school that did not report counts as not equipped in the sheet's own COUNTIF; without it 12/14 = 85,7%, still short).",
  };
  return b;
}
