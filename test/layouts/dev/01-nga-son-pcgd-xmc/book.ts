// Layout 01: the commune summary appended to a district PCGD-XMC report (Nga Sơn, Thanh Hóa, 2020): one row per commune, levels and yes/no words.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu tổng hợp kết quả phổ cập giáo dục, xóa mù chữ cấp xã, huyện Nga Sơn, thời điểm tháng 10/2020");
  const s = b.sheet("Biểu 1");
  s.cols([5, 22, 14, 12, 12, 12, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN NGA SƠN", "BAN CHỈ ĐẠO PCGD, XMC"],
    number: "Số: 255/BC-BCĐPCGD-XMC",
    date: "Nga Sơn, ngày 13 tháng 11 năm 2020",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ CẤP XÃ", "(Kèm theo Báo cáo số 255/BC-BCĐPCGD-XMC ngày 13/11/2020 của Ban Chỉ đạo)", "Thời điểm tháng 10 năm 2020"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  s.set("C8", "PCGD mầm non cho trẻ em 5 tuổi", head);
  s.set("D8", "PCGD tiểu học", head).set("E8", "PCGD THCS", head).set("F8", "Xóa mù chữ", head);
  s.merge("G8:G9", "Ghi chú", head);
  s.row("C9", ["Kết quả", "Mức độ", "Mức độ", "Mức độ"], head);
  s.row("A10", ["A", "B", "1", "2", "3", "4", "5"], { italic: true, align: "center", border: true });

  // [commune, MN5, TH level, THCS level, XMC level, note]; verdicts follow in `judge`.
  const units: CellInput[][] = [
    ["Thị trấn Nga Sơn", "Đạt", 3, 2, 2, ""],
    ["Nga Thạch", "Đạt", 3, 2, 2, ""],
    ["Nga Bạch", "Đạt", 3, 1, 2, "THCS: tỷ lệ tốt nghiệp 15-18 tuổi 88,6%"],
    ["Nga Thanh", "Đạt chuẩn", "3", 2, 2, ""],
    ["Nga Hiệp", "Chưa đạt", 2, 2, 1, "Thiếu 02 phòng học mẫu giáo"],
    ["Nga Yên", "Đạt", 3, "Mức độ 2", 2, ""],
    ["Nga Trung", "Đạt", 3, 3, 2, "THCS đạt mức độ 3 năm 2020"],
    ["Nga Thủy", "Đạt", 2, 2, 2, "Chờ kiểm tra công nhận lại"],
    ["Nga Liên", "Đạt", 3, 2, null, "Chưa tổng hợp XMC"],
    ["Nga Thái", "Đạt", 3, 2, 2, ""],
    ["Nga Điền", "Đạt", 3, 2, 1, ""],
    ["Nga Phú", "Đạt", 3, 2, 2, ""],
  ];
  const end = table(s, "A11", units.map((u, i) => [i + 1, ...u]));
  const totalRow = end;
  table(s, `A${totalRow}`, [["", "Toàn huyện", "11/12", "Mức độ 3", "Mức độ 2", "Mức độ 2", "Huyện đạt chuẩn theo Nghị định 20/2014/NĐ-CP"]], { bold: true });

  const yes: Record<string, Status> = { "Đạt": "met", "Đạt chuẩn": "met", "Chưa đạt": "not_met" };
  const level = (v: CellInput, want: number): Status => {
    if (v === null || v === undefined) return "no_data";
    const n = typeof v === "number" ? v : Number(String(v).replace(/^Mức độ\s*/i, ""));
    return n >= want ? (n > want ? "exceeded" : "met") : "not_met";
  };
  units.forEach((u, i) => {
    const r = 11 + i;
    const who = String(u[0]);
    s.expect(`C${r}`, { indicator: `${who} · PCGD mầm non cho trẻ em 5 tuổi`, target: "Đạt chuẩn (12/12 xã, thị trấn)", status: yes[String(u[1])] });
    s.expect(`D${r}`, { indicator: `${who} · PCGD tiểu học`, target: "mức độ 3", status: level(u[2], 3) });
    s.expect(`E${r}`, { indicator: `${who} · PCGD THCS`, target: "mức độ 2", status: level(u[3], 2), why: level(u[3], 2) === "exceeded" ? "mức độ 3 cao hơn mức độ 2 kế hoạch giao" : undefined });
    s.expect(`F${r}`, { indicator: `${who} · Xóa mù chữ`, target: "mức độ 2", status: level(u[4], 2) });
  });

  const after = notes(s, totalRow + 2, "B", [
    "Ghi chú:",
    "- Cột 1 ghi \"Đạt\" hoặc \"Chưa đạt\"; cột 2, 3, 4 ghi mức độ được công nhận (1, 2 hoặc 3).",
    "- Số liệu theo phần mềm phổ cập giáo dục, xóa mù chữ, thời điểm 10/2020.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Mai Văn Hòa" }, { col: "E", title: "TRƯỞNG BAN", name: "Phó Chủ tịch UBND huyện" });

  b.plan = {
    id: "nga-son-2020-pcgd-xmc",
    title: "Kế hoạch phổ cập giáo dục, xóa mù chữ năm 2020",
    issuer: "ỦY BAN NHÂN DÂN HUYỆN NGA SƠN",
    place: "Nga Sơn",
    period: "2020",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục: mỗi xã, thị trấn duy trì chuẩn PCGD mầm non 5 tuổi, PCGD tiểu học mức độ 3, PCGD THCS và XMC mức độ 2 (mức của huyện theo báo cáo số 255/BC-BCĐPCGD-XMC). / Plan written for the layout corpus from the levels the district report states.",
    indicators: [
      { id: "mn.pc.5-tuoi.xa", section: ["Chỉ tiêu năm 2020"], name: "Số xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", level: "MN", unit: "xã", target: "12/12 xã, thị trấn", scope: "unit" },
      { id: "th.pc.muc-do", section: ["Chỉ tiêu năm 2020"], name: "Mức độ phổ cập giáo dục tiểu học của mỗi xã, thị trấn", level: "TH", unit: "mức độ", target: "mức độ 3", scope: "unit" },
      { id: "thcs.pc.muc-do", section: ["Chỉ tiêu năm 2020"], name: "Mức độ phổ cập giáo dục trung học cơ sở của mỗi xã, thị trấn", level: "THCS", unit: "mức độ", target: "mức độ 2", scope: "unit" },
      { id: "chung.xmc.muc-do", section: ["Chỉ tiêu năm 2020"], name: "Mức độ xóa mù chữ của mỗi xã, thị trấn", level: "all", unit: "mức độ", target: "mức độ 2", scope: "unit" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu 1",
    headerRows: "8-9 (row 10 numbers the columns A, B, 1-5)",
    nameColumn: "B (Xã, thị trấn)",
    target: "plan.json (no target on the sheet): C → mn.pc.5-tuoi.xa, D → th.pc.muc-do, E → thcs.pc.muc-do, F → chung.xmc.muc-do",
    actualColumns: "C, D, E, F (one indicator each, unit matrix)",
    ignoreColumns: "G (Ghi chú)",
    totalRows: `${totalRow} (Toàn huyện: a check on the roll-up, not a unit)`,
    otherRows: `10 (column numbers), ${totalRow + 2}-${totalRow + 4} (notes), signature block below`,
    asOf: "2020-11-13",
    period: "2020",
    rollUps: [
      s.rollUp(" · PCGD mầm non cho trẻ em 5 tuổi", "xã, thị trấn"),
      s.rollUp(" · PCGD tiểu học", "xã, thị trấn", "PCGD tiểu học mức độ 3"),
      s.rollUp(" · PCGD THCS", "xã, thị trấn", "PCGD THCS mức độ 2"),
      s.rollUp(" · Xóa mù chữ", "xã, thị trấn", "Xóa mù chữ mức độ 2"),
    ],
    notes: "Levels are typed as numbers, as text (\"3\") and as words (\"Mức độ 2\"); \"Đạt chuẩn\" means the same as \"Đạt\". Nga Trung's THCS level 3 is above the planned level 2.",
  };
  return b;
}
