// Layout 167: a city Phòng GD&ĐT's year-end primary results per school (Nha Trang, 2021-2022, after the Khánh Hòa report on primary completion): a target row ("≥ 99%", "100%"), two count-and-ROUND(…,2) rate pairs, 99,00 at the floor, 98,98 just under, 99,72 against an exact "100%", a school not yet entered, a city row at the bottom incomplete on one rate and judged on the other.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả hoàn thành chương trình lớp học, chương trình tiểu học năm học 2021-2022 theo trường, thành phố Nha Trang");
  const s = b.sheet("HTCT TH 2021-2022");
  s.cols([5, 26, 11, 11, 10, 11, 11, 10, 26]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ NHA TRANG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Nha Trang, ngày 05 tháng 6 năm 2022",
    title: ["KẾT QUẢ HOÀN THÀNH CHƯƠNG TRÌNH LỚP HỌC, CHƯƠNG TRÌNH TIỂU HỌC", "Năm học 2021-2022"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head);
  s.merge("C8:E8", "Học sinh lớp 1 - lớp 4 hoàn thành chương trình lớp học", head).row("C9", ["Tổng số HS", "Số HS hoàn thành", "Tỷ lệ (%)"], head);
  s.merge("F8:H8", "Học sinh lớp 5 hoàn thành chương trình tiểu học", head).row("F9", ["Tổng số HS", "Số HS hoàn thành", "Tỷ lệ (%)"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu năm học", "", "", "≥ 99%", "", "", "100%", ""], { ...head, bold: false, italic: true });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const rate = (num: string, den: string, r: number, res: number | string): CellInput => ({ v: `=IF(${num}${r}="","",ROUND(${num}${r}/${den}${r}*100,2))`, result: res, fmt: "0.00" });
  type U = [string, number, number | "", number, number, string, Status, string, Status, string];
  const units: U[] = [
    ["Trường TH Vạn Thạnh", 1420, 1410, 352, 351, "", "exceeded", "1.410/1.420 = 99,30", "not_met", "351/352 = 99,72, short of 100%"],
    ["Trường TH Lộc Thọ", 1180, 1168, 290, 290, "", "not_met", "1.168/1.180 = 98,98, just under 99", "met", "290/290 = 100,00"],
    ["Trường TH Phước Tiến", 980, 971, 245, 245, "", "exceeded", "971/980 = 99,08", "met", "245/245"],
    ["Trường TH Vĩnh Hải 1", 1250, 1238, 310, 310, "", "exceeded", "1.238/1.250 = 99,04", "met", "310/310"],
    ["Trường TH Xương Huân", 860, 851, 205, 205, "", "not_met", "851/860 = 98,95", "met", "205/205"],
    ["Trường TH Phương Sài", 1100, 1089, 268, 268, "", "met", "1.089/1.100 = 99,00 at the floor", "met", "268/268"],
    ["Trường TH Ngọc Hiệp", 1320, "", 330, 330, "Chưa cập nhật kết quả lớp 1-4 lên CSDL ngành", "no_data", "blank count (note)", "met", "330/330"],
  ];
  const first = 11;
  units.forEach((u, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], rate("D", "C", r, u[2] === "" ? "" : r2((u[2] / u[1]) * 100)), u[3], u[4], rate("G", "F", r, r2((u[4] / u[3]) * 100)), u[5]], { border: true, align: "center", wrap: true });
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ HS lớp 1-4 hoàn thành chương trình lớp học`, target: "≥ 99%", status: u[6], why: u[7], ...(u[2] === "" ? { actual: "(trống)" } : {}) });
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ HS lớp 5 hoàn thành chương trình tiểu học`, target: "100%", status: u[8], why: u[9] });
  });
  const last = first + units.length - 1;
  const t = last + 1;
  const sum = (k: 1 | 2 | 3 | 4) => units.reduce((a, u) => a + (typeof u[k] === "number" ? (u[k] as number) : 0), 0);
  const S = (c: string) => `=SUM(${c}${first}:${c}${last})`;
  s.row(`A${t}`, ["", "Toàn thành phố", { v: S("C"), result: sum(1) }, { v: S("D"), result: sum(2) }, rate("D", "C", t, r2((sum(2) / sum(1)) * 100)), { v: S("F"), result: sum(3) }, { v: S("G"), result: sum(4) }, rate("G", "F", t, r2((sum(4) / sum(3)) * 100)), ""], { border: true, bold: true, align: "center" });
  s.expect(`E${t}|D${t}`, { indicator: "Toàn thành phố · Tỷ lệ HS lớp 1-4 hoàn thành chương trình lớp học", target: "≥ 99%", status: "no_data", why: "the SUM keeps Ngọc Hiệp's pupils but not its completions (blank)" });
  s.expect(`H${t}|G${t}`, { indicator: "Toàn thành phố · Tỷ lệ HS lớp 5 hoàn thành chương trình tiểu học", target: "100%", status: "not_met", why: "1.999/2.000 = 99,95: complete on this pair, short of 100%" });
  const rollUps = [" · Tỷ lệ HS lớp 1-4 hoàn thành chương trình lớp học", " · Tỷ lệ HS lớp 5 hoàn thành chương trình tiểu học"].map((x) => s.rollUp(x, "trường"));
  notes(s, t + 2, "B", ["Ghi chú:", "- Chỉ tiêu theo Kế hoạch nhiệm vụ năm học 2021-2022 cấp tiểu học của Phòng GD&ĐT: học sinh lớp 1-4 hoàn thành chương trình lớp học từ 99% trở lên; 100% học sinh lớp 5 hoàn thành chương trình tiểu học.", "- Số liệu chưa tính học sinh được đánh giá bổ sung trong hè."]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đặng Thị Thanh Xuân" }, { col: "F", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Khải" });
  b.facts = {
    sheet: "HTCT TH 2021-2022",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu năm học)",
    nameColumn: "B (Trường)",
    target: "row 10: E \"≥ 99%\", H \"100%\"",
    actualColumns: "E (D over C), H (G over F): IF/ROUND(…,2) rates",
    ignoreColumns: "C and F (denominators), I (Ghi chú)",
    totalRows: `${t} (Toàn thành phố, at the bottom: SUM)`,
    targetRows: "10",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2022-06-05",
    period: "Năm học 2021-2022",
    rollUps,
    notes: "The city row is incomplete on the grades 1-4 pair (Ngọc Hiệp blank) but whole on the grade 5 pair, which falls short of an exact 100%.",
  };
  return b;
}
