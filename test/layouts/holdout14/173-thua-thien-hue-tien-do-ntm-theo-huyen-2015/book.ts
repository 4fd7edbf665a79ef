// Layout 173: a province's new-countryside progress per district to 30/9/2015 against the year's plan (Thừa Thiên Huế): communes, criteria met and a ROUND average per commune, communes by criteria band, a per-district target column for communes reaching all 19 criteria, a target row for the average and for "no commune under 6 criteria", a hidden 2014 column, the province SUM row at the bottom (its rounded average 14,0 is 13,98 exact, but the average target is set for each district, so the province is judged only on its own KH sum), communes written with their names in a cell.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ thực hiện Bộ tiêu chí quốc gia về nông thôn mới đến ngày 30/9/2015 theo huyện, thị xã, tỉnh Thừa Thiên Huế");
  const s = b.sheet("Tien do NTM 30-9-2015");
  s.cols([5, 18, 9, 10, 11, 10, 11, 14, 9, 9, 9, 9, 24]);
  titleBlock(s, {
    left: ["BAN CHỈ ĐẠO CÁC CTMTQG TỈNH", "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"],
    date: "Thừa Thiên Huế, ngày 05 tháng 10 năm 2015",
    title: ["TIẾN ĐỘ THỰC HIỆN 19 TIÊU CHÍ NÔNG THÔN MỚI ĐẾN NGÀY 30/9/2015", "(So với kế hoạch năm 2015)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã", head).merge("C8:C9", "Số xã xây dựng NTM", head);
  s.merge("D8:D9", "Tổng số tiêu chí đạt", head).merge("E8:E9", "Bình quân (tiêu chí/xã)", head).merge("F8:F9", "Bình quân năm 2014", head);
  s.merge("G8:H8", "Xã đạt 19 tiêu chí", head).row("G9", ["KH năm 2015 (xã)", "Đến 30/9/2015"], head);
  s.merge("I8:L8", "Số xã theo nhóm tiêu chí đạt", head).row("I9", ["15-18", "10-14", "6-9", "Dưới 6"], head);
  s.merge("M8:M9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu năm 2015 (từng huyện, thị xã)", "", "", "Bình quân từ 14 tiêu chí/xã trở lên", "", "Theo cột KH", "", "", "", "", "Không còn xã dưới 6 tiêu chí", ""], { ...head, bold: false, italic: true });
  s.hideCols("F");
  const r1 = (x: number) => Math.round(x * 10) / 10;
  // [huyện, xã, tổng TC, bq 2014, KH 19TC, đạt 19TC (number or text), 15-18, 10-14, 6-9, <6, ghi chú, statuses: average, 19TC, under 6 (M/E/P), whys]
  type U = [string, number, number, number, CellInput, number | string, number, number, number, number, string, string, string, string];
  const units: U[] = [
    ["Phong Điền", 14, 201, 13.2, 3, 3, 5, 5, 1, 0, "", "EMM", "201/14 = 14,36 → 14,4 > 14", "3 = 3"],
    ["Quảng Điền", 10, 152, 14.1, 2, 3, 4, 3, 0, 0, "", "EEM", "152/10 = 15,2 > 14", "3 > 2"],
    ["Phú Vang", 14, 182, 12.1, 3, 1, 4, 7, 2, 0, "02 xã trình thẩm định tháng 11", "PPM", "182/14 = 13,0 < 14 on 30/9: the plan runs to 31/12", "1 < 3 on 30/9: the plan runs to 31/12"],
    ["Phú Lộc", 15, 210, 13.1, 3, 2, 4, 8, 1, 0, "", "MPM", "210/15 = 14,0 at the floor", "2 < 3 on 30/9: not yet due"],
    ["Hương Trà", 7, 112, 15.3, "02 xã", 2, 4, 1, 0, 0, "", "EMM", "112/7 = 16,0 > 14", "2 = \"02 xã\" (target typed with its unit)"],
    ["Hương Thủy", 5, 88, 16.8, 3, 3, 2, 0, 0, 0, "", "EMM", "88/5 = 17,6 > 14", "3 = 3"],
    ["A Lưới", 17, 187, 10.2, 1, 0, 2, 9, 6, 0, "", "PPM", "187/17 = 11,0 < 14 on 30/9: not yet due", "0 < 1 on 30/9: not yet due"],
    ["Nam Đông", 10, 154, 14.6, 2, "02 xã (Hương Phú, Hương Hòa)", 5, 3, 0, 0, "", "EMM", "154/10 = 15,4 > 14", "\"02 xã (Hương Phú, Hương Hòa)\" = 2, the count written with the communes' names"],
  ];
  const code: Record<string, Status> = { M: "met", E: "exceeded", P: "pending" };
  const first = 11;
  const last = first + units.length - 1;
  const tot = { c: 0, d: 0, g: 0, h: 0, i: 0, j: 0, k: 0, l: 0 };
  units.forEach((u, i) => {
    const r = first + i;
    const khN = typeof u[4] === "number" ? u[4] : 2;
    const reached = typeof u[5] === "number" ? u[5] : 2;
    tot.c += u[1]; tot.d += u[2]; tot.g += khN; tot.h += typeof u[5] === "number" ? u[5] : 0; tot.i += u[6]; tot.j += u[7]; tot.k += u[8]; tot.l += u[9];
    const first19 = typeof u[5] === "number" ? u[5] : 0;
    if (first19 + u[6] + u[7] + u[8] + u[9] !== u[1] && typeof u[5] === "number") throw new Error(`${u[0]}: bands do not add up`);
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], { v: `=ROUND(D${r}/C${r},1)`, result: r1(u[2] / u[1]), fmt: "0.0" }, { v: u[3], fmt: "0.0" }, u[4], u[5], u[6], u[7], u[8], u[9], u[10]], { border: true, align: "center", wrap: true });
    const [avg, full, under] = u[11].split("").map((c) => code[c]);
    s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Bình quân tiêu chí/xã`, target: "Bình quân từ 14 tiêu chí/xã trở lên (năm 2015)", status: avg, why: u[12] });
    s.expect(`H${r}`, { indicator: `${u[0]} · Số xã đạt 19 tiêu chí`, target: `${s.text(`G${r}`)} (KH năm 2015)`, status: full, why: u[13] });
    s.expect(`L${r}`, { indicator: `${u[0]} · Số xã dưới 6 tiêu chí`, target: "Không còn xã dưới 6 tiêu chí", status: under, why: "0 communes under 6 criteria" });
    void reached;
  });
  const t = last + 1;
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: res });
  s.row(`A${t}`, ["", "Toàn tỉnh", sum("C", tot.c), sum("D", tot.d), { v: `=ROUND(D${t}/C${t},1)`, result: r1(tot.d / tot.c), fmt: "0.0" }, { v: 13.1, fmt: "0.0" }, sum("G", tot.g - 2), sum("H", tot.h), sum("I", tot.i), sum("J", tot.j), sum("K", tot.k), sum("L", tot.l), "KH và số xã đạt chuẩn chưa cộng ô nhập chữ (Hương Trà, Nam Đông)"], { border: true, bold: true, align: "center", wrap: true });
  // The province average (E) and its communes under 6 criteria (L) are not judged: row 10 and the notes set those two
  // targets for each huyện, thị xã ("từng huyện, thị xã", "mỗi huyện, thị xã"), not for the province (ROUND(1.286/92, 1)
  // shows 14,0 while 1.286/92 = 13,98, but no target on the sheet applies to it). H is judged: the province row holds
  // its own KH in G.
  s.expect(`H${t}`, { indicator: "Toàn tỉnh · Số xã đạt 19 tiêu chí", target: "19 xã (KH năm 2015, with the two typed cells)", status: "pending", why: "16 with Nam Đông's 2 (the SUM shows 14) against 19 planned (the SUM shows 17): short on 30/9, the plan runs to 31/12" });
  const rollUps = [" · Bình quân tiêu chí/xã", " · Số xã đạt 19 tiêu chí", " · Số xã dưới 6 tiêu chí"].map((x) => s.rollUp(x, "huyện, thị xã"));
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm 2015 theo Kế hoạch của Ban Chỉ đạo tỉnh: mỗi huyện, thị xã bình quân từ 14 tiêu chí/xã trở lên, không còn xã dưới 6 tiêu chí; số xã đạt chuẩn nông thôn mới theo cột KH năm 2015.",
    "- Số liệu tự đánh giá của các xã đến ngày 30/9/2015, chưa qua thẩm định của các sở, ngành.",
  ]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Thị Mỹ Linh" }, { col: "H", title: "CHÁNH VĂN PHÒNG", name: "Trần Văn Quang" });
  b.facts = {
    sheet: "Tien do NTM 30-9-2015",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu năm 2015)",
    nameColumn: "B (Huyện, thị xã)",
    target: "row 10: E \"Bình quân từ 14 tiêu chí/xã trở lên\", L \"Không còn xã dưới 6 tiêu chí\"; column G (KH năm 2015, per district) for H",
    actualColumns: "E (ROUND average of D over C), H (communes with all 19 criteria by 30/9), L (communes under 6 criteria)",
    ignoreColumns: "C and D (counts behind the average), F (hidden: 2014 average), I-K (bands without a target), M (Ghi chú)",
    totalRows: `${t} (Toàn tỉnh, SUM at the bottom; judged on H against its own KH in G; E and L not judged: row 10 and the notes set them for each huyện, thị xã)`,
    targetRows: "10",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}`,
    asOf: "2015-09-30",
    period: "2015",
    rollUps,
    notes: "Progress on 30/9 against the year's plan: what is already reached is met, what is not yet reached is pending (not not_met). A per-district target column beside a target row. \"02 xã\" typed as a target and \"02 xã (Hương Phú, Hương Hòa)\" as a result, both left out of the SUMs. The province row is judged only on communes at 19 criteria (its own KH sum in G); its average (14,0 rounded, 13,98 exact) and its communes under 6 are not judged, since row 10 and the notes set those targets for each huyện, thị xã.",
  };
  return b;
}
