// Layout 10: a kindergarten's class-by-criterion self-assessment for the "lấy trẻ làm trung tâm" programme (MG Long Thượng, 2023): yes/no words and their abbreviations.
import { Book, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tổng hợp đánh giá các lớp theo tiêu chí xây dựng trường mầm non lấy trẻ làm trung tâm, MG Long Thượng, tháng 5/2023");
  const s = b.sheet("Tổng hợp các lớp");
  s.cols([5, 10, 20, 14, 14, 14, 14, 10, 11, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN CẦN GIUỘC", "TRƯỜNG MG LONG THƯỢNG"],
    number: "Số: 144/BC-MGLT",
    date: "Long Thượng, ngày 10 tháng 05 năm 2023",
    title: ["BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ CÁC LỚP", "Chuyên đề \"Xây dựng trường mầm non lấy trẻ làm trung tâm\" giai đoạn 2021-2025", "(Kèm theo Báo cáo sơ kết 02 năm thực hiện chuyên đề)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", head).merge("B9:B10", "Lớp", head).merge("C9:C10", "Giáo viên phụ trách", head);
  s.merge("D9:G9", "Kết quả đánh giá theo tiêu chí", head);
  s.row("D10", ["TC1: Môi trường vật chất", "TC2: Môi trường xã hội", "TC3: Hoạt động chăm sóc, giáo dục", "TC4: Đánh giá sự phát triển của trẻ"], head);
  s.merge("H9:H10", "Số tiêu chí đạt", head).merge("I9:I10", "Xếp loại chung", head).merge("J9:J10", "Ghi chú", head);

  const classes: Array<[string, string, string, string, string, string, string]> = [
    ["Lá 1", "Trần Thị Thu", "Đạt", "Đạt", "Đạt", "Đạt", ""],
    ["Lá 2", "Nguyễn Thị Hoa", "Đạt", "Đạt", "Chưa đạt", "Đạt", "Hoạt động góc chưa phong phú"],
    ["Lá 3", "Lê Thị Mỹ", "Đ", "Đ", "Đ", "Đ", ""],
    ["Lá 4", "Võ Thị Lan", "Đạt", "CĐ", "Đạt", "Đạt", "Điểm lẻ ấp 3"],
    ["Chồi 1", "Phạm Thị Tuyết", "Đạt", "Đạt", "Đạt", "Đạt", ""],
    ["Chồi 2", "Huỳnh Thị Nga", "Chưa đạt", "Đạt", "Đạt", "", "Chưa đánh giá TC4 (giáo viên nghỉ thai sản)"],
    ["Mầm 1", "Đặng Thị Bé", "Đạt", "Đạt", "Đạt", "Đạt", ""],
  ];
  const first = 11;
  const end = table(s, `A${first}`, classes.map((c, i) => {
    const r = first + i;
    return [i + 1, c[0], c[1], c[2], c[3], c[4], c[5], `=COUNTIF(D${r}:G${r},"Đạt")+COUNTIF(D${r}:G${r},"Đ")`, `=IF(H${r}=4,"Đạt","Chưa đạt")`, c[6]];
  }));
  table(s, `A${end}`, [["", "Cộng", "", `=COUNTIF(D${first}:D${end - 1},"Đạt")+COUNTIF(D${first}:D${end - 1},"Đ")`, `=COUNTIF(E${first}:E${end - 1},"Đạt")+COUNTIF(E${first}:E${end - 1},"Đ")`, `=COUNTIF(F${first}:F${end - 1},"Đạt")+COUNTIF(F${first}:F${end - 1},"Đ")`, `=COUNTIF(G${first}:G${end - 1},"Đạt")+COUNTIF(G${first}:G${end - 1},"Đ")`, "", `=COUNTIF(I${first}:I${end - 1},"Đạt")&"/7 lớp"`, ""]], { bold: true });

  const word: Record<string, Status> = { "Đạt": "met", "Đ": "met", "Chưa đạt": "not_met", "CĐ": "not_met", "": "no_data" };
  const tcs = ["TC1: Môi trường vật chất", "TC2: Môi trường xã hội", "TC3: Hoạt động chăm sóc, giáo dục", "TC4: Đánh giá sự phát triển của trẻ"];
  classes.forEach((c, i) => {
    tcs.forEach((tc, k) => {
      const v = c[2 + k];
      s.expect(`${"DEFG"[k]}${first + i}`, { indicator: `Lớp ${c[0]} · ${tc}`, target: "Đạt", status: word[v], why: v === "Đ" || v === "CĐ" ? "abbreviation explained in the legend under the table" : undefined });
    });
  });
  const n = notes(s, end + 2, "B", ["Ghi chú:", "- Đ: Đạt; CĐ: Chưa đạt.", "- Lớp đạt cả 04 tiêu chí được xếp loại chung \"Đạt\"."]);
  signature(s, n + 1, { col: "C", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Hồng" }, { col: "F", title: "HIỆU TRƯỞNG", name: "Lê Thị Thanh Thúy" });

  b.plan = {
    id: "long-thuong-2021-2025-lay-tre-lam-trung-tam",
    title: "Kế hoạch thực hiện chuyên đề \"Xây dựng trường mầm non lấy trẻ làm trung tâm\" giai đoạn 2021-2025",
    issuer: "TRƯỜNG MẪU GIÁO LONG THƯỢNG",
    place: "Long Thượng",
    period: "2021-2025",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục: mỗi lớp đạt cả bốn tiêu chí của chuyên đề. / Plan written for the layout corpus: every class meets the four criteria.",
    indicators: [
      { id: "mn.ltlttt.tc1", section: ["Chỉ tiêu"], name: "Tiêu chí 1: Xây dựng môi trường vật chất lấy trẻ làm trung tâm", level: "MN", unit: "lớp", target: "7/7 lớp", scope: "unit" },
      { id: "mn.ltlttt.tc2", section: ["Chỉ tiêu"], name: "Tiêu chí 2: Xây dựng môi trường xã hội lấy trẻ làm trung tâm", level: "MN", unit: "lớp", target: "7/7 lớp", scope: "unit" },
      { id: "mn.ltlttt.tc3", section: ["Chỉ tiêu"], name: "Tiêu chí 3: Tổ chức hoạt động chăm sóc, giáo dục lấy trẻ làm trung tâm", level: "MN", unit: "lớp", target: "7/7 lớp", scope: "unit" },
      { id: "mn.ltlttt.tc4", section: ["Chỉ tiêu"], name: "Tiêu chí 4: Đánh giá sự phát triển của trẻ lấy trẻ làm trung tâm", level: "MN", unit: "lớp", target: "7/7 lớp", scope: "unit" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Tổng hợp các lớp",
    headerRows: "9-10 (Kết quả đánh giá theo tiêu chí over TC1-TC4)",
    nameColumn: "B (Lớp)",
    target: "plan.json (each criterion, every class \"Đạt\"): D → mn.ltlttt.tc1, E → tc2, F → tc3, G → tc4",
    actualColumns: "D, E, F, G (yes/no words: Đạt, Chưa đạt, Đ, CĐ, blank)",
    ignoreColumns: "C (teacher), H (Số tiêu chí đạt: COUNTIF formula), I (Xếp loại chung: derived), J (Ghi chú)",
    totalRows: `${end} (Cộng: counts per criterion and \"N/7 lớp\")`,
    otherRows: `${end + 2}-${end + 4} (legend and notes), signature below`,
    asOf: "2023-05-10",
    period: "2021-2025",
    rollUps: tcs.map((tc) => s.rollUp(` · ${tc}`, "lớp")),
    notes: "The legend under the table defines Đ and CĐ. A class a criterion was not assessed for (blank) is no data.",
  };
  return b;
}
