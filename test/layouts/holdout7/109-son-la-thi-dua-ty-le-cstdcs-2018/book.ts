// Layout 109: a provincial education department's emulation summary by unit (Sở GD&ĐT Sơn La, year 2017-2018, after its guidance 424/SGDĐT-TĐKT): Phòng GD&ĐT and the department's own schools in rows, individual and collective titles in two blocks, each with a share formula against a ceiling written once in a row under the header ("Không quá 15%", "Không quá 20%"); a share shown 15,0 that is 15,03; a unit that has not sent its figures.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp đề nghị danh hiệu thi đua năm học 2017-2018 theo đơn vị, Sở Giáo dục và Đào tạo Sơn La");
  const s = b.sheet("Tổng hợp thi đua");
  s.cols([5, 30, 12, 12, 12, 13, 12, 12, 13, 20]);
  titleBlock(s, {
    left: ["UBND TỈNH SƠN LA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Sơn La, ngày 20 tháng 7 năm 2018",
    title: ["TỔNG HỢP ĐỀ NGHỊ DANH HIỆU THI ĐUA NĂM HỌC 2017-2018", "(Kèm theo hướng dẫn tổng kết công tác thi đua, khen thưởng năm học 2017-2018)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Đơn vị", head).merge("C8:C9", "Tổng số CBCCVC", head);
  s.merge("D8:F8", "Danh hiệu cá nhân", head).row("D9", ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tỷ lệ CSTĐCS/LĐTT (%)"], head);
  s.merge("G8:I8", "Danh hiệu tập thể", head).row("G9", ["Tập thể Lao động tiên tiến", "Tập thể Lao động xuất sắc", "Tỷ lệ TTLĐXS/TTLĐTT (%)"], head);
  s.merge("J8:J9", "Ghi chú", head);
  s.row("A10", ["", "Mức tối đa theo hướng dẫn", "", "", "", "Không quá 15%", "", "", "Không quá 20%", ""], { ...head, italic: true });
  const bd = { border: true, align: "center" as const };
  // [unit, staff, LĐTT, CSTĐCS, collectives LĐTT, LĐXS, note] — "Chưa gửi" when the unit has not reported
  type U = [string, number | string, number | string, number | string, number | string, number | string, string];
  const units: U[] = [
    ["Phòng GD&ĐT thành phố Sơn La", 1850, 1602, 238, 38, 7, ""],
    ["Phòng GD&ĐT huyện Quỳnh Nhai", 1120, 985, 148, 24, 5, ""],
    ["Phòng GD&ĐT huyện Thuận Châu", 2410, 2150, 301, 52, 10, ""],
    ["Phòng GD&ĐT huyện Mường La", 1650, 1420, 213, 35, 7, ""],
    ["Phòng GD&ĐT huyện Bắc Yên", 1080, 930, 150, 22, 4, ""],
    ["Phòng GD&ĐT huyện Phù Yên", 1560, 1390, 190, 33, 6, ""],
    ["Phòng GD&ĐT huyện Mộc Châu", 1890, 1700, 240, 40, 9, ""],
    ["Phòng GD&ĐT huyện Vân Hồ", "Chưa gửi", "Chưa gửi", "Chưa gửi", "Chưa gửi", "Chưa gửi", "Đã nhắc lần 2 ngày 18/7"],
    ["Phòng GD&ĐT huyện Yên Châu", 1240, 1105, 160, 28, 5, ""],
    ["Phòng GD&ĐT huyện Mai Sơn", 2650, 2380, 350, 58, 11, ""],
    ["Phòng GD&ĐT huyện Sông Mã", 2300, 2010, 290, 50, 0, "Không đề nghị TTLĐXS"],
    ["Phòng GD&ĐT huyện Sốp Cộp", 820, 700, 98, 17, 4, ""],
    ["Các đơn vị trực thuộc Sở", 2980, 2650, 390, 60, 12, "THPT, PTDTNT, TTGDTX"],
  ];
  const first = 11;
  const vi = (x: number, d = 1) => x.toFixed(d).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    const rate = (num: string, den: string) => ({ v: `=IF(ISNUMBER(${den}${r}),ROUND(${num}${r}/${den}${r}*100,2),"")`, fmt: "0.0" as const });
    s.row(`A${r}`, [i + 1, { v: u[0], align: "left" }, u[1], u[2], u[3], rate("E", "D"), u[4], u[5], rate("H", "G"), { v: u[6], align: "left" }], bd);
    const judge = (cells: string, label: string, cap: number, num: number | string, den: number | string) => {
      if (typeof num !== "number" || typeof den !== "number") {
        s.expect(cells, { indicator: `${u[0]} · ${label}`, target: `Không quá ${cap}% (dòng 10)`, actual: "Chưa gửi", status: "no_data", why: "the unit has not sent its figures (\"Chưa gửi\")" });
        return;
      }
      const p = (num / den) * 100;
      const st: Status = p <= cap ? "met" : "not_met";
      const shown = vi(Math.round(p * 100) / 100);
      const why = st === "met" ? `${num}/${den} = ${vi(p, 2)}% ≤ ${cap}%${Math.abs(p - cap) < 1e-9 ? " (the ceiling itself is allowed)" : ""}: a ceiling, met` : shown === `${cap},0` ? `shown ${shown} but ${num}/${den} = ${vi(p, 2)}% is over ${cap}%` : `${num}/${den} = ${vi(p, 2)}% > ${cap}%`;
      s.expect(cells, { indicator: `${u[0]} · ${label}`, target: `Không quá ${cap}% (dòng 10)`, actual: `${num}/${den} (${shown})`, status: st, why });
    };
    judge(`F${r}|E${r}`, "Tỷ lệ CSTĐCS/LĐTT", 15, u[3], u[2]);
    judge(`I${r}|H${r}`, "Tỷ lệ TTLĐXS/TTLĐTT", 20, u[5], u[4]);
  });
  const last = first + units.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Tổng cộng", `=SUM(C${first}:C${last})`, `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, { v: `=ROUND(E${tot}/D${tot}*100,2)`, fmt: "0.0" }, `=SUM(G${first}:G${last})`, `=SUM(H${first}:H${last})`, { v: `=ROUND(H${tot}/G${tot}*100,2)`, fmt: "0.0" }, ""], { ...bd, bold: true });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Số Chiến sĩ thi đua cơ sở không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị.",
    "- Số Tập thể Lao động xuất sắc không quá 20% số tập thể đạt danh hiệu Tập thể Lao động tiên tiến của đơn vị.",
    "- Đơn vị vượt tỷ lệ phải rà soát, điều chỉnh danh sách trước khi trình Hội đồng Thi đua - Khen thưởng Sở.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lò Văn Thắng" }, { col: "G", title: "KT. GIÁM ĐỐC", name: "Nguyễn Duy Hồng" });
  b.facts = {
    sheet: "Tổng hợp thi đua",
    headerRows: "8-9 (Danh hiệu cá nhân / Danh hiệu tập thể over their three columns)",
    nameColumn: "B (Đơn vị)",
    target: "row 10 (Mức tối đa theo hướng dẫn: \"Không quá 15%\" under F, \"Không quá 20%\" under I)",
    actualColumns: "F with E and D (CSTĐCS over LĐTT: IF/ROUND formulas shown with one decimal), I with H and G (collective LĐXS over LĐTT)",
    ignoreColumns: "A (TT), C (staff: not the denominator), D, E, G, H (counts feeding the shares), J (Ghi chú)",
    totalRows: `${tot} (Tổng cộng)`,
    targetRows: "10 (Mức tối đa theo hướng dẫn)",
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2018-07-20",
    period: "2017-2018",
    rollUps: [s.rollUp(" · Tỷ lệ CSTĐCS/LĐTT", "đơn vị"), s.rollUp(" · Tỷ lệ TTLĐXS/TTLĐTT", "đơn vị")],
    notes: "Two ceilings written once in a row under the header, each over its share column; the shares divide the titles by the Lao động tiên tiến count (not by all staff). At or under the ceiling is met (never exceeded), 15,00 and 20,00 included. Quỳnh Nhai shows 15,0 but 148/985 = 15,03%: over. Vân Hồ has not sent its figures (no data). The total row is not a unit.",
  };
  return b;
}
