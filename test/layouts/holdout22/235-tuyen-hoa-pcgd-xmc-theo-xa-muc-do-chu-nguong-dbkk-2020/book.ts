// Layout 235: a district's universal primary and lower-secondary education recognition table by commune (Tuyên Hóa, Quảng Bình, 2020): levels typed as words ("Mức độ 3") against a target row of levels, a column of "x" marking the communes in especially hard areas, and the lower-secondary graduation rate of those aged 15-18 judged against a floor that depends on that mark (90%, or 80% where "x"); one rate typed as text.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kiểm tra công nhận đạt chuẩn phổ cập giáo dục tiểu học, trung học cơ sở năm 2020 theo xã, thị trấn, huyện Tuyên Hóa (Quảng Bình)");
  const s = b.sheet("KQ PCGD-XMC 2020");
  s.cols([5, 20, 8, 14, 16, 14, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN TUYÊN HÓA", "BAN CHỈ ĐẠO PCGD, XMC"],
    number: "Phụ lục kèm theo Quyết định công nhận đạt chuẩn PCGD, XMC năm 2020",
    date: "Tuyên Hóa, ngày 28 tháng 12 năm 2020",
    title: ["KẾT QUẢ KIỂM TRA CÔNG NHẬN ĐẠT CHUẨN PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ NĂM 2020", "Các xã, thị trấn trên địa bàn huyện"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head).merge("C8:C9", "Xã ĐBKK", head);
  s.merge("D8:D9", "PCGD tiểu học", head);
  s.merge("E8:F8", "PCGD trung học cơ sở", head);
  s.row("E9", ["Tỷ lệ TTN 15-18 tuổi tốt nghiệp THCS", "Mức độ đạt"], head);
  s.merge("G8:G9", "Ghi chú", head);
  s.row("A10", ["", "Kế hoạch năm 2020", "", "Mức độ 3", "≥ 90% (xã ĐBKK ≥ 80%)", "Mức độ 3", "Theo Kế hoạch số 45/KH-BCĐ ngày 10/3/2020"], { ...bd, italic: true, bold: true, wrap: true });
  // [xã, ĐBKK, tốt nghiệp THCS 15-18 (fraction or text), ghi chú]
  type R = [string, boolean, number | string, string];
  const rows: R[] = [
    ["Thị trấn Đồng Lê", false, 0.9612, ""],
    ["Tiến Hóa", false, 0.9435, ""],
    ["Thạch Hóa", false, 0.9318, ""],
    ["Châu Hóa", false, 0.9287, ""],
    ["Phong Hóa", false, 0.9156, ""],
    ["Cao Quảng", true, 0.8842, ""],
    ["Mai Hóa", false, 0.9401, ""],
    ["Đức Hóa", false, 0.9364, ""],
    ["Văn Hóa", false, 0.9209, ""],
    ["Đồng Hóa", false, 0.9, "Đạt đúng ngưỡng"],
    ["Sơn Hóa", false, 0.9278, ""],
    ["Thuận Hóa", false, 0.9123, ""],
    ["Lê Hóa", false, 0.9342, ""],
    ["Kim Hóa", true, "86,47%", "Số liệu trạm tự tính"],
    ["Hương Hóa", true, 0.8915, ""],
    ["Thanh Hóa", true, 0.8, ""],
    ["Thanh Thạch", true, 0.8536, ""],
    ["Lâm Hóa", true, 0.8211, "Xã vùng đồng bào Chứt"],
    ["Ngư Hóa", true, 0.8377, ""],
  ];
  const p2 = (f: number) => `${(Math.round(f * 10000) / 100).toFixed(2).replace(".", ",")}%`;
  rows.forEach(([xa, dbkk, tn, note], i) => {
    const r = 11 + i;
    const rate: CellInput = typeof tn === "number" ? { v: tn, pct: true, fmt: "0.00%" } : tn;
    s.row(`A${r}`, [i + 1, xa, dbkk ? "x" : "", "Mức độ 3", rate, "Mức độ 3", note], bd);
    s.set(`B${r}`, xa, { border: true });
    s.set(`G${r}`, note, { border: true, wrap: true, italic: true });
    s.expect(`D${r}`, { indicator: `${xa} · PCGD tiểu học`, target: "Mức độ 3 (row 10)", status: "met", why: "level 3, the planned level" });
    const f = typeof tn === "number" ? tn : 0.8647;
    const floor = dbkk ? 0.8 : 0.9;
    const st: Status = f > floor ? "exceeded" : f === floor ? "met" : "not_met";
    const why = `${p2(f)}${typeof tn === "string" ? " (typed as text)" : ""} against ${dbkk ? "80% (marked \"x\": especially hard commune)" : "90%"}${f === floor ? ": at the floor" : f > floor ? ": above" : ": under"}`;
    s.expect(`E${r}`, { indicator: `${xa} · Tỷ lệ thanh thiếu niên 15-18 tuổi tốt nghiệp THCS`, target: dbkk ? "≥ 80% (xã ĐBKK, row 10)" : "≥ 90% (row 10)", status: st, why });
    s.expect(`F${r}`, { indicator: `${xa} · PCGD THCS`, target: "Mức độ 3 (row 10)", status: "met", why: "level 3, the planned level" });
  });
  notes(s, 31, "B", [
    "Ghi chú:",
    "- Cột \"Xã ĐBKK\": đánh dấu x đối với xã thuộc vùng đặc biệt khó khăn (áp dụng tỷ lệ tối thiểu 80% theo Nghị định 20/2014/NĐ-CP).",
    "- 19/19 xã, thị trấn được công nhận đạt chuẩn PCGD tiểu học mức độ 3, PCGD THCS mức độ 3 (PCGD mầm non 5 tuổi, XMC: biểu riêng).",
  ]);
  signature(s, 35, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đinh Thị Thu" }, { col: "E", title: "TRƯỞNG BAN", name: "Phó Chủ tịch UBND huyện" });
  b.facts = {
    sheet: "KQ PCGD-XMC 2020",
    headerRows: "8-9 (PCGD THCS merged over a rate and a level)",
    nameColumn: "B (Xã, thị trấn)",
    target: "row 10 (Kế hoạch năm 2020: levels as words \"Mức độ 3\"; the rate \"≥ 90% (xã ĐBKK ≥ 80%)\" whose floor depends on column C)",
    actualColumns: "D, F (levels typed as words); E (fractions in percent format; E24 text \"86,47%\")",
    ignoreColumns: "A (TT), C (Xã ĐBKK: \"x\", decides E's floor, not a figure), G (Ghi chú)",
    totalRows: "none",
    targetRows: "10 (Kế hoạch năm 2020)",
    otherRows: "notes 31-33; signature from 35",
    asOf: "2020-12-28",
    period: "2020",
    rollUps: [s.rollUp(" · PCGD tiểu học", "xã, thị trấn"), s.rollUp(" · PCGD THCS", "xã, thị trấn"), s.rollUp(" · Tỷ lệ thanh thiếu niên 15-18 tuổi tốt nghiệp THCS", "xã, thị trấn")],
    notes: "Levels typed as words: a level equal to the planned one is met (Mức độ 3 is the highest). The graduation rate's floor is 90%, or 80% for communes marked \"x\" in column C (especially hard areas): Cao Quảng's 88,42% passes 80% though it is under 90%. Đồng Hóa's 90,00% and Thanh Hóa's 80,00% sit at their floors (met). The recognition is final at year end.",
  };
  return b;
}
