// Layout 41: a mountain district's commune table for lower-secondary universalisation level 3 (Bảo Lạc, Cao Bằng, 2024): count-and-rate pairs, a norm row above the communes, a lower norm for communes marked "ĐBKK".
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu tổng hợp tiêu chuẩn phổ cập giáo dục THCS mức độ 3 của các xã, thị trấn, huyện Bảo Lạc, năm 2024");
  const s = b.sheet("Biểu PCGD THCS");
  s.cols([5, 20, 8, 12, 11, 11, 11, 11, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN BẢO LẠC", "BAN CHỈ ĐẠO PCGD, XMC"],
    date: "Bảo Lạc, ngày 15 tháng 12 năm 2024",
    title: ["BIỂU TỔNG HỢP TIÊU CHUẨN PHỔ CẬP GIÁO DỤC TRUNG HỌC CƠ SỞ MỨC ĐỘ 3", "CỦA CÁC XÃ, THỊ TRẤN NĂM 2024"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head).merge("C8:C9", "Xã ĐBKK", head);
  s.merge("D8:D9", "Tổng số thanh, thiếu niên 15-18 tuổi", head);
  s.merge("E8:F8", "Tốt nghiệp THCS", head).merge("G8:H8", "Đang học CT GDPT, GDTX cấp THPT hoặc GDNN", head);
  s.row("E9", ["Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.row("A10", ["1", "2", "3", "4", "5", "6=5/4", "7", "8=7/4", "9"], { italic: true, align: "center", border: true });
  s.row("A11", ["", "Tiêu chuẩn mức độ 3", "", "", "", "≥ 95% (xã ĐBKK ≥ 90%)", "", "≥ 80% (xã ĐBKK ≥ 70%)", "Điều 16 NĐ 20/2014/NĐ-CP"], { italic: true, bold: true, border: true, wrap: true, align: "center" });

  // [commune, ĐBKK, 15-18 total, graduated, graduated rate as typed (null = formula), in school, in-school rate as typed, note]
  type U = [string, boolean, number, number | null, CellInput | null, number | null, number | "", string];
  const units: U[] = [
    ["Thị trấn Bảo Lạc", false, 412, 398, null, 352, 85.4, ""],
    ["Cô Ba", true, 186, 171, null, 131, 70.4, ""],
    ["Thượng Hà", true, 203, 182, null, 148, 72.9, ""],
    ["Bảo Toàn", true, 160, 144, null, 112, 70, ""],
    ["Khánh Xuân", true, 171, 158, null, 115, 67.3, "12 em đi làm ăn xa"],
    ["Xuân Trường", true, 198, 185, null, 150, 75.8, ""],
    ["Hồng Trị", true, 154, 137, null, 104, 67.5, ""],
    ["Kim Cúc", true, 142, 131, null, 101, 71.1, ""],
    ["Phan Thanh", true, 188, null, null, null, "", "Chưa rà soát xong phiếu điều tra"],
    ["Hồng An", false, 220, 207, null, 178, 80.9, ""],
    ["Hưng Đạo", false, 236, 226, null, 187, 79.2, ""],
    ["Hưng Thịnh", true, 131, 119, null, 96, 73.3, ""],
    ["Huy Giáp", true, 176, 161, null, 123, 69.9, ""],
    ["Sơn Lộ", true, 150, 143, "95,3%", 120, 80, "Tỷ lệ cột 6 nhập tay"],
  ];
  const first = 12;
  const rows = units.map((u, i) => {
    const r = first + i;
    const rate1: CellInput = u[3] === null ? "" : u[4] !== null ? u[4] : { v: `=E${r}/D${r}`, fmt: "0.0%", result: u[3] / u[2] };
    return [i + 1, u[0], u[1] ? "x" : "", u[2], u[3] ?? "", rate1, u[5] ?? "", u[6] === "" ? "" : { v: u[6], fmt: "0.0" as const }, u[7]];
  });
  const end = table(s, `A${first}`, rows, { align: "center" });
  const last = end - 1;
  table(s, `A${end}`, [["", "Toàn huyện", `=COUNTIF(C${first}:C${last},"x")`, `=SUM(D${first}:D${last})`, `=SUM(E${first}:E${last})`, { v: `=E${end}/D${end}`, fmt: "0.0%" }, `=SUM(G${first}:G${last})`, { v: `=ROUND(G${end}/D${end}*100,1)`, fmt: "0.0" }, "Toàn huyện: 13/14 xã có số liệu"]], { bold: true, align: "center" });

  const judge = (x: number, t: number): Status => (Math.abs(x - t) < 1e-9 ? "met" : x > t ? "exceeded" : "not_met");
  const pt = (n: number) => n.toFixed(2).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    const [name, dbkk, total, tn, typed, hoc, hocRate] = u;
    const t1 = dbkk ? 90 : 95;
    const t2 = dbkk ? 70 : 80;
    const tt1 = `${dbkk ? "≥ 90% (xã ĐBKK)" : "≥ 95%"} (dòng Tiêu chuẩn mức độ 3)`;
    const tt2 = `${dbkk ? "≥ 70% (xã ĐBKK)" : "≥ 80%"} (dòng Tiêu chuẩn mức độ 3)`;
    if (tn === null) {
      s.expect(`F${r}|E${r}`, { indicator: `${name} · Tỷ lệ thanh, thiếu niên 15-18 tuổi tốt nghiệp THCS`, target: tt1, actual: "(trống)", status: "no_data", why: "no count yet (Ghi chú: chưa rà soát xong)" });
    } else {
      const x = typed !== null ? Number(String(typed).replace("%", "").replace(",", ".")) : (tn / total) * 100;
      const st = judge(x, t1);
      const other = judge(x, dbkk ? 95 : 90);
      const why = `${tn}/${total} = ${pt((tn / total) * 100)}%${typed !== null ? ` (typed as text "${typed}")` : ""} against ${t1}%${dbkk ? " because the commune is marked ĐBKK" : ""}${other !== st ? `; the ${dbkk ? "95%" : "90%"} norm would say ${other}` : ""}`;
      s.expect(`F${r}|E${r}`, { indicator: `${name} · Tỷ lệ thanh, thiếu niên 15-18 tuổi tốt nghiệp THCS`, target: tt1, actual: `${tn} (${typed ?? pt((tn / total) * 100) + "%"})`, status: st, why });
    }
    if (hoc === null || hocRate === "") {
      s.expect(`H${r}|G${r}`, { indicator: `${name} · Tỷ lệ thanh, thiếu niên 15-18 tuổi đang học THPT, GDTX, GDNN`, target: tt2, actual: "(trống)", status: "no_data", why: "blank" });
    } else {
      const st = judge(hocRate, t2);
      const other = judge(hocRate, dbkk ? 80 : 70);
      s.expect(`H${r}|G${r}`, {
        indicator: `${name} · Tỷ lệ thanh, thiếu niên 15-18 tuổi đang học THPT, GDTX, GDNN`,
        target: tt2,
        actual: `${hoc} (${String(hocRate).replace(".", ",")})`,
        status: st,
        why: `${String(hocRate).replace(".", ",")} under "Tỷ lệ (%)" is percent points, against ${t2}%${other !== st ? `; the ${dbkk ? "80%" : "70%"} norm would say ${other}` : ""}`,
      });
    }
  });
  const after = notes(s, end + 2, "B", [
    "Ghi chú:",
    "- Cột 3: đánh dấu x đối với xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (áp dụng tỷ lệ 90% và 70%).",
    "- Số liệu theo phần mềm phổ cập giáo dục, xóa mù chữ, thời điểm tháng 11/2024.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nông Văn Thành" }, { col: "F", title: "TRƯỞNG BAN", name: "Phó Chủ tịch UBND huyện" });
  b.facts = {
    sheet: "Biểu PCGD THCS",
    headerRows: "8-9 (Tốt nghiệp THCS and Đang học … over Số lượng | Tỷ lệ (%)); row 10 numbers the columns (6=5/4, 8=7/4)",
    nameColumn: "B (Xã, thị trấn)",
    target: "row 11 (Tiêu chuẩn mức độ 3), above the communes: \"≥ 95% (xã ĐBKK ≥ 90%)\" for F, \"≥ 80% (xã ĐBKK ≥ 70%)\" for H; column C (x) says which norm applies to the row",
    actualColumns: "F (formula E/D as a percent cell; one text \"95,3%\") with its count in E; H (plain percent points under \"Tỷ lệ (%)\") with its count in G",
    ignoreColumns: "C (the ĐBKK mark: not a figure, it chooses the norm), D (the age group's size), I (Ghi chú)",
    totalRows: `${end} (Toàn huyện)`,
    targetRows: "11",
    otherRows: `10 (column numbers), ${end + 2}-${after - 1} (notes), signature below`,
    asOf: "2024-12-15",
    period: "2024",
    rollUps: [
      s.rollUp(" · Tỷ lệ thanh, thiếu niên 15-18 tuổi tốt nghiệp THCS", "xã, thị trấn"),
      s.rollUp(" · Tỷ lệ thanh, thiếu niên 15-18 tuổi đang học THPT, GDTX, GDNN", "xã, thị trấn"),
    ],
    notes: "The norm depends on the row: a commune marked x in column C (ĐBKK) is held to 90% and 70%, the others to 95% and 80%. Cô Ba (91,9%) meets its norm only because it is ĐBKK; Hồng An (94,1%) fails only because it is not. Bảo Toàn sits exactly on both ĐBKK norms (144/160 = 90%, 70,0).",
  };
  return b;
}
