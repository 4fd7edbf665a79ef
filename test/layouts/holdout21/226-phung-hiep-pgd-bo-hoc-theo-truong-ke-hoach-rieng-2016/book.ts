// Layout 226: a district education office's drop-out return for 2015-2016 by school (Phòng GD&ĐT Phụng Hiệp, Hậu Giang; one cluster of schools), primary and lower-secondary sections with SUM subtotals, the drop-outs named in a column, rates from formulas over the start-of-year roll, one rate typed as text, a school not reported, a merged school in a hidden row; the targets are not on the sheet but in the office's year plan (plan.json: strict "dưới 0,5%" primary, "dưới 2%" lower secondary, for each school and each level).
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Thống kê học sinh bỏ học năm học 2015-2016 theo trường, cụm Cây Dương - Tân Bình - Hòa An, Phòng GD&ĐT huyện Phụng Hiệp (Hậu Giang)");
  const s = b.sheet("Bo hoc 2015-2016");
  s.cols([5, 34, 10, 10, 9, 10, 40, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHỤNG HIỆP", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu 03/TK-BH",
    date: "Phụng Hiệp, ngày 15 tháng 6 năm 2016",
    title: ["THỐNG KÊ HỌC SINH BỎ HỌC NĂM HỌC 2015 - 2016", "Cụm trường Cây Dương - Tân Bình - Hòa An - Bình Thành - Long Thạnh"],
    leftSpan: ["A", "B"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  const bd = { border: true, align: "center" as const };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Trường", head).merge("C8:D8", "Số học sinh", head).merge("E8:F8", "Học sinh bỏ học", head);
  s.merge("G8:G9", "Họ tên học sinh bỏ học (lớp)", head).merge("H8:H9", "Lý do / Ghi chú", head);
  s.row("C9", ["Đầu năm", "Cuối năm", "SL", "Tỷ lệ (%)"], head);
  const vi = (n: number) => n.toFixed(2).replace(".", ",");
  type Sch = [string, number | string, number | string, number | string, string, string, CellInput?];
  let r = 10;
  const section = (title: string, level: string, cap: number, planName: string, schools: Sch[], hiddenName?: string) => {
    s.merge(`A${r}:H${r}`, title, { bold: true, border: true });
    r++;
    const start = r;
    let n = 1;
    let sumStart = 0;
    let sumOut = 0;
    let missing = 0;
    const judge = (name: string, out: number, roll: number, cell: string, unit: string) => {
      const rate = Math.round((out / roll) * 10000) / 100;
      const st: [Status, string] = rate < cap ? ["met", `${out}/${roll} = ${vi(rate)}%, under ${vi(cap)}%`] : rate === cap ? ["not_met", `${out}/${roll} = ${vi(rate)}%: "dưới ${vi(cap).replace(",00", "")}%" is strict`] : ["not_met", `${out}/${roll} = ${vi(rate)}%, over ${vi(cap).replace(",00", "")}%`];
      s.expect(cell, { indicator: `${unit} · ${planName}`, target: `dưới ${String(cap).replace(".", ",")}% (plan.json)`, status: st[0], why: st[1] });
    };
    for (const [name, d0, d1, out, who, why, rateCell] of schools) {
      const rate: CellInput = rateCell ?? (typeof out === "number" && typeof d0 === "number" ? { v: `=ROUND(E${r}/C${r}*100,2)`, fmt: "0.00", result: Math.round((out / d0) * 10000) / 100 } : "");
      s.row(`A${r}`, [n++, name, d0, d1, out, rate, who, why], bd);
      s.set(`B${r}`, name, { border: true });
      s.set(`G${r}`, who, { border: true, wrap: true });
      s.set(`H${r}`, why, { border: true, wrap: true, italic: true });
      if (typeof d0 === "number") sumStart += d0;
      if (typeof out === "number" && typeof d0 === "number") {
        sumOut += out;
        judge(name, out, d0, `F${r}`, name);
      } else {
        missing++;
        s.expect(`F${r}`, { indicator: `${name} · ${planName}`, target: `dưới ${String(cap).replace(".", ",")}% (plan.json)`, status: "no_data", why: "the school has not reported its drop-outs" });
      }
      r++;
    }
    if (hiddenName) {
      s.row(`A${r}`, ["", hiddenName, "-", "-", "-", "-", "", "Sáp nhập từ tháng 01/2016, số liệu tính vào trường nhận"], bd);
      s.hideRows(r);
      r++;
    }
    const end = r - 1;
    const rate = Math.round((sumOut / sumStart) * 10000) / 100;
    s.row(`A${r}`, ["", `Cộng ${level}`, { v: `=SUM(C${start}:C${end})`, result: sumStart }, { v: `=SUM(D${start}:D${end})` }, { v: `=SUM(E${start}:E${end})`, result: sumOut }, { v: `=ROUND(E${r}/C${r}*100,2)`, fmt: "0.00", result: rate }, "", ""], { ...bd, bold: true });
    if (missing) s.expect(`F${r}`, { indicator: `Cộng ${level} · ${planName}`, target: `dưới ${String(cap).replace(".", ",")}% (plan.json)`, status: "no_data", why: `${vi(rate)}% leaves out the school not reported (its roll counted, its drop-outs not): the level's rate is not known` });
    else judge(`Cộng ${level}`, sumOut, sumStart, `F${r}`, `Cộng ${level}`);
    const sub = r;
    r++;
    return sub;
  };
  const subTH = section("I. TIỂU HỌC", "Tiểu học", 0.5, "Tỷ lệ học sinh tiểu học bỏ học", [
    ["TH Thị trấn Cây Dương 1", 812, 808, 2, "Nguyễn Văn Tèo (3A); Lê Thị Ngọc (5B)", "Theo gia đình đi làm ăn xa"],
    ["TH Thị trấn Cây Dương 2", 645, 640, 3, "Trần Văn Út (2C); Huỳnh Thị Mai (4A); Danh Sà Rươl (1B)", "Hoàn cảnh khó khăn"],
    ["TH Tân Bình 1", 800, 793, 4, "Võ Văn Lộc (5A); Võ Thị Diễm (3B); Lý Văn Hên (4C); Thạch Thị Sa (2A)", "Theo gia đình lên Bình Dương"],
    ["TH Tân Bình 2", 520, 519, 0, "", ""],
    ["TH Hòa An 1", 734, 726, 5, "05 HS (danh sách kèm theo)", "Nhận HS từ TH Hòa An 2 từ 01/2016"],
    ["TH Bình Thành", 688, 685, 1, "Phạm Văn Sang (5B)", "Học lực yếu, ngại đi học"],
    ["TH Long Thạnh", 590, 586, "Chưa báo cáo", "", "Đã nhắc lần 2 ngày 10/6/2016"],
  ], "TH Hòa An 2");
  const subTHCS = section("II. TRUNG HỌC CƠ SỞ", "THCS", 2, "Tỷ lệ học sinh THCS bỏ học", [
    ["THCS Thị trấn Cây Dương", 1045, 1021, 19, "19 HS (danh sách kèm theo)", "Đi làm thuê, theo gia đình"],
    ["THCS Tân Bình", 612, 598, 12, "12 HS (danh sách kèm theo)", ""],
    ["THCS Hòa An", 580, 560, 16, "16 HS (danh sách kèm theo)", "Nhiều HS lớp 8, 9 đi làm"],
    ["THCS Bình Thành", 455, 446, 9, "09 HS (danh sách kèm theo)", ""],
    ["THCS Long Thạnh", 500, 488, 10, "10 HS (danh sách kèm theo)", ""],
    ["THCS Thạnh Hòa", 410, 402, 7, "Lâm Văn Tính (9A); Lê Văn Bé (8B); Đặng Thị Út (7A); Trương Văn Khởi (9B); Lý Thị Nhung (6A); Thạch Văn Đa (8A); Kim Thị Ra (7C)", "Tỷ lệ do trường tự tính", "1,71%"],
  ]);
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Tỷ lệ bỏ học tính trên số học sinh đầu năm học (theo hướng dẫn thống kê của ngành).",
    "- Chỉ tiêu theo Kế hoạch thực hiện nhiệm vụ năm học 2015-2016 của Phòng GD&ĐT (áp dụng cho từng trường và từng cấp học).",
    "- Toàn huyện: 232 HS bỏ học (0,93%); tiểu học 59 HS (0,42%), THCS 173 HS (2,21%) - số liệu toàn huyện, không cộng từ biểu này.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Minh Hiếu" }, { col: "F", title: "KT. TRƯỞNG PHÒNG - PHÓ TRƯỞNG PHÒNG", name: "Nguyễn Văn Dũng" });
  b.facts = {
    sheet: "Bo hoc 2015-2016",
    headerRows: "8-9",
    nameColumn: "B (Trường)",
    target: "plan.json (Kế hoạch năm học 2015-2016 của Phòng GD&ĐT: dưới 0,5% tiểu học, dưới 2% THCS, for each school and each level); the sheet holds no target",
    actualColumns: "F (Tỷ lệ (%): formulas over the start-of-year roll, one typed \"1,71%\")",
    ignoreColumns: "A (TT), C-E (rolls and counts behind F), G (names), H (Ghi chú)",
    totalRows: `${subTH} (Cộng Tiểu học), ${subTHCS} (Cộng THCS): SUM subtotals judged against the level's target; the district line in the notes is not a row`,
    targetRows: "none",
    otherRows: `sections 10 and ${subTH + 1}; ${subTH - 1} hidden (TH Hòa An 2, merged); notes from ${r + 1}; signature from ${r + 7}`,
    asOf: "2016-06-15",
    period: "Năm học 2015-2016",
    notes: "Targets live in plan.json, one per level, each strict (\"dưới\"): TH Tân Bình 1's 0,50% and THCS Long Thạnh's 2,00% fail; 1,96% and 1,98% pass. Rates are over the start-of-year roll (the notes say so), not the end-of-year one. THCS Thạnh Hòa typed its rate as text (1,71%, met). TH Long Thạnh has not reported: no data, and so is the primary subtotal that counts its roll without its drop-outs. The THCS subtotal 73/3.602 = 2,03% fails. The hidden row is a merged school; the district figures in the notes are not judged.",
  };
  b.plan = {
    id: "phung-hiep-2015-2016-bo-hoc",
    title: "Kế hoạch thực hiện nhiệm vụ năm học 2015-2016 của Phòng Giáo dục và Đào tạo huyện Phụng Hiệp (chỉ tiêu duy trì sĩ số)",
    issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN PHỤNG HIỆP",
    place: "Phụng Hiệp",
    period: "2015-2016",
    notes: "Chỉ tiêu áp dụng cho từng trường và cho toàn cấp học. / Each school and each level must meet these targets.",
    indicators: [
      { id: "th.bo-hoc", section: ["II. Chỉ tiêu", "Duy trì sĩ số"], name: "Tỷ lệ học sinh tiểu học bỏ học", level: "TH", unit: "%", target: "dưới 0,5%", scope: "unit" },
      { id: "thcs.bo-hoc", section: ["II. Chỉ tiêu", "Duy trì sĩ số"], name: "Tỷ lệ học sinh THCS bỏ học", level: "THCS", unit: "%", target: "dưới 2%", scope: "unit" },
    ],
  };
  return b;
}
