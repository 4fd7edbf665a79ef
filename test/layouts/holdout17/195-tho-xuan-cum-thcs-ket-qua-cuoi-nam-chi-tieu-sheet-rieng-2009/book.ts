// Layout 195: a district education office's year-end results for one cluster of lower-secondary schools against the targets it set each school (Thọ Xuân, Thanh Hóa, 2008-2009): the targets on a first sheet, the results on a second in another order and spelling ("THCS Xuân Lai" / "Xuân Lai"), ROUND rates, a school not reported, a school outside the plan, a "-" target, a prize count typed "02 giải", the cluster's SUM row.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả cuối năm học 2008-2009 so với chỉ tiêu giao, cụm chuyên môn THCS số 3, Phòng Giáo dục và Đào tạo Thọ Xuân (Thanh Hóa)");
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  // Sheet 1: targets
  const p = b.sheet("Chi tieu giao");
  p.cols([5, 26, 14, 14, 14, 26]);
  titleBlock(p, {
    left: ["UBND HUYỆN THỌ XUÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thọ Xuân, ngày 15 tháng 9 năm 2008",
    title: ["CHỈ TIÊU CHẤT LƯỢNG GIAO CÁC TRƯỜNG THCS NĂM HỌC 2008-2009", "(Cụm chuyên môn số 3; kèm theo Kế hoạch nhiệm vụ năm học của Phòng GD&ĐT)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  p.row("A8", ["TT", "Trường", "Tỷ lệ học sinh lên lớp (%)", "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS (%)", "Số giải học sinh giỏi cấp huyện (giải)", "Ghi chú"], head);
  p.merge("C9:E9", "(Tỷ lệ, số giải tối thiểu phải đạt)", { italic: true, align: "center", border: true });
  // plan order: [name, lên lớp, TN, HSG]
  const plan: [string, number, number, number | "-", string][] = [
    ["THCS Xuân Lai", 97, 98, 6, ""],
    ["THCS Thọ Hải", 96, 97, 4, ""],
    ["THCS Xuân Hòa", 97, 98, 5, ""],
    ["THCS Nam Giang", 95, 96, 3, ""],
    ["THCS Bắc Lương", 96, 97, 3, ""],
    ["THCS Xuân Tín", 96, 97, 4, ""],
    ["THCS Thọ Diên", 95, 96, "-", "Trường mới sáp nhập, chưa giao chỉ tiêu HSG"],
    ["THCS Xuân Trường", 96, 97, 4, ""],
  ];
  plan.forEach((x, i) => p.row(`A${10 + i}`, [i + 1, ...x], { border: true, align: "center" }));
  const pLast = 10 + plan.length - 1;
  signature(p, pLast + 2, { col: "B", title: "NGƯỜI LẬP", name: "Lê Văn Thành" }, { col: "D", title: "TRƯỞNG PHÒNG", name: "Nguyễn Đình Lợi" });
  // Sheet 2: results
  const s = b.sheet("KQ cuoi nam");
  s.cols([5, 18, 10, 10, 10, 10, 11, 10, 12, 32]);
  titleBlock(s, {
    left: ["UBND HUYỆN THỌ XUÂN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thọ Xuân, ngày 20 tháng 8 năm 2009",
    title: ["TỔNG HỢP KẾT QUẢ CUỐI NĂM HỌC 2008-2009 CÁC TRƯỜNG THCS CỤM SỐ 3", "(Số liệu sau kiểm tra lại, rèn luyện trong hè; đối chiếu với chỉ tiêu giao tại biểu Chỉ tiêu giao)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường THCS", head).merge("C8:C9", "Tổng số HS", head);
  s.merge("D8:E8", "Lên lớp", head).row("D9", ["SL", "%"], head);
  s.merge("F8:F9", "HS lớp 9", head).merge("G8:H8", "Công nhận tốt nghiệp THCS", head).row("G9", ["SL", "%"], head);
  s.merge("I8:I9", "Giải HSG cấp huyện", head).merge("J8:J9", "Ghi chú", head);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // results order: [name, HS, lên lớp, lớp 9, TN, HSG (number or text), note] ; "" = not reported
  type R = [string, number | "", number | "", number | "", number | "", number | string, string];
  const res: R[] = [
    ["Thọ Hải", 412, 399, 98, 95, 4, ""],
    ["Xuân Lai", 520, 505, 128, 126, 7, ""],
    ["Nam Giang", 305, 290, 75, 72, "02 giải", ""],
    ["Xuân Hòa", 468, 454, 115, 113, 5, ""],
    ["Lam Sơn", 390, 381, 96, 95, 6, "Trường thuộc cụm từ tháng 01/2009"],
    ["Xuân Trường", 350, 336, 88, 85, 4, ""],
    ["Bắc Lương", 280, 268, 70, 68, 3, ""],
    ["Xuân Tín", "", "", "", "", "", "Chưa gửi báo cáo"],
    ["Thọ Diên", 260, 251, 62, 61, 1, ""],
  ];
  const first = 10;
  const last = first + res.length - 1;
  const st = (a: number, t: number): Status => (a > t ? "exceeded" : a === t ? "met" : "not_met");
  res.forEach((x, i) => {
    const r = first + i;
    const [name, hs, ll, l9, tn, hsg, note] = x;
    const pl = typeof ll === "number" && typeof hs === "number" ? r2((ll / hs) * 100) : "";
    const pt = typeof tn === "number" && typeof l9 === "number" ? r2((tn / l9) * 100) : "";
    s.row(`A${r}`, [i + 1, name, hs, ll, { v: `=IF(C${r}="","",ROUND(D${r}/C${r}*100,2))`, result: pl, fmt: "0.00" }, l9, tn, { v: `=IF(F${r}="","",ROUND(G${r}/F${r}*100,2))`, result: pt, fmt: "0.00" }, hsg, note], { border: true, align: "center", wrap: true });
    const pr = plan.find((q) => q[0] === `THCS ${name}`);
    if (!pr) return; // Lam Sơn: outside the plan, not judged
    const tgt = (v: number | string) => `${v} (biểu Chỉ tiêu giao, ${pr[0]})`;
    if (hs === "") {
      for (const [c, ind, t] of [["E", "Tỷ lệ học sinh lên lớp", pr[1]], ["H", "Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", pr[2]], ["I", "Số giải học sinh giỏi cấp huyện", pr[3]]] as const) {
        s.expect(c === "I" ? `I${r}` : `${c}${r}|${c === "E" ? "D" : "G"}${r}`, { indicator: `${name} · ${ind}`, target: tgt(t), actual: "(trống)", status: "no_data", why: "the school has not reported (Ghi chú)" });
      }
      return;
    }
    s.expect(`E${r}|D${r}`, { indicator: `${name} · Tỷ lệ học sinh lên lớp`, target: tgt(pr[1]), status: st(pl as number, pr[1]), why: `${ll}/${hs} = ${vi(pl as number)} against ${pr[1]}` });
    s.expect(`H${r}|G${r}`, { indicator: `${name} · Tỷ lệ học sinh lớp 9 tốt nghiệp THCS`, target: tgt(pr[2]), status: st(pt as number, pr[2]), why: `${tn}/${l9} = ${vi(pt as number)} against ${pr[2]}` });
    if (pr[3] !== "-") {
      const n = typeof hsg === "number" ? hsg : parseInt(String(hsg), 10);
      s.expect(`I${r}`, { indicator: `${name} · Số giải học sinh giỏi cấp huyện`, target: tgt(pr[3]), status: st(n, pr[3] as number), why: typeof hsg === "string" ? `"${hsg}" typed with its unit: 2 prizes against 3` : `${n} against ${pr[3]}` });
    }
  });
  const t = last + 1;
  const valid = res.filter((x) => typeof x[1] === "number") as [string, number, number, number, number, number | string, string][];
  const sum = (c: string, k: 1 | 2 | 3 | 4): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: valid.reduce((a, x) => a + x[k], 0) });
  const HS = valid.reduce((a, x) => a + x[1], 0), LL = valid.reduce((a, x) => a + x[2], 0), L9 = valid.reduce((a, x) => a + x[3], 0), TN = valid.reduce((a, x) => a + x[4], 0);
  const HSG = valid.reduce((a, x) => a + (typeof x[5] === "number" ? x[5] : 0), 0);
  s.row(`A${t}`, ["", "Cộng cụm", sum("C", 1), sum("D", 2), { v: `=ROUND(D${t}/C${t}*100,2)`, result: r2((LL / HS) * 100), fmt: "0.00" }, sum("F", 3), sum("G", 4), { v: `=ROUND(G${t}/F${t}*100,2)`, result: r2((TN / L9) * 100), fmt: "0.00" }, { v: `=SUM(I${first}:I${last})`, result: HSG }, ""], { border: true, bold: true, align: "center" });
  const rollUps = [s.rollUp(" · Tỷ lệ học sinh lên lớp", "trường"), s.rollUp(" · Tỷ lệ học sinh lớp 9 tốt nghiệp THCS", "trường"), s.rollUp(" · Số giải học sinh giỏi cấp huyện", "trường")];
  notes(s, t + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu từng trường xem biểu \"Chi tieu giao\" (Kế hoạch nhiệm vụ năm học 2008-2009 của Phòng GD&ĐT).",
    "- Tỷ lệ lên lớp tính sau kiểm tra lại và rèn luyện hạnh kiểm trong hè; tỷ lệ tốt nghiệp theo quyết định công nhận tháng 6/2009.",
  ]);
  signature(s, t + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Văn Thành" }, { col: "G", title: "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", name: "Lê Thị Hoa" });
  b.facts = {
    sheet: "KQ cuoi nam",
    headerRows: "8-9 (merged groups)",
    nameColumn: "B (Trường THCS, without the \"THCS\" of the targets sheet)",
    target: "sheet \"Chi tieu giao\" rows 10-17 (C lên lớp %, D tốt nghiệp %, E giải HSG), matched by school name; the two sheets list the schools in different orders",
    actualColumns: "E (of D over C), H (of G over F), I (prizes)",
    ignoreColumns: "C, D, F, G (counts behind the rates), J (Ghi chú)",
    totalRows: `${t} (Cộng cụm: includes Lam Sơn, outside the plan, and misses Xuân Tín; not judged: the targets are set for each school)`,
    targetRows: "none on this sheet",
    otherRows: `notes ${t + 2}-${t + 4}; signature from ${t + 6}; row 14 (Lam Sơn: no target, not judged)`,
    asOf: "2009-08-20",
    period: "Năm học 2008-2009",
    rollUps,
    notes: "Targets on the first sheet, results on the second in another order and without \"THCS\" in the names. Floors: equal is met (Nam Giang 96,00, Xuân Trường 96,00), above exceeded. Xuân Tín has not reported (no data on all three). Lam Sơn joined the cluster mid-year and has no target (not judged). Thọ Diên's prize target is \"-\" (not judged). Nam Giang's prizes are typed \"02 giải\" (2 against 3). The cluster's total row is not judged.",
  };
  return b;
}
