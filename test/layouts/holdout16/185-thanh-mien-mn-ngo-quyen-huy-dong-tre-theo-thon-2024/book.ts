// Layout 185: a preschool's year-end table of children surveyed and enrolled by village (MN Ngô Quyền, Thanh Miện, Hải Dương, 2023-2024): three age groups under a three-level merged header (nhà trẻ, mẫu giáo, of which 5-year-olds), each a surveyed / enrolled / ROUND rate triple, the year plan's floors on a target row above the villages, the commune SUM row at the bottom, 45,00 and 98,00 at the floors, a village not yet updated, and a 5-year-old living away with his parents.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp điều tra và huy động trẻ trong độ tuổi mầm non ra lớp theo thôn, năm học 2023-2024, Trường Mầm non Ngô Quyền (Thanh Miện, Hải Dương)");
  const s = b.sheet("Huy dong tre theo thon");
  s.cols([5, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT THANH MIỆN", "TRƯỜNG MẦM NON NGÔ QUYỀN"],
    date: "Ngô Quyền, ngày 25 tháng 5 năm 2024",
    title: ["BẢNG TỔNG HỢP ĐIỀU TRA VÀ HUY ĐỘNG TRẺ RA LỚP THEO THÔN", "Năm học 2023-2024 (số liệu đến ngày 25/5/2024)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Thôn", head);
  s.merge("C8:E9", "Nhà trẻ (0-2 tuổi)", head).merge("F8:K8", "Mẫu giáo (3-5 tuổi)", head);
  s.merge("F9:H9", "Tổng số", head).merge("I9:K9", "Trong đó: trẻ 5 tuổi", head);
  s.row("C10", ["Số trẻ điều tra", "Số trẻ ra lớp", "Tỷ lệ (%)", "Số trẻ điều tra", "Số trẻ ra lớp", "Tỷ lệ (%)", "Số trẻ điều tra", "Số trẻ ra lớp", "Tỷ lệ (%)"], head);
  s.merge("L8:L10", "Ghi chú", head);
  s.row("A11", ["", "Chỉ tiêu năm học", "", "", "Từ 45% trở lên", "", "", "Từ 98% trở lên", "", "", "100%", "Theo Kế hoạch số 12/KH-MNNQ ngày 15/9/2023"], { ...head, bold: false, italic: true });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // [thôn, nt điều tra, nt ra lớp (number or text), mg điều tra, mg ra lớp, 5t điều tra, 5t ra lớp, ghi chú]
  type U = [string, number, number | string, number, number, number, number, string];
  const units: U[] = [
    ["Thôn Đông", 62, 31, 88, 87, 30, 30, ""],
    ["Thôn Đoài", 58, 26, 81, 80, 27, 27, ""],
    ["Thôn Trung", 40, 18, 50, 49, 17, 17, ""],
    ["Thôn Nam", 29, 14, 44, 42, 15, 15, "02 trẻ học trường tư thục ngoài xã"],
    ["Thôn Bắc", 51, "Đang cập nhật", 70, 69, 24, 23, "01 trẻ 5 tuổi theo bố mẹ đi làm ăn tại Bình Dương"],
    ["Thôn Thượng", 35, 17, 47, 47, 16, 16, ""],
  ];
  const first = 12;
  const last = first + units.length - 1;
  const rate = (num: string, den: string, r: number, v: number | null): CellInput => ({ v: `=IF(ISNUMBER(${num}${r}),ROUND(${num}${r}/${den}${r}*100,2),"")`, result: v === null ? "" : v, fmt: "0.00" });
  units.forEach((u, i) => {
    const r = first + i;
    const nt = typeof u[2] === "number" ? r2((u[2] / u[1]) * 100) : null;
    const mg = r2((u[4] / u[3]) * 100);
    const t5 = r2((u[6] / u[5]) * 100);
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], rate("D", "C", r, nt), u[3], u[4], rate("G", "F", r, mg), u[5], u[6], rate("J", "I", r, t5), u[7]], { border: true, wrap: true });
    const ntSt: Status = nt === null ? "no_data" : nt > 45 ? "exceeded" : nt === 45 ? "met" : "not_met";
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ huy động trẻ nhà trẻ`, target: "Từ 45% trở lên", actual: nt === null ? "Đang cập nhật" : undefined, status: ntSt, why: nt === null ? "the count is \"Đang cập nhật\": no figure yet" : `${u[2]}/${u[1]} = ${vi(nt)}${nt === 45 ? ", at the floor" : ""}` });
    const mgSt: Status = u[7].startsWith("02") ? "review" : mg > 98 ? "exceeded" : mg === 98 ? "met" : "not_met";
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ huy động trẻ mẫu giáo`, target: "Từ 98% trở lên", status: mgSt, why: mgSt === "review" ? `${u[4]}/${u[3]} = ${vi(mg)} as counted (the note under the table counts only classes in the commune), but the two missing children attend a private school outside the commune (Ghi chú): enrolled somewhere, 44/44 = 100%; nothing on the sheet says whether the plan counts them` : `${u[4]}/${u[3]} = ${vi(mg)}${mg === 98 ? ", at the floor" : ""}` });
    const t5St: Status = u[0] === "Thôn Bắc" ? "review" : t5 === 100 ? "met" : "not_met";
    s.expect(`K${r}|J${r}`, { indicator: `${u[0]} · Tỷ lệ trẻ 5 tuổi ra lớp`, target: "100%", status: t5St, why: t5St === "review" ? "23/24 = 95,83% as counted, but the missing child lives with his parents in Bình Dương (Ghi chú): if he is counted where he lives the village is 23/23 = 100%; the sheet does not say which roll applies" : `${u[6]}/${u[5]} = ${vi(t5)}` });
  });
  const tot = last + 1;
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v });
  const S = (k: 1 | 3 | 4 | 5 | 6) => units.reduce((a, u) => a + (u[k] as number), 0);
  const ntDen = S(1);
  const ntNum = units.reduce((a, u) => a + (typeof u[2] === "number" ? u[2] : 0), 0);
  s.row(`A${tot}`, ["", "Toàn xã", sum("C", ntDen), sum("D", ntNum), { v: `=ROUND(D${tot}/C${tot}*100,2)`, result: r2((ntNum / ntDen) * 100), fmt: "0.00" }, sum("F", S(3)), sum("G", S(4)), { v: `=ROUND(G${tot}/F${tot}*100,2)`, result: r2((S(4) / S(3)) * 100), fmt: "0.00" }, sum("I", S(5)), sum("J", S(6)), { v: `=ROUND(J${tot}/I${tot}*100,2)`, result: r2((S(6) / S(5)) * 100), fmt: "0.00" }, ""], { border: true, bold: true, wrap: true });
  s.expect(`E${tot}|D${tot}`, { indicator: "Toàn xã · Tỷ lệ huy động trẻ nhà trẻ", target: "Từ 45% trở lên", status: "no_data", why: `SUM gives ${ntNum}/${ntDen} = ${vi(r2((ntNum / ntDen) * 100))}, but Thôn Bắc's enrolment is still being updated and its 51 children are in the denominator: the commune figure is not known` });
  s.expect(`H${tot}|G${tot}`, { indicator: "Toàn xã · Tỷ lệ huy động trẻ mẫu giáo", target: "Từ 98% trở lên", status: "exceeded", why: `${S(4)}/${S(3)} = ${vi(r2((S(4) / S(3)) * 100))} as counted, 376/380 with Thôn Nam's two children: above 98% either way` });
  s.expect(`K${tot}|J${tot}`, { indicator: "Toàn xã · Tỷ lệ trẻ 5 tuổi ra lớp", target: "100%", status: "review", why: `${S(6)}/${S(5)} = ${vi(r2((S(6) / S(5)) * 100))} as counted; 100% if the child living in Bình Dương is off the commune's roll (as Thôn Bắc)` });
  const rollUps = [s.rollUp(" · Tỷ lệ huy động trẻ nhà trẻ", "thôn"), s.rollUp(" · Tỷ lệ huy động trẻ mẫu giáo", "thôn"), s.rollUp(" · Tỷ lệ trẻ 5 tuổi ra lớp", "thôn")];
  notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Số trẻ điều tra theo sổ điều tra trẻ trong độ tuổi của từng thôn; số trẻ ra lớp tính cả trẻ học tại trường và các nhóm lớp độc lập trên địa bàn xã.",
  ]);
  signature(s, tot + 5, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Vũ Thị Hồng" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Lan" });
  b.facts = {
    sheet: "Huy dong tre theo thon",
    headerRows: "8-10 (three levels, merged)",
    nameColumn: "B (Thôn)",
    target: "row 11 (Chỉ tiêu năm học): E \"Từ 45% trở lên\", H \"Từ 98% trở lên\", K \"100%\"",
    actualColumns: "E, H, K (ROUND rates; counts in D, G, J over C, F, I)",
    ignoreColumns: "C, F, I (surveyed, denominators), L (Ghi chú)",
    totalRows: `${tot} (Toàn xã, SUM at the bottom; judged)`,
    targetRows: "11",
    otherRows: `notes ${tot + 2}-${tot + 3}; signature from ${tot + 5}`,
    asOf: "2024-05-25",
    period: "Năm học 2023-2024",
    rollUps,
    notes: "Three surveyed / enrolled / rate triples per village under a merged header, floors on the row above the villages. Thôn Đoài's nhà trẻ is 44,83 (short), Thôn Trung's 45,00 (at the floor); Thôn Trung's mẫu giáo 98,00 (at the floor). Thôn Nam's two children at a private school outside the commune make its mẫu giáo 95,45 or 100 (review). Thôn Bắc's nhà trẻ count is \"Đang cập nhật\" (no data, and with it the commune's nhà trẻ rate). A 5-year-old living with his parents in Bình Dương makes Thôn Bắc 23/24 or 23/23 depending on whose roll he is on (review, and the commune row with it).",
  };
  return b;
}
