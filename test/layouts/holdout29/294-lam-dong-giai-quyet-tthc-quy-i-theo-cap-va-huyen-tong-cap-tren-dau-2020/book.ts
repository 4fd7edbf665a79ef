// Layout 294: a province's administrative-procedure dossiers for the first quarter by level and district (UBND tỉnh Lâm Đồng, Q1 2020 = 1/12/2019-29/2/2020): three levels as Roman-numbered rows, the district level's subtotal above its twelve districts, an on-time rate with an inclusive floor and a derived overdue rate beside it, dossiers in progress split into "not yet due" and "overdue" with a zero requirement on the overdue ones, a province row adding the three levels.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả giải quyết hồ sơ thủ tục hành chính quý I năm 2020 theo cấp và đơn vị, UBND tỉnh Lâm Đồng");
  const s = b.sheet("TTHC Quy I-2020");
  s.cols([6, 30, 11, 11, 11, 10, 9, 10, 10, 10, 9, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG"],
    date: "Đà Lạt, ngày 16 tháng 3 năm 2020",
    title: ["TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2020", "(Kỳ báo cáo từ ngày 01/12/2019 đến ngày 29/02/2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "L"],
    titleSpan: ["A", "L"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Cấp, đơn vị", head);
  s.merge("C7:C8", "Số hồ sơ tiếp nhận", head);
  s.merge("D7:H7", "Số hồ sơ đã giải quyết", head);
  s.row("D8", ["Tổng số", "Đúng và trước hạn", "Tỷ lệ đúng hạn (%)", "Quá hạn", "Tỷ lệ quá hạn (%)"], head);
  s.merge("I7:K7", "Số hồ sơ đang giải quyết", head);
  s.row("I8", ["Tổng số", "Chưa đến hạn", "Quá hạn"], head);
  s.merge("L7:L8", "Ghi chú", head);
  const req = { bold: true, italic: true, border: true, align: "center" as const, wrap: true };
  s.merge("A9:B9", "Yêu cầu mỗi quý (Chỉ thị của Chủ tịch UBND tỉnh)", { ...req, align: "left" });
  s.row("C9", ["", "", "", "≥ 98%", "", "", "", "", "Không để hồ sơ quá hạn", ""], req);
  const two = (x: number) => x.toFixed(2).replace(".", ",");
  const rate = (n: number, d: number) => Math.round((n / d) * 10000) / 100;
  const judge = (r: number, name: string, res: number, over: number, od: number, bold = false) => {
    const on = res - over;
    const f = rate(on, res);
    s.expect(`E${r}|F${r}`, { indicator: `Tỷ lệ hồ sơ giải quyết đúng và trước hạn · ${name}`, target: "≥ 98% (row 9)", status: on * 100 > 98 * res ? "exceeded" : on * 100 === 98 * res ? "met" : "not_met", why: `${on} of ${res} = ${two(f)}%${on * 100 === 98 * res ? ": exactly the inclusive floor" : ""}; the quarter is over${bold ? "" : ""}` });
    s.expect(`K${r}`, { indicator: `Hồ sơ đang giải quyết quá hạn · ${name}`, target: "Không để hồ sơ quá hạn: 0 (row 9)", status: od === 0 ? "met" : "not_met", why: od === 0 ? "none overdue" : `${od} dossiers in progress already past their due day` });
  };
  const line = (r: number, tt: string, name: string, rec: number | CellInput, res: number | CellInput, on: number | CellInput, over: number | CellInput, inp: number | CellInput, nd: number | CellInput, od: number | CellInput, note: string, resV: number, overV: number, bold: boolean) => {
    const st = { border: true, align: "center" as const, bold, fmt: "#,##0" as const };
    const f: CellInput = { v: `=ROUND(E${r}/D${r}*100,2)`, result: rate(resV - overV, resV), fmt: "0.00", border: true, align: "center", bold };
    const h: CellInput = { v: `=ROUND(G${r}/D${r}*100,2)`, result: rate(overV, resV), fmt: "0.00", border: true, align: "center", bold };
    s.row(`A${r}`, [tt, name, rec, res, on, f, over, h, inp, nd, od, note], st);
    s.set(`B${r}`, name, { border: true, bold, wrap: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
  };
  // row 10: the province's departments
  line(10, "I", "Cấp tỉnh (các sở, ban, ngành)", 54575, 51780, 51072, 708, 2800, 2672, 128, "", 51780, 708, true);
  judge(10, "Cấp tỉnh", 51780, 708, 128);
  // the districts: resolved, overdue, in progress not yet due, in progress overdue, returned or withdrawn
  type U = [string, number, number, number, number, number, string];
  const units: U[] = [
    ["Thành phố Đà Lạt", 71200, 1610, 520, 420, 1800, ""],
    ["Thành phố Bảo Lộc", 45300, 590, 330, 140, 1100, ""],
    ["Huyện Đức Trọng", 38900, 905, 280, 95, 800, "Quá hạn chủ yếu lĩnh vực đất đai"],
    ["Huyện Lâm Hà", 30100, 602, 205, 60, 600, ""],
    ["Huyện Di Linh", 27400, 288, 190, 0, 550, ""],
    ["Huyện Bảo Lâm", 19800, 455, 150, 72, 420, ""],
    ["Huyện Đơn Dương", 24300, 410, 170, 48, 480, ""],
    ["Huyện Lạc Dương", 8900, 60, 70, 0, 190, ""],
    ["Huyện Đam Rông", 9600, 192, 82, 31, 200, ""],
    ["Huyện Đạ Huoai", 12100, 170, 101, 18, 260, ""],
    ["Huyện Đạ Tẻh", 21200, 180, 160, 0, 330, ""],
    ["Huyện Cát Tiên", 20796, 223, 178, 85, 329, ""],
  ];
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}12:${c}23)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  const recD = units.reduce((t, u) => t + u[1] + u[3] + u[4] + u[5], 0);
  line(11, "II", "Cấp huyện (12 huyện, thành phố)", sum("C", recD), sum("D", S(1)), sum("E", S(1) - S(2)), sum("G", S(2)), sum("I", S(3) + S(4)), sum("J", S(3)), sum("K", S(4)), "", S(1), S(2), true);
  judge(11, "Cấp huyện", S(1), S(2), S(4));
  let r = 12;
  for (const [i, [name, res, over, nd, od, ret, note]] of units.entries()) {
    line(r, String(i + 1), name, res + nd + od + ret, res, res - over, over, { v: `=J${r}+K${r}`, result: nd + od, border: true, align: "center" }, nd, od, note, res, over, false);
    judge(r, name, res, over, od);
    r++;
  }
  // r = 24: the communes, one line
  line(24, "III", "Cấp xã (142 xã, phường, thị trấn)", 264610, 261896, 260612, 1284, 967, 842, 125, "Số liệu tổng hợp từ UBND cấp huyện", 261896, 1284, true);
  judge(24, "Cấp xã", 261896, 1284, 125);
  // r = 25: the province = I + II + III
  const add = (c: string, res: number): CellInput => ({ v: `=${c}10+${c}11+${c}24`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  const RES = 51780 + S(1) + 261896;
  const OVER = 708 + S(2) + 1284;
  line(25, "", "Toàn tỉnh", add("C", 54575 + recD + 264610), add("D", RES), add("E", RES - OVER), add("G", OVER), add("I", 2800 + S(3) + S(4) + 967), add("J", 2672 + S(3) + 842), add("K", 128 + S(4) + 125), "", RES, OVER, true);
  judge(25, "Toàn tỉnh", RES, OVER, 128 + S(4) + 125);
  notes(s, 27, "B", [
    "Ghi chú:",
    "- Số hồ sơ tiếp nhận gồm cả hồ sơ kỳ trước chuyển sang; chênh lệch với số đã và đang giải quyết là hồ sơ trả lại, công dân rút hồ sơ.",
    "- Dòng II là tổng của 12 huyện, thành phố (dòng 1-12); dòng Toàn tỉnh = I + II + III.",
    "- Tỷ lệ quá hạn (cột H) để theo dõi; yêu cầu xét trên tỷ lệ đúng hạn (cột F) và số hồ sơ đang giải quyết quá hạn (cột K).",
  ]);
  signature(s, 32, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Nguyễn Thị Thu Trang" }, { col: "H", title: "KT. CHÁNH VĂN PHÒNG", name: "Lê Văn Hòa" });
  b.facts = {
    sheet: "TTHC Quy I-2020",
    headerRows: "7-8",
    nameColumn: "B (Cấp, đơn vị)",
    target: "row 9 (Yêu cầu mỗi quý: \"≥ 98%\" over the on-time rate F; \"Không để hồ sơ quá hạn\" over the in-progress overdue count K, i.e. 0)",
    actualColumns: "E or F (dossiers resolved on time, D the denominator; F a ROUND on the 0-100 scale); K (dossiers in progress past due)",
    ignoreColumns: "A (TT), C (received), D (resolved: the denominator), G and H (overdue count and rate: the complement of E and F), I and J (in progress, not yet due), L (Ghi chú)",
    totalRows: "11 (II. Cấp huyện: SUM of the districts below it, judged), 25 (Toàn tỉnh = rows 10 + 11 + 24, judged); rows 10 and 24 are level lines typed as figures (judged)",
    otherRows: "notes and signature under the table",
    asOf: "2020-03-16",
    period: "Quý I/2020 (01/12/2019 - 29/02/2020)",
    notes: "The quarter ended on 29/2/2020, so every figure is final. On time ≥ 98% is inclusive: Lâm Hà and Đam Rông at exactly 98,00% are met, above is exceeded, below not met (Đà Lạt 97,74%, Đức Trọng 97,67%, Bảo Lâm 97,70%, the district level 98,28% exceeded). Any dossier in progress past due breaks the second requirement: only Di Linh, Lạc Dương and Đạ Tẻh keep it. The district subtotal sits above its districts. Column H is only 100 − F.",
  };
  return b;
}
