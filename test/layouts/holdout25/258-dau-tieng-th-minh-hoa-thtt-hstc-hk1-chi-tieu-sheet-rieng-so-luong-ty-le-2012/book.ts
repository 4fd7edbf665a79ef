// Layout 258: a primary school's term-one report on the "friendly school, active pupils" movement (TH Minh Hòa, Dầu Tiếng, Bình Dương, 13/01/2012): the year's targets on a separate sheet by content code, the report as Số lượng / Tổng số / Tỷ lệ (a fraction) per item under five merged content heads, a hidden row, a done-once item; mid-year: reached met, short pending.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Sơ kết học kỳ I phong trào \"Xây dựng trường học thân thiện, học sinh tích cực\" năm học 2011-2012, trường TH Minh Hòa (Dầu Tiếng, Bình Dương)");
  const t = b.sheet("Chi tieu");
  t.cols([8, 62, 20]);
  t.merge("A1:C1", "CHỈ TIÊU PHONG TRÀO THI ĐUA \"XÂY DỰNG THTT, HSTC\" NĂM HỌC 2011-2012", { bold: true, align: "center" });
  t.merge("A2:C2", "(Trích Kế hoạch số 05/KH-THMH ngày 15/9/2011)", { italic: true, align: "center" });
  const th = { bold: true, align: "center" as const, wrap: true, border: true };
  t.row("A4", ["Mã", "Nội dung", "Chỉ tiêu năm học"], th);
  const targets: [string, string, string][] = [
    ["1a", "Lớp học có cây xanh, góc thiên nhiên", "100% lớp"],
    ["1b", "Công trình vệ sinh đạt chuẩn, đủ nước sạch", "100% công trình"],
    ["2a", "Giáo viên ứng dụng CNTT trong dạy học", "Từ 80% GV trở lên"],
    ["3a", "Học sinh được học kỹ năng bơi", "Ít nhất 30% HS"],
    ["4a", "Học sinh tham gia trò chơi dân gian", "100% HS"],
    ["5a", "Nhận chăm sóc di tích lịch sử địa phương", "01 di tích"],
  ];
  targets.forEach((row, i) => t.row(`A${5 + i}`, row, { border: true }));

  const s = b.sheet("Bao cao HKI");
  s.cols([6, 50, 11, 11, 11, 26]);
  titleBlock(s, {
    left: ["PHÒNG GD&ĐT DẦU TIẾNG", "TRƯỜNG TIỂU HỌC MINH HÒA"],
    number: "Biểu kèm Báo cáo tóm tắt HKI",
    date: "Minh Hòa, ngày 13 tháng 01 năm 2012",
    title: ["KẾT QUẢ THỰC HIỆN 5 NỘI DUNG PHONG TRÀO THI ĐUA", "Học kỳ I năm học 2011-2012 (số liệu tính đến tháng 12/2011)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["Mã", "Nội dung", "Số lượng đạt", "Tổng số", "Tỷ lệ", "Ghi chú"], head);
  let r = 8;
  const sec = (title: string) => { s.merge(`A${r}:F${r}`, title, { bold: true, border: true }); r++; };
  const put = (code: string, name: string, n: CellInput, d: number | "", note: string, v: [Status, string] | null) => {
    const rate: CellInput = typeof n === "number" && typeof d === "number" ? { v: `=ROUND(C${r}/D${r},3)`, pct: true, fmt: "0.0%", result: `${((Math.round((n / d) * 1000) / 10).toFixed(1)).replace(".", ",")}%` } : "";
    s.row(`A${r}`, [code, name, n, d, rate, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`F${r}`, note, { border: true, wrap: true, italic: true });
    const tg = targets.find((x) => x[0] === code);
    if (v && tg) s.expect(typeof n === "number" && typeof d === "number" ? `C${r}|E${r}` : `C${r}`, { indicator: name, target: `${tg[2]} (sheet Chi tieu, ${code})`, status: v[0], why: v[1] });
    r++;
  };
  sec("1. Xây dựng trường lớp xanh, sạch, đẹp, an toàn");
  put("1a", "Lớp học có cây xanh, góc thiên nhiên", 24, 24, "", ["met", "24 of 24 classes = 100%"]);
  put("1b", "Công trình vệ sinh đạt chuẩn, đủ nước sạch", 4, 6, "02 công trình đang sửa chữa, xong tháng 3/2012", ["pending", "4 of 6 = 66,7%; two are being repaired, the year runs to May"]);
  put("", "Số cây xanh trồng mới trong HKI", 35, "", "Không giao chỉ tiêu", null);
  s.hideRows(r - 1);
  sec("2. Dạy và học có hiệu quả");
  put("2a", "Giáo viên ứng dụng CNTT trong dạy học", 27, 32, "", ["exceeded", "27 of 32 = 84,4%, above 80%, and skills once learnt stay"]);
  sec("3. Rèn luyện kỹ năng sống cho học sinh");
  put("3a", "Học sinh được học kỹ năng bơi", 96, 812, "Lớp bơi tổ chức trong hè", ["pending", "96 of 812 = 11,8% against at least 30%; the swimming classes run in the summer"]);
  sec("4. Tổ chức hoạt động tập thể vui tươi, lành mạnh");
  put("4a", "Học sinh tham gia trò chơi dân gian", 812, 812, "", ["met", "812 of 812 = 100%"]);
  sec("5. Tìm hiểu, chăm sóc di tích lịch sử văn hóa");
  put("5a", "Nhận chăm sóc di tích lịch sử địa phương", "Đình Minh Hòa", "", "Đã ký nhận chăm sóc tháng 10/2011", ["met", "the school took on the Minh Hòa communal house in October 2011: the one site planned"]);
  notes(s, r + 1, "B", ["Ghi chú:", "- Chỉ tiêu từng nội dung theo sheet \"Chi tieu\" (mã ở cột A).", "- Tỷ lệ = Số lượng đạt / Tổng số."]);
  signature(s, r + 5, { col: "B", title: "NGƯỜI BÁO CÁO", name: "Huỳnh Thị Mai" }, { col: "D", title: "HIỆU TRƯỞNG", name: "Lê Văn Sáu" });
  b.facts = {
    sheet: "Bao cao HKI",
    headerRows: "7",
    nameColumn: "B (Nội dung)",
    target: "sheet Chi tieu, column C, by the code in column A (\"100% lớp\", \"Từ 80% GV trở lên\", \"Ít nhất 30% HS\", \"01 di tích\")",
    actualColumns: "C (Số lượng đạt) with E (Tỷ lệ: ROUND of C over D, a fraction); C in words for 5a",
    ignoreColumns: "A (Mã), D (Tổng số: the denominator), F (Ghi chú)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "8, 12, 14, 16, 18 (content heads, merged); 11 (hidden: new trees, no target)",
    asOf: "2012-01-13",
    period: "2011-2012",
    notes: "Term-one report of a year-long movement: items reached are met (one above its floor exceeded), items short with the year still running are pending (toilets being repaired, swimming in summer). The targets sit on sheet Chi tieu by code. The hidden row 11 has no target.",
  };
  return b;
}
