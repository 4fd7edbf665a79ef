// Layout 313: a district education office's return on safe-swimming teaching by school at the end of 2024-2025 (Phòng GD&ĐT huyện Duy Xuyên, Quảng Nam, May 2025): primary and lower-secondary sections, the final-year pupils and those who swim safely with a rate, the 2030 floor typed as words in its own column ("Tối thiểu 55%", "Tối thiểu 65%"), a teacher count whose floor of two per school is written only in its header, a pool mark, section subtotals; read in 2025 against 2030 aims: below is pending, reached early is met or exceeded.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả dạy bơi an toàn cho học sinh năm học 2024-2025 theo trường, Phòng GD&ĐT huyện Duy Xuyên (Quảng Nam)");
  const s = b.sheet("Day boi 2024-2025");
  s.cols([5, 30, 12, 12, 10, 15, 16, 9, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN DUY XUYÊN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Số: 486/PGDĐT-CTHSSV",
    date: "Duy Xuyên, ngày 30 tháng 5 năm 2025",
    title: ["THỐNG KÊ KẾT QUẢ DẠY BƠI AN TOÀN VÀ PHÒNG, CHỐNG ĐUỐI NƯỚC CHO HỌC SINH NĂM HỌC 2024-2025", "(Thực hiện Kế hoạch của UBND tỉnh về tăng cường giáo dục kiến thức, kỹ năng phòng, chống đuối nước cho học sinh giai đoạn 2025-2035)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A9", ["TT", "Trường", "Số học sinh lớp cuối cấp", "Số học sinh biết bơi an toàn", "Tỷ lệ (%)", "Chỉ tiêu đến năm 2030", "Số GV đủ năng lực dạy bơi an toàn (tối thiểu 02 GV/trường đến năm 2030)", "Có bể bơi", "Ghi chú"], head);
  s.row("A10", ["1", "2", "3", "4", "5=4/3", "6", "7", "8", "9"], { italic: true, align: "center", border: true });
  // name, final-year pupils, swim safely, swim teachers, pool, note
  type U = [string, number, number, number, string, string];
  const primary: U[] = [
    ["Trường TH Nguyễn Văn Trỗi", 142, 61, 1, "", ""],
    ["Trường TH Trần Quốc Toản", 118, 70, 2, "x", "Bể bơi lắp ghép"],
    ["Trường TH Lê Văn Tám", 96, 38, 0, "", "Chưa có GV dạy bơi"],
    ["Trường TH Kim Đồng", 120, 66, 2, "", "Phối hợp Trung tâm VHTT"],
    ["Trường TH Nguyễn Bá Ngọc", 85, 29, 1, "", ""],
    ["Trường TH Phan Bội Châu", 104, 48, 3, "", ""],
  ];
  const lower: U[] = [
    ["Trường THCS Lê Quý Đôn", 210, 142, 2, "x", ""],
    ["Trường THCS Nguyễn Du", 176, 98, 1, "", ""],
    ["Trường THCS Chu Văn An", 160, 104, 2, "", ""],
    ["Trường THCS Lương Thế Vinh", 138, 71, 0, "", "Vùng sông nước, cần ưu tiên"],
    ["Trường THCS Phan Châu Trinh", 192, 117, 2, "", ""],
  ];
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const pct = (r: number, a: number, n: number, bold = false): CellInput => ({ v: `=ROUND(D${r}/C${r}*100,2)`, fmt: "0.00", border: true, align: "center", bold, result: Math.round((a / n) * 10000) / 100 });
  const section = (start: number, label: string, units: U[], floor: number, grade: string, sub: string): number => {
    s.merge(`A${start}:I${start}`, label, { bold: true, border: true });
    let r = start + 1;
    for (const [i, [name, n, sw, gv, pool, note]] of units.entries()) {
      s.row(`A${r}`, [String(i + 1), name, n, sw, pct(r, sw, n), `Tối thiểu ${floor}%`, gv, pool, note], { border: true, align: "center" });
      s.set(`B${r}`, name, { border: true });
      s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
      const rate = (sw / n) * 100;
      const st: Status = sw * 100 > floor * n ? "exceeded" : sw * 100 === floor * n ? "met" : "pending";
      s.expect(`D${r}|E${r}`, {
        indicator: `Tỷ lệ học sinh ${grade} biết bơi an toàn · ${name}`,
        target: `tối thiểu ${floor}% (column F), đến năm 2030`,
        status: st,
        why: st === "pending" ? `${sw} of ${n} = ${vi(rate)}%, under ${floor}%; the aim is for 2030` : st === "met" ? `${sw} of ${n} = ${vi(rate)}%: exactly the floor, reached early` : `${sw} of ${n} = ${vi(rate)}%, above ${floor}% already`,
      });
      const gst: Status = gv > 2 ? "exceeded" : gv === 2 ? "met" : "pending";
      s.expect(`G${r}`, {
        indicator: `Số giáo viên đủ năng lực dạy bơi an toàn · ${name}`,
        target: "tối thiểu 02 giáo viên/trường đến năm 2030 (column G's header)",
        status: gst,
        why: gst === "pending" ? `${gv} of at least 2; the aim is for 2030` : gst === "met" ? "2: the floor of two reached" : `${gv}, above the floor of two`,
      });
      r++;
    }
    const N = units.reduce((t, u) => t + u[1], 0);
    const A = units.reduce((t, u) => t + u[2], 0);
    const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${start + 1}:${c}${r - 1})`, result: res, border: true, bold: true, align: "center" });
    s.row(`A${r}`, ["", sub, sum("C", N), sum("D", A), pct(r, A, N, true), `Tối thiểu ${floor}%`, sum("G", units.reduce((t, u) => t + u[3], 0)), String(units.filter((u) => u[4]).length), ""], { border: true, bold: true, align: "center" });
    s.expect(`D${r}|E${r}`, { indicator: `Tỷ lệ học sinh ${grade} biết bơi an toàn · ${sub}`, target: `tối thiểu ${floor}% (column F), đến năm 2030`, status: (A / N) * 100 >= floor ? "met" : "pending", why: `${A} of ${N} = ${vi((A / N) * 100)}%; the aim is for 2030` });
    return r + 1;
  };
  let r = section(11, "I. TIỂU HỌC (học sinh lớp 5)", primary, 55, "lớp 5", "Cộng tiểu học");
  r = section(r, "II. TRUNG HỌC CƠ SỞ (học sinh lớp 9)", lower, 65, "lớp 9", "Cộng THCS");
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Chỉ tiêu đến năm 2030 theo Kế hoạch của UBND tỉnh: tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9 biết bơi an toàn; mỗi trường có tối thiểu 02 giáo viên đủ năng lực tổ chức dạy bơi an toàn.",
    "- Học sinh biết bơi an toàn: được kiểm tra, xác nhận theo hướng dẫn của Bộ GDĐT (bơi được tối thiểu 25 m và biết kỹ năng tự cứu).",
    "- Cột 8: đánh \"x\" nếu trường có bể bơi cố định hoặc di động; dòng cộng ghi số trường có bể bơi.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Huỳnh Thị Mỹ Linh" }, { col: "F", title: "KT. TRƯỞNG PHÒNG - PHÓ TRƯỞNG PHÒNG", name: "Trương Công Danh" });
  b.facts = {
    sheet: "Day boi 2024-2025",
    headerRows: "9 (with a column-number row 10: \"5=4/3\")",
    nameColumn: "B (Trường)",
    target: "column F (\"Tối thiểu 55%\" for primary rows, \"Tối thiểu 65%\" for lower-secondary rows, typed as words) for the swimming rate; column G's header (\"tối thiểu 02 GV/trường đến năm 2030\") for the teacher count; both aims are for 2030",
    actualColumns: "D (pupils who swim safely, C the denominator) or E (Tỷ lệ, ROUND formula on the 0-100 scale); G (swim teachers)",
    ignoreColumns: "A (TT), C (final-year pupils: the denominator), H (pool mark \"x\"; a count of schools on the subtotal rows), I (Ghi chú)",
    totalRows: "18 (Cộng tiểu học, SUM of rows 12-17) and 25 (Cộng THCS, SUM of rows 20-24): their rates judged against the section's floor; their G sums are not judged (the floor is per school)",
    otherRows: "10 (column numbers), 11 and 19 (section titles), notes and signature under the table",
    asOf: "2025-05-30",
    period: "to 2030 (read at the end of 2024-2025)",
    notes: "Both aims are the province's for 2030 and the sheet is of May 2025, so a school under either floor is pending, however far below (TH Lê Văn Tám 39,58%, 0 teachers); a school already on the floor is met (TH Kim Đồng 66/120 = 55,00%; THCS Chu Văn An 104/160 = 65,00%; two teachers), above it exceeded. The floor differs by section (55% grade 5, 65% grade 9). The teacher floor is only in the header of column G. The subtotal rows' G and H figures are not judged.",
  };
  return b;
}
