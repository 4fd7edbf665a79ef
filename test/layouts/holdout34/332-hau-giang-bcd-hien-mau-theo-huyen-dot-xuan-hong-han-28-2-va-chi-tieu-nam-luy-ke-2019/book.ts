// Layout 332: a province's voluntary blood-donation return by district read in mid-June (Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Hậu Giang, 12 June 2019): the centre's quota for the province only in a sentence above the table; the province's own quotas per district in a column; a spring-festival round with its own quota (15% of the year's, a ROUND formula) due by 28 February beside the year's cumulative pair (rounds, units, percent of the year's quota); a provincial-bodies row with no quota and no figure yet; last year hidden; a SUM total.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả vận động hiến máu tình nguyện đến ngày 12/6/2019 theo huyện, thị xã, thành phố, Ban Chỉ đạo vận động HMTN tỉnh Hậu Giang");
  const s = b.sheet("HMTN 2019");
  s.cols([5, 26, 13, 12, 13, 9, 13, 12, 26, 12]);
  const top = titleBlock(s, {
    left: ["UBND TỈNH HẬU GIANG", "BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN"],
    date: "Vị Thanh, ngày 12 tháng 6 năm 2019",
    title: ["KẾT QUẢ VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN NĂM 2019", "(Số liệu đến ngày 12/6/2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  let r = top;
  s.merge(`A${r}:I${r}`, "Chỉ tiêu Trung ương giao tỉnh năm 2019: 11.800 đơn vị máu. Chỉ tiêu tỉnh giao các huyện, thị xã, thành phố tại cột 3; đợt Lễ hội Xuân hồng phấn đấu tiếp nhận tối thiểu 15% chỉ tiêu năm, hoàn thành trước ngày 28/02/2019.", { italic: true, wrap: true });
  r++;
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  const h1 = r;
  const h2 = r + 1;
  s.merge(`A${h1}:A${h2}`, "TT", h);
  s.merge(`B${h1}:B${h2}`, "Đơn vị", h);
  s.merge(`C${h1}:C${h2}`, "Chỉ tiêu năm 2019 (đơn vị máu)", h);
  s.merge(`D${h1}:E${h1}`, "Lễ hội Xuân hồng (đến 28/02/2019)", h);
  s.merge(`F${h1}:H${h1}`, "Lũy kế từ đầu năm đến 12/6/2019", h);
  s.merge(`I${h1}:I${h2}`, "Ghi chú", h);
  s.merge(`J${h1}:J${h2}`, "Thực hiện năm 2018", h);
  s.row(`D${h2}`, ["Chỉ tiêu (15%)", "Tiếp nhận", "Số đợt", "Số đơn vị máu", "Tỷ lệ so chỉ tiêu năm (%)"], h);
  s.row(`A${h2 + 1}`, ["1", "2", "3", "4=3×15%", "5", "6", "7", "8=7/3", "9", ""], { italic: true, align: "center", border: true });
  s.hideCols("J");
  r = h2 + 2;
  // name, year quota, spring done (null = blank), rounds, units to 12/6, note, 2018
  type U = [string, number, number | null, number, number, string, number];
  const units: U[] = [
    ["Thành phố Vị Thanh", 1450, 230, 9, 760, "", 1502],
    ["Thị xã Ngã Bảy", 949, 142, 6, 552, "", 1010],
    ["Thị xã Long Mỹ", 1020, 120, 5, 430, "", 1045],
    ["Huyện Long Mỹ", 1406, 236, 8, 858, "", 1420],
    ["Huyện Vị Thủy", 1637, 250, 9, 980, "", 1660],
    ["Huyện Phụng Hiệp", 3111, 410, 12, 1540, "Được giao nhiều nhất tỉnh", 3150],
    ["Huyện Châu Thành", 1330, null, 5, 470, "Đợt Xuân hồng tổ chức gộp vào Tháng Thanh niên (tháng 3)", 1298],
    ["Huyện Châu Thành A", 1656, 251, 8, 820, "", 1702],
  ];
  const first = r;
  for (const [i, [name, quota, spring, rounds, got, note, last]] of units.entries()) {
    const sq = Math.round(quota * 0.15 + 1e-9);
    const pct = Math.round((got / quota) * 1000) / 10;
    const cells: CellInput[] = [String(i + 1), name, { v: quota, fmt: "#,##0" }, { v: `=ROUND(C${r}*15%,0)`, result: sq, fmt: "#,##0" }, spring === null ? "" : spring, rounds, { v: got, fmt: "#,##0" }, { v: `=ROUND(G${r}/C${r}*100,1)`, result: pct, fmt: "0.0" }, note, { v: last, fmt: "#,##0" }];
    s.row(`A${r}`, cells, { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    const st1: Status = spring === null ? "no_data" : spring > sq ? "exceeded" : spring === sq ? "met" : "not_met";
    s.expect(`E${r}`, {
      indicator: `Tiếp nhận đợt Lễ hội Xuân hồng · ${name}`,
      target: `${sq} đơn vị (column D, 15% of ${quota}), trước ngày 28/02/2019`,
      status: st1,
      why: spring === null ? "blank; the round was folded into March, so no figure for the round" : `${spring} of ${sq}; the round closed on 28/02/2019, before the 12/6 report`,
    });
    s.expect(`G${r}|H${r}`, {
      indicator: `Đơn vị máu tiếp nhận năm 2019 · ${name}`,
      target: `${quota.toLocaleString("de-DE")} đơn vị (column C, chỉ tiêu năm 2019)`,
      status: "pending",
      why: `${got} of ${quota} (${String(pct).replace(".", ",")}%) on 12/6; the quota is for the year 2019`,
    });
    r++;
  }
  const last = r - 1;
  s.row(`A${r}`, [String(units.length + 1), "Các sở, ban, ngành, trường học trực thuộc tỉnh", "-", "-", "-", "", "Chưa tổng hợp", "", "Không giao chỉ tiêu", ""], { border: true, align: "center" });
  s.set(`B${r}`, "Các sở, ban, ngành, trường học trực thuộc tỉnh", { border: true, wrap: true });
  r++;
  const tq = units.reduce((a, u) => a + u[1], 0);
  const tsq = units.reduce((a, u) => a + Math.round(u[1] * 0.15 + 1e-9), 0);
  const tsp = units.reduce((a, u) => a + (u[2] ?? 0), 0);
  const tr = units.reduce((a, u) => a + u[3], 0);
  const tg = units.reduce((a, u) => a + u[4], 0);
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: v, fmt: "#,##0" });
  s.row(`A${r}`, ["", "Cộng các huyện, thị xã, thành phố", sum("C", tq), sum("D", tsq), sum("E", tsp), sum("F", tr), sum("G", tg), { v: `=ROUND(G${r}/C${r}*100,1)`, result: Math.round((tg / tq) * 1000) / 10, fmt: "0.0" }, "", ""], { border: true, bold: true, align: "center" });
  s.set(`B${r}`, "Cộng các huyện, thị xã, thành phố", { border: true, bold: true, wrap: true });
  s.expect(`E${r}`, { indicator: "Tiếp nhận đợt Lễ hội Xuân hồng · Cộng các huyện, thị xã, thành phố", target: `${tsq} đơn vị (column D, SUM), trước ngày 28/02/2019`, status: "not_met", why: `${tsp} of ${tsq}; the round is over` });
  s.expect(`G${r}|H${r}`, { indicator: "Đơn vị máu tiếp nhận năm 2019 · Cộng các huyện, thị xã, thành phố", target: `${tq.toLocaleString("de-DE")} đơn vị (column C, SUM; the centre's 11.800 for the province in the line above)`, status: "pending", why: `${tg} of ${tq} on 12/6 (also short of 11.800); due at the end of 2019` });
  const total = r;
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Số liệu chưa bao gồm các đơn vị trực thuộc tỉnh (Trường Cao đẳng Cộng đồng, Đoàn khối, các trường trung cấp...).",
    "- Những năm trước tỉnh đều vượt chỉ tiêu Trung ương giao.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Huỳnh Ngọc Hân" }, { col: "F", title: "TM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC", name: "Nguyễn Văn Tâm" });
  b.facts = {
    sheet: "HMTN 2019",
    headerRows: `${h1}-${h2} (merged: Lễ hội Xuân hồng / Lũy kế over their sub-columns), column numbers ${h2 + 1}`,
    nameColumn: "B (Đơn vị)",
    target: "column C (Chỉ tiêu năm 2019) for G; column D (15% of C, ROUND formula, due 28/02/2019) for E; the centre's 11.800 for the province only in the sentence above the header",
    actualColumns: "E (Xuân hồng: Tiếp nhận), G (units to 12/6) with H (percent of C)",
    ignoreColumns: "A (TT), F (Số đợt), I (Ghi chú), J (hidden: 2018)",
    totalRows: `${total} (Cộng các huyện, thị xã, thành phố: SUM)`,
    otherRows: `${top} (target sentence), ${h2 + 1} (column numbers), ${last + 1} (provincial bodies: no quota, "Chưa tổng hợp"), notes and signature`,
    asOf: "2019-06-12",
    period: "2019",
    notes: "Read on 12/6/2019. The spring round's quota (15% of the year's, column D) was due by 28/02/2019 and is judged: above it exceeded, exactly met (Ngã Bảy 142 of 142), short not met, blank no data (Châu Thành folded the round into March). The year's quota in column C is pending everywhere: no district has reached it by June.",
  };
  return b;
}
