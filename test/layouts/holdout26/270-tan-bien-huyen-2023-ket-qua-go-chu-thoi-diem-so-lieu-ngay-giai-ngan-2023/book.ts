// Layout 270: a district's year review in early December (huyện Tân Biên, Tây Ninh, 2023): the resolution's target, the result with its own as-of date per row (date cells), one result typed in words "218 tỷ 477 triệu đồng", a percent column typed as text, the office in charge, last year hidden; the year is not over: short pending, revenue past its estimate exceeded.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2023, huyện Tân Biên (Tây Ninh)");
  const s = b.sheet("KQ NQ 2023");
  s.cols([5, 40, 10, 12, 20, 12, 10, 20, 12]);
  titleBlock(s, {
    left: ["ĐẢNG BỘ TỈNH TÂY NINH", "HUYỆN ỦY TÂN BIÊN"],
    date: "Tân Biên, ngày 06 tháng 12 năm 2023",
    title: ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NĂM 2023", "(trình Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 35)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Chỉ tiêu", "ĐVT", "Nghị quyết 2023", "Kết quả thực hiện", "Số liệu đến ngày", "% so NQ", "Cơ quan theo dõi", "Năm 2022"], head);
  const d = (iso: string): CellInput => ({ v: iso, date: true, fmt: "dd/mm/yyyy" });
  type R = [string, string, CellInput, CellInput, CellInput, string, string, number, Status, string];
  const rows: R[] = [
    ["Diện tích gieo trồng cây hằng năm", "ha", 52000, 57460, d("2023-11-30"), "110,5%", "Phòng NN&PTNT", 54120, "exceeded", "57.460 ha sown against 52.000 (110,5%); the year's sowing is done"],
    ["Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 3741, 3749, "Ước cả năm", "100,21%", "Phòng KT-HT", 3568, "exceeded", "the year's estimate 3.749 against 3.741 billion (100,21%): just past the plan"],
    ["Giá trị sản xuất thương mại - dịch vụ", "tỷ đồng", 1541.7, 1542, "Ước cả năm", "100,02%", "Phòng KT-HT", 1459, "exceeded", "the year's estimate 1.542 against 1.541,7 billion (100,02%): just past the plan"],
    ["Tổng thu ngân sách nhà nước", "triệu đồng", 217520, "218 tỷ 477 triệu đồng", d("2023-10-31"), "100,44%", "Phòng TC-KH", 205310, "exceeded", "218.477 million collected by 31 October against the year's estimate of 217.520 (100,44%): money collected stays collected"],
    ["Giải ngân vốn đầu tư công", "triệu đồng", 251613, 193167, d("2023-10-31"), "76,77%", "Ban QLDA", 238900, "pending", "193.167 of 251.613 million (76,77%); the year's capital may be disbursed until 31 January 2024"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%", 97.18, d("2023-11-30"), "", "BHXH huyện", 96.4, "exceeded", "97,18% past the inclusive 95% by 30 November"],
    ["Số xã đạt chuẩn nông thôn mới", "xã", 9, 8, d("2023-11-30"), "88,9%", "VP Điều phối NTM", 7, "pending", "8 of 9 communes; Thạnh Bắc is estimated to reach 19/19 criteria this year and is not yet recognised"],
    ["Số xã đạt chuẩn nông thôn mới nâng cao", "xã", 4, 2, d("2023-11-30"), "50%", "VP Điều phối NTM", 1, "pending", "2 of 4 recognised by 30 November; more may be recognised before the year's end"],
    ["Sản phẩm OCOP đạt 3 sao trở lên (mới)", "sản phẩm", 5, 5, d("2023-11-30"), "100%", "Phòng NN&PTNT", 3, "met", "5 products (one 4-star, four 3-star) against 5"],
  ];
  let r = 8;
  for (const [i, [name, dvt, tg, kq, when, pct, office, last, st, why]] of rows.entries()) {
    s.row(`A${r}`, [String(i + 1), name, dvt, tg, kq, when, pct, office, last], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    const t = typeof tg === "number" ? `${tg.toLocaleString("de-DE")} ${dvt}` : String(tg);
    s.expect(`E${r}`, { indicator: name, target: `${t} (Nghị quyết 2023, column D)`, status: st, why });
    r++;
  }
  s.hideCols("I");
  notes(s, r + 1, "B", ["Ghi chú:", "- Cột \"% so NQ\" nhập tay theo báo cáo của các cơ quan theo dõi.", "- Toàn huyện đạt 157/171 tiêu chí nông thôn mới; 109/152 tiêu chí nông thôn mới nâng cao."]);
  signature(s, r + 5, { col: "B", title: "VĂN PHÒNG HUYỆN ỦY", name: "Nguyễn Thị Thu" }, { col: "E", title: "T/M BAN THƯỜNG VỤ", name: "Thành Từ Dũ" });
  b.facts = {
    sheet: "KQ NQ 2023",
    headerRows: "7",
    nameColumn: "B (Chỉ tiêu)",
    target: "column D (Nghị quyết 2023: numbers in the ĐVT of column C, or \"≥ 95%\")",
    actualColumns: "E (Kết quả thực hiện: numbers, or \"218 tỷ 477 triệu đồng\" typed as words in a million-đồng row)",
    ignoreColumns: "A (TT), C (ĐVT), F (Số liệu đến ngày: date cells or \"Ước cả năm\"), G (% so NQ: typed as text), H (Cơ quan theo dõi), I (hidden: 2022)",
    totalRows: "none",
    targetRows: "none",
    otherRows: "notes and signature under the table",
    asOf: "2023-12-06",
    period: "2023",
    notes: "Early December: the year is not over. Results past the target are met or exceeded (sowing, production estimates for the whole year, revenue collected by 31 October past the year's estimate); short figures are pending (disbursement runs to 31/1/2024; communes estimated to reach new-rural standards are not yet recognised). The revenue is typed \"218 tỷ 477 triệu đồng\" in a row whose ĐVT is million đồng: 218.477 million. Column F dates each figure; column G is typed text.",
  };
  return b;
}
