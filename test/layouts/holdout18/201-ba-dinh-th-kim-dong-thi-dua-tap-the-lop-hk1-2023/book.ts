// Layout 201: a primary school's term-one emulation table by class (TH Kim Đồng, Ba Đình, Hà Nội, 2022-2023): classes grouped by grade with subtotal rows, each class's registered title ("Tập thể lớp Xuất sắc" / "Tốt") beside the title it earned (text against text), the "Kế hoạch nhỏ" waste paper in kg against a target row ("Từ 150 kg/lớp trở lên"), a points column without a target, a figure typed with its unit, a class that never registered, a class not yet weighed.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thi đua tập thể lớp học kì I năm học 2022-2023 so với đăng ký và chỉ tiêu phong trào Kế hoạch nhỏ, Trường Tiểu học Kim Đồng (Ba Đình, Hà Nội), khối 4 và khối 5");
  const s = b.sheet("Thi dua lop HK I");
  s.cols([5, 9, 8, 22, 22, 12, 12, 30]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT QUẬN BA ĐÌNH", "TRƯỜNG TIỂU HỌC KIM ĐỒNG"],
    date: "Ba Đình, ngày 13 tháng 01 năm 2023",
    title: ["TỔNG HỢP KẾT QUẢ THI ĐUA TẬP THỂ LỚP HỌC KÌ I NĂM HỌC 2022-2023", "(Khối 4, khối 5; kèm theo Báo cáo sơ kết học kì I)"],
    leftSpan: ["A", "C"],
    rightSpan: ["D", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Lớp", head).merge("C8:C9", "Sĩ số", head);
  s.merge("D8:E8", "Danh hiệu tập thể lớp", head).row("D9", ["Đăng ký đầu năm học", "Xếp loại học kì I"], head);
  s.merge("F8:F9", "Kế hoạch nhỏ: giấy vụn (kg)", head).merge("G8:G9", "Điểm thi đua học kì I", head).merge("H8:H9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu", "", "Theo đăng ký của lớp", "", "Từ 150 kg/lớp trở lên", "", ""], { ...head, bold: false, italic: true });
  const rank: Record<string, number> = { "Tập thể lớp Tốt": 1, "Tập thể lớp Xuất sắc": 2 };
  const XS = "Tập thể lớp Xuất sắc", T = "Tập thể lớp Tốt";
  // [lớp, sĩ số, đăng ký, kết quả, kg (number or text), điểm, ghi chú]
  type C = [string, number, string, string, number | string, number, string];
  const grades: [string, C[]][] = [
    ["Khối 4", [
      ["4A1", 45, XS, XS, 212, 96.5, ""],
      ["4A2", 44, XS, T, 150, 91.0, ""],
      ["4A3", 46, T, XS, 148.5, 95.5, ""],
      ["4A4", 45, XS, XS, "185 kg", 97.0, "Số liệu Tổng phụ trách Đội gửi bằng văn bản"],
      ["4A5", 43, T, T, 166, 90.5, ""],
    ]],
    ["Khối 5", [
      ["5A1", 47, XS, XS, 240, 98.0, ""],
      ["5A2", 46, XS, T, "Chưa cân", 92.5, "Lớp nộp bổ sung sau Tết"],
      ["5A3", 45, "Chưa đăng ký", T, 190, 90.0, "GVCN mới nhận lớp tháng 10/2022"],
      ["5A4", 46, T, T, 149.9, 89.5, ""],
      ["5A5", 44, XS, XS, 175, 96.0, ""],
    ]],
  ];
  const vi = (x: number) => String(x).replace(".", ",");
  let r = 11;
  let no = 1;
  for (const [grade, classes] of grades) {
    s.row(`A${r}`, ["", grade, "", "", "", "", "", ""], { border: true, bold: true });
    r++;
    const first = r;
    for (const c of classes) {
      const [name, n, reg, got, kg, pts, note] = c;
      const kgCell: CellInput = typeof kg === "number" ? { v: kg, fmt: Number.isInteger(kg) ? "0" : "0.0" } : kg;
      s.row(`A${r}`, [no++, name, n, reg, got, kgCell, { v: pts, fmt: "0.0" }, note], { border: true, align: "center", wrap: true });
      let st: Status, why: string;
      if (!(reg in rank)) { st = "refuse"; why = "the class registered no title: nothing to hold its result against"; }
      else if (rank[got] > rank[reg]) { st = "exceeded"; why = "registered Tốt, earned Xuất sắc: above the registration"; }
      else if (rank[got] === rank[reg]) { st = "met"; why = "earned the title it registered"; }
      else { st = "not_met"; why = "registered Xuất sắc, earned Tốt"; }
      s.expect(`E${r}`, { indicator: `${name} · Danh hiệu tập thể lớp`, target: reg, status: st, why });
      let kst: Status, kwhy: string;
      if (typeof kg === "string" && !/\d/.test(kg)) { kst = "no_data"; kwhy = "not weighed yet: the class hands its paper in after Tết"; }
      else {
        const v = typeof kg === "number" ? kg : Number(kg.replace(/[^\d,]/g, "").replace(",", "."));
        kst = v > 150 ? "exceeded" : v === 150 ? "met" : "not_met";
        kwhy = `${vi(v)} kg ${v > 150 ? "above" : v === 150 ? "at" : "under"} 150${typeof kg === "string" ? " (typed as text with its unit)" : ""}`;
      }
      s.expect(`F${r}`, { indicator: `${name} · Kế hoạch nhỏ: giấy vụn`, target: "Từ 150 kg/lớp trở lên", status: kst, why: kwhy });
      r++;
    }
    const last = r - 1;
    s.row(`A${r}`, ["", `Cộng ${grade.toLowerCase()}`, { v: `=SUM(C${first}:C${last})`, result: classes.reduce((a, c) => a + c[1], 0) }, "", { v: `=COUNTIF(E${first}:E${last},"${XS}")&" lớp Xuất sắc"`, result: `${classes.filter((c) => c[3] === XS).length} lớp Xuất sắc` }, { v: `=SUM(F${first}:F${last})`, result: classes.reduce((a, c) => a + (typeof c[4] === "number" ? c[4] : 0), 0), fmt: "0.0" }, "", ""], { border: true, bold: true, align: "center" });
    r++;
  }
  const rollUps = [s.rollUp(" · Danh hiệu tập thể lớp", "lớp"), s.rollUp(" · Kế hoạch nhỏ: giấy vụn", "lớp")];
  const end = r - 1;
  notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Danh hiệu xếp theo thứ tự: Tập thể lớp Xuất sắc, Tập thể lớp Tốt (Quy chế thi đua của nhà trường).",
    "- Chỉ tiêu Kế hoạch nhỏ giao cho từng lớp; dòng cộng khối chỉ để tổng hợp.",
  ]);
  signature(s, end + 6, { col: "B", title: "TỔNG PHỤ TRÁCH ĐỘI", name: "Lê Thu Trang" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Vân Anh" });
  b.facts = {
    sheet: "Thi dua lop HK I",
    headerRows: "8-9 (merged group), 10 (Chỉ tiêu)",
    nameColumn: "B (Lớp)",
    target: "column D (each class's registered title) for E; row 10 \"Từ 150 kg/lớp trở lên\" for F",
    actualColumns: "E (title earned, text), F (kg, one typed with its unit)",
    ignoreColumns: "A (TT), C (Sĩ số), G (points, no target), H (Ghi chú)",
    totalRows: "17, 24 (Cộng khối: SUM and COUNTIF, not judged: the kg target is per class)",
    targetRows: "10",
    otherRows: `grade rows 11, 18; notes ${end + 2}-${end + 4}; signature from ${end + 6}`,
    asOf: "2023-01-13",
    period: "Học kì I năm học 2022-2023",
    rollUps,
    notes: "Two kinds of target: each class's own registration, a title compared by rank (Xuất sắc above Tốt), and one row's per-class floor. A class that never registered has nothing to be held to; a class not yet weighed has no figure; 150,0 is at the floor, 149,9 and 148,5 short. Grade subtotal rows sum the kg and count the titles; the target is per class, so they are not judged.",
  };
  return b;
}
