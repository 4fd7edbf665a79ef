// Layout 184: a primary school's year-end results by grade against the targets of its year plan (TH Hoàng Văn Thụ, Núi Thành, Quảng Nam, 2023-2024): every count is written "tổng/nữ" as text ("402/214": 402 pupils, 214 of them girls), the targets stand in their own column as shares of the roll, the primary-completion target counts over grade 5 only, "Trong đó" rows carry no target, and last year's totals sit in a hidden column.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả cuối năm học 2023-2024 so với chỉ tiêu kế hoạch năm học, Trường Tiểu học Hoàng Văn Thụ (Tam Sơn, Núi Thành, Quảng Nam)");
  const s = b.sheet("KQ cuoi nam 2023-2024");
  s.cols([6, 44, 18, 12, 10, 10, 10, 10, 10, 12, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN NÚI THÀNH", "TRƯỜNG TH HOÀNG VĂN THỤ"],
    date: "Tam Sơn, ngày 24 tháng 5 năm 2024",
    title: ["TỔNG HỢP KẾT QUẢ CUỐI NĂM HỌC 2023-2024", "(So với chỉ tiêu tại Kế hoạch số 32/KH-THHVT ngày 25/9/2023 về kế hoạch năm học 2023-2024)"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Tổng hợp kết quả cuối năm", head).merge("C8:C9", "Chỉ tiêu năm học 2023-2024", head);
  s.merge("D8:D9", "Tổng số", head).merge("E8:I8", "Chia ra (Tổng số/Nữ)", head).row("E9", ["Lớp 1", "Lớp 2", "Lớp 3", "Lớp 4", "Lớp 5"], head);
  s.merge("J8:J9", "Năm học 2022-2023 (tổng số)", head).merge("K8:K9", "Ghi chú", head);
  s.hideCols("J");
  // [TT, nội dung, chỉ tiêu, tổng, l1..l5, năm trước, ghi chú, status?, why?]
  type R = [string | number, string, string, string, string, string, string, string, string, string, string, Status?, string?];
  const rows: R[] = [
    [1, "Tổng số học sinh", "", "402/214", "80/43", "78/40", "82/44", "85/45", "77/42", "396/211", "Đầu năm: 404/215; chuyển đi 02 em"],
    [2, "Năng lực (Tốt, Đạt)", "100%", "400/213", "79/43", "78/40", "81/43", "85/45", "77/42", "393/210", "02 HS Cần cố gắng", "not_met", "400 of 402 pupils (the total row; 214 is the girls): 99,50% against 100%"],
    [3, "Phẩm chất (Tốt, Đạt)", "100%", "402/214", "80/43", "78/40", "82/44", "85/45", "77/42", "396/210", "", "met", "402 of 402 = 100%"],
    [4, "Môn Tiếng Việt (Hoàn thành tốt, Hoàn thành)", "Từ 98% trở lên", "398/213", "78/42", "77/40", "81/44", "85/45", "77/42", "", "", "exceeded", "398/402 = 99,00%, above the inclusive 98%"],
    [5, "Môn Toán (Hoàn thành tốt, Hoàn thành)", "Từ 98% trở lên", "393/210", "77/42", "76/39", "80/43", "83/44", "77/42", "", "", "not_met", "393/402 = 97,76% < 98%"],
    [6, "Hoàn thành chương trình lớp học", "Từ 99% trở lên", "399/212", "78/42", "78/40", "81/43", "85/45", "77/42", "393/210", "", "exceeded", "399/402 = 99,25%, above the inclusive 99%"],
    [7, "Khen thưởng cấp trường", "Từ 60% trở lên", "236/140", "44/27", "46/26", "48/29", "52/30", "46/28", "260", "", "not_met", "236/402 = 58,71% < 60%"],
    ["", "Trong đó: + Xuất sắc", "", "128/80", "22/14", "25/15", "27/17", "29/18", "25/16", "142", ""],
    ["", "+ Vượt trội", "", "108/60", "22/13", "21/11", "21/12", "23/12", "21/12", "118", ""],
    [8, "Học sinh lưu ban", "Dưới 1%", "3/1", "2/1", "0", "1/0", "0", "0", "3", "", "met", "3 pupils (1 girl) of 402 = 0,75%, under the 1% cap; \"3/1\" is 3 pupils, 1 of them a girl, not a ratio"],
    [9, "Học sinh bỏ học", "Không có HS bỏ học", "0", "0", "0", "0", "0", "0", "0", "", "met", "none"],
    [10, "Hoàn thành chương trình tiểu học", "100% HS lớp 5", "77/42", "", "", "", "", "77/42", "76/45", "", "met", "77 of the 77 grade-5 pupils (the lớp 5 column, not the whole roll)"],
  ];
  let r = 10;
  for (const x of rows) {
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10]], { border: true, wrap: true });
    if (x[11]) s.expect(x[1].startsWith("Hoàn thành chương trình tiểu học") ? `D${r}|I${r}` : `D${r}`, { indicator: x[1], target: x[2], status: x[11], why: x[12] });
    r++;
  }
  const last = r - 1;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Số liệu ghi theo dạng Tổng số/Nữ (ví dụ 402/214: 402 học sinh, trong đó 214 học sinh nữ).",
    "- Tỷ lệ tính trên tổng số học sinh cuối năm; riêng hoàn thành chương trình tiểu học tính trên số học sinh lớp 5.",
  ]);
  signature(s, last + 6, { col: "B", title: "PHÓ HIỆU TRƯỞNG", name: "Nguyễn Thị Thu Hà" }, { col: "G", title: "HIỆU TRƯỞNG", name: "Trần Văn Minh" });
  b.facts = {
    sheet: "KQ cuoi nam 2023-2024",
    headerRows: "8-9 (merged groups)",
    nameColumn: "B (Tổng hợp kết quả cuối năm)",
    target: "column C (Chỉ tiêu năm học 2023-2024), shares of the roll in row 10; grade 5 for row 21",
    actualColumns: "D (Tổng số, \"tổng/nữ\" text); D or I (Lớp 5, same figure) for the completion row",
    ignoreColumns: "E-I (grades, no targets of their own), J (hidden: 2022-2023), K (Ghi chú)",
    totalRows: "10 (Tổng số học sinh: the denominator, not judged)",
    targetRows: "none",
    otherRows: `"Trong đó" rows 17-18 (no target); notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2024-05-24",
    period: "Năm học 2023-2024",
    notes: "Every count is typed \"tổng/nữ\" (402/214 = 402 pupils, 214 girls): the second number is never a denominator. Shares are taken over the roll in row 10 (402); primary completion over the grade-5 count. \"3/1\" under a \"Dưới 1%\" cap is 3 pupils. Last year's totals are in hidden column J.",
  };
  return b;
}
