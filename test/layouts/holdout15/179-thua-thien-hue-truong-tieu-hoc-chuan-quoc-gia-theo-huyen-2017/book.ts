// Layout 179: a provincial education department's table of primary schools meeting the national standard by district at the end of 2016-2017 (Thừa Thiên Huế, 155/216): a plan column per district for new recognitions this year, a target row for the share "đến năm 2020" (already reached or still pending), the province row on top, a district with no plan ("-") that still got one, a school inspected and awaiting its decision.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Trường tiểu học đạt chuẩn quốc gia theo huyện, thị xã, thành phố năm học 2016-2017, Sở Giáo dục và Đào tạo Thừa Thiên Huế");
  const s = b.sheet("TH dat chuan QG");
  s.cols([5, 22, 10, 12, 13, 12, 12, 11, 34]);
  titleBlock(s, {
    left: ["UBND TỈNH THỪA THIÊN HUẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Thừa Thiên Huế, ngày 17 tháng 8 năm 2017",
    title: ["THỐNG KÊ TRƯỜNG TIỂU HỌC ĐẠT CHUẨN QUỐC GIA NĂM HỌC 2016-2017", "(Kèm theo Báo cáo tổng kết năm học 2016-2017 bậc tiểu học)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Đơn vị", "Tổng số trường tiểu học", "Đạt chuẩn QG đến hết năm học 2015-2016", "Kế hoạch công nhận mới năm học 2016-2017", "Được công nhận mới trong năm học", "Tổng số trường đạt chuẩn QG", "Tỷ lệ (%)", "Ghi chú"], head);
  s.row("A9", ["", "Chỉ tiêu đến năm 2020", "", "", "", "", "", "Từ 70% trở lên", "Kế hoạch phát triển giáo dục tỉnh giai đoạn 2016-2020 (áp dụng cho toàn tỉnh và từng đơn vị)"], { ...head, bold: false, italic: true });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // [đơn vị, tổng, đạt trước, KH mới (number or "-"), công nhận mới, ghi chú]
  type U = [string, number, number, number | "-", number, string];
  const units: U[] = [
    ["Thành phố Huế", 40, 28, 2, 2, ""],
    ["Thị xã Hương Thủy", 22, 16, 1, 2, ""],
    ["Thị xã Hương Trà", 24, 16, 2, 1, "TH Hương Vân chưa hoàn thành phòng chức năng"],
    ["Huyện Phong Điền", 27, 17, 2, 2, ""],
    ["Huyện Quảng Điền", 20, 13, 1, 1, ""],
    ["Huyện Phú Vang", 30, 18, 2, 1, "TH Vinh Thanh đã được kiểm tra công nhận ngày 25/5/2017, chờ Quyết định của UBND tỉnh"],
    ["Huyện Phú Lộc", 28, 21, 2, 2, ""],
    ["Huyện Nam Đông", 10, 6, 1, 0, "Chưa đủ điều kiện cơ sở vật chất"],
    ["Huyện A Lưới", 15, 8, "-", 1, "TH Hồng Thủy công nhận ngoài kế hoạch"],
  ];
  const top = 10;
  const first = 11;
  const last = first + units.length - 1;
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: res });
  const T = { c: 0, d: 0, e: 0, f: 0 };
  units.forEach((u, i) => {
    const r = first + i;
    const g = u[2] + u[4];
    const h = r2((g / u[1]) * 100);
    T.c += u[1]; T.d += u[2]; T.e += typeof u[3] === "number" ? u[3] : 0; T.f += u[4];
    s.row(`A${r}`, [i + 1, u[0], u[1], u[2], u[3], u[4], { v: `=D${r}+F${r}`, result: g }, { v: `=ROUND(G${r}/C${r}*100,2)`, result: h, fmt: "0.00" }, u[5]], { border: true, align: "center", wrap: true });
    if (typeof u[3] === "number") {
      const kh = u[3];
      const st: Status = u[0] === "Huyện Phú Vang" ? "pending" : u[4] > kh ? "exceeded" : u[4] === kh ? "met" : "not_met";
      s.expect(`F${r}`, { indicator: `${u[0]} · Trường được công nhận mới`, target: `${kh} trường (kế hoạch năm học)`, status: st, why: st === "pending" ? "1 recognised of 2 planned; the second passed its inspection on 25/5/2017 and waits for the province's decision (Ghi chú): recognition is the decision, not yet given, so the count is not final (pending, as a title awaiting its decision is elsewhere)" : `${u[4]} of ${kh}` });
    }
    s.expect(`H${r}|G${r}`, { indicator: `${u[0]} · Tỷ lệ trường đạt chuẩn quốc gia`, target: "Từ 70% trở lên (đến năm 2020)", status: h > 70 ? "exceeded" : h === 70 ? "met" : "pending", why: h >= 70 ? `${g}/${u[1]} = ${vi(h)}${h === 70 ? ", at the floor" : ""}: the 2020 share is already reached` : `${g}/${u[1]} = ${vi(h)}, short, but the target is for 2020: not yet due in 2017` });
  });
  s.row(`A${top}`, ["", "Toàn tỉnh", sum("C", T.c), sum("D", T.d), sum("E", T.e), sum("F", T.f), { v: `=D${top}+F${top}`, result: T.d + T.f }, { v: `=ROUND(G${top}/C${top}*100,2)`, result: r2(((T.d + T.f) / T.c) * 100), fmt: "0.00" }, ""], { border: true, bold: true, align: "center", wrap: true });
  s.expect(`F${top}`, { indicator: "Toàn tỉnh · Trường được công nhận mới", target: `${T.e} trường (tổng kế hoạch)`, status: "pending", why: `${T.f} recognised against ${T.e} planned (A Lưới's unplanned school is in the ${T.f}); Phú Vang's school awaits its decision, which makes it 13 of 13: not final yet (pending)` });
  s.expect(`H${top}|G${top}`, { indicator: "Toàn tỉnh · Tỷ lệ trường đạt chuẩn quốc gia", target: "Từ 70% trở lên (đến năm 2020)", status: "exceeded", why: `${T.d + T.f}/${T.c} = ${vi(r2(((T.d + T.f) / T.c) * 100))}, the 2020 share already reached` });
  const rollUps = [s.rollUp(" · Trường được công nhận mới", "đơn vị"), s.rollUp(" · Tỷ lệ trường đạt chuẩn quốc gia", "đơn vị")];
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Kế hoạch công nhận mới theo đăng ký của các huyện, thị xã, thành phố đầu năm học 2016-2017; \"-\": không đăng ký.",
    "- Số liệu tính đến ngày 31/7/2017.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Lê Thị Hồng Vân" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Tân" });
  b.facts = {
    sheet: "TH dat chuan QG",
    headerRows: "8, 9 (Chỉ tiêu đến năm 2020)",
    nameColumn: "B (Đơn vị)",
    target: "column E (Kế hoạch công nhận mới, per unit) for F; row 9 \"Từ 70% trở lên\" (by 2020) for H",
    actualColumns: "F (Được công nhận mới), H (share of G over C)",
    ignoreColumns: "C, D (counts), G (sum, judged through H), I (Ghi chú)",
    totalRows: `${top} (Toàn tỉnh, SUM on top; judged)`,
    targetRows: "9",
    otherRows: `notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2017-08-17",
    period: "Năm học 2016-2017",
    rollUps,
    notes: "A plan column per district for this year's recognitions beside a 2020 share on the target row: a share already at or above 70% is met, one below it is not yet due. A Lưới planned none (\"-\") and got one: nothing to judge. Phú Vang's second school waits for its decision (pending: not final until the decision), and with it the province's count.",
  };
  return b;
}
