// Layout 51: a mountain district's commune table for literacy level 2 (Quế Phong, Nghệ An, 2023): two age-group column blocks, the one to judge chosen by the commune's ĐBKK status, three header rows, a plan.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu tổng hợp kết quả xóa mù chữ mức độ 2 theo xã, thị trấn, huyện Quế Phong, năm 2023");
  const s = b.sheet("Biểu XMC");
  s.cols([5, 20, 8, 10, 10, 9, 10, 10, 9, 20]);
  titleBlock(s, {
    left: ["UBND HUYỆN QUẾ PHONG", "BAN CHỈ ĐẠO PCGD, XMC"],
    date: "Quế Phong, ngày 10 tháng 11 năm 2023",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ XÓA MÙ CHỮ MỨC ĐỘ 2", "CỦA CÁC XÃ, THỊ TRẤN NĂM 2023"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A10", "TT", head).merge("B8:B10", "Xã, thị trấn", head).merge("C8:C10", "Xã ĐBKK", head);
  s.merge("D8:F8", "Độ tuổi 15-35", head).merge("G8:I8", "Độ tuổi 15-60", head).merge("J8:J10", "Ghi chú", head);
  s.merge("D9:D10", "Tổng số", head).merge("E9:F9", "Đạt chuẩn biết chữ mức độ 2", head);
  s.merge("G9:G10", "Tổng số", head).merge("H9:I9", "Đạt chuẩn biết chữ mức độ 2", head);
  s.row("E10", ["SL", "TL"], head);
  s.row("H10", ["SL", "TL"], head);

  // [commune, ĐBKK, 15-35 total, 15-35 literate (null = not updated), 15-60 total, 15-60 literate, typed rate {col: text}, note]
  type U = [string, boolean, number, number | null, number, number | null, Record<string, string>, string];
  const units: U[] = [
    ["Thị trấn Kim Sơn", false, 2950, 2941, 6120, 5930, {}, ""],
    ["Châu Kim", false, 1420, 1395, 3050, 2730, {}, ""],
    ["Mường Nọc", false, 1880, 1862, 4000, 3600, {}, ""],
    ["Quế Sơn", false, 1650, 1611, 3520, 3290, {}, ""],
    ["Tiền Phong", true, 1300, 1205, 2900, 2410, {}, ""],
    ["Tri Lễ", true, 1540, 1370, 3310, 2650, {}, "Nhiều lao động đi làm ăn xa"],
    ["Hạnh Dịch", true, 980, 902, 2100, 1760, {}, ""],
    ["Nậm Giải", true, 720, 648, 1560, 1280, {}, ""],
    ["Nậm Nhoóng", true, 850, 741, 1820, 1410, {}, ""],
    ["Cắm Muộn", true, 1100, 1012, 2380, 1990, {}, ""],
    ["Châu Thôn", true, 1210, null, 2650, null, {}, "Chưa cập nhật phần mềm"],
    ["Đồng Văn", true, 1650, 1537, 3480, 2980, { F: "93,2%" }, "TL nhập tay"],
    ["Thông Thụ", true, 1480, 1350, 3200, 2790, {}, ""],
    ["Quang Phong", true, 1020, 905, 2240, 1880, {}, ""],
  ];
  const first = 11;
  const rate = (r: number, col: string, typed?: string): CellInput => typed ?? { v: `=IF(${col}${r}="","",${col}${r}/${col === "E" ? "D" : "G"}${r})`, fmt: "0.0%" };
  const rows = units.map((u, i) => {
    const r = first + i;
    return [i + 1, u[0], u[1] ? "Có" : "", { v: u[2], fmt: "#,##0" as const }, u[3] === null ? "" : { v: u[3], fmt: "#,##0" as const }, rate(r, "E", u[6].F), { v: u[4], fmt: "#,##0" as const }, u[5] === null ? "" : { v: u[5], fmt: "#,##0" as const }, rate(r, "H", u[6].I), u[7]];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  const sum = (c: string): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, fmt: "#,##0" });
  table(s, `A${end}`, [["", "Toàn huyện", `=COUNTIF(C${first}:C${last},"Có")`, sum("D"), sum("E"), { v: `=E${end}/D${end}`, fmt: "0.0%" }, sum("G"), sum("H"), { v: `=H${end}/G${end}`, fmt: "0.0%" }, ""]], { bold: true, align: "center" });

  const pt = (x: number) => x.toFixed(2).replace(".", ",");
  units.forEach(([name, dbkk, t35, l35, t60, l60, typed], i) => {
    const r = first + i;
    const [rc, cc, t, l, age] = dbkk ? ["F", "E", t35, l35, "15-35"] : ["I", "H", t60, l60, "15-60"];
    const indicator = `${name} · Tỷ lệ người đạt chuẩn biết chữ mức độ 2`;
    const target = `Ít nhất 90% số người ${age} tuổi (plan.json${dbkk ? ", xã ĐBKK" : ""})`;
    if (l === null) {
      s.expect(`${rc}${r}|${cc}${r}`, { indicator, target, actual: "(trống)", status: "no_data", why: "not updated (Ghi chú)" });
      return;
    }
    const x = (l / t) * 100;
    const st: Status = Math.abs(x - 90) < 1e-9 ? "met" : x > 90 ? "exceeded" : "not_met";
    const other = dbkk ? ((l60 as number) / t60) * 100 : ((l35 as number) / t35) * 100;
    const otherSt = Math.abs(other - 90) < 1e-9 ? "met" : other > 90 ? "exceeded" : "not_met";
    const differs = (otherSt === "not_met") !== (st === "not_met");
    s.expect(`${rc}${r}|${cc}${r}`, {
      indicator,
      target,
      actual: `${l.toLocaleString("de-DE")} (${typed[rc] ?? pt(x) + "%"})`,
      status: st,
      why: `${dbkk ? "ĐBKK commune: the 15-35 block counts" : "not ĐBKK: the 15-60 block counts"}; ${l}/${t} = ${pt(x)}%${differs ? `; the other block (${pt(other)}%) would say ${otherSt}` : ""}`,
    });
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Xã đạt chuẩn xóa mù chữ mức độ 2: có ít nhất 90% số người trong độ tuổi 15-60 đạt chuẩn biết chữ mức độ 2; xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (ĐBKK): ít nhất 90% số người trong độ tuổi 15-35.",
    "- Số liệu theo phần mềm PCGD-XMC, thời điểm 31/10/2023.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lô Văn Hải" }, { col: "G", title: "TRƯỞNG BAN", name: "Phó Chủ tịch UBND huyện" });

  b.plan = {
    id: "que-phong-2023-xmc",
    title: "Kế hoạch duy trì, nâng cao chất lượng xóa mù chữ năm 2023",
    issuer: "ỦY BAN NHÂN DÂN HUYỆN QUẾ PHONG",
    place: "Quế Phong",
    period: "2023",
    notes: "Kế hoạch dựng cho bộ mẫu bố cục theo tiêu chuẩn xóa mù chữ mức độ 2 (Điều 21 Nghị định 20/2014/NĐ-CP): 100% xã, thị trấn đạt chuẩn. / Plan written for the layout corpus from the level-2 literacy standard.",
    indicators: [
      { id: "gdtx.xmc.muc-2.xa", section: ["Chỉ tiêu năm 2023"], name: "Tỷ lệ người trong độ tuổi 15-60 (xã có điều kiện kinh tế - xã hội đặc biệt khó khăn: 15-35) đạt chuẩn biết chữ mức độ 2 của mỗi xã", level: "GDTX", unit: "%", target: "Ít nhất 90%", scope: "unit", notes: "Nhóm tuổi tính theo loại xã (cột Xã ĐBKK)." },
    ],
    tasks: [],
  };
  b.facts = {
    sheet: "Biểu XMC",
    headerRows: "8-10 (Độ tuổi 15-35 / 15-60 over Tổng số | Đạt chuẩn biết chữ mức độ 2, the latter over SL | TL)",
    nameColumn: "B (Xã, thị trấn)",
    target: "plan.json: gdtx.xmc.muc-2.xa (at least 90%), measured on the 15-60 block (G-I) for ordinary communes and on the 15-35 block (D-F) for communes marked \"Có\" in C",
    actualColumns: "F (with E) for ĐBKK communes, I (with H) for the others; TL are percent formulas, one typed \"93,2%\"",
    ignoreColumns: "the block that does not apply to the row, C (the ĐBKK mark chooses the block), D and G (sizes), J (Ghi chú)",
    totalRows: `${end} (Toàn huyện)`,
    otherRows: `${end + 2}-${after - 1} (notes with the standard), signature below`,
    asOf: "2023-11-10",
    period: "2023",
    rollUps: [s.rollUp(" · Tỷ lệ người đạt chuẩn biết chữ mức độ 2", "xã, thị trấn")],
    notes: "The age group is chosen per commune by its ĐBKK mark. Châu Kim passes on 15-35 (98,2%) but, not being ĐBKK, is judged on 15-60 (89,5%); Tiền Phong fails on 15-60 but, being ĐBKK, is judged on 15-35 (92,7%). Mường Nọc (3.600/4.000) and Nậm Giải (648/720) are exactly 90%.",
  };
  return b;
}
