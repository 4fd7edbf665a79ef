// Layout 44: a district's summary of teachers' professional-standard ratings by school (Lập Thạch, Vĩnh Phúc, 2023-2024, per CV 4530/BGDĐT-NGCBQLGD): level words as column headings, a derived "Khá trở lên" pair, a plan.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả đánh giá giáo viên THCS theo chuẩn nghề nghiệp năm học 2023-2024, huyện Lập Thạch");
  const s = b.sheet("Chuẩn NN GV THCS");
  s.cols([5, 24, 10, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN LẬP THẠCH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Lập Thạch, ngày 25 tháng 6 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO VIÊN THEO CHUẨN NGHỀ NGHIỆP", "Cấp THCS - Năm học 2023-2024", "(Theo Thông tư số 20/2018/TT-BGDĐT và Công văn số 4530/BGDĐT-NGCBQLGD)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A11", "TT", head).merge("B9:B11", "Trường", head).merge("C9:C11", "Tổng số GV được đánh giá", head);
  s.merge("D9:K9", "Kết quả xếp loại", head).merge("L9:M10", "Khá trở lên", head).merge("N9:N11", "Ghi chú", head);
  s.merge("D10:E10", "Tốt", head).merge("F10:G10", "Khá", head).merge("H10:I10", "Đạt", head).merge("J10:K10", "Chưa đạt", head);
  s.row("D11", ["SL", "%", "SL", "%", "SL", "%", "SL", "%", "SL", "%"], head);

  // [school, rated, Tốt, Khá, Đạt, Chưa đạt (null = not reported), note]
  type U = [string, number, number | null, number | null, number | null, number | null, string];
  const units: U[] = [
    ["THCS Thị trấn Lập Thạch", 38, 14, 18, 6, 0, ""],
    ["THCS Xuân Lôi", 25, 7, 12, 5, 1, ""],
    ["THCS Tử Du", 22, 5, 14, 3, 0, ""],
    ["THCS Bàn Giản", 20, 6, 10, 4, 0, ""],
    ["THCS Liên Hòa", 24, 4, 14, 6, 0, ""],
    ["THCS Triệu Đề", 30, 12, 13, 5, 0, ""],
    ["THCS Đình Chu", 18, 3, 11, 3, 1, "01 GV hợp đồng"],
    ["THCS Sơn Đông", 27, 9, 14, 4, 0, ""],
    ["THCS Văn Quán", 21, null, null, null, null, "Chưa tổng hợp, nộp bổ sung"],
    ["THCS Quang Sơn", 19, 2, 14, 3, 0, ""],
    ["THCS Ngọc Mỹ", 23, 8, 11, 3, 1, ""],
    ["THCS Tiên Lữ", 16, 5, 8, 3, 0, ""],
  ];
  const first = 12;
  const pc = (r: number, col: string): CellInput => ({ v: `=IF(${col}${r}="","",ROUND(${col}${r}/C${r}*100,1))`, fmt: "0.0" });
  const rows = units.map((u, i) => {
    const r = first + i;
    return [i + 1, u[0], u[1], u[2] ?? "", pc(r, "D"), u[3] ?? "", pc(r, "F"), u[4] ?? "", pc(r, "H"), u[5] ?? "", pc(r, "J"), `=D${r}+F${r}`, pc(r, "L"), u[6]];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const sum = (c: string) => `=SUM(${c}${first}:${c}${last})`;
  table(s, `A${end}`, [["", "Toàn huyện", sum("C"), sum("D"), pc(end, "D"), sum("F"), pc(end, "F"), sum("H"), pc(end, "H"), sum("J"), pc(end, "J"), sum("L"), pc(end, "L"), ""]], { bold: true, align: "center" });

  const v = (x: number) => String(Math.round(x * 10) / 10).replace(".", ",");
  units.forEach(([name, n, tot, kha, , chua], i) => {
    const r = first + i;
    if (tot === null || kha === null) {
      s.expect(`M${r}|L${r}`, { indicator: `${name} · Tỷ lệ giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên`, target: "Từ 80% trở lên (plan.json)", actual: `=D${r}+F${r} (0), =IF(…) (0)`, status: "no_data", why: "the rating counts are blank (Ghi chú: chưa tổng hợp); the 0 the formulas show comes from blank cells, not from a rating" });
    } else {
      const x = ((tot + kha) / n) * 100;
      const st: Status = Math.abs(x - 80) < 1e-9 ? "met" : x > 80 ? "exceeded" : "not_met";
      s.expect(`M${r}|L${r}`, { indicator: `${name} · Tỷ lệ giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên`, target: "Từ 80% trở lên (plan.json)", actual: `${tot + kha} (${v(x)})`, status: st, why: `(Tốt ${tot} + Khá ${kha})/${n} = ${v(x)}%${tot / n < 0.8 && st !== "not_met" ? "; the Tốt column alone would not reach 80%" : ""}` });
    }
    if (chua === null) {
      s.expect(`J${r}|K${r}`, { indicator: `${name} · Số giáo viên xếp loại Chưa đạt`, target: "Không có giáo viên xếp loại Chưa đạt (plan.json)", actual: "(trống)", status: "no_data", why: "blank" });
    } else {
      s.expect(`J${r}|K${r}`, { indicator: `${name} · Số giáo viên xếp loại Chưa đạt`, target: "Không có giáo viên xếp loại Chưa đạt (plan.json)", actual: `${chua} (${v((chua / n) * 100)})`, status: chua === 0 ? "met" : "not_met", why: chua === 0 ? "zero under the heading \"Chưa đạt\": no teacher rated below standard (the heading is a rating level, not a verdict)" : `${chua} teacher rated Chưa đạt` });
    }
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Xếp loại theo 4 mức: Tốt, Khá, Đạt, Chưa đạt (Điều 5 Quy định chuẩn nghề nghiệp giáo viên cơ sở giáo dục phổ thông).",
    "- Cột \"Khá trở lên\" = Tốt + Khá.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Trần Thị Hương" }, { col: "I", title: "TRƯỞNG PHÒNG", name: "Nguyễn Văn Khải" });

  b.plan = {
    id: "lap-thach-2023-2024-chuan-gv",
    title: "Kế hoạch nâng cao chất lượng đội ngũ giáo viên THCS năm học 2023-2024",
    issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN LẬP THẠCH",
    place: "Lập Thạch",
    period: "2023-2024",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục: mỗi trường THCS có từ 80% giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên và không có giáo viên xếp loại Chưa đạt. / Plan written for the layout corpus.",
    indicators: [
      { id: "thcs.gv.chuan-nn.kha-tro-len", section: ["Chỉ tiêu năm học 2023-2024", "Đội ngũ"], name: "Tỷ lệ giáo viên được đánh giá đạt chuẩn nghề nghiệp mức Khá trở lên", level: "THCS", unit: "%", target: "Từ 80% trở lên", scope: "unit" },
      { id: "thcs.gv.chuan-nn.chua-dat", section: ["Chỉ tiêu năm học 2023-2024", "Đội ngũ"], name: "Số giáo viên xếp loại Chưa đạt chuẩn nghề nghiệp", level: "THCS", unit: "giáo viên", target: "Không có giáo viên xếp loại Chưa đạt", scope: "unit" },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Chuẩn NN GV THCS",
    headerRows: "9-11 (Kết quả xếp loại over Tốt | Khá | Đạt | Chưa đạt over SL | %; Khá trở lên spans rows 9-10)",
    nameColumn: "B (Trường)",
    target: "plan.json (no target on the sheet): L-M (Khá trở lên) → thcs.gv.chuan-nn.kha-tro-len, J-K (Chưa đạt) → thcs.gv.chuan-nn.chua-dat",
    actualColumns: "L (=D+F) and M (rate formula) for Khá trở lên; J (count) and K (rate) for Chưa đạt",
    ignoreColumns: "C (size), D-I (Tốt, Khá, Đạt: parts of the figure, not targets), N (Ghi chú)",
    totalRows: `${end} (Toàn huyện)`,
    otherRows: `${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2024-06-25",
    period: "2023-2024",
    rollUps: [
      s.rollUp(" · Tỷ lệ giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên", "trường"),
      s.rollUp(" · Số giáo viên xếp loại Chưa đạt", "trường"),
    ],
    notes: "The rating levels are column headings: \"Đạt\" and \"Chưa đạt\" here name levels, not verdicts. THCS Văn Quán has not reported: its L and M formulas show 0 over blank counts, which is no data, not a shortfall.",
  };
  return b;
}
