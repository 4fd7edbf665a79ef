// Layout 225: a lower-secondary school's first-term learning results by class (THCS Tân Bình, TP Tam Điệp, Ninh Bình, 2021-2022), the year grade 6 moved to the new rating scale (Tốt / Khá / Đạt / Chưa đạt) while grades 7-9 kept the old one (Giỏi / Khá / TB / Yếu, Kém): one header with both labels, two class blocks each under its own section row and its own target row ("Chỉ tiêu năm học"), rates as numbers 0-100 from formulas, a merged class left as a hidden row, a whole-school row mixing both scales (not judged); the year's targets read after term one.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả học tập học kỳ I năm học 2021-2022 theo lớp, Trường THCS Tân Bình (TP Tam Điệp, Ninh Bình)");
  const s = b.sheet("KQ hoc tap HK I");
  s.cols([5, 16, 8, 7, 8, 7, 8, 7, 8, 7, 8, 9, 9, 28]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT TP TAM ĐIỆP", "TRƯỜNG THCS TÂN BÌNH"],
    number: "Biểu 01 (kèm theo Báo cáo sơ kết học kì I)",
    date: "Tân Bình, ngày 06 tháng 01 năm 2022",
    title: ["KẾT QUẢ HỌC TẬP HỌC KÌ I NĂM HỌC 2021 - 2022", "Khối 6 đánh giá theo Thông tư 22/2021/TT-BGDĐT; khối 7, 8, 9 theo Thông tư 58/2011/TT-BGDĐT"],
    leftSpan: ["A", "C"],
    rightSpan: ["H", "N"],
    titleSpan: ["A", "N"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Lớp", head).merge("C8:C9", "Sĩ số", head);
  s.merge("D8:E8", "Giỏi (Tốt)", head).merge("F8:G8", "Khá", head).merge("H8:I8", "TB (Đạt)", head).merge("J8:K8", "Yếu, Kém (Chưa đạt)", head);
  s.merge("L8:M8", "Giỏi + Khá (Tốt + Khá)", head).merge("N8:N9", "Ghi chú", head);
  s.row("D9", ["SL", "%", "SL", "%", "SL", "%", "SL", "%", "SL", "%"], head);
  type C = [string, number, number, number, number, number, string];
  const vi = (n: number) => n.toFixed(2).replace(".", ",");
  let r = 10;
  const classRows: number[] = [];
  const block = (title: string, tgtTop: string, tgtLow: string, scaleTop: string, scaleLow: string, classes: C[], hidden?: C) => {
    s.merge(`A${r}:N${r}`, title, { bold: true, border: true });
    r++;
    s.row(`A${r}`, ["", "Chỉ tiêu năm học", "", "", "", "", "", "", "", "", tgtLow, "", tgtTop, "Theo Kế hoạch giáo dục nhà trường năm học 2021-2022"], { ...bd, italic: true });
    s.set(`N${r}`, "Theo Kế hoạch giáo dục nhà trường năm học 2021-2022", { border: true, wrap: true, italic: true });
    r++;
    const all = hidden ? [...classes, hidden] : classes;
    all.forEach(([lop, ss, g, k, tb, y, note]) => {
      const pc = (col: string) => ({ v: `=ROUND(${col}${r}/C${r}*100,2)`, fmt: "0.00" as const });
      if (ss === 0) {
        s.row(`A${r}`, ["", lop, 0, "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", note], bd);
        s.hideRows(r);
        r++;
        return;
      }
      s.row(`A${r}`, ["", lop, ss, g, { ...pc("D"), result: Math.round((g / ss) * 10000) / 100 }, k, { ...pc("F"), result: Math.round((k / ss) * 10000) / 100 }, tb, { ...pc("H"), result: Math.round((tb / ss) * 10000) / 100 }, y, { ...pc("J"), result: Math.round((y / ss) * 10000) / 100 }, { v: `=D${r}+F${r}`, result: g + k }, { ...pc("L"), result: Math.round(((g + k) / ss) * 10000) / 100 }, note], bd);
      s.set(`N${r}`, note, { border: true, wrap: true, italic: true });
      classRows.push(r);
      const top = Math.round(((g + k) / ss) * 10000) / 100;
      const low = Math.round((y / ss) * 10000) / 100;
      const tTop = Number(tgtTop.replace(/[^\d]/g, ""));
      const tLow = Number(tgtLow.replace(/[^\d]/g, ""));
      const stTop: [Status, string] = top > tTop ? ["exceeded", `${g + k}/${ss} = ${vi(top)}%, past the year's ${tTop}% after term one`] : top === tTop ? ["met", `${g + k}/${ss} = ${vi(top)}%, at the year's ${tTop}%`] : ["pending", `${g + k}/${ss} = ${vi(top)}%, short of the year's ${tTop}% after term one: the year is not over`];
      const stLow: [Status, string] = low <= tLow ? ["met", `${y}/${ss} = ${vi(low)}%, within the ${tLow}% cap`] : ["pending", `${y}/${ss} = ${vi(low)}%, over the year's ${tLow}% cap after term one: the year's rating is made at its end`];
      s.expect(`M${r}`, { indicator: `${lop} · Tỷ lệ ${scaleTop}`, target: `${tgtTop} (dòng Chỉ tiêu năm học của khối)`, status: stTop[0], why: stTop[1] });
      s.expect(`K${r}`, { indicator: `${lop} · Tỷ lệ ${scaleLow}`, target: `${tgtLow} (dòng Chỉ tiêu năm học của khối)`, status: stLow[0], why: stLow[1] });
      r++;
    });
  };
  const first = r;
  block("I. KHỐI 6 (đánh giá theo Thông tư 22/2021/TT-BGDĐT: Tốt, Khá, Đạt, Chưa đạt)", "≥ 60%", "≤ 2%", "học sinh xếp loại Tốt, Khá", "học sinh xếp loại Chưa đạt", [
    ["6A", 42, 12, 15, 14, 1, ""],
    ["6B", 41, 10, 14, 17, 0, ""],
    ["6C", 40, 11, 13, 16, 0, ""],
    ["6D", 40, 8, 12, 19, 1, "01 HS chuyển đến tháng 11/2021"],
  ], ["6E", 0, 0, 0, 0, 0, "Đã ghép vào 6C, 6D từ 15/9/2021"]);
  block("II. KHỐI 7, 8, 9 (đánh giá theo Thông tư 58/2011/TT-BGDĐT: Giỏi, Khá, Trung bình, Yếu, Kém)", "≥ 55%", "≤ 3%", "học sinh học lực Giỏi, Khá", "học sinh học lực Yếu, Kém", [
    ["7A", 38, 9, 13, 15, 1, ""],
    ["7B", 39, 6, 14, 17, 2, ""],
    ["8A", 37, 10, 14, 13, 0, ""],
    ["8B", 36, 7, 13, 15, 1, ""],
    ["8C", 38, 5, 12, 19, 2, "02 HS nghỉ học dài ngày"],
    ["9A", 40, 12, 16, 12, 0, ""],
    ["9B", 40, 8, 14, 17, 1, ""],
  ]);
  const sum = (col: string) => `=${classRows.map((x) => `${col}${x}`).join("+")}`;
  s.row(`A${r}`, ["", "Toàn trường", { v: sum("C"), result: 431 }, { v: sum("D"), result: 98 }, "", { v: sum("F"), result: 150 }, "", { v: sum("H"), result: 174 }, "", { v: sum("J"), result: 9 }, "", { v: sum("L"), result: 248 }, { v: `=ROUND(L${r}/C${r}*100,2)`, fmt: "0.00", result: 57.54 }, "Cộng chung hai thang đánh giá"], { ...bd, bold: true });
  const total = r;
  notes(s, total + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm học ghi ở dòng đầu mỗi khối; khối 6 và khối 7, 8, 9 có chỉ tiêu riêng do đánh giá theo hai thông tư khác nhau.",
    "- Dòng Toàn trường cộng chung để báo cáo số liệu, không so sánh với chỉ tiêu.",
    "- Kết quả cả năm đánh giá vào cuối học kì II.",
  ]);
  signature(s, total + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thị Lan" }, { col: "J", title: "HIỆU TRƯỞNG", name: "Đinh Văn Tuấn" });
  b.facts = {
    sheet: "KQ hoc tap HK I",
    headerRows: "8-9 (one header carrying both scales' labels: \"Giỏi (Tốt)\", \"TB (Đạt)\", \"Yếu, Kém (Chưa đạt)\")",
    nameColumn: "B (Lớp)",
    target: "the \"Chỉ tiêu năm học\" row at the head of each block (rows 11 and 18): M for Giỏi + Khá / Tốt + Khá, K for Yếu, Kém / Chưa đạt",
    actualColumns: "M (Giỏi + Khá %, formula), K (Yếu, Kém % / Chưa đạt %, formula)",
    ignoreColumns: "A (TT), C-J (counts and the other shares), L (the count behind M), N (Ghi chú)",
    totalRows: `${total} (Toàn trường: mixes both scales, not judged)`,
    targetRows: "11 (khối 6), 18 (khối 7, 8, 9)",
    otherRows: `sections 10 and 17; 16 hidden (6E merged, "-"); notes ${total + 2}-${total + 5}; signature from ${total + 7}`,
    asOf: "2022-01-06",
    period: "Năm học 2021-2022 (học kì I)",
    rollUps: [s.rollUp(" · Tỷ lệ học sinh xếp loại Tốt, Khá", "lớp"), s.rollUp(" · Tỷ lệ học sinh học lực Giỏi, Khá", "lớp")],
    notes: "Two blocks, two scales, each class judged against its own block's target row (6C's 60,00 meets ≥ 60; 9B's 55,00 meets ≥ 55; 8B's 55,56 passes). The targets are the year's, read after term one: a share past a floor is exceeded, a cap held is met; a share short of a floor or over a cap is pending, since the year's rating is made at the end of term II. The hidden 6E row is a merged class; the whole-school row mixes both scales and is not judged.",
  };
  return b;
}
