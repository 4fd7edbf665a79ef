// Layout 234: a provincial education department's universal-education table by district (Sở GD&ĐT Đồng Nai, April 2014): communes reaching the five-year-old preschool standard typed as text "x/y" against each district's 2014 plan count in its own column, last year's count hidden, literacy rates typed as fractions under a target row; read in April: counts reached are met or exceeded, counts short and rates short are pending; the province row typed, not summed.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tình hình phổ cập giáo dục mầm non 5 tuổi và chống mù chữ theo huyện, thị xã, thành phố đến tháng 4/2014, Sở Giáo dục và Đào tạo Đồng Nai");
  const s = b.sheet("PCGD theo huyen T4-2014");
  s.cols([5, 22, 10, 12, 14, 14, 13, 13, 28]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐỒNG NAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu số 02 kèm theo Báo cáo tình hình thực hiện PCGD, XMC",
    date: "Đồng Nai, ngày 14 tháng 4 năm 2014",
    title: ["TÌNH HÌNH PHỔ CẬP GIÁO DỤC MẦM NON CHO TRẺ EM 5 TUỔI VÀ CHỐNG MÙ CHỮ", "Số liệu đến tháng 4 năm 2014, theo huyện, thị xã, thành phố"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Huyện, thị xã, thành phố", head).merge("C8:C9", "Số xã, phường, thị trấn", head);
  s.merge("D8:F8", "Phổ cập GDMN cho trẻ em 5 tuổi (số xã đạt chuẩn)", head);
  s.row("D9", ["Đạt năm 2013", "Kế hoạch năm 2014", "Đạt đến tháng 4/2014 (xã đạt/tổng số xã)"], head);
  s.merge("G8:H8", "Tỷ lệ người biết chữ", head);
  s.row("G9", ["Độ tuổi 15-35", "Độ tuổi 15-60"], head);
  s.merge("I8:I9", "Ghi chú", head);
  s.hideCols("D");
  s.row("A10", ["", "Chỉ tiêu năm 2014", "", "", "", "", "≥ 99,5%", "≥ 99%", "Kế hoạch PCGD, XMC năm 2014 của tỉnh"], { ...bd, italic: true, bold: true });
  // [huyện, xã, đạt 2013, KH 2014, đạt T4, 15-35, 15-60, ghi chú]
  type R = [string, number, number, number, number, number, number, string];
  const rows: R[] = [
    ["TP Biên Hòa", 30, 19, 30, 22, 0.9991, 0.9962, ""],
    ["TX Long Khánh", 15, 8, 9, 10, 0.9984, 0.9951, ""],
    ["Tân Phú", 18, 4, 12, 6, 0.9942, 0.9868, "Xã vùng đồng bào dân tộc"],
    ["Định Quán", 14, 4, 10, 5, 0.9958, 0.9897, ""],
    ["Xuân Lộc", 15, 5, 12, 7, 0.9972, 0.9925, ""],
    ["Cẩm Mỹ", 13, 3, 9, 5, 0.995, 0.9903, ""],
    ["Thống Nhất", 10, 5, 6, 6, 0.9969, 0.9934, ""],
    ["Trảng Bom", 17, 6, 14, 9, 0.9976, 0.9941, ""],
    ["Vĩnh Cửu", 12, 5, 7, 7, 0.9966, 0.9918, ""],
    ["Long Thành", 15, 6, 12, 8, 0.9981, 0.9947, ""],
    ["Nhơn Trạch", 12, 5, 10, 7, 0.9979, 0.9939, "Đang kiểm tra 02 xã"],
  ];
  const p2 = (f: number) => `${(Math.round(f * 10000) / 100).toFixed(2).replace(".", ",")}%`;
  const countVerdict = (got: number, plan: number): [Status, string] =>
    got > plan ? ["exceeded", `${got} communes in April, past the year's plan of ${plan}`] : got === plan ? ["met", `${got} communes, the year's plan of ${plan} reached in April`] : ["pending", `${got} of the ${plan} planned for 2014 by April: the year is not over`];
  const rateVerdict = (f: number, floor: number): [Status, string] =>
    f > floor ? ["exceeded", `${p2(f)}, above ${p2(floor)}`] : f === floor ? ["met", `${p2(f)}, at ${p2(floor)}`] : ["pending", `${p2(f)} in April, short of the year's ${p2(floor)}: the year is not over`];
  rows.forEach(([h, xa, d13, kh, dat, r1, r2, note], i) => {
    const r = 11 + i;
    s.row(`A${r}`, [i + 1, h, xa, d13, kh, `${dat}/${xa}`, { v: r1, pct: true, fmt: "0.00%" }, { v: r2, pct: true, fmt: "0.00%" }, note], bd);
    s.set(`B${r}`, h, { border: true });
    const c = countVerdict(dat, kh);
    s.expect(`F${r}`, { indicator: `${h} · Số xã đạt chuẩn PCGDMN trẻ em 5 tuổi`, target: `${kh} xã (Kế hoạch năm 2014, column E)`, status: c[0], why: c[1] });
    const a = rateVerdict(r1, 0.995);
    s.expect(`G${r}`, { indicator: `${h} · Tỷ lệ người biết chữ độ tuổi 15-35`, target: "≥ 99,5% (Chỉ tiêu năm 2014, row 10)", status: a[0], why: a[1] });
    const z = rateVerdict(r2, 0.99);
    s.expect(`H${r}`, { indicator: `${h} · Tỷ lệ người biết chữ độ tuổi 15-60`, target: "≥ 99% (Chỉ tiêu năm 2014, row 10)", status: z[0], why: z[1] });
  });
  s.row("A22", ["", "Toàn tỉnh", 171, 70, 131, "92/171", { v: 0.9978, pct: true, fmt: "0.00%" }, { v: 0.9928, pct: true, fmt: "0.00%" }, "54% số xã đạt chuẩn PCGDMN 5 tuổi"], { ...bd, bold: true });
  s.expect("F22", { indicator: "Toàn tỉnh · Số xã đạt chuẩn PCGDMN trẻ em 5 tuổi", target: "131 xã (Kế hoạch năm 2014, column E)", status: "pending", why: "92 of the 131 planned for 2014 by April: the year is not over" });
  s.expect("G22", { indicator: "Toàn tỉnh · Tỷ lệ người biết chữ độ tuổi 15-35", target: "≥ 99,5% (Chỉ tiêu năm 2014, row 10)", status: "exceeded", why: "99,78%, above 99,5%" });
  s.expect("H22", { indicator: "Toàn tỉnh · Tỷ lệ người biết chữ độ tuổi 15-60", target: "≥ 99% (Chỉ tiêu năm 2014, row 10)", status: "exceeded", why: "99,28%, above 99%" });
  notes(s, 24, "B", [
    "Ghi chú:",
    "- Cột \"Đạt năm 2013\" để đối chiếu; số xã đạt ghi theo dạng số xã đạt/tổng số xã.",
    "- 100% xã, phường, thị trấn đạt chuẩn chống mù chữ và phổ cập giáo dục tiểu học (153 xã đạt PCGDTH đúng độ tuổi mức 1, 13 xã mức 2).",
  ]);
  signature(s, 28, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Văn Hòa" }, { col: "G", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Trương Văn Vỹ" });
  b.facts = {
    sheet: "PCGD theo huyen T4-2014",
    headerRows: "8-9 (two merged groups: PCGDMN 5 tuổi; Tỷ lệ người biết chữ)",
    nameColumn: "B (Huyện, thị xã, thành phố)",
    target: "column E (Kế hoạch năm 2014, communes per district) for F; row 10 (Chỉ tiêu năm 2014: ≥ 99,5% in G, ≥ 99% in H)",
    actualColumns: "F (text \"x/y\": communes reaching the standard / all communes), G-H (fractions in percent format)",
    ignoreColumns: "A (TT), C (number of communes), D (Đạt năm 2013, hidden), I (Ghi chú)",
    totalRows: "22 (Toàn tỉnh, typed: judged against the sum of the district plans in E22 and row 10)",
    targetRows: "10 (Chỉ tiêu năm 2014, for the literacy rates)",
    otherRows: "notes 24-26; signature from 28",
    asOf: "2014-04-14",
    period: "2014",
    rollUps: [s.rollUp(" · Số xã đạt chuẩn PCGDMN trẻ em 5 tuổi", "huyện, thị xã, thành phố"), s.rollUp(" · Tỷ lệ người biết chữ độ tuổi 15-35", "huyện, thị xã, thành phố"), s.rollUp(" · Tỷ lệ người biết chữ độ tuổi 15-60", "huyện, thị xã, thành phố")],
    notes: "Read in April 2014 against the year's plan: the count in \"x/y\" is the numerator x (communes reaching the standard), compared with column E, not with y (all communes); reached is met or exceeded, short is pending. Literacy rates above the row-10 floors are exceeded; under them pending (the year is not over). Column D is last year's count, hidden.",
  };
  return b;
}
