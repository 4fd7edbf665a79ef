// Layout 76: a province's literacy (GDTX) results by district at the end of 2015 against its plan's 2015 and 2020 targets (Vĩnh Long, Đề án "Xóa mù chữ đến năm 2020"): province-wide targets judged on the total row only, shares of districts and communes from counts, a 2020 target row below that is not yet due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả xóa mù chữ đến 31/12/2015 theo huyện, tỉnh Vĩnh Long, so với mục tiêu Kế hoạch thực hiện Đề án \"Xóa mù chữ đến năm 2020\"");
  const s = b.sheet("XMC 2015");
  s.cols([5, 22, 11, 11, 9, 11, 11, 9, 10, 10, 9, 8, 9, 12, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH VĨNH LONG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Vĩnh Long, ngày 31 tháng 12 năm 2015",
    title: ["KẾT QUẢ CÔNG TÁC XÓA MÙ CHỮ NĂM 2015", "So với mục tiêu Kế hoạch thực hiện Đề án \"Xóa mù chữ đến năm 2020\" của tỉnh"],
    leftSpan: ["A", "D"],
    rightSpan: ["G", "O"],
    titleSpan: ["A", "O"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head);
  s.merge("C8:E8", "Độ tuổi 15-60", head).row("C9", ["Dân số", "Biết chữ", "Tỷ lệ (%)"], head);
  s.merge("F8:H8", "Độ tuổi 15-35", head).row("F9", ["Dân số", "Biết chữ", "Tỷ lệ (%)"], head);
  s.merge("I8:K8", "Người mới biết chữ", head).row("I9", ["Số người", "Tiếp tục học", "Tỷ lệ (%)"], head);
  s.merge("L8:M8", "Đơn vị cấp xã", head).row("L9", ["Tổng số", "Đạt chuẩn CMC"], head);
  s.merge("N8:N9", "Cấp huyện đạt chuẩn CMC", head).merge("O8:O9", "Ghi chú", head);
  // [district, pop 15-60, literate, pop 15-35, literate, new literates, continuing, communes, communes meeting]
  type U = [string, number, number, number, number, number, number, number, number, string];
  const units: U[] = [
    ["Thành phố Vĩnh Long", 95000, 94200, 52000, 51900, 150, 130, 11, 11, ""],
    ["Thị xã Bình Minh", 62000, 60300, 33000, 32700, 80, 70, 8, 8, ""],
    ["Huyện Long Hồ", 110000, 106500, 58000, 57400, 190, 160, 15, 14, ""],
    ["Huyện Mang Thít", 70000, 67300, 37000, 36500, 130, 100, 12, 11, ""],
    ["Huyện Vũng Liêm", 112000, 107600, 59000, 58300, 210, 175, 20, 18, ""],
    ["Huyện Tam Bình", 105000, 101000, 55000, 54300, 200, 165, 18, 16, ""],
    ["Huyện Trà Ôn", 95000, 91400, 50000, 49400, 170, 140, 14, 12, "Vùng đồng bào Khmer"],
    ["Huyện Bình Tân", 66000, 63000, 35000, 34500, 110, 90, 11, 7, "4 xã chưa đạt chuẩn"],
  ];
  const first = 10;
  const n = (x: number): CellInput => ({ v: x, fmt: "#,##0" });
  const pct = (a: string, b: string, r: number): CellInput => ({ v: `=ROUND(${a}${r}/${b}${r}*100,2)`, fmt: "0.00" });
  const end = table(s, `A${first}`, units.map((u, i) => {
    const r = first + i;
    return [i + 1, u[0], n(u[1]), n(u[2]), pct("D", "C", r), n(u[3]), n(u[4]), pct("G", "F", r), n(u[5]), n(u[6]), pct("J", "I", r), u[7], u[8], "Đạt", u[9]];
  }), { align: "center" });
  const last = end - 1;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, fmt: "#,##0" });
  const T = end;
  table(s, `A${T}`, [["", "Toàn tỉnh", sum("C"), sum("D"), pct("D", "C", T), sum("F"), sum("G"), pct("G", "F", T), sum("I"), sum("J"), pct("J", "I", T), sum("L"), sum("M"), `=COUNTIF(N${first}:N${last},"Đạt")&"/8"`, ""]], { bold: true, align: "center" });
  const tgt = { bold: true, italic: true, border: true, align: "center" as const, wrap: true };
  s.row(`A${T + 1}`, ["", "Mục tiêu đến năm 2015", "", "", "96,7%", "", "", "98,7%", "", "", "80%", "", "90% số xã", "90% số huyện", "Kế hoạch số 1376/KH-SGDĐT"], tgt);
  s.row(`A${T + 2}`, ["", "Mục tiêu đến năm 2020", "", "", "98%", "", "", "99%", "", "", "", "", "", "", ""], tgt);

  const tot = (k: number) => units.reduce((a, u) => a + (u[k] as number), 0);
  const two = (x: number) => x.toFixed(2).replace(".", ",");
  const fmt = (x: number) => x.toLocaleString("de-DE");
  const rate = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
  type J = [string, string, string, number, number, number, Status, string];
  const r1560 = rate(tot(2), tot(1));
  const r1535 = rate(tot(4), tot(3));
  const rNew = rate(tot(6), tot(5));
  const rXa = rate(tot(8), tot(7));
  const judged: J[] = [
    [`E${T}|D${T}`, "Tỷ lệ người biết chữ độ tuổi 15-60", `96,7% (dòng ${T + 1})`, tot(2), tot(1), 96.7, r1560 >= 96.7 ? (r1560 > 96.7 ? "exceeded" : "met") : "not_met", `${two(r1560)} < 96,7 at the 2015 deadline; the 2020 row (98%) is a later horizon`],
    [`H${T}|G${T}`, "Tỷ lệ người biết chữ độ tuổi 15-35", `98,7% (dòng ${T + 1})`, tot(4), tot(3), 98.7, r1535 > 98.7 ? "exceeded" : r1535 === 98.7 ? "met" : "not_met", `${two(r1535)} > 98,7`],
    [`K${T}|J${T}`, "Tỷ lệ người mới biết chữ tiếp tục học tập", `80% (dòng ${T + 1})`, tot(6), tot(5), 80, rNew > 80 ? "exceeded" : rNew === 80 ? "met" : "not_met", `${two(rNew)} > 80`],
    [`M${T}|L${T}`, "Đơn vị cấp xã đạt chuẩn chống mù chữ", `90% số xã (dòng ${T + 1})`, tot(8), tot(7), 90, rXa >= 90 ? "met" : "not_met", `${tot(8)}/${tot(7)} communes = ${two(rXa)}% < 90%`],
  ];
  for (const [cell, ind, target, a, d, , status, why] of judged) s.expect(cell, { indicator: `Toàn tỉnh · ${ind}`, target, actual: `${fmt(a)}/${fmt(d)} (${two(rate(a, d))})`, status, why });
  s.expect(`N${T}`, { indicator: "Toàn tỉnh · Đơn vị cấp huyện đạt chuẩn chống mù chữ", target: `90% số huyện (dòng ${T + 1})`, actual: "8/8", status: "exceeded", why: "8 of 8 districts = 100% > 90%" });
  const after = notes(s, T + 4, "B", [
    "Ghi chú:",
    "- Mục tiêu của toàn tỉnh theo Kế hoạch thực hiện Đề án \"Xóa mù chữ đến năm 2020\": đến năm 2015 tỷ lệ người biết chữ 15-60 tuổi là 96,7%, 15-35 tuổi đạt 98,7%; 80% số người mới biết chữ tiếp tục học tập; 90% đơn vị cấp huyện và 90% đơn vị cấp xã đạt chuẩn chống mù chữ. Đến năm 2020: 98% và 99%.",
    "- Số liệu các huyện để theo dõi; mục tiêu giao cho toàn tỉnh.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phòng GDTX - GDCN" }, { col: "J", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Thắng" });
  b.facts = {
    sheet: "XMC 2015",
    headerRows: "8-9 (Độ tuổi 15-60 / 15-35 / Người mới biết chữ over Dân số or Số người | Biết chữ or Tiếp tục học | Tỷ lệ (%); Đơn vị cấp xã over Tổng số | Đạt chuẩn CMC)",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: `row ${T + 1} (Mục tiêu đến năm 2015: "96,7%", "98,7%", "80%", "90% số xã", "90% số huyện"); row ${T + 2} (Mục tiêu đến năm 2020) is a later horizon`,
    actualColumns: `row ${T} (Toàn tỉnh): E with D, H with G, K with J (ROUND rates over counts), M with L (communes meeting / all), N ("8/8")`,
    ignoreColumns: "C, F, I, L (denominators), O (Ghi chú)",
    totalRows: `${T} (Toàn tỉnh: the row the targets apply to)`,
    targetRows: `${T + 1}, ${T + 2}`,
    otherRows: `${first}-${last} (districts: breakdowns with no target of their own, not judged), ${T + 4}-${after - 1} (notes), signature below`,
    asOf: "2015-12-31",
    period: "2013-2015 (mục tiêu đến năm 2015)",
    notes: "The targets are the province's, so only the Toàn tỉnh row is judged, against the 2015 row (due on the as-of date); the 2020 row is not yet due and gives no verdict of its own. Shares of communes and districts come from counts (97/109, 8/8). 96,69 is short of 96,7.",
  };
  return b;
}
