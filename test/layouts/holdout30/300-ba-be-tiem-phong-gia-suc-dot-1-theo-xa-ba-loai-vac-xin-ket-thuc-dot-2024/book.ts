// Layout 300: a district's livestock vaccination round by commune (UBND huyện Ba Bể, Bắc Kạn, end of round I 2024): three vaccines side by side, each a "Kế hoạch giao / Đã tiêm / Tỷ lệ" triple with the rate a ROUND formula, a unit line "ĐVT: liều", a SUM total row, a notes block saying the round is over; every commune is judged against its own plan per vaccine.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tiêm phòng cho đàn gia súc đợt I năm 2024 theo xã, thị trấn, huyện Ba Bể (Bắc Kạn)");
  const s = b.sheet("Tiem phong dot I");
  s.cols([5, 22, 10, 10, 9, 10, 10, 9, 10, 10, 9, 24]);
  titleBlock(s, {
    left: ["UBND HUYỆN BA BỂ", "PHÒNG NÔNG NGHIỆP VÀ PTNT"],
    date: "Ba Bể, ngày 17 tháng 6 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ TIÊM PHÒNG ĐỢT I NĂM 2024", "(Tiêm phòng định kỳ cho đàn trâu, bò và chó, mèo theo kế hoạch giao các xã, thị trấn)"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "L"],
    titleSpan: ["A", "L"],
  });
  s.set("K7", "ĐVT: liều", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "STT", head);
  s.merge("B8:B9", "Xã, thị trấn", head);
  s.merge("C8:E8", "Vắc xin Lở mồm long móng trâu, bò", head);
  s.merge("F8:H8", "Vắc xin Tụ huyết trùng trâu, bò", head);
  s.merge("I8:K8", "Vắc xin Dại chó, mèo", head);
  s.row("C9", ["Kế hoạch giao", "Đã tiêm", "Tỷ lệ (%)", "Kế hoạch giao", "Đã tiêm", "Tỷ lệ (%)", "Kế hoạch giao", "Đã tiêm", "Tỷ lệ (%)"], head);
  s.merge("L8:L9", "Ghi chú", head);
  // name, LMLM plan/done, THT plan/done, rabies plan/done, note
  type U = [string, number, number, number, number, number, number, string];
  const units: U[] = [
    ["Thị trấn Chợ Rã", 210, 124, 210, 124, 420, 300, ""],
    ["Xã Bành Trạch", 560, 184, 560, 184, 390, 120, "Đạt thấp nhất huyện"],
    ["Xã Phúc Lộc", 480, 320, 480, 320, 360, 290, ""],
    ["Xã Hà Hiệu", 520, 463, 520, 463, 410, 372, ""],
    ["Xã Cao Thượng", 430, 435, 430, 435, 330, 300, ""],
    ["Xã Khang Ninh", 470, 298, 470, 290, 350, 240, ""],
    ["Xã Nam Mẫu", 350, 371, 350, 371, 260, 276, ""],
    ["Xã Địa Linh", 510, 338, 510, 338, 380, 302, ""],
    ["Xã Yến Dương", 390, 283, 390, 291, 300, 255, ""],
    ["Xã Chu Hương", 420, 258, 420, 258, 340, 270, ""],
    ["Xã Quảng Khê", 440, 262, 440, 262, 330, 221, ""],
    ["Xã Mỹ Phương", 455, 412, 455, 412, 350, 318, ""],
    ["Xã Hoàng Trĩ", 330, 235, 330, 235, 175, 175, ""],
    ["Xã Đồng Phúc", 334, 235, 334, 235, 280, 189, "Hộ chăn nuôi phân tán, tiêm bổ sung trong đợt II"],
  ];
  const vacc = [
    ["C", "D", "E", "Tiêm phòng LMLM trâu, bò"],
    ["F", "G", "H", "Tiêm phòng tụ huyết trùng trâu, bò"],
    ["I", "J", "K", "Tiêm phòng dại chó, mèo"],
  ] as const;
  const vi = (x: number) => x.toLocaleString("de-DE");
  const p1 = (n: number, d: number) => (Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",");
  const rate = (done: string, plan: string, n: number, d: number, bold = false): CellInput => ({ v: `=ROUND(${done}/${plan}*100,1)`, result: Math.round((n / d) * 1000) / 10, fmt: "0.0", border: true, align: "center", bold });
  let r = 10;
  for (const [i, u] of units.entries()) {
    const [name, lp, ld, tp, td, dp, dd, note] = u;
    const pairs: [number, number][] = [[lp, ld], [tp, td], [dp, dd]];
    s.row(`A${r}`, [String(i + 1), name, lp, ld, rate(`D${r}`, `C${r}`, ld, lp), tp, td, rate(`G${r}`, `F${r}`, td, tp), dp, dd, rate(`J${r}`, `I${r}`, dd, dp), note], { border: true, align: "center", fmt: "#,##0" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    vacc.forEach(([pc, dc, rc, ind], k) => {
      const [p, d] = pairs[k];
      const st: Status = d > p ? "exceeded" : d === p ? "met" : "not_met";
      s.expect(`${dc}${r}|${rc}${r}`, { indicator: `${ind} đợt I/2024 · ${name}`, target: `${vi(p)} liều (column ${pc}, Kế hoạch giao)`, status: st, why: st === "not_met" ? `${vi(d)} of ${vi(p)} = ${p1(d, p)}%; round I is over (notes), the rest is left to round II` : st === "met" ? `${vi(d)} of ${vi(p)}: the round's plan reached` : `${vi(d)} against ${vi(p)} = ${p1(d, p)}%: above the plan` });
    });
    r++;
  }
  // r = 24: the district
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}10:${c}23)`, result: res, border: true, bold: true, align: "center", fmt: "#,##0" });
  s.row(`A${r}`, ["", "Toàn huyện", sum("C", S(1)), sum("D", S(2)), rate(`D${r}`, `C${r}`, S(2), S(1), true), sum("F", S(3)), sum("G", S(4)), rate(`G${r}`, `F${r}`, S(4), S(3), true), sum("I", S(5)), sum("J", S(6)), rate(`J${r}`, `I${r}`, S(6), S(5), true), ""], { border: true, bold: true, align: "center" });
  vacc.forEach(([pc, dc, rc, ind], k) => {
    const p = S(1 + 2 * k), d = S(2 + 2 * k);
    s.expect(`${dc}${r}|${rc}${r}`, { indicator: `${ind} đợt I/2024 · Toàn huyện`, target: `${vi(p)} liều (column ${pc}, SUM)`, status: "not_met", why: `${vi(d)} of ${vi(p)} = ${p1(d, p)}% when round I ended` });
  });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch giao theo Kế hoạch phòng, chống dịch bệnh động vật năm 2024 của UBND huyện; số liệu tính đến khi kết thúc đợt tiêm phòng đợt I năm 2024.",
    "- Số gia súc chưa được tiêm trong đợt I được tiêm bổ sung trong đợt II (tháng 9 - 10/2024).",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Hoàng Thị Thu" }, { col: "I", title: "TRƯỞNG PHÒNG", name: "Nông Văn Tuấn" });
  b.facts = {
    sheet: "Tiem phong dot I",
    headerRows: "8-9 (unit line \"ĐVT: liều\" in row 7)",
    nameColumn: "B (Xã, thị trấn)",
    target: "column C for D/E (LMLM), column F for G/H (tụ huyết trùng), column I for J/K (dại): each group's Kế hoạch giao",
    actualColumns: "D|E, G|H, J|K (Đã tiêm, with its rate: a ROUND on the 0-100 scale)",
    ignoreColumns: "A (STT), L (Ghi chú)",
    totalRows: "24 (Toàn huyện: SUM of rows 10-23; judged)",
    otherRows: "7 (unit line), notes and signature under the table",
    asOf: "2024-06-17",
    period: "đợt I năm 2024",
    notes: "Round I is over (title, notes: what was not done moves to round II), so a commune under its plan is not met, never pending. Three vaccines side by side, each against its own plan column. The district: LMLM and tụ huyết trùng 4.218 of 5.899 = 71,5%, as on the page; Nam Mẫu 106%, Cao Thượng 101,2%, Mỹ Phương 90,5%, Hà Hiệu 89,0%, Bành Trạch 32,9% as the page names them.",
  };
  return b;
}
