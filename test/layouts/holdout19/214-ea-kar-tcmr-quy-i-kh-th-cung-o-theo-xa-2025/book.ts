// Layout 214: a district health centre's quarter-one immunisation table by commune (Ea Kar, Đắk Lắk, under the province's 2025 EPI plan): plan and result typed together in one cell ("58/56"), the clerk's rate typed beside it, three vaccines as merged column groups with their floors written only in the group headers (≥ 95%, ≥ 95%, ≥ 85%), a commune above 100% because children moved in, a commune not reported for one vaccine, the district row typed as text with its own rates and a note where a commune is missing.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả tiêm chủng mở rộng quý I/2025 theo xã, thị trấn, Trung tâm Y tế huyện Ea Kar (Đắk Lắk)");
  const s = b.sheet("TCMR quy I 2025");
  s.cols([5, 20, 13, 11, 13, 11, 13, 11, 32]);
  titleBlock(s, {
    left: ["SỞ Y TẾ ĐẮK LẮK", "TRUNG TÂM Y TẾ HUYỆN EA KAR"],
    date: "Ea Kar, ngày 08 tháng 4 năm 2025",
    title: ["KẾT QUẢ TIÊM CHỦNG MỞ RỘNG QUÝ I NĂM 2025 - CỤM 1", "(Theo Kế hoạch số 19/KH-UBND ngày 21/01/2025 của UBND tỉnh; số liệu từ 01/01 đến 31/3/2025)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  const groups: Array<[string, string, number]> = [
    ["C", "Tiêm chủng đầy đủ trẻ dưới 1 tuổi (chỉ tiêu ≥ 95%)", 95],
    ["E", "Tiêm vắc xin Sởi mũi 2 cho trẻ 18 tháng (chỉ tiêu ≥ 95%)", 95],
    ["G", "Tiêm vắc xin viêm gan B sơ sinh trong 24 giờ (chỉ tiêu ≥ 85%)", 85],
  ];
  const nextCol = (c: string) => String.fromCharCode(c.charCodeAt(0) + 1);
  for (const [c, label] of groups) {
    s.merge(`${c}8:${nextCol(c)}8`, label, head);
    s.row(`${c}9`, ["KH/TH (trẻ)", "Tỷ lệ (%)"], head);
  }
  s.merge("I8:I9", "Ghi chú", head);
  // [xã, [kh, th] | text per vaccine, ghi chú]
  type P = [number, number] | string;
  type R = [string, P, P, P, string];
  const rows: R[] = [
    ["TT Ea Kar", [58, 56], [55, 52], [50, 44], ""],
    ["TT Ea Knốp", [40, 38], [42, 41], [36, 30], ""],
    ["Ea Đar", [72, 70], [70, 63], [65, 57], ""],
    ["Ea Kmút", [35, 36], [33, 32], [30, 27], "01 trẻ từ xã Ea Ô chuyển đến tiêm tại trạm"],
    ["Cư Ni", [66, 61], [60, 58], [58, 49], ""],
    ["Ea Păl", [48, 46], "Chưa báo cáo", [40, 34], "Sổ tiêm Sởi mũi 2 chưa cập nhật"],
    ["Cư Huê", [44, 42], [41, 39], [39, 33], ""],
    ["Ea Sô", [38, 31], [36, 30], [30, 21], "Xã ĐBKK; 02 buổi tiêm lùi do thiếu vắc xin tháng 02"],
  ];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const vi1 = (x: number) => x.toFixed(1).replace(".", ",");
  const vi2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const first = 10;
  const names = ["Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", "Tỷ lệ trẻ 18 tháng được tiêm vắc xin Sởi mũi 2", "Tỷ lệ trẻ sơ sinh được tiêm viêm gan B trong 24 giờ"];
  rows.forEach(([xa, a, bb, c, note], i) => {
    const r = first + i;
    const cells: CellInput[] = [i + 1, xa];
    [a, bb, c].forEach((p) => {
      if (typeof p === "string") cells.push(p, "");
      else cells.push(`${p[0]}/${p[1]}`, { v: r1((p[1] / p[0]) * 100), fmt: "0.0" });
    });
    cells.push(note);
    s.row(`A${r}`, cells, { border: true, align: "center", wrap: true });
    s.set(`I${r}`, note, { border: true, wrap: true });
    [a, bb, c].forEach((p, k) => {
      const [col, , floor] = groups[k];
      const rc = nextCol(col);
      const target = `≥ ${floor}% (tiêu đề cột)`;
      if (typeof p === "string") {
        s.expect(`${rc}${r}|${col}${r}`, { indicator: `${xa} · ${names[k]}`, target, actual: p, status: "no_data", why: "not reported" });
        return;
      }
      const exact = (p[1] / p[0]) * 100;
      const st: Status = exact > floor ? "exceeded" : Math.abs(exact - floor) < 1e-9 ? "met" : "not_met";
      const extra = exact > 100 ? " (above 100: a child who moved in was vaccinated here; above the floor either way)" : "";
      s.expect(`${rc}${r}|${col}${r}`, { indicator: `${xa} · ${names[k]}`, target, status: st, why: `${p[1]}/${p[0]} = ${vi2(exact)} (shown ${vi1(r1(exact))})${st === "met" ? ", at the floor" : st === "exceeded" ? ` above ${floor}` : ` under ${floor}`}${extra}` });
    });
  });
  const last = first + rows.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Cộng cụm 1 (8 xã, thị trấn)", "401/380", { v: 94.8, fmt: "0.0" }, "Chưa đủ số liệu (thiếu Ea Păl)", "", "348/295", { v: 84.8, fmt: "0.0" }, "Cụm 2 (8 xã) báo cáo theo biểu riêng"], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`D${tot}|C${tot}`, { indicator: `Cộng cụm 1 · ${names[0]}`, target: "≥ 95% (tiêu đề cột)", status: "not_met", why: "380/401 = 94,76 (shown 94,8) under 95" });
  s.expect(`F${tot}|E${tot}`, { indicator: `Cộng cụm 1 · ${names[1]}`, target: "≥ 95% (tiêu đề cột)", actual: "Chưa đủ số liệu (thiếu Ea Păl)", status: "no_data", why: "Ea Păl's plan and result are missing, so the total is not known" });
  s.expect(`H${tot}|G${tot}`, { indicator: `Cộng cụm 1 · ${names[2]}`, target: "≥ 85% (tiêu đề cột)", status: "not_met", why: "295/348 = 84,77 (shown 84,8) under 85" });
  const rollUps = names.map((n) => s.rollUp(` · ${n}`, "xã"));
  notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- KH/TH: số trẻ trong kế hoạch quý I / số trẻ đã tiêm; tỷ lệ = TH/KH × 100, làm tròn 1 chữ số thập phân.",
    "- Chỉ tiêu tỷ lệ theo Kế hoạch số 19/KH-UBND, áp dụng cho từng quý; trẻ chuyển đến được tiêm tại trạm tính vào số đã tiêm của xã.",
  ]);
  signature(s, tot + 6, { col: "B", title: "KHOA KSBT - HIV/AIDS", name: "Y Blêk Niê" }, { col: "G", title: "GIÁM ĐỐC", name: "Trần Quốc Việt" });
  b.facts = {
    sheet: "TCMR quy I 2025",
    headerRows: "8-9 (vaccine groups with their floors in the header text, then KH/TH and Tỷ lệ)",
    nameColumn: "B (Xã, thị trấn)",
    target: "the group headers in row 8: C-D \"≥ 95%\", E-F \"≥ 95%\", G-H \"≥ 85%\"",
    actualColumns: "D, F, H (Tỷ lệ, typed); C, E, G hold plan and result together as text (\"58/56\")",
    ignoreColumns: "A (TT), I (Ghi chú)",
    totalRows: `${tot} (Cộng cụm 1: typed KH/TH text and rates for the eight units above; judged, one vaccine without data)`,
    targetRows: "none (targets in the headers)",
    otherRows: `notes ${tot + 2}-${tot + 4}; signature from ${tot + 6}`,
    asOf: "2025-04-08",
    period: "Quý I/2025",
    rollUps,
    notes: "Plan and result share one text cell (KH/TH) beside the clerk's rounded rate; the floors are only in the group headers and apply to each quarter (notes). 38/40 = 95,00 and 34/40 = 85,00 at their floors; 52/55 = 94,55 (shown 94,5) short; 36/35 above 100 because a child moved in. Ea Păl has not reported measles dose 2, so neither it nor the cluster's total for that vaccine is known.",
  };
  return b;
}
