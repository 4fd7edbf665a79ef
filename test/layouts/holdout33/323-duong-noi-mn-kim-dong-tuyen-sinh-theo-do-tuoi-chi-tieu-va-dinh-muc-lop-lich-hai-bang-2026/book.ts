// Layout 323: a kindergarten's admissions for the coming year by age group, read in mid-August with late admissions still open (Trường Mầm non Kim Đồng, phường Dương Nội, Hà Nội, 2026-2027): age groups as rows with classes, a quota of new places, children admitted, children moving up, a planned total and a per-class average against the charter's maximum in its own column; a second table on the same sheet with the admission timetable (windows, "Trước ngày", "Chậm nhất", "Đến hết ngày") and the school's own progress words.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kế hoạch tuyển sinh năm học 2026-2027 và tiến độ thực hiện, Trường Mầm non Kim Đồng (phường Dương Nội, Hà Nội)");
  const s = b.sheet("Tuyen sinh 2026-2027");
  s.cols([5, 30, 9, 11, 11, 11, 11, 11, 12, 22]);
  titleBlock(s, {
    left: ["UBND PHƯỜNG DƯƠNG NỘI", "TRƯỜNG MẦM NON KIM ĐỒNG"],
    date: "Dương Nội, ngày 15 tháng 8 năm 2026",
    title: ["TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TUYỂN SINH NĂM HỌC 2026-2027"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "J"],
    titleSpan: ["A", "J"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A6:J6", "I. CHỈ TIÊU VÀ KẾT QUẢ TUYỂN SINH THEO ĐỘ TUỔI", { bold: true });
  s.row("A7", ["TT", "Độ tuổi", "Số nhóm, lớp", "Chỉ tiêu tuyển mới", "Đã tuyển mới", "Trẻ cũ lên lớp", "Tổng số trẻ dự kiến", "Bình quân trẻ/nhóm, lớp", "Định mức tối đa (Điều lệ)", "Ghi chú"], h);
  s.row("A8", ["1", "2", "3", "4", "5", "6", "7=5+6", "8=7/3", "9", "10"], { italic: true, align: "center", border: true });
  // name, classes, quota, admitted, moving up, cap, note
  type G = [string, number, number, number, number, number, string];
  const groups: G[] = [
    ["Nhà trẻ 24-36 tháng (sinh năm 2024)", 2, 40, 40, 8, 25, ""],
    ["Mẫu giáo 3-4 tuổi (sinh năm 2023)", 3, 35, 31, 47, 25, "Còn 04 chỉ tiêu, tuyển bổ sung"],
    ["Mẫu giáo 4-5 tuổi (sinh năm 2022)", 3, 15, 15, 75, 30, ""],
    ["Mẫu giáo 5-6 tuổi (sinh năm 2021)", 3, 10, 6, 95, 35, "Còn 04 chỉ tiêu, tuyển bổ sung"],
  ];
  let r = 9;
  const avg = (t: number, c: number) => Math.round((t / c) * 10) / 10;
  for (const [i, [name, cls, quota, got, up, cap, note]] of groups.entries()) {
    const total = got + up;
    const cells: CellInput[] = [String(i + 1), name, cls, quota, got, up, { v: `=E${r}+F${r}`, result: total }, { v: `=ROUND(G${r}/C${r},1)`, result: avg(total, cls), fmt: "0.0" }, cap, note];
    s.row(`A${r}`, cells, { border: true, align: "center", wrap: true });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`J${r}`, note, { border: true, wrap: true, italic: true });
    const st1: Status = got === quota ? "met" : "pending";
    s.expect(`E${r}`, { indicator: `Trẻ tuyển mới · ${name}`, target: `${quota} (column D, Chỉ tiêu tuyển mới)`, status: st1, why: st1 === "met" ? `${got} of ${quota}: the quota is filled` : `${got} of ${quota}; late admissions run to 31/8/2026 (table II), after the 15/8 as-of date` });
    const a = avg(total, cls);
    const st2: Status = a <= cap ? "met" : "not_met";
    s.expect(`H${r}`, { indicator: `Bình quân trẻ/nhóm, lớp · ${name}`, target: `Tối đa ${cap} trẻ (column I, Định mức tối đa)`, status: st2, why: `${total}/${cls} = ${a.toString().replace(".", ",")} ${st2 === "met" ? "≤" : ">"} ${cap} (a maximum; less is within)` });
    r++;
  }
  // r = 13: the school
  const sum = (c: string, v: number): CellInput => ({ v: `=SUM(${c}9:${c}12)`, result: v });
  s.row(`A${r}`, ["", "Toàn trường", sum("C", 11), sum("D", 100), sum("E", 92), sum("F", 225), sum("G", 317), { v: `=ROUND(G${r}/C${r},1)`, result: 28.8, fmt: "0.0" }, "", ""], { border: true, bold: true, align: "center" });
  s.expect(`E${r}`, { indicator: "Trẻ tuyển mới · Toàn trường", target: "100 (column D, SUM)", status: "pending", why: "92 of 100 with late admissions open to 31/8/2026" });
  // Table II: the timetable.
  r += 2; // 15
  s.merge(`A${r}:J${r}`, "II. LỊCH TUYỂN SINH VÀ TIẾN ĐỘ", { bold: true });
  r++; // 16
  s.row(`A${r}`, ["TT", "Nội dung", undefined, "Thời gian", undefined, "Tiến độ thực hiện", undefined, undefined, "Ghi chú", undefined], h);
  s.merge(`B${r}:C${r}`, "Nội dung", h);
  s.merge(`D${r}:E${r}`, "Thời gian", h);
  s.merge(`F${r}:H${r}`, "Tiến độ thực hiện", h);
  s.merge(`I${r}:J${r}`, "Ghi chú", h);
  type T = [string, string, string, Status, string];
  const steps: T[] = [
    ["Tuyển sinh trực tuyến trẻ 5 tuổi", "Từ 01/7 đến 03/7/2026", "Hoàn thành", "met", "window over, the school says done"],
    ["Tuyển sinh trực tuyến nhà trẻ, mẫu giáo 3, 4 tuổi", "Từ 08/7 đến 10/7/2026", "Hoàn thành", "met", "window over, the school says done"],
    ["Tiếp nhận hồ sơ trực tiếp, xác nhận nhập học", "Từ 11/7 đến 31/7/2026", "Hoàn thành", "met", "window over, the school says done"],
    ["Báo cáo kết quả tuyển sinh về UBND phường", "Trước ngày 05/8/2026", "Đã gửi ngày 06/8/2026", "not_met", "sent on 6/8, after \"Trước ngày 05/8\": done, late"],
    ["Công khai danh sách trẻ trúng tuyển tại bảng tin nhà trường", "Chậm nhất ngày 05/8/2026", "", "overdue", "blank on 15/8, past 5/8"],
    ["Tuyển sinh bổ sung (nếu còn chỉ tiêu)", "Đến hết ngày 31/8/2026", "Đang thực hiện", "pending", "runs to 31/8, after the 15/8 as-of date"],
  ];
  r++; // 17
  for (const [i, [what, when, done, status, why]] of steps.entries()) {
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.merge(`B${r}:C${r}`, what, { border: true, wrap: true });
    s.merge(`D${r}:E${r}`, when, { border: true, wrap: true, align: "center" });
    s.merge(`F${r}:H${r}`, done, { border: true, wrap: true, align: "center" });
    s.merge(`I${r}:J${r}`, "", { border: true });
    s.expect(`F${r}`, { indicator: what, target: when, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Định mức tối đa theo Điều lệ trường mầm non: nhóm trẻ 25-36 tháng không quá 25 trẻ; lớp mẫu giáo 3-4 tuổi không quá 25 trẻ, 4-5 tuổi không quá 30 trẻ, 5-6 tuổi không quá 35 trẻ.",
    "- Số liệu tính đến ngày 15/8/2026.",
  ]);
  signature(s, r + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thu Trang" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Đỗ Thị Hồng Nhung" });
  b.facts = {
    sheet: "Tuyen sinh 2026-2027",
    headerRows: "7 (with a column-number row 8: \"7=5+6\", \"8=7/3\"); table II header 16",
    nameColumn: "B (Độ tuổi; Nội dung in table II)",
    target: "column D (Chỉ tiêu tuyển mới) for E; column I (Định mức tối đa, a maximum) for H; table II column D (Thời gian) for its steps",
    actualColumns: "E (Đã tuyển mới), H (Bình quân trẻ/nhóm, lớp = G/C); table II F (Tiến độ thực hiện: words and dates)",
    ignoreColumns: "A (TT), C (classes: the base), F (moving up), G (planned total, derived), J (Ghi chú)",
    totalRows: "13 (Toàn trường: SUM; its E judged against D's SUM)",
    otherRows: "6 and 15 (table titles), 8 (column numbers), notes and signature",
    asOf: "2026-08-15",
    period: "2026-2027",
    notes: "Two tables on one sheet, read on 15/8/2026. A quota of new places filled is met; one not yet filled is pending, since late admissions run to 31/8/2026 (table II row 22). The per-class average is judged against the charter's maximum in column I: 3-4-year-olds average 26 in classes capped at 25 (not met); 4-5-year-olds exactly 30 of 30 (met). In table II, \"Trước ngày\" is strict: sent on 6/8 is late; a blank past 5/8 is overdue.",
  };
  return b;
}
