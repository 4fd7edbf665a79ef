// Layout 70: a kindergarten's monthly report of numbers and attendance by class (MN Thụy Liên, Thái Bình, December 2019): year enrolment targets per class checked mid-year, a monthly attendance target per row (90 for toddler groups, 95 for kindergarten classes), last month's column, sections, a class with no attendance figure.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Báo cáo số lượng, chuyên cần tháng 12/2019, Trường Mầm non Thụy Liên");
  const s = b.sheet("Tháng 12-2019");
  s.cols([5, 22, 11, 10, 10, 11, 11, 11, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÁI THỤY", "TRƯỜNG MẦM NON THỤY LIÊN"],
    date: "Thụy Liên, ngày 31 tháng 12 năm 2019",
    title: ["BÁO CÁO SỐ LƯỢNG, TỶ LỆ CHUYÊN CẦN", "Tháng 12 năm 2019 (năm học 2019-2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nhóm, lớp", head);
  s.merge("C8:F8", "Số trẻ", head).row("C9", ["Chỉ tiêu giao", "Tháng 11", "Tháng 12", "Tăng (+), giảm (-)"], head);
  s.merge("G8:H8", "Chuyên cần tháng 12", head).row("G9", ["Chỉ tiêu (%)", "Thực hiện (%)"], head);
  s.merge("I8:I9", "Ghi chú", head);
  const bd = { border: true, align: "center" as const, wrap: true };
  const sec = (r: number, no: string, t: string) => s.row(`A${r}`, [no, { v: t, align: "left" }, "", "", "", "", "", "", ""], { ...bd, bold: true });
  // [class, assigned, November, December, attendance target, attendance (number, text or blank), note]
  type C = [string, number, number, number, number, CellInput, string];
  const cls: Array<C & { length: 7 }> = [];
  const put = (r: number, c: C) => {
    cls.push(c);
    const att = typeof c[5] === "number" ? { v: c[5], fmt: "0.0" as const } : c[5];
    s.row(`A${r}`, ["", { v: c[0], align: "left" }, c[1], c[2], c[3], `=E${r}-D${r}`, c[4], att, { v: c[6], align: "left" }], bd);
    const d = c[3] - c[1];
    const cnt: Status = d === 0 ? "met" : d > 0 ? "exceeded" : "pending";
    s.expect(`E${r}`, { indicator: `${c[0]} · Số trẻ`, target: `${c[1]} trẻ (chỉ tiêu giao năm học 2019-2020)`, status: cnt, why: cnt === "pending" ? `${c[3]} < ${c[1]}, but the enrolment target is for the whole school year and it is December` : cnt === "met" ? `${c[3]} = ${c[1]}` : `${c[3]} > ${c[1]}` });
    const a = typeof c[5] === "number" ? c[5] : typeof c[5] === "string" && c[5] !== "" ? Number(c[5].replace("%", "").replace(",", ".")) : null;
    const st: Status = a === null ? "no_data" : a === c[4] ? "met" : a > c[4] ? "exceeded" : "not_met";
    s.expect(`H${r}`, { indicator: `${c[0]} · Tỷ lệ chuyên cần`, target: `${c[4]}% (tháng 12/2019)`, status: st, why: st === "no_data" ? "no attendance figure (Ghi chú)" : `${String(c[5]).replace(".", ",")} ${st === "met" ? "=" : st === "exceeded" ? ">" : "<"} ${c[4]} (plain numbers under \"(%)\")${typeof c[5] === "string" ? "; typed as text" : ""}` });
  };
  sec(10, "I", "NHÀ TRẺ");
  put(11, ["Nhóm trẻ 25C1", 25, 22, 23, 90, 91.3, ""]);
  put(12, ["Nhóm trẻ 25C2", 25, 24, 25, 90, 88.6, "Nhiều trẻ ốm do thời tiết"]);
  put(13, ["Nhóm trẻ 25B", 30, 27, 28, 90, 90, ""]);
  sec(14, "II", "MẪU GIÁO");
  put(15, ["Lớp 3 tuổi A", 28, 28, 28, 95, 95, ""]);
  put(16, ["Lớp 3 tuổi B", 27, 27, 26, 95, 93.2, "01 trẻ chuyển trường"]);
  put(17, ["Lớp 4 tuổi A", 30, 30, 31, 95, 97.4, "Nhận thêm 01 trẻ"]);
  put(18, ["Lớp 4 tuổi B", 30, 30, 30, 95, "", "Lớp nghỉ 5 ngày do dịch thủy đậu, chưa tổng hợp chuyên cần"]);
  put(19, ["Lớp 5 tuổi A", 32, 32, 32, 95, 98.1, ""]);
  put(20, ["Lớp 5 tuổi B", 31, 31, 31, 95, "96%", ""]);
  [11, 12, 13, 15, 16, 17, 18, 19, 20].forEach((r, i) => s.set(`A${r}`, i + 1, bd));
  s.row("A21", ["", "Cộng toàn trường", "=SUM(C11:C13)+SUM(C15:C20)", "=SUM(D11:D13)+SUM(D15:D20)", "=SUM(E11:E13)+SUM(E15:E20)", "=E21-D21", "", "", ""], { ...bd, bold: true });
  const after = notes(s, 23, "B", [
    "Ghi chú:",
    "- Chỉ tiêu giao: số trẻ huy động của từng nhóm, lớp năm học 2019-2020; mẫu giáo duy trì số lượng trẻ đạt 100%.",
    "- Chỉ tiêu chuyên cần: nhà trẻ từ 90% trở lên, mẫu giáo từ 95% trở lên.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Phạm Thị Hương" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Thu" });
  b.facts = {
    sheet: "Tháng 12-2019",
    headerRows: "8-9 (Số trẻ over Chỉ tiêu giao | Tháng 11 | Tháng 12 | Tăng (+), giảm (-); Chuyên cần tháng 12 over Chỉ tiêu (%) | Thực hiện (%))",
    nameColumn: "B (Nhóm, lớp)",
    target: "column C (Chỉ tiêu giao: children per class for the school year) for E; column G (Chỉ tiêu (%): 90 or 95) for H",
    actualColumns: "E (Tháng 12: children), H (Thực hiện (%): plain numbers, one text \"96%\", one blank)",
    ignoreColumns: "D (Tháng 11: last month), F (Tăng, giảm: derived), I (Ghi chú)",
    totalRows: "21 (Cộng toàn trường)",
    otherRows: `10, 14 (sections I-II), 23-${after - 1} (notes), signature below`,
    asOf: "2019-12-31",
    period: "2019-2020 (attendance: tháng 12/2019)",
    rollUps: [s.rollUp(" · Số trẻ", "nhóm, lớp"), s.rollUp(" · Tỷ lệ chuyên cần", "nhóm, lớp")],
    notes: "Two checks per class. The enrolment target is the class's number for the whole school year, so in December a class still short is pending; more children than assigned is exceeded. The attendance target is for the month and is final: 90 (toddlers) or 95 (kindergarten) as plain numbers under \"(%)\", inclusive (\"từ … trở lên\" in the notes); 90,0 and 95,0 are met. Lớp 4 tuổi B has no attendance figure (no data). November and the change column are not judged.",
  };
  return b;
}
