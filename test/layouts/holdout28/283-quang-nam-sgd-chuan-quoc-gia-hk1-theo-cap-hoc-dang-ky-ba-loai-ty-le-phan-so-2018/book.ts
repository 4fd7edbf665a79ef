// Layout 283: a province department's term-one count of national-standard schools by level (Sở GD&ĐT Quảng Nam, school year 2017-2018): the year's registrations in three kinds (new at level 1, re-recognised after five years, level 2) beside the recognitions made in term one in the same three kinds, the cumulative count and its rate as a percent fraction, the goal for 2020 typed as text; read in January: short of the year's registration pending, reached met or past, the 2020 goals not due.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kiểm tra, công nhận trường đạt chuẩn quốc gia học kỳ I năm học 2017-2018, Sở GD-ĐT Quảng Nam");
  const s = b.sheet("CQG HKI 2017-2018");
  s.cols([5, 16, 10, 10, 10, 10, 10, 10, 10, 11, 10, 12, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Nam, ngày 15 tháng 01 năm 2018",
    title: ["BIỂU TỔNG HỢP KẾT QUẢ CÔNG NHẬN TRƯỜNG ĐẠT CHUẨN QUỐC GIA", "Học kỳ I năm học 2017-2018 (so với đăng ký đầu năm học)"],
    leftSpan: ["A", "C"],
    rightSpan: ["H", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Cấp học", head);
  s.merge("C8:C9", "Tổng số trường", head);
  s.merge("D8:F8", "Đăng ký công nhận năm học 2017-2018", head);
  s.row("D9", ["Mới mức độ 1", "Công nhận lại", "Mức độ 2"], head);
  s.merge("G8:I8", "Đã công nhận trong học kỳ I", head);
  s.row("G9", ["Mới mức độ 1", "Công nhận lại", "Mức độ 2"], head);
  s.merge("J8:K8", "Lũy kế đạt chuẩn", head);
  s.row("J9", ["Số trường", "Tỷ lệ"], head);
  s.merge("L8:L9", "Mục tiêu đến năm 2020", head);
  s.merge("M8:M9", "Ghi chú", head);
  type D = [string, number, CellInput[], number[], number, string, string];
  // level, schools, registered (new, again, level 2), done in term I, cumulative, 2020 goal, note
  const ds: D[] = [
    ["Mầm non", 272, [14, 3, 5], [9, 3, 6], 141, "55%", "06 trường nâng lên mức độ 2"],
    ["Tiểu học", 274, [20, 4, 9], [14, 0, 9], 206, "80%", ""],
    ["THCS", 219, [10, 3, 2], [0, 0, 0], 123, "60%", "Kiểm tra trong học kỳ II"],
    ["THPT", 56, [3, 1, "-"], [0, 0, 0], 15, "35%", "Kiểm tra trong học kỳ II"],
  ];
  const kinds = ["mới mức độ 1", "công nhận lại", "mức độ 2"];
  const regCols = ["D", "E", "F"];
  const doneCols = ["G", "H", "I"];
  const pct = (n: number, d: number) => `${(Math.round((n / d) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
  let r = 10;
  for (const [i, [lvl, total, reg, done, cum, goal, note]] of ds.entries()) {
    s.row(`A${r}`, [String(i + 1), lvl, total, ...reg, ...done, cum, { v: `=J${r}/C${r}`, pct: true, fmt: "0.0%", result: pct(cum, total), border: true, align: "center" }, goal, note], { border: true, align: "center" });
    s.set(`B${r}`, lvl, { border: true, bold: true });
    s.set(`M${r}`, note, { border: true, italic: true, wrap: true });
    reg.forEach((g, k) => {
      if (typeof g !== "number") return;
      const d = done[k];
      const st: Status = d > g ? "exceeded" : d === g ? "met" : "pending";
      const why = st === "pending" ? `${d} of the ${g} registered for the year after term one; term II is to come` : st === "met" ? `all ${g} registered are recognised already` : `${d} recognised against ${g} registered: past the year's registration already`;
      s.expect(`${doneCols[k]}${r}`, { indicator: `Công nhận trường đạt chuẩn quốc gia ${kinds[k]} · ${lvl}`, target: `${g} trường (Đăng ký năm học 2017-2018, column ${regCols[k]})`, status: st, why });
    });
    s.expect(`K${r}|J${r}`, { indicator: `Tỷ lệ trường đạt chuẩn quốc gia · ${lvl}`, target: `${goal} (Mục tiêu đến năm 2020, column L)`, status: "pending", why: `${cum} of ${total} = ${pct(cum, total)} in January 2018, short of ${goal}; the goal is for 2020` });
    r++;
  }
  // r = 14: the province
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}10:${c}13)`, result: v, border: true, bold: true, align: "center" });
  s.row(`A${r}`, ["", "Toàn tỉnh", sum("C", 821), sum("D", 47), sum("E", 11), sum("F", 16), sum("G", 23), sum("H", 3), sum("I", 15), sum("J", 485), { v: `=J${r}/C${r}`, pct: true, fmt: "0.0%", result: "59,1%", border: true, bold: true, align: "center" }, "65%", ""], { border: true, bold: true, align: "center" });
  s.expect(`G${r}`, { indicator: "Công nhận trường đạt chuẩn quốc gia mới mức độ 1 · Toàn tỉnh", target: "47 trường (Đăng ký năm học 2017-2018, column D, SUM)", status: "pending", why: "23 of 47 after term one" });
  s.expect(`H${r}`, { indicator: "Công nhận trường đạt chuẩn quốc gia công nhận lại · Toàn tỉnh", target: "11 trường (column E, SUM)", status: "pending", why: "3 of 11 after term one" });
  s.expect(`I${r}`, { indicator: "Công nhận trường đạt chuẩn quốc gia mức độ 2 · Toàn tỉnh", target: "16 trường (column F, SUM of the numbers; THPT registers none)", status: "pending", why: "15 of 16 after term one: the preschools' one beyond their registration does not cover the lower secondary schools' two" });
  s.expect(`K${r}|J${r}`, { indicator: "Tỷ lệ trường đạt chuẩn quốc gia · Toàn tỉnh", target: "65% (Mục tiêu đến năm 2020, column L)", status: "pending", why: "485 of 821 = 59,1%; the goal is for 2020" });
  notes(s, r + 2, "B", ["Ghi chú:", "- Số liệu tính đến ngày 10/01/2018; các trường còn lại theo đăng ký sẽ được kiểm tra trong học kỳ II.", "- Công nhận lại: trường hết thời hạn 05 năm được kiểm tra công nhận lại mức độ 1.", "- Mục tiêu đến năm 2020 theo Kế hoạch phát triển giáo dục của tỉnh giai đoạn 2016-2020."]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Võ Thị Xuân" }, { col: "I", title: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", name: "Trần Văn Phước" });
  b.facts = {
    sheet: "CQG HKI 2017-2018",
    headerRows: "8-9 (merged groups: Đăng ký … over D-F, Đã công nhận trong học kỳ I over G-I, Lũy kế over J-K)",
    nameColumn: "B (Cấp học)",
    target: "columns D, E, F (the year's registrations, one per kind) for G, H, I in the same order; column L (Mục tiêu đến năm 2020, text percents) for K",
    actualColumns: "G, H, I (recognised in term one, by kind); K (Tỷ lệ = J/C, a percent fraction)",
    ignoreColumns: "A (TT), C (schools: K's denominator), J (cumulative count: K's numerator), M (Ghi chú)",
    totalRows: "14 (Toàn tỉnh: SUMs; judged)",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2018-01-15",
    period: "2017-2018 (registrations); 2020 (the goals in column L)",
    notes: "A term-one read of the school year's registrations: a kind short of its registration is pending (term II is to come), one reached is met (MN re-recognition 3/3, TH level 2 9/9), one past it exceeded (MN level 2 6/5); the province's level 2 is 15 of 16, pending. THPT registers no level-2 school (\"-\"): not judged. The rates against the 2020 goals are all short and not yet due: pending. Each done column pairs with the registration column of the same kind, three columns to its left.",
  };
  return b;
}
