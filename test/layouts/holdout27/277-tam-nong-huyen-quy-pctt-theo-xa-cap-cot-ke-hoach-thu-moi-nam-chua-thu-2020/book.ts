// Layout 277: the district council's monitoring of the disaster-prevention fund in four communes (Ban KT-XH HĐND huyện Tam Nông, Đồng Tháp, September 2020): plan/collected column pairs for 2018, 2019 and 2020 to 31 August under merged year heads, "Chưa thu" typed in a money cell, a three-year cumulative SUM and its rate, a SUM total; the past years are final, the current one pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thu Quỹ phòng, chống thiên tai năm 2018 - 8 tháng năm 2020 tại các xã, thị trấn được giám sát, huyện Tam Nông (Đồng Tháp)");
  const s = b.sheet("Giam sat quy PCTT");
  s.cols([5, 22, 9, 9, 9, 9, 9, 11, 10, 10, 9, 26]);
  titleBlock(s, {
    left: ["HĐND HUYỆN TAM NÔNG", "BAN KINH TẾ - XÃ HỘI"],
    date: "Tam Nông, ngày 21 tháng 9 năm 2020",
    title: ["PHỤ LỤC: KẾT QUẢ THU QUỸ PHÒNG, CHỐNG THIÊN TAI TẠI CÁC ĐƠN VỊ ĐƯỢC GIÁM SÁT"],
    leftSpan: ["A", "D"],
    rightSpan: ["H", "L"],
    titleSpan: ["A", "L"],
  });
  s.set("K6", "ĐVT: triệu đồng", { italic: true, align: "right" });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:A8", "TT", head);
  s.merge("B7:B8", "Đơn vị", head);
  s.merge("C7:D7", "Năm 2018", head);
  s.merge("E7:F7", "Năm 2019", head);
  s.merge("G7:H7", "Năm 2020", head);
  s.row("C8", ["Kế hoạch", "Đã thu", "Kế hoạch", "Đã thu", "Kế hoạch", "Đã thu đến 31/8"], head);
  s.merge("I7:K7", "Lũy kế 2018 - 8 tháng 2020", head);
  s.row("I8", ["Đã thu", "Kế hoạch 3 năm", "Tỷ lệ"], head);
  s.merge("L7:L8", "Ghi chú", head);
  const n1 = (v: number): CellInput => ({ v, fmt: "0.0", border: true, align: "center" });
  type U = [string, number, number, number, number, number, number | string, string];
  const units: U[] = [
    ["Xã Phú Ninh", 65, 18.6, 65, 12.4, 65, 6.1, "Nhiều hộ đi làm ăn xa"],
    ["Xã Phú Cường", 19, 24.2, 19, 21.5, 20, 12.3, "Thu đạt kế hoạch giai đoạn"],
    ["Thị trấn Tràm Chim", 50, 30.5, 50, 26.1, 50, 11.6, ""],
    ["Xã Phú Thành A", 36, 2.9, 37, 1.9, 37, "Chưa thu", "8 tháng 2020 chưa thu được"],
  ];
  const fmt1 = (n: number) => n.toFixed(1).replace(".", ",");
  const yr = (plan: number, got: number | string, final: boolean, year: string): [Status, string] => {
    if (typeof got === "string") return ["pending", `\"${got}\" with four months of ${year} left: no money yet, not yet due`];
    if (!final) return [got >= plan ? (got > plan ? "exceeded" : "met") : "pending", `${fmt1(got)} of ${plan} million to 31 August, four months of ${year} left`];
    return [got > plan ? "exceeded" : got === plan ? "met" : "not_met", `${fmt1(got)} of ${plan} million; ${year} is over`];
  };
  let r = 9;
  for (const [i, [name, k18, t18, k19, t19, k20, t20, note]] of units.entries()) {
    const got = Math.round((t18 + t19 + (typeof t20 === "number" ? t20 : 0)) * 10) / 10;
    const plan = k18 + k19 + k20;
    const rate = Math.round((got / plan) * 1000) / 10;
    s.row(`A${r}`, [String(i + 1), name, k18, n1(t18), k19, n1(t19), k20, typeof t20 === "number" ? n1(t20) : { v: t20, border: true, align: "center" },
      { v: `=SUM(D${r},F${r},H${r})`, fmt: "0.0", result: Math.round(got * 10) / 10, border: true, align: "center" },
      { v: `=C${r}+E${r}+G${r}`, result: plan, border: true, align: "center" },
      { v: `=ROUND(I${r}/J${r},3)`, pct: true, fmt: "0.0%", result: `${rate.toFixed(1).replace(".", ",")}%`, border: true, align: "center" }, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`L${r}`, note, { border: true, italic: true, wrap: true });
    for (const [cell, p, g, fin, y] of [["D", k18, t18, true, "2018"], ["F", k19, t19, true, "2019"], ["H", k20, t20, false, "2020"]] as const) {
      const [st, why] = yr(p, g, fin, y);
      s.expect(`${cell}${r}`, { indicator: `Thu Quỹ phòng, chống thiên tai năm ${y} · ${name}`, target: `${p} triệu đồng (Kế hoạch ${y}, column ${String.fromCharCode(cell.charCodeAt(0) - 1)})`, status: st, why });
    }
    const cst: Status = got >= plan ? (Math.abs(got - plan) < 1e-9 ? "met" : "exceeded") : "pending";
    s.expect(`I${r}|K${r}`, { indicator: `Thu Quỹ phòng, chống thiên tai 2018-2020 · ${name}`, target: `${plan} triệu đồng (Kế hoạch 3 năm, column J)`, status: cst, why: cst === "met" ? `${fmt1(got)} of ${plan} million = 100%: the three years' plan reached` : `${fmt1(got)} of ${plan} million (${rate.toFixed(1).replace(".", ",")}%) with four months of the period left` });
    r++;
  }
  // r = 13: total
  const sum = (c: string, res: number, one = false): CellInput => ({ v: `=SUM(${c}9:${c}12)`, result: res, border: true, bold: true, align: "center", ...(one ? { fmt: "0.0" as const } : {}) });
  s.row(`A${r}`, ["", "Cộng", sum("C", 170), sum("D", 76.2, true), sum("E", 171), sum("F", 61.9, true), sum("G", 172), sum("H", 30, true), sum("I", 168.1, true), sum("J", 513), { v: `=ROUND(I${r}/J${r},3)`, pct: true, fmt: "0.0%", result: "32,8%", border: true, bold: true, align: "center" }, ""], { border: true, bold: true, align: "center" });
  s.expect(`D${r}`, { indicator: "Thu Quỹ phòng, chống thiên tai năm 2018 · Cộng", target: "170 triệu đồng (column C, SUM)", status: "not_met", why: "76,2 of 170 million; 2018 is over" });
  s.expect(`F${r}`, { indicator: "Thu Quỹ phòng, chống thiên tai năm 2019 · Cộng", target: "171 triệu đồng (column E, SUM)", status: "not_met", why: "61,9 of 171 million; 2019 is over" });
  s.expect(`H${r}`, { indicator: "Thu Quỹ phòng, chống thiên tai năm 2020 · Cộng", target: "172 triệu đồng (column G, SUM)", status: "pending", why: "30,0 of 172 million to 31 August" });
  s.expect(`I${r}|K${r}`, { indicator: "Thu Quỹ phòng, chống thiên tai 2018-2020 · Cộng", target: "513 triệu đồng (column J, SUM)", status: "pending", why: "168,1 of 513 million (32,8%) with four months left" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Số liệu do UBND các xã, thị trấn cung cấp tại buổi giám sát ngày 21/9/2020.", "- Kế hoạch thu hằng năm do UBND huyện giao theo số lao động và giá trị tài sản của tổ chức, hộ gia đình."]);
  signature(s, r + 6, { col: "B", title: "THƯ KÝ ĐOÀN GIÁM SÁT", name: "Nguyễn Thị Bé Ba" }, { col: "I", title: "TRƯỞNG BAN", name: "Lê Văn Đặng" });
  b.facts = {
    sheet: "Giam sat quy PCTT",
    headerRows: "7-8",
    nameColumn: "B (Đơn vị)",
    target: "per year the Kế hoạch column of each pair (C for 2018, E for 2019, G for 2020, in triệu đồng); column J (Kế hoạch 3 năm) for the cumulative",
    actualColumns: "D, F, H (Đã thu of each year; H to 31 August 2020, \"Chưa thu\" in one row); I (Lũy kế đã thu, a SUM) or K (its rate, a ROUND fraction)",
    ignoreColumns: "A (TT), L (Ghi chú)",
    totalRows: "13 (Cộng: SUM of rows 9-12; judged)",
    targetRows: "none",
    otherRows: "the unit line \"ĐVT: triệu đồng\" (row 6); notes and signature under the table",
    asOf: "2020-09-21",
    period: "2018-2020",
    notes: "Three years side by side: 2018 and 2019 are over, so short is not met and past the plan exceeded (Phú Cường 24,2 and 21,5 against 19); 2020 to 31 August is pending, and \"Chưa thu\" with four months left is pending too, not overdue. The three-year cumulative: Phú Cường's 58,0 of 58 is met; the others pending until the end of 2020, though their past years already failed.",
  };
  return b;
}
