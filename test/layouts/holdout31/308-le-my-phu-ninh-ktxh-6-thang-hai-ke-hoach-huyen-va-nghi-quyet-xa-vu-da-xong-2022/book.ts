// Layout 308: a commune's six-month socio-economic table (UBND xã Lệ Mỹ, Phù Ninh, Phú Thọ, 30/6/2022): each indicator carries two plans side by side (the district's plan and the commune council's resolution) with a percent against each, a hidden same-period column and a percent against it; the notes name the council's resolution as the one judged; a spring-crop row whose season is over beside year rows still running, a budget revenue already past both plans and a spending row nobody judges.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Biểu chỉ tiêu kinh tế - xã hội 6 tháng đầu năm 2022, UBND xã Lệ Mỹ (Phù Ninh, Phú Thọ)");
  const s = b.sheet("Bieu 01 - 6 thang");
  s.cols([5, 40, 11, 12, 12, 12, 10, 10, 12, 10, 22]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHÙ NINH", "UBND XÃ LỆ MỸ"],
    date: "Lệ Mỹ, ngày 24 tháng 6 năm 2022",
    title: ["BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2022", "(Kèm theo Báo cáo của UBND xã trình kỳ họp thứ tư HĐND xã khóa 3, nhiệm kỳ 2021 - 2026)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head);
  s.merge("B8:B9", "Chỉ tiêu", head);
  s.merge("C8:C9", "ĐVT", head);
  s.merge("D8:D9", "Kế hoạch huyện giao năm 2022", head);
  s.merge("E8:E9", "Nghị quyết HĐND xã năm 2022", head);
  s.merge("F8:F9", "Thực hiện 6 tháng đầu năm 2022", head);
  s.merge("G8:H8", "So sánh (%)", head);
  s.row("G9", ["TH/NQ HĐND xã", "TH/KH huyện"], head);
  s.merge("I8:I9", "Cùng kỳ năm 2021", head);
  s.merge("J8:J9", "So cùng kỳ (%)", head);
  s.merge("K8:K9", "Ghi chú", head);
  s.row("A10", ["1", "2", "3", "4", "5", "6", "7=6/5", "8=6/4", "9", "10=6/9", "11"], { italic: true, align: "center", border: true });
  type Kind = "flow" | "season" | "level" | "cap" | "done" | "none" | "text";
  // tt, name, unit, district plan, council plan, result (number or text), same period last year, kind, note
  type R = [string, string, string, CellInput, CellInput, CellInput, number | "", Kind, string];
  const rows: Array<R | string> = [
    "I. CÁC CHỈ TIÊU VỀ KINH TẾ",
    ["1", "Tổng giá trị sản xuất (giá hiện hành)", "Triệu đồng", 190000, 193700, 114300, 107830, "flow", ""],
    ["-", "Nông, lâm nghiệp, thủy sản", "Triệu đồng", 77000, 78700, 47200, 40950, "flow", ""],
    ["-", "Tiểu thủ công nghiệp - xây dựng", "Triệu đồng", 25000, 26000, 14560, 14860, "flow", "Giảm 2% so cùng kỳ"],
    ["-", "Dịch vụ - thương mại", "Triệu đồng", 88000, 89000, 52540, 52020, "flow", ""],
    ["2", "Diện tích gieo trồng vụ chiêm xuân", "ha", 300, 310, 305.6, 308.2, "season", "Đã thu hoạch xong"],
    ["3", "Sản lượng lương thực cây có hạt", "Tấn", 1800, 1850, 948.9, 931.5, "flow", "Vụ chiêm xuân"],
    ["4", "Bình quân lương thực đầu người", "kg/người", "-", "-", 195.4, 192.6, "none", "6 tháng"],
    ["5", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 3964, 4171, 5998, 5012, "flow", ""],
    ["6", "Chi ngân sách xã", "Triệu đồng", 3758, 3956, 5565.9, 4890.2, "none", "Chi từ nguồn tăng thu, chuyển nguồn"],
    "II. CÁC CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI",
    ["7", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 91.5, 92, 88.2, 86.9, "level", ""],
    ["8", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2022-2025)", "%", "≤ 2,5", "≤ 2,3", "Rà soát cuối năm", "", "text", "Rà soát vào quý IV"],
    ["9", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "< 12", "< 11,5", 11.2, 11.8, "cap", "Kết quả cân đo ngày 01/6"],
    "III. QUỐC PHÒNG - AN NINH",
    ["10", "Giao quân (nghĩa vụ quân sự và công an nhân dân)", "Người", 8, 8, 8, 7, "done", "Giao quân ngày 12/02/2022"],
  ];
  const vi = (x: number) => x.toLocaleString("de-DE");
  const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
  const p1 = (n: number, d: number) => pct(n, d).toFixed(1).replace(".", ",");
  let r = 11;
  for (const row of rows) {
    if (typeof row === "string") {
      s.merge(`A${r}:K${r}`, row, { bold: true, border: true });
      r++;
      continue;
    }
    const [tt, name, unit, dPlan, nPlan, res, last, kind, note] = row;
    const num = (v: CellInput): CellInput => (typeof v === "number" ? { v, fmt: Number.isInteger(v) ? "#,##0" : "0.0", border: true, align: "center" } : v);
    const both = typeof res === "number" && typeof nPlan === "number" && typeof dPlan === "number";
    const g: CellInput = both ? { v: `=ROUND(F${r}/E${r}*100,1)`, result: pct(res as number, nPlan as number), fmt: "0.0", border: true, align: "center" } : "";
    const h: CellInput = both ? { v: `=ROUND(F${r}/D${r}*100,1)`, result: pct(res as number, dPlan as number), fmt: "0.0", border: true, align: "center" } : "";
    const j: CellInput = typeof res === "number" && typeof last === "number" ? { v: `=ROUND(F${r}/I${r}*100,1)`, result: pct(res, last), fmt: "0.0", border: true, align: "center" } : "";
    s.row(`A${r}`, [tt, name, unit, num(dPlan), num(nPlan), num(res), g, h, typeof last === "number" ? num(last) : "", j, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    const ind = `${name} 6 tháng đầu năm 2022`;
    const tgt = (t: string) => `${t} (column E, Nghị quyết HĐND xã; the district's ${typeof dPlan === "number" ? vi(dPlan) : dPlan} in D)`;
    const rv = res as number;
    const nv = nPlan as number;
    let st: Status | null = null;
    let why = "";
    if (kind === "flow") {
      st = rv > nv ? "exceeded" : rv === nv ? "met" : "pending";
      why = st === "exceeded" ? `${vi(rv)} = ${p1(rv, nv)}% of the council's ${vi(nv)} after six months (${p1(rv, dPlan as number)}% of the district's): the year's plan is passed already` : `${vi(rv)} = ${p1(rv, nv)}% of the year's ${vi(nv)} at 30/6; the year runs to 31/12`;
    } else if (kind === "season") {
      st = rv >= nv ? "met" : "not_met";
      why = `the spring crop is sown and harvested ("Đã thu hoạch xong"): ${String(rv).replace(".", ",")} ha against the council's ${vi(nv)} ha = ${p1(rv, nv)}%, short for good; above the district's ${vi(dPlan as number)} ha, but the notes judge on the council's resolution`;
    } else if (kind === "level") {
      st = "pending";
      why = `${String(rv).replace(".", ",")}% at 30/6 against the year's ${vi(nv)}% (the district's ${String(dPlan).replace(".", ",")}%): a share that grows through the year, due at 31/12`;
    } else if (kind === "cap") {
      st = "met";
      why = "11,2% is under the council's < 11,5% (and the district's < 12%); the notes say the 1 June weighing is the year's measure";
    } else if (kind === "done") {
      st = "met";
      why = "8 of 8 handed over on 12/02/2022: the year's quota is filled, the call-up is over";
    } else if (kind === "text") {
      st = "pending";
      why = "no rate yet: poor households are reviewed in the fourth quarter (the notes and K say so)";
    }
    if (st) s.expect(kind === "text" || kind === "cap" || kind === "level" || kind === "done" ? `F${r}` : `F${r}|G${r}`, { indicator: ind, target: kind === "cap" ? tgt("< 11,5%") : kind === "text" ? tgt("≤ 2,3%") : tgt(typeof nPlan === "number" ? `${vi(nPlan)} ${unit}` : String(nPlan)), status: st, why });
    r++;
  }
  const end = r - 1;
  s.hideCols("I");
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Mức độ hoàn thành chỉ tiêu được đánh giá theo Nghị quyết HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2022; cột Kế hoạch huyện giao để đối chiếu.",
    "- Số liệu thực hiện tính đến ngày 20/6/2022, ước đến 30/6/2022.",
    "- Tỷ lệ trẻ suy dinh dưỡng lấy theo kết quả cân đo ngày 01/6 (đợt đánh giá của năm).",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Thu Hà" }, { col: "H", title: "CHỦ TỊCH UBND XÃ", name: "Hà Văn Tuấn" });
  b.facts = {
    sheet: "Bieu 01 - 6 thang",
    headerRows: "8-9 (column numbers in row 10)",
    nameColumn: "B (Chỉ tiêu)",
    target: "column E (Nghị quyết HĐND xã năm 2022), as the notes say; column D (Kế hoạch huyện giao) only for reference",
    actualColumns: "F (Thực hiện 6 tháng) or G (TH/NQ HĐND xã, a ROUND on the 0-100 scale)",
    ignoreColumns: "A (TT), C (ĐVT), D (the district's plan, for reference), H (TH/KH huyện), I (Cùng kỳ năm 2021: hidden), J (So cùng kỳ), K (Ghi chú)",
    otherRows: `10 (column numbers), 11, 21 and 25 (section rows); row 18 (Bình quân lương thực: no plan) and row 20 (Chi ngân sách: a spending estimate, neither floor nor cap) are not judged; notes and signature under row ${end}`,
    asOf: "2022-06-30",
    period: "2022",
    notes: "Six months of the year: a flow short of the year's plan is pending, one above it already exceeded (thu ngân sách 5.998 of 4.171 = 143,8%, of the district's 3.964 = 151,3%, as on the page). The spring crop is over (sown area short of the council's 310 ha: not met, though above the district's 300 ha, since the notes judge on the council's resolution). Health insurance is a share still growing (pending); poverty is reviewed in the fourth quarter (pending); the stunting rate is the year's measure, under its cap (met); the call-up of February filled its quota (met).",
  };
  return b;
}
