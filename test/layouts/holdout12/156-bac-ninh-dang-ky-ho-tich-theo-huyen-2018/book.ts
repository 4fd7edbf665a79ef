// Layout 156: a province's civil-registration results per district against the targets of its plan (Bắc Ninh KH 155/KH-UBND 2017, birth and death registration), province row on top, count-and-ROUND-rate pairs, a target row under the header, a district still compiling, a rate above 100% from late registrations (over the floor either way), a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả đăng ký khai sinh, khai tử năm 2018 theo huyện, thị xã, thành phố, tỉnh Bắc Ninh (theo Kế hoạch 155/KH-UBND)");
  const s = b.sheet("Bieu ho tich 2018");
  s.cols([5, 20, 11, 11, 10, 10, 11, 11, 10, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH BẮC NINH", "SỞ TƯ PHÁP"],
    date: "Bắc Ninh, ngày 15 tháng 01 năm 2019",
    title: ["KẾT QUẢ ĐĂNG KÝ KHAI SINH, KHAI TỬ NĂM 2018", "(Thực hiện Kế hoạch số 155/KH-UBND ngày 26/5/2017 của UBND tỉnh)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị", head);
  s.merge("C8:E8", "Trẻ em dưới 01 tuổi được đăng ký khai sinh", head).merge("F8:F9", "Tỷ lệ ĐKKS năm 2017 (%)", head).merge("G8:I8", "Người chết được đăng ký khai tử", head).merge("J8:J9", "Ghi chú", head);
  s.row("C9", ["Số trẻ sinh ra", "Số được ĐKKS", "Tỷ lệ (%)"], head);
  s.row("G9", ["Số người chết", "Số được ĐKKT", "Tỷ lệ (%)"], head);
  s.row("A10", ["", "Chỉ tiêu năm 2018", "", "", "≥ 98%", "", "", "", "≥ 80%", ""], { ...head, bold: false, italic: true });
  s.hideCols("F");
  const rate = (num: string, den: string, r: number, res: number | string): CellInput => ({ v: `=IF(${num}${r}="","",ROUND(${num}${r}/${den}${r}*100,1))`, result: res, fmt: "0.0" });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  type U = [string, number, number | string, number, number, number | string, string, Status, string, Status, string];
  const units: U[] = [
    ["Thành phố Bắc Ninh", 3120, 3095, 97.6, 780, 652, "", "exceeded", "3.095/3.120 = 99,2", "exceeded", "652/780 = 83,6"],
    ["Thị xã Từ Sơn", 2460, 2411, 96.9, 520, 416, "", "met", "2.411/2.460 = 98,0 at the floor", "met", "416/520 = 80,0 at the floor"],
    ["Huyện Yên Phong", 2210, 2150, 95.8, 610, 470, "", "not_met", "2.150/2.210 = 97,3", "not_met", "470/610 = 77,0"],
    ["Huyện Quế Võ", 2380, 2412, 98.2, 640, 531, "Gồm 45 trẻ sinh năm 2017 đăng ký quá hạn", "exceeded", "2.412/2.380 = 101,3 (late registrations of 2017 births counted, note); without them 2.367/2.380 = 99,5: over 98% either way", "exceeded", "531/640 = 83,0"],
    ["Huyện Tiên Du", 2050, 2021, 97.0, 590, 455, "", "exceeded", "2.021/2.050 = 98,6", "not_met", "455/590 = 77,1"],
    ["Huyện Thuận Thành", 2290, 2238, 96.4, 700, "Đang tổng hợp", "", "not_met", "2.238/2.290 = 97,7", "no_data", "\"Đang tổng hợp\""],
    ["Huyện Gia Bình", 1410, "", 97.1, 430, 350, "UBND huyện chưa gửi số liệu khai sinh", "no_data", "blank: not sent", "exceeded", "350/430 = 81,4"],
    ["Huyện Lương Tài", 1390, 1380, 98.0, 450, 369, "", "exceeded", "1.380/1.390 = 99,3", "exceeded", "369/450 = 82,0"],
  ];
  const first = 12;
  units.forEach((u, i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], rate("D", "C", r, typeof u[2] === "number" ? r1((u[2] / u[1]) * 100) : ""), { v: u[3], fmt: "0.0" }, u[4], u[5], rate("H", "G", r, typeof u[5] === "number" ? r1((u[5] / u[4]) * 100) : ""), u[6]], { border: true, align: "center", wrap: true });
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ trẻ dưới 01 tuổi được ĐKKS`, target: "≥ 98%", status: u[7], why: u[8], ...(u[2] === "" ? { actual: "(trống)" } : {}) });
    s.expect(`I${r}|H${r}`, { indicator: `${u[0]} · Tỷ lệ người chết được ĐKKT`, target: "≥ 80%", status: u[9], why: u[10], ...(typeof u[5] === "string" ? { actual: "Đang tổng hợp" } : {}) });
  });
  const last = first + units.length - 1;
  const num = (k: number) => units.reduce((a, u) => a + (typeof u[k] === "number" ? (u[k] as number) : 0), 0);
  s.row("A11", ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, result: num(1) }, { v: `=SUM(D${first}:D${last})`, result: num(2) }, rate("D", "C", 11, r1((num(2) / num(1)) * 100)), { v: 97.0, fmt: "0.0" }, { v: `=SUM(G${first}:G${last})`, result: num(4) }, { v: `=SUM(H${first}:H${last})`, result: num(5) }, rate("H", "G", 11, r1((num(5) / num(4)) * 100)), "Số liệu chưa đủ 8/8 đơn vị"], { border: true, bold: true, align: "center", wrap: true });
  s.expect("E11|D11", { indicator: "Toàn tỉnh · Tỷ lệ trẻ dưới 01 tuổi được ĐKKS", target: "≥ 98%", status: "no_data", why: "the SUM leaves out Gia Bình's registrations but keeps its births" });
  s.expect("I11|H11", { indicator: "Toàn tỉnh · Tỷ lệ người chết được ĐKKT", target: "≥ 80%", status: "no_data", why: "the SUM leaves out Thuận Thành's registrations" });
  const rollUps = [" · Tỷ lệ trẻ dưới 01 tuổi được ĐKKS", " · Tỷ lệ người chết được ĐKKT"].map((x) => s.rollUp(x, "đơn vị"));
  notes(s, last + 2, "B", ["Ghi chú:", "- Chỉ tiêu năm 2018 theo lộ trình của Kế hoạch số 155/KH-UBND: trẻ em dưới 01 tuổi được đăng ký khai sinh đạt từ 98% trở lên; người chết được đăng ký khai tử đạt từ 80% trở lên.", "- Cột tỷ lệ ĐKKS năm 2017 để so sánh (ẩn khi in)."]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thanh" }, { col: "G", title: "KT. GIÁM ĐỐC", name: "Trần Văn Quang" });
  b.facts = {
    sheet: "Bieu ho tich 2018",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu năm 2018)",
    nameColumn: "B (Đơn vị)",
    target: "row 10: E \"≥ 98%\", I \"≥ 80%\"",
    actualColumns: "E (with count D over C), I (with count H over G): IF/ROUND rates",
    ignoreColumns: "F (hidden: 2017 rate, last year), C and G (denominators), J (Ghi chú)",
    totalRows: "11 (Toàn tỉnh, on top: SUM)",
    targetRows: "10",
    otherRows: (last + 2) + "-" + (last + 4) + " (notes), signature from " + (last + 6),
    asOf: "2019-01-15",
    period: "2018",
    rollUps,
    notes: "The province row sits above the districts and is incomplete (Gia Bình's births registered blank, Thuận Thành's deaths still compiling). Quế Võ's count includes late registrations of 2017 births.",
  };
  return b;
}
