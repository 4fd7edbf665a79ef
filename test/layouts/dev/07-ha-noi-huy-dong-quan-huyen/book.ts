// Layout 07: a city department's district matrix with a target row under the header (Hà Nội, preschool enrolment, term I 2010-2011): percent cells typed three ways.
import { Book, type CellInput, type Status } from "../../fods";
import { signature, table, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tỷ lệ huy động trẻ mầm non ra lớp theo quận, huyện, thị xã, hết học kỳ I năm học 2010-2011, thành phố Hà Nội");
  const s = b.sheet("Tổng hợp HKI");
  s.cols([5, 20, 14, 14, 14, 24]);
  titleBlock(s, {
    left: ["UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Hà Nội, ngày 10 tháng 01 năm 2011",
    title: ["BẢNG TỔNG HỢP TỶ LỆ HUY ĐỘNG TRẺ MẦM NON RA LỚP", "Hết học kỳ I năm học 2010-2011"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "F"],
    titleSpan: ["A", "F"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Quận, huyện, thị xã", "Tỷ lệ trẻ nhà trẻ ra lớp", "Tỷ lệ trẻ mẫu giáo ra lớp (%)", "Tỷ lệ trẻ học trường công lập", "Ghi chú"], head);
  table(s, "A9", [["", "Chỉ tiêu năm học 2010-2011", "25%", "88%", "Trên 80%", "Theo Kế hoạch của UBND Thành phố"]], { bold: true, italic: true });

  // Nhà trẻ as percent-formatted cells; mẫu giáo as plain points (one 0,93); công lập as text with "%".
  const units: Array<[string, CellInput, CellInput, CellInput, string]> = [
    ["Ba Đình", { v: 0.302, pct: true }, 96.5, "86,2%", ""],
    ["Hoàn Kiếm", { v: 0.288, pct: true }, 95, "90,4%", ""],
    ["Đống Đa", { v: 0.27, pct: true }, 93.1, "82,0%", ""],
    ["Cầu Giấy", { v: 0.34, pct: true }, 99, "78,5%", "Nhiều trường tư thục"],
    ["Hai Bà Trưng", { v: 0.25, pct: true }, 92.4, "80%", ""],
    ["Thanh Xuân", { v: 0.231, pct: true }, 90.2, "83,7%", ""],
    ["Hoàng Mai", { v: 0.216, pct: true }, 86.9, "72,3%", "Thiếu trường công lập"],
    ["Long Biên", { v: 0.262, pct: true }, 0.93, "85,1%", "Số liệu do phường báo cáo"],
    ["Từ Liêm", { v: 0.31, pct: true }, 93, "79,9%", ""],
    ["Hà Đông", { v: 0.31, pct: true }, 99, "81,6%", ""],
    ["Quốc Oai", { v: 0.31, pct: true }, 91, "95,0%", ""],
    ["Gia Lâm", { v: 0.244, pct: true }, 88, "91,2%", ""],
    ["Sóc Sơn", { v: 0.198, pct: true }, 84.6, "93,5%", ""],
    ["Ba Vì", null, 87.2, "96,8%", "Chưa báo cáo nhà trẻ"],
  ];
  const first = 10;
  const end = table(s, `A${first}`, units.map((u, i) => [i + 1, ...u]));
  table(s, `A${end}`, [["", "Toàn thành phố", { v: 0.264, pct: true }, 89.5, "84,5%", "13/29 đơn vị vượt chỉ tiêu"]], { bold: true });

  const ge = (x: number, t: number): Status => (x > t ? "exceeded" : x === t ? "met" : "not_met");
  units.forEach(([name, nt, mg, cl], i) => {
    const r = first + i;
    if (nt === null) s.expect(`C${r}`, { indicator: `${name} · Tỷ lệ trẻ nhà trẻ ra lớp`, target: "25% (dòng 9)", status: "no_data" });
    else {
      const x = Math.round((nt as { v: number }).v * 1000) / 10;
      s.expect(`C${r}`, { indicator: `${name} · Tỷ lệ trẻ nhà trẻ ra lớp`, target: "25% (dòng 9)", status: ge(x, 25), why: "percent-formatted cell" });
    }
    if (mg === 0.93) {
      s.expect(`D${r}`, { indicator: `${name} · Tỷ lệ trẻ mẫu giáo ra lớp`, target: "88% (dòng 9)", status: "review", why: "0,93 under a \"(%)\" header with no percent format: 0,93% (short) or 93% (met); nothing on the row decides" });
    } else {
      s.expect(`D${r}`, { indicator: `${name} · Tỷ lệ trẻ mẫu giáo ra lớp`, target: "88% (dòng 9)", status: ge(Number(mg), 88), why: "plain percent points under \"(%)\"" });
    }
    const c = Number(String(cl).replace("%", "").replace(",", "."));
    s.expect(`E${r}`, { indicator: `${name} · Tỷ lệ trẻ học trường công lập`, target: "Trên 80% (dòng 9)", status: c > 80 ? "met" : "not_met", why: c === 80 ? "80% is not above 80%" : "text figure" });
  });
  signature(s, end + 2, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Phạm Thu Hà" }, { col: "D", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Hữu Độ" });
  b.facts = {
    sheet: "Tổng hợp HKI",
    headerRows: "8",
    nameColumn: "B (Quận, huyện, thị xã)",
    target: "row 9 (Chỉ tiêu năm học 2010-2011: 25% | 88% | Trên 80%), the same for every district",
    actualColumns: "C (percent-formatted), D (plain points under \"(%)\"), E (text \"86,2%\")",
    ignoreColumns: "F (Ghi chú)",
    totalRows: `${end} (Toàn thành phố)`,
    targetRows: "9",
    otherRows: `${end + 2}-${end + 8} (signature)`,
    asOf: "2011-01-10",
    period: "2010-2011",
    rollUps: [" · Tỷ lệ trẻ nhà trẻ ra lớp", " · Tỷ lệ trẻ mẫu giáo ra lớp", " · Tỷ lệ trẻ học trường công lập"].map((x) => s.rollUp(x, "quận, huyện, thị xã")),
    notes: "A bare \"25%\" in a target row reads as at least 25%. \"Trên 80%\" is strictly above: Hai Bà Trưng's 80% is not met.",
  };
  return b;
}
