// Layout 18: a primary school's self-check against the facility standards of Thông tư 13/2020/TT-BGDĐT: norms by level ("Mức tối thiểu", "Mức độ 1", "Mức độ 2"), one chosen.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Bảng tự đánh giá tiêu chuẩn cơ sở vật chất theo Thông tư 13/2020/TT-BGDĐT, Trường Tiểu học Quảng Thịnh, năm 2024");
  const s = b.sheet("Tự đánh giá CSVC");
  s.cols([6, 30, 24, 24, 24, 20, 18]);
  titleBlock(s, {
    left: ["UBND HUYỆN QUẢNG XƯƠNG", "TRƯỜNG TIỂU HỌC QUẢNG THỊNH"],
    date: "Quảng Thịnh, ngày 20 tháng 5 năm 2024",
    title: ["BẢNG TỰ ĐÁNH GIÁ TIÊU CHUẨN CƠ SỞ VẬT CHẤT", "(Theo Thông tư số 13/2020/TT-BGDĐT ngày 26/5/2020; nhà trường đăng ký đạt Mức độ 1)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Nội dung tiêu chuẩn", head);
  s.merge("C8:E8", "Tiêu chuẩn cơ sở vật chất", head);
  s.row("C9", ["Mức tối thiểu", "Mức độ 1", "Mức độ 2"], head);
  s.merge("F8:F9", "Hiện trạng của nhà trường", head).merge("G8:G9", "Ghi chú", head);
  const bd = { border: true, wrap: true };
  type Row = [string, string, string, string, string, CellInput, string, Status, string];
  const rows: Row[] = [
    ["1", "Quy mô trường", "Tối thiểu 10 lớp, tối đa 30 lớp", "Tối thiểu 10 lớp, tối đa 30 lớp", "Tối thiểu 10 lớp, tối đa 30 lớp", "24 lớp", "", "met", "24 is inside 10-30"],
    ["2", "Diện tích khu đất (khu vực nông thôn)", "Tối thiểu 10 m2/học sinh", "Tối thiểu 10 m2/học sinh", "Tối thiểu 12 m2/học sinh", { v: 12.4, fmt: "0.0" }, "m2/học sinh", "exceeded", "12,4 > 10: strictly above the Mức độ 1 minimum"],
    ["3", "Phòng học", "1 phòng/lớp", "1 phòng/lớp", "1 phòng/lớp", "24 phòng/24 lớp", "", "met", "one room per class"],
    ["4", "Phòng học bộ môn", "Tối thiểu 3 phòng", "Tối thiểu 5 phòng", "Tối thiểu 7 phòng", 4, "Tin học, Ngoại ngữ, Âm nhạc, Mỹ thuật", "not_met", "4 < 5 (Mức độ 1), although above the minimum 3"],
    ["5", "Diện tích sân chơi, bãi tập", "Tối thiểu 25% diện tích khu đất", "Tối thiểu 30% diện tích khu đất", "Tối thiểu 35% diện tích khu đất", "32%", "", "exceeded", "32% > 30%"],
    ["6", "Số học sinh/máy tính trong phòng Tin học", "Không quá 2 học sinh/máy", "Không quá 2 học sinh/máy", "1 học sinh/máy", { v: 2.3, fmt: "0.0" }, "35 máy", "not_met", "2,3 học sinh/máy is more than 2 (less is better)"],
    ["7", "Thư viện", "Đạt tiêu chuẩn thư viện", "Thư viện đạt chuẩn Mức độ 1", "Thư viện đạt chuẩn Mức độ 2", "Đạt Mức độ 1", "QĐ công nhận tháng 12/2023", "met", ""],
    ["8", "Khu vệ sinh học sinh", "Có khu vệ sinh riêng cho nam, nữ", "Có khu vệ sinh riêng cho nam, nữ ở mỗi tầng", "Có khu vệ sinh riêng cho nam, nữ ở mỗi tầng, có chỗ cho học sinh khuyết tật", "Có", "", "met", "yes"],
  ];
  rows.forEach((x, i) => {
    const r = 10 + i;
    s.row(`A${r}`, [x[0], x[1], x[2], x[3], x[4], x[5], x[6]], bd);
    s.expect(`F${r}`, { indicator: x[1], target: x[3], status: x[7], why: x[8] });
  });
  signature(s, 20, { col: "B", title: "NGƯỜI LẬP BẢNG", name: "Lê Đình Thắng" }, { col: "E", title: "HIỆU TRƯỞNG", name: "Hoàng Thị Lan" });
  b.facts = {
    sheet: "Tự đánh giá CSVC",
    headerRows: "8-9 (Tiêu chuẩn cơ sở vật chất over Mức tối thiểu | Mức độ 1 | Mức độ 2)",
    nameColumn: "B (Nội dung tiêu chuẩn)",
    target: "column D (Mức độ 1: the level the title says the school registers for)",
    actualColumns: "F (Hiện trạng của nhà trường)",
    ignoreColumns: "C (Mức tối thiểu), E (Mức độ 2): norms of other levels; G (Ghi chú)",
    otherRows: "20-26 (signature)",
    asOf: "2024-05-20",
    period: "2024",
    notes: "Three norm columns; the title names the one that applies. Row 6 is a less-is-better ratio. Norm wording paraphrases the circular's structure; figures are invented.",
  };
  return b;
}
