// Layout 325: a district's Gratitude Fund collections for the year by ward and its spending, read after the year (Ban chỉ đạo vận động Quỹ "Đền ơn đáp nghĩa" quận Ba Đình, Hà Nội, 2018): wards as rows with the plan each was given and the sum collected in đồng, a rate column, last year's sums in a hidden column, a block of district offices as one row, a SUM row; under it a small table of what the fund paid for against its own plan, and a notes line that repeats the press's "vượt 207% kế hoạch" for a sum that is 207% of the plan.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả vận động Quỹ \"Đền ơn đáp nghĩa\" năm 2018 theo phường và kết quả sử dụng Quỹ, quận Ba Đình (Hà Nội)");
  const s = b.sheet("Quy DODN 2018");
  s.cols([5, 34, 17, 17, 11, 17, 24]);
  titleBlock(s, {
    left: ["UBND QUẬN BA ĐÌNH", "BAN CHỈ ĐẠO VẬN ĐỘNG QUỸ \"ĐỀN ƠN ĐÁP NGHĨA\""],
    date: "Ba Đình, ngày 28 tháng 3 năm 2019",
    title: ["KẾT QUẢ VẬN ĐỘNG VÀ SỬ DỤNG QUỸ \"ĐỀN ƠN ĐÁP NGHĨA\" NĂM 2018", "(Phục vụ Hội nghị triển khai vận động ủng hộ Quỹ năm 2019)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "G"],
    titleSpan: ["A", "G"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A7:G7", "I. KẾT QUẢ VẬN ĐỘNG QUỸ NĂM 2018", { bold: true });
  s.row("A8", ["TT", "Đơn vị", "Kế hoạch giao năm 2018 (đồng)", "Kết quả vận động năm 2018 (đồng)", "Tỷ lệ so với KH (%)", "Kết quả năm 2017 (đồng)", "Ghi chú"], h);
  s.hideCols("F");
  // name, plan, collected, last year
  type U = [string, number, number, number];
  const units: U[] = [
    ["Phường Phúc Xá", 50000000, 48500000, 52300000],
    ["Phường Trúc Bạch", 50000000, 96200000, 71800000],
    ["Phường Vĩnh Phúc", 50000000, 112350000, 94600000],
    ["Phường Cống Vị", 50000000, 101400000, 88250000],
    ["Phường Liễu Giai", 50000000, 134600000, 120150000],
    ["Phường Nguyễn Trung Trực", 50000000, 50000000, 46700000],
    ["Phường Quán Thánh", 50000000, 88750000, 65400000],
    ["Phường Ngọc Hà", 50000000, 92300000, 80100000],
    ["Phường Điện Biên", 50000000, 121800000, 99500000],
    ["Phường Đội Cấn", 50000000, 79450000, 61250000],
    ["Phường Ngọc Khánh", 50000000, 143200000, 128900000],
    ["Phường Kim Mã", 50000000, 118900000, 104300000],
    ["Phường Giảng Võ", 50000000, 126380000, 110600000],
    ["Phường Thành Công", 50000000, 41250000, 47800000],
    ["Khối cơ quan, đơn vị, doanh nghiệp quận", 100000000, 300000000, 245000000],
  ];
  const money = (v: number | string, extra: Partial<{ result: number; bold: boolean }> = {}): CellInput => ({ v, fmt: "#,##0", ...extra });
  let r = 9;
  const vn = (n: number) => n.toLocaleString("de-DE");
  for (const [i, [name, plan, got, last]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, money(plan), money(got), { v: `=ROUND(D${r}/C${r}*100,1)`, result: Math.round((got / plan) * 1000) / 10, fmt: "0.0" }, money(last), ""], { border: true, align: "right" });
    s.set(`A${r}`, String(i + 1), { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    const st: Status = got > plan ? "exceeded" : got === plan ? "met" : "not_met";
    s.expect(`D${r}`, { indicator: `Quỹ "Đền ơn đáp nghĩa" vận động năm 2018 · ${name}`, target: `${vn(plan)} đồng (column C, Kế hoạch giao)`, status: st, why: st === "met" ? "exactly the plan" : st === "exceeded" ? `${vn(got)} against ${vn(plan)}: ${(Math.round((got / plan) * 1000) / 10).toString().replace(".", ",")}% of the plan` : `${vn(got)} against ${vn(plan)}: ${vn(plan - got)} đồng short; the year is closed` });
    r++;
  }
  // r = 24: the district
  const S = (k: 1 | 2 | 3) => units.reduce((t, u) => t + u[k], 0);
  s.row(`A${r}`, ["", "Tổng cộng", money("=SUM(C9:C23)", { result: S(1) }), money("=SUM(D9:D23)", { result: S(2) }), { v: `=ROUND(D${r}/C${r}*100,1)`, result: Math.round((S(2) / S(1)) * 1000) / 10, fmt: "0.0" }, money("=SUM(F9:F23)", { result: S(3) }), ""], { border: true, bold: true, align: "right" });
  s.set(`B${r}`, "Tổng cộng", { border: true, bold: true });
  s.expect(`D${r}`, { indicator: "Quỹ \"Đền ơn đáp nghĩa\" vận động năm 2018 · Tổng cộng", target: `${vn(S(1))} đồng (column C, SUM)`, status: "exceeded", why: `${vn(S(2))} against ${vn(S(1))}: 206,9% of the plan (the notes' "vượt 207%" means this ratio)` });
  // Table II: spending against the year's plan.
  r += 2; // 26
  s.merge(`A${r}:G${r}`, "II. KẾT QUẢ SỬ DỤNG QUỸ NĂM 2018", { bold: true });
  r++; // 27
  s.row(`A${r}`, ["TT", "Nội dung", "Kế hoạch năm 2018", "Thực hiện năm 2018", "Số tiền (đồng)", undefined, "Ghi chú"], h);
  s.merge(`E${r}:F${r}`, "Số tiền (đồng)", h);
  r++; // 28
  type P = [string, string, string, number | string, number, string, Status | null, string];
  const uses: P[] = [
    ["1", "Hỗ trợ xây mới, sửa chữa nhà ở gia đình chính sách có hoàn cảnh khó khăn", "12 nhà", "14 nhà", 460000000, "", "exceeded", "14 houses against a plan of 12"],
    ["2", "Trợ cấp khó khăn, thay sổ tiết kiệm tình nghĩa", "250 gia đình", "253 gia đình", 276500000, "", "exceeded", "253 families against 250"],
    ["3", "Tổ chức gặp mặt, thăm hỏi, tặng quà thương binh nặng, gia đình chính sách", "-", "1.186 suất", 503600000, "Dịp 27/7 và Tết Kỷ Hợi", null, ""],
  ];
  for (const [tt, what, plan, done, amount, note, status, why] of uses) {
    s.row(`A${r}`, [tt, what, plan, done, money(amount), undefined, note], { border: true, wrap: true, align: "center" });
    s.merge(`E${r}:F${r}`, money(amount), { border: true, align: "right" });
    s.set(`B${r}`, what, { border: true, wrap: true });
    if (status) s.expect(`D${r}`, { indicator: what, target: `${plan} (column C, Kế hoạch năm 2018)`, status, why });
    r++;
  }
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Năm 2018 toàn quận vận động được 1.655.080.000 đồng, vượt 207% kế hoạch.",
    "- Kế hoạch giao: mỗi phường 50 triệu đồng; khối cơ quan, đơn vị, doanh nghiệp quận 100 triệu đồng (Kế hoạch của BCĐ quận năm 2018).",
    "- Số liệu khóa sổ ngày 31/12/2018.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thanh Thủy" }, { col: "E", title: "TM. BAN CHỈ ĐẠO", name: "Hoàng Minh Tiến" });
  b.facts = {
    sheet: "Quy DODN 2018",
    headerRows: "8 (table I); 27 (table II)",
    nameColumn: "B (Đơn vị; Nội dung)",
    target: "column C (Kế hoạch giao năm 2018, đồng) for table I; column C (Kế hoạch năm 2018, a count in words) for table II",
    actualColumns: "D (Kết quả vận động năm 2018, đồng) in table I; D (Thực hiện năm 2018, a count in words) in table II",
    ignoreColumns: "A (TT), E (rate = D/C, derived) and F (Kết quả năm 2017: hidden) in table I; E:F (amount spent, no target) in table II; G (Ghi chú)",
    totalRows: "24 (Tổng cộng: SUM of rows 9-23, judged against C's SUM)",
    otherRows: "7 and 26 (table titles), notes and signature",
    asOf: "2018-12-31",
    period: "2018",
    notes: "A closed year (books closed on 31/12/2018; the return is dated 28/3/2019). Each ward's sum is judged against the plan it was given: two wards fell short (not met), one is exactly on plan (met). The notes' \"vượt 207% kế hoạch\" restates the total's ratio (1.655.080.000 of 800.000.000 = 206,9%); it is not a separate figure. Column F (2017) is hidden and not a result. Table II's third row has no plan (\"-\") and is not judged.",
  };
  return b;
}
