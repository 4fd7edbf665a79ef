// Layout 16: a lower-secondary school's quality targets by grade with interleaved "Đăng ký" / "Thực hiện" rows (THCS Buôn Trấp, 2008-2009).
import { Book, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Chỉ tiêu chất lượng học lực theo khối: đăng ký và thực hiện, Trường THCS Buôn Trấp, năm học 2008-2009");
  const s = b.sheet("Chất lượng");
  s.cols([10, 14, 11, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT KRÔNG ANA", "TRƯỜNG THCS BUÔN TRẤP"],
    date: "Buôn Trấp, ngày 25 tháng 5 năm 2009",
    title: ["CHỈ TIÊU CHẤT LƯỢNG HỌC LỰC NĂM HỌC 2008-2009", "(Đăng ký đầu năm và kết quả thực hiện cuối năm)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "Khối", head).merge("B8:B9", "Sĩ số", head).merge("C8:C9", "Nội dung", head);
  const cats = ["Giỏi", "Khá", "Trung bình", "Yếu", "Kém"];
  cats.forEach((c, i) => {
    const col = "DFHJL"[i];
    const col2 = "EGIKM"[i];
    s.merge(`${col}8:${col2}8`, c, head);
    s.row(`${col}9`, ["SL", "%"], head);
  });
  const bd = { border: true, align: "center" as const };
  // [grade, enrolment, registered % per category ("" = none), achieved counts]
  type G = [string, number, Array<number | "">, number[]];
  const grades: G[] = [
    ["Khối 6", 435, [12, 40, "", 5, 0], [55, 170, 191, 19, 0]],
    ["Khối 7", 382, [10, 38, "", 5, 0], [38, 152, 170, 21, 1]],
    ["Khối 8", 319, [8, 35, "", 6, 0.5], [30, 112, 157, 19, 1]],
    ["Khối 9", 339, [15, 45, "", 3, 0], [52, 150, 129, 8, 0]],
  ];
  const dir: Array<"up" | "down" | null> = ["up", "up", null, "down", "down"];
  let r = 10;
  for (const [name, n, reg, got] of grades) {
    s.merge(`A${r}:A${r + 1}`, name, { ...bd, bold: true });
    s.merge(`B${r}:B${r + 1}`, `${n} em`, bd);
    s.set(`C${r}`, "Đăng ký", { ...bd, italic: true });
    s.set(`C${r + 1}`, "Thực hiện", bd);
    cats.forEach((cat, i) => {
      const sl = "DFHJL"[i];
      const pc = "EGIKM"[i];
      s.set(`${sl}${r}`, "", bd);
      s.set(`${pc}${r}`, reg[i] === "" ? "" : { v: reg[i] as number, fmt: "0.0" }, bd);
      s.set(`${sl}${r + 1}`, got[i], bd);
      s.set(`${pc}${r + 1}`, { v: `=ROUND(${sl}${r + 1}/${n}*100,1)`, fmt: "0.0" }, bd);
      const want = reg[i];
      if (want === "" || dir[i] === null) return;
      const rate = Math.round((got[i] / n) * 1000) / 10;
      const exact = got[i] / n * 100;
      const status: Status = dir[i] === "up" ? (exact > want ? "exceeded" : exact === want ? "met" : "not_met") : exact <= want ? "met" : "not_met";
      s.expect(`${pc}${r + 1}|${sl}${r + 1}`, { indicator: `${name} · Học lực ${cat}`, target: `${dir[i] === "up" ? "≥" : "≤"} ${String(want).replace(".", ",")}% (dòng Đăng ký)`, actual: `${got[i]} (${String(rate).replace(".", ",")}%)`, status, why: `${got[i]}/${n} = ${exact.toFixed(2).replace(".", ",")}%` });
    });
    r += 2;
  }
  s.set(`A${r}`, "Toàn trường", { ...bd, bold: true });
  s.set(`B${r}`, "1.475 em", bd);
  s.set(`C${r}`, "Thực hiện", bd);
  cats.forEach((_, i) => {
    const sl = "DFHJL"[i];
    const pc = "EGIKM"[i];
    s.set(`${sl}${r}`, `=${sl}11+${sl}13+${sl}15+${sl}17`, { ...bd, bold: true });
    s.set(`${pc}${r}`, { v: `=ROUND(${sl}${r}/1475*100,1)`, fmt: "0.0" }, { ...bd, bold: true });
  });
  s.set(`A${r + 2}`, "Ghi chú: chỉ tiêu Giỏi, Khá là tỷ lệ tối thiểu; chỉ tiêu Yếu, Kém là tỷ lệ tối đa; không đăng ký tỷ lệ Trung bình.", { italic: true });
  signature(s, r + 4, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Y Sim Niê" }, { col: "H", title: "HIỆU TRƯỞNG", name: "Phạm Văn Đông" });
  b.facts = {
    sheet: "Chất lượng",
    headerRows: "8-9 (each category over SL | %)",
    nameColumn: "A (Khối, merged over its two rows); C says which row is the target (Đăng ký) and which the result (Thực hiện)",
    target: "the \"Đăng ký\" row of each grade (percent points, Giỏi/Khá at least, Yếu/Kém at most as the note under the table says)",
    actualColumns: "the \"Thực hiện\" row: SL counts and % formulas",
    ignoreColumns: "B (Sĩ số as text \"435 em\"), H-I (Trung bình: nothing registered)",
    totalRows: `${r} (Toàn trường: sums, no registration)`,
    otherRows: `${r + 2} (note), signature below`,
    asOf: "2009-05-25",
    period: "2008-2009",
    rollUps: [],
    notes: "Units (grades) are pairs of rows: target row then result row.",
  };
  return b;
}
