// Layout 208: a kindergarten's year-end table of its 2012-2013 targets with the classes as columns (MN Hương Tràm, TP Cà Mau): indicators as rows, one target column whose text holds two floors (nhà trẻ / mẫu giáo), six class columns and a Toàn trường column, a row of class sizes above the indicators, a count typed "28/30" in a rate row, a target that applies to the five-year-old classes only ("-" elsewhere), a class not measured and so the school's share unknowable, a hidden last-year column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu năm học 2012-2013 theo lớp, Trường Mầm non Hương Tràm (TP Cà Mau)");
  const s = b.sheet("Chi tieu theo lop");
  s.cols([5, 42, 26, 11, 11, 11, 11, 11, 11, 12, 12, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THÀNH PHỐ CÀ MAU", "TRƯỜNG MẦM NON HƯƠNG TRÀM"],
    date: "TP Cà Mau, ngày 24 tháng 5 năm 2013",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2012 - 2013", "(Theo lớp; số liệu cuối năm học, đánh giá trẻ đợt cuối năm và cân đo tháng 5/2013)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung chỉ tiêu", head).merge("C8:C9", "Chỉ tiêu năm học (Nghị quyết Hội nghị CB-VC)", head);
  s.merge("D8:I8", "Kết quả thực hiện theo lớp (%)", head);
  const classes = ["Nhà trẻ 24-36 tháng", "Mầm 1", "Chồi 1", "Chồi 2", "Lá 1", "Lá 2"];
  s.row("D9", classes, head);
  s.merge("J8:J9", "Toàn trường (%)", head).merge("K8:K9", "Năm học 2011-2012 (%)", head).merge("L8:L9", "Ghi chú", head);
  s.hideCols("K");
  const sizes = [25, 30, 32, 30, 35, 33];
  s.row("A10", ["", "Số trẻ cuối năm (cháu)", "", ...sizes, { v: "=SUM(D10:I10)", result: 185 }, 178, ""], { border: true, align: "center", italic: true });
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0" });
  // [nội dung, chỉ tiêu, 6 lớp, toàn trường, năm trước, ghi chú]
  type R = [string, string, CellInput[], CellInput, number, string];
  const rows: R[] = [
    ["Tỷ lệ trẻ đi học chuyên cần", "Nhà trẻ từ 80%, mẫu giáo từ 90% trở lên", [n1(82.5), n1(89.6), n1(92.4), n1(90.0), n1(95.1), n1(93.8)], n1(90.9), 89.7, "Bình quân cả năm"],
    ["Tỷ lệ trẻ đạt danh hiệu bé ngoan (cuối năm)", "Từ 90% trở lên", [n1(88.0), "28/30", n1(93.8), n1(90.0), n1(97.1), n1(93.9)], n1(93.0), 91.2, "Lớp Mầm 1 ghi số cháu"],
    ["Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", "Dưới 5%", [n1(4.0), n1(3.3), n1(6.3), n1(3.3), n1(5.7), n1(0.0)], n1(3.8), 5.1, "Cân tháng 5/2013"],
    ["Tỷ lệ trẻ suy dinh dưỡng thể thấp còi", "Dưới 6%", [n1(8.0), n1(6.7), n1(3.1), "Chưa đo", n1(5.7), n1(6.1)], "5,8 (chưa có lớp Chồi 2)", 6.9, "Lớp Chồi 2 nghỉ học 3 ngày sửa phòng, chưa đo chiều cao đợt tháng 5"],
    ["Tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", "100% trẻ 5 tuổi", ["-", "-", "-", "-", n1(100), n1(97.0)], n1(98.5), 100, "Chỉ tính các lớp Lá"],
    ["Tỷ lệ trẻ đạt yêu cầu theo mục tiêu các lĩnh vực phát triển (đánh giá cuối năm)", "Từ 92% trở lên", [n1(92.0), n1(90.0), n1(96.9), n1(93.3), n1(97.1), n1(93.9)], n1(94.1), 93.5, ""],
  ];
  // Verdicts decided by hand: [per class], toàn trường, and why.
  type V = [Status, string];
  const verdicts: Array<{ cls: Array<V | null>; all: V; short: string }> = [
    {
      short: "Tỷ lệ trẻ đi học chuyên cần",
      cls: [
        ["exceeded", "82,5 above the nhà trẻ floor of 80 (the 90 floor is for mẫu giáo classes)"],
        ["not_met", "89,6 under the mẫu giáo floor of 90"],
        ["exceeded", "92,4 above 90"],
        ["met", "90,0 at the floor"],
        ["exceeded", "95,1 above 90"],
        ["exceeded", "93,8 above 90"],
      ],
      all: ["exceeded", "90,9 is above either floor (80 or 90), so the school figure passes whichever applies to a mixed total"],
    },
    {
      short: "Tỷ lệ trẻ đạt danh hiệu bé ngoan",
      cls: [
        ["not_met", "88,0 under 90 (22 of 25)"],
        ["exceeded", "\"28/30\" typed as a count: 28/30 = 93,33, above 90"],
        ["exceeded", "93,8 above 90"],
        ["met", "90,0 at the floor"],
        ["exceeded", "97,1 above 90"],
        ["exceeded", "93,9 above 90"],
      ],
      all: ["exceeded", "93,0 above 90 (172 of 185)"],
    },
    {
      short: "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân",
      cls: [
        ["met", "4,0 under the 5 cap"],
        ["met", "3,3 under 5"],
        ["not_met", "6,3 over the 5 cap"],
        ["met", "3,3 under 5"],
        ["not_met", "5,7 over the 5 cap"],
        ["met", "0,0 under 5"],
      ],
      all: ["met", "3,8 under 5"],
    },
    {
      short: "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi",
      cls: [
        ["not_met", "8,0 over the 6 cap"],
        ["not_met", "6,7 over the 6 cap"],
        ["met", "3,1 under 6"],
        ["no_data", "\"Chưa đo\": the class was not measured in May"],
        ["met", "5,7 under 6"],
        ["not_met", "6,1 over the 6 cap (2 of 33 = 6,06)"],
      ],
      all: ["no_data", "5,8 is over five classes only (9 of 155: the notes count Toàn trường over the classes with data); with Chồi 2's 30 children unmeasured the school's share lies anywhere from 4,86 (9/185) to 21,08 (39/185): unknowable"],
    },
    {
      short: "Tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non",
      cls: [null, null, null, null, ["met", "100 at the 100% target"], ["not_met", "97,0 under 100 (32 of 33)"]],
      all: ["not_met", "98,5 under 100 (67 of 68 five-year-olds)"],
    },
    {
      short: "Tỷ lệ trẻ đạt yêu cầu theo mục tiêu các lĩnh vực phát triển",
      cls: [
        ["met", "92,0 at the floor (23 of 25)"],
        ["not_met", "90,0 under 92"],
        ["exceeded", "96,9 above 92"],
        ["exceeded", "93,3 above 92"],
        ["exceeded", "97,1 above 92"],
        ["exceeded", "93,9 above 92"],
      ],
      all: ["exceeded", "94,1 above 92"],
    },
  ];
  const first = 11;
  const cols = ["D", "E", "F", "G", "H", "I"];
  rows.forEach(([label, target, vals, all, last, note], i) => {
    const r = first + i;
    s.row(`A${r}`, [i + 1, label, target, ...vals, all, n1(last), note], { border: true, wrap: true, align: "center" });
    s.set(`B${r}`, label, { border: true, wrap: true });
    const v = verdicts[i];
    v.cls.forEach((x, k) => {
      if (!x) return;
      s.expect(`${cols[k]}${r}`, { indicator: `Lớp ${classes[k]} · ${v.short}`, target, status: x[0], why: x[1] });
    });
    s.expect(`J${r}`, { indicator: `Toàn trường · ${v.short}`, target, status: v.all[0], why: v.all[1] });
  });
  const rollUps = verdicts.map((v) => s.rollUp(` · ${v.short}`, "lớp"));
  const last = first + rows.length - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ tính trên số trẻ cuối năm của từng lớp; cột Toàn trường tính trên tổng số trẻ các lớp có số liệu.",
    "- Chỉ tiêu trẻ 5 tuổi hoàn thành chương trình GDMN chỉ áp dụng cho các lớp Lá; các lớp khác ghi \"-\".",
    "- Chỉ tiêu suy dinh dưỡng: tỷ lệ phải thấp hơn mức ghi trong cột Chỉ tiêu.",
  ]);
  signature(s, last + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Kim Loan" }, { col: "I", title: "HIỆU TRƯỞNG", name: "Lâm Thị Mỹ Hạnh" });
  b.facts = {
    sheet: "Chi tieu theo lop",
    headerRows: "8-9 (classes under a merged group)",
    nameColumn: "B (Nội dung chỉ tiêu); the units are the class columns D-I (row 9)",
    target: "column C (Chỉ tiêu năm học), one per indicator row; row 11's text holds two floors (nhà trẻ 80, mẫu giáo 90)",
    actualColumns: "D-I (one per class), J (Toàn trường)",
    ignoreColumns: "A (TT), K (hidden: 2011-2012), L (Ghi chú)",
    totalRows: "none (the school is column J, judged against the same targets)",
    targetRows: "none",
    otherRows: `10 (Số trẻ cuối năm: class sizes, not judged); notes ${last + 2}-${last + 5}; signature from ${last + 7}`,
    asOf: "2013-05-24",
    period: "Năm học 2012-2013",
    rollUps,
    notes: "Units are columns, indicators rows, one target column. The nhà trẻ class is held to 80 on attendance, the mẫu giáo classes to 90 (two floors in one target cell). Malnutrition targets are strict caps (\"Dưới\"). The five-year-old target applies to the Lá classes only; \"-\" elsewhere is not judged. Chồi 2 was not measured for height, so its stunting share and the school's are unknown (the school's 5,8 covers five classes).",
  };
  return b;
}
