// Layout 128: a kindergarten's start-of-year statistical return to the district office (MN xã Nguyên Lý, Lý Nhân, Hà Nam, CV 943/PGDĐT-GDMN, 2017-2018), Biểu 1 "Số lượng và chất lượng" with the office's plan beside the school's figures.
import { Book, type CellInput, type Status } from "../../fods";
import { signature } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê giáo dục mầm non đầu năm học 2017-2018, Biểu 1: Số lượng và chất lượng, Trường MN xã Nguyên Lý");
  const s = b.sheet("Bieu 1");
  s.cols([12, 40, 11, 14, 12, 26]);
  const c = { align: "center" as const, bold: true };
  s.merge("A1:F1", "THỐNG KÊ GIÁO DỤC MẦM NON", { ...c, size: 14 });
  s.merge("A2:F2", "ĐẦU NĂM, GIỮA NĂM, CUỐI NĂM HỌC 2017-2018", c);
  s.merge("A3:F3", "(Kèm theo Công văn số 943/PGDĐT-GDMN ngày 19 tháng 10 năm 2017)", { align: "center", italic: true });
  s.merge("A4:F4", "BIỂU 1: SỐ LƯỢNG VÀ CHẤT LƯỢNG (kỳ báo cáo: ĐẦU NĂM)", c);
  s.merge("A5:C5", "Ngày nộp báo cáo: Ngày 20 tháng 10 năm 2017.", { italic: true });
  s.merge("D5:F5", "Đơn vị gửi: Trường MN xã Nguyên Lý", { italic: true });
  s.merge("D6:F6", "Đơn vị nhận: PGDĐT huyện Lý Nhân", { italic: true });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:B8", "Nội dung", head).set("C8", "Đơn vị tính", head).set("D8", "Chỉ tiêu PGD giao (số liệu đầu năm học 2017-2018)", head).set("E8", "Tổng số", head).set("F8", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  // [A text (or "" under a merged "Trong tổng số"), B text, unit, plan, actual, note, verdict, why]
  type Row = [string, string, string, CellInput, CellInput, string, Status | null, string];
  const rows: Row[] = [
    ["1. Tổng số trường mầm non", "", "Trường", 1, 1, "", null, ""],
    ["2. Số trường đạt chuẩn quốc gia", "", "\"", 1, 1, "Đạt chuẩn năm 2014", "met", "1 school of 1 planned"],
    ["", "- Mức 1", "\"", "", 1, "", null, ""],
    ["", "- Mức 2", "\"", "", "-", "", null, ""],
    ["Số trường được công nhận mới trong năm học", "", "\"", "", "-", "", null, ""],
    ["3. Nhóm, lớp", "", "Nhóm, lớp", 13, 13, "", "met", "13 = 13"],
    ["a. Nhóm trẻ:", "", "Nhóm", 4, 4, "", "met", "4 = 4"],
    ["Trong tổng số", "Nhóm trẻ trong trường", "\"", 3, 3, "", null, ""],
    ["", "- Nhóm học 2 buổi/ngày", "\"", 3, 3, "", "met", "3 = 3"],
    ["", "- Nhóm bán trú (được tổ chức ăn trưa)", "\"", 3, 3, "", "met", "3 = 3"],
    ["", "Nhóm trẻ tư thục", "\"", 1, 1, "", null, ""],
    ["b. Lớp mẫu giáo:", "", "Lớp", 9, 9, "", "met", "9 = 9"],
    ["Trong tổng số", "- Lớp 5 tuổi", "\"", 3, 3, "", null, ""],
    ["", "- Lớp học 2 buổi/ngày", "\"", 9, 9, "", "met", "9 = 9"],
    ["4. Số trẻ trong độ tuổi trên địa bàn", "", "", "", "", "Số liệu điều tra PCGD tháng 9/2017", null, ""],
    ["", "- Độ tuổi nhà trẻ (0-2 tuổi)", "Trẻ", "", 230, "", null, ""],
    ["", "- Độ tuổi mẫu giáo (3-5 tuổi)", "\"", "", 280, "", null, ""],
    ["", "Trong đó: trẻ 5 tuổi", "\"", "", 92, "", null, ""],
    ["5. Số trẻ ra lớp", "", "", "", "", "", null, ""],
    ["", "- Nhà trẻ", "Trẻ", 95, 88, "", "not_met", "88 children against 95 planned at the start-of-year count"],
    ["", "- Mẫu giáo", "\"", 265, 271, "", "exceeded", "271 > 265"],
    ["Trong tổng số", "Trẻ 5 tuổi ra lớp", "\"", 92, 92, "", "met", "92 = 92"],
    ["", "Trẻ 5 tuổi học 2 buổi/ngày", "\"", "100%", 92, "", "met", "92 of the 92 five-year-olds = 100% (a percent target over a count in unit Trẻ)"],
    ["6. Tỷ lệ huy động", "", "", "", "", "", null, ""],
    ["", "- Nhà trẻ", "%", 40, "=ROUND(E28/E24*100,2)", "", "not_met", "88/230 = 38,26% < 40%"],
    ["", "- Mẫu giáo", "\"", 96, "=ROUND(E29/E25*100,2)", "", "exceeded", "271/280 = 96,79% > 96%"],
    ["", "- Trẻ 5 tuổi", "\"", 100, "=ROUND(E30/E26*100,2)", "", "met", "92/92 = 100%"],
    ["7. Chất lượng nuôi dưỡng (cân đo tháng 9/2017)", "", "", "", "", "", null, ""],
    ["", "Số trẻ được cân, đo", "Trẻ", "", 359, "", null, ""],
    ["", "- Trẻ suy dinh dưỡng thể nhẹ cân", "\"", "", 14, "", null, ""],
    ["", "Tỷ lệ", "%", "Dưới 5", "=ROUND(E38/E37*100,2)", "", "met", "14/359 = 3,90% under the cap 5"],
    ["", "- Trẻ suy dinh dưỡng thể thấp còi", "Trẻ", "", 22, "", null, ""],
    ["", "Tỷ lệ", "%", "Dưới 6", "=ROUND(E40/E37*100,2)", "", "not_met", "22/359 = 6,13% over the cap 6"],
    ["", "- Trẻ thừa cân, béo phì", "Trẻ", "", "", "Chưa tổng hợp", null, ""],
    ["", "Tỷ lệ", "%", "Dưới 2", "", "Chưa tổng hợp", "no_data", "blank; the note says \"Chưa tổng hợp\""],
    ["8. Trẻ khuyết tật học hòa nhập", "", "Trẻ", "-", 2, "", null, ""],
  ];
  const results: Record<string, number> = { E33: 38.26, E34: 96.79, E35: 100, E39: 3.9, E41: 6.13 };
  let sec = "";
  let sub = "";
  rows.forEach((x, i) => {
    const r = 9 + i;
    if (x[1] === "") sec = x[0].replace(/^(\d\.|[a-z]\.)\s*/, "").replace(/:$/, "");
    else if (x[1] !== "Tỷ lệ") sub = x[1].replace(/^- /, "");
    if (x[1] === "") s.merge(`A${r}:B${r}`, x[0], { ...bd, bold: /^\d\./.test(x[0]) });
    else s.row(`A${r}`, [x[0], x[1]], bd);
    const actual: CellInput = typeof x[4] === "string" && x[4].startsWith("=") ? { v: x[4], result: results[`E${r}`], fmt: "0.00" } : x[4];
    s.row(`C${r}`, [x[2], x[3], actual, x[5]], { border: true, align: "center" });
    if (x[6]) s.expect(`E${r}`, { indicator: x[1] === "" ? sec : x[1] === "Tỷ lệ" ? `${sec} · ${sub} · Tỷ lệ` : `${sec} · ${sub}`, target: String(x[3]), status: x[6], why: x[7] });
  });
  s.merge("A16:A19", "Trong tổng số", { ...bd, align: "center" });
  s.merge("A21:A22", "Trong tổng số", { ...bd, align: "center" });
  s.merge("A30:A31", "Trong tổng số", { ...bd, align: "center" });
  signature(s, 46, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Hải Yến" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà", place: "Nguyên Lý, ngày 20 tháng 10 năm 2017" });
  b.facts = {
    sheet: "Bieu 1",
    headerRows: "8",
    nameColumn: "A:B (Nội dung: main items merged over A:B; sub-items in B under a vertical \"Trong tổng số\" merged in A)",
    target: "column D (Chỉ tiêu PGD giao (số liệu đầu năm học 2017-2018): the office's plan for this start-of-year count): counts, plain percents under ĐVT \"%\", \"Dưới 5\" / \"Dưới 6\" / \"Dưới 2\" caps, \"100%\" over a count",
    actualColumns: "E (Tổng số; rates are ROUND formulas over the count rows)",
    ignoreColumns: "C (Đơn vị tính: ditto marks \" repeat the unit above), F (Ghi chú)",
    otherRows: "1-6 (title, dates, sender/receiver), 9 (school count, no judgement), 11-13 and 16, 19, 21 (no target or \"-\"), 23-26 (denominators), 27, 32, 36 (section heads), 37-38, 40, 42 (counts under a rate row), 44 (\"-\" target), signature from 46",
    asOf: "2017-10-20",
    period: "2017-2018",
    notes: "A start-of-year return: the office's year plan for groups, classes and children is judged on the start-of-year count (the return's purpose). Ditto marks in ĐVT are units, not figures. The nutrition caps are strict (\"Dưới\").",
  };
  return b;
}
