// Layout 83: a district's commune-level primary statistics at 31/12/2023 in the shape of the national commune indicator (Krông Bông, Đắk Lắk): schools, classes, rooms, teachers and pupils by commune with four ratio columns, checked against the district's yearly plan (plan.json): a cap on pupils per class, floors on teachers and rooms per class, all classes on two sessions a day.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Số trường, lớp, phòng học, giáo viên, học sinh tiểu học theo xã, thị trấn, huyện Krông Bông, thời điểm 31/12/2023");
  const s = b.sheet("TH cấp xã 2023");
  s.cols([5, 20, 8, 8, 11, 9, 9, 10, 11, 10, 11, 12, 18]);
  titleBlock(s, {
    left: ["UBND HUYỆN KRÔNG BÔNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"],
    number: "Biểu 02/TH-CX",
    date: "Krông Bông, ngày 10 tháng 01 năm 2024",
    title: ["SỐ TRƯỜNG, LỚP, PHÒNG HỌC, GIÁO VIÊN, HỌC SINH TIỂU HỌC", "Chia theo xã, thị trấn - Thời điểm 31/12/2023"],
    leftSpan: ["A", "D"],
    rightSpan: ["F", "M"],
    titleSpan: ["A", "M"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head).merge("C8:C9", "Số trường", head);
  s.merge("D8:E8", "Số lớp", head).row("D9", ["Tổng số", "Trong đó: học 2 buổi/ngày"], head);
  s.merge("F8:F9", "Số phòng học", head).merge("G8:G9", "Số giáo viên", head).merge("H8:H9", "Số học sinh", head);
  s.merge("I8:L8", "Chỉ số", head).row("I9", ["Số học sinh bình quân/lớp", "Tỷ lệ giáo viên/lớp", "Tỷ lệ phòng học/lớp", "Tỷ lệ lớp học 2 buổi/ngày (%)"], head);
  s.merge("M8:M9", "Ghi chú", head);
  s.row("A10", ["A", "B", 1, 2, 3, 4, 5, 6, "7=6/2", "8=5/2", "9=4/2", "10=3/2"], { italic: true, align: "center", border: true });

  // [commune, schools, classes, two-session classes, rooms, teachers, pupils] (null: not reported)
  type U = [string, number, number, number, number, number, number] | [string, null];
  const units: U[] = [
    ["Thị trấn Krông Kmar", 2, 40, 40, 40, 62, 1390],
    ["Xã Dang Kang", 2, 30, 30, 26, 44, 1050],
    ["Xã Cư Kty", 1, 15, 12, 15, 23, 480],
    ["Xã Hòa Thành", 1, 18, 18, 18, 27, 640],
    ["Xã Hòa Tân", 1, 16, 16, 17, 25, 530],
    ["Xã Hòa Phong", 2, 24, 20, 22, 35, 700],
    ["Xã Hòa Lễ", 1, 17, 17, 17, 26, 560],
    ["Xã Yang Reh", 1, 20, 20, 20, 30, 702],
    ["Xã Ea Trul", 2, 28, 28, 28, 43, 900],
    ["Xã Khuê Ngọc Điền", 1, 22, 22, 22, 33, 740],
    ["Xã Cư Pui", 2, 38, 30, 30, 55, 1100],
    ["Xã Hòa Sơn", 1, 19, 19, 19, 29, 650],
    ["Xã Cư Drăm", 2, 30, 26, 28, 44, 830],
    ["Xã Yang Mao", null],
  ];
  const first = 11;
  const last = first + units.length - 1;
  const bd = { border: true, align: "center" as const };
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number, d: number) => x.toFixed(d).replace(".", ",");
  units.forEach((u, i) => {
    const r = first + i;
    const f = (formula: string, fmt: "0.0" | "0.00"): CellInput => (u[1] === null ? "" : { v: formula, fmt });
    const n = (k: number): CellInput => (u[1] === null ? "" : (u[k] as number));
    s.row(`A${r}`, [i + 1, { v: u[0], align: "left" }, n(1), n(2), n(3), n(4), n(5), n(6),
      f(`=ROUND(H${r}/D${r},1)`, "0.0"), f(`=ROUND(G${r}/D${r},2)`, "0.00"), f(`=ROUND(F${r}/D${r},2)`, "0.00"), f(`=ROUND(E${r}/D${r}*100,1)`, "0.0"),
      u[1] === null ? "Chưa báo cáo" : ""], bd);
    const why0 = "the commune has not reported (Ghi chú)";
    if (u[1] === null) {
      for (const [c, name, t] of [["I", "Số học sinh bình quân/lớp", "không quá 35 học sinh/lớp"], ["J", "Tỷ lệ giáo viên/lớp", "bảo đảm 1,5 giáo viên/lớp"], ["K", "Tỷ lệ phòng học/lớp", "đạt 1 phòng học/lớp"], ["L", "Tỷ lệ lớp học 2 buổi/ngày", "100% số lớp"]])
        s.expect(`${c}${r}`, { indicator: `${u[0]} · ${name}`, target: `${t} (plan.json)`, actual: "(trống)", status: "no_data", why: why0 });
      return;
    }
    const [, , cls, two, rooms, gv, hs] = u;
    const size = r1(hs / cls);
    const ss: Status = size <= 35 ? "met" : "not_met";
    s.expect(`I${r}`, { indicator: `${u[0]} · Số học sinh bình quân/lớp`, target: "không quá 35 học sinh/lớp (plan.json)", actual: `=ROUND(H${r}/D${r},1) (${vi(size, 1)})`, status: ss, why: ss === "met" ? `${hs}/${cls} = ${vi(size, 1)} ${size === 35 ? "= 35: \"không quá\" allows the limit" : "≤ 35 (a cap: met, never exceeded)"}` : `${hs}/${cls} = ${vi(size, 1)} > 35` });
    const t = r2(gv / cls);
    const st: Status = t > 1.5 ? "exceeded" : t === 1.5 ? "met" : "not_met";
    s.expect(`J${r}`, { indicator: `${u[0]} · Tỷ lệ giáo viên/lớp`, target: "bảo đảm 1,5 giáo viên/lớp (plan.json, direction up)", actual: `=ROUND(G${r}/D${r},2) (${vi(t, 2)})`, status: st, why: `${gv}/${cls} = ${vi(t, 2)} ${st === "exceeded" ? "> 1,5" : st === "met" ? "= 1,5" : "< 1,5: short of teachers"}` });
    const k = r2(rooms / cls);
    const sk: Status = k > 1 ? "exceeded" : k === 1 ? "met" : "not_met";
    s.expect(`K${r}`, { indicator: `${u[0]} · Tỷ lệ phòng học/lớp`, target: "đạt 1 phòng học/lớp (plan.json)", actual: `=ROUND(F${r}/D${r},2) (${vi(k, 2)})`, status: sk, why: `${rooms}/${cls} = ${vi(k, 2)} ${sk === "exceeded" ? "> 1" : sk === "met" ? "= 1: one room per class" : "< 1: classes share rooms"}` });
    const p = r1((two / cls) * 100);
    const sp: Status = two === cls ? "met" : "not_met";
    s.expect(`L${r}|E${r}`, { indicator: `${u[0]} · Tỷ lệ lớp học 2 buổi/ngày`, target: "100% số lớp (plan.json)", actual: `${two}/${cls} (${vi(p, 1)})`, status: sp, why: sp === "met" ? "every class on two sessions a day" : `${two} of ${cls} classes (${vi(p, 1)}%) < 100%` });
  });
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn huyện", ...["C", "D", "E", "F", "G", "H"].map((c) => `=SUM(${c}${first}:${c}${last})`),
    { v: `=ROUND(H${tot}/D${tot},1)`, fmt: "0.0" }, { v: `=ROUND(G${tot}/D${tot},2)`, fmt: "0.00" }, { v: `=ROUND(F${tot}/D${tot},2)`, fmt: "0.00" }, { v: `=ROUND(E${tot}/D${tot}*100,1)`, fmt: "0.0" }, "Chưa gồm xã Yang Mao"], { ...bd, bold: true });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Số liệu thời điểm 31/12/2023, theo chỉ tiêu thống kê cấp xã: số trường, lớp, phòng học; số giáo viên; số học sinh phổ thông (tiểu học).",
    "- Chỉ số 7-10 do Phòng GD&ĐT tính thêm để đối chiếu với Kế hoạch năm 2023 của huyện.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "H'Mai Niê" }, { col: "I", title: "TRƯỞNG PHÒNG", name: "Lê Văn Bình" });
  b.facts = {
    sheet: "TH cấp xã 2023",
    headerRows: "8-9 (Số lớp over Tổng số | Trong đó: học 2 buổi/ngày; Chỉ số over its four ratios), 10: column numbers with the ratios' formulas in words",
    nameColumn: "B (Xã, thị trấn)",
    target: "plan.json (Kế hoạch năm 2023 của huyện): four indicators that every commune must meet (scope unit); the sheet holds no target",
    actualColumns: "I (pupils per class), J (teachers per class), K (rooms per class), L with E (share of classes on two sessions): ROUND formulas over the counts",
    ignoreColumns: "C-H (counts behind the ratios), M (Ghi chú)",
    totalRows: `${tot} (Toàn huyện: not a commune)`,
    otherRows: `10 (column numbers), ${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2024-01-10",
    period: "2023",
    rollUps: [s.rollUp(" · Số học sinh bình quân/lớp", "xã, thị trấn"), s.rollUp(" · Tỷ lệ giáo viên/lớp", "xã, thị trấn"), s.rollUp(" · Tỷ lệ phòng học/lớp", "xã, thị trấn"), s.rollUp(" · Tỷ lệ lớp học 2 buổi/ngày", "xã, thị trấn")],
    notes: "Ratios, not rates: pupils per class is a cap (\"không quá 35\": Dang Kang's 35,0 met, Yang Reh's 35,1 and Hòa Thành's 35,6 not; under the cap is met, never exceeded); teachers per class and rooms per class are floors (1,50 and 1,00 met, above exceeded, 1,47 or 0,87 not met); two sessions a day needs every class. Yang Mao has not reported (no data on all four). The year 2023 is over: verdicts are final. The district total is not a commune.",
  };
  b.plan = {
    id: "krong-bong-2023-giao-duc-tieu-hoc",
    title: "Kế hoạch phát triển kinh tế - xã hội năm 2023 huyện Krông Bông (lĩnh vực giáo dục tiểu học)",
    issuer: "ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG",
    place: "Krông Bông",
    period: "2023",
    notes: "Chỉ tiêu áp dụng cho từng xã, thị trấn. / Each commune must meet these targets.",
    indicators: [
      { id: "th.hoc-sinh-lop", section: ["II. Chỉ tiêu chủ yếu", "Giáo dục tiểu học"], name: "Số học sinh bình quân/lớp", level: "TH", unit: "học sinh/lớp", target: "không quá 35 học sinh/lớp", scope: "unit" },
      { id: "th.giao-vien-lop", section: ["II. Chỉ tiêu chủ yếu", "Giáo dục tiểu học"], name: "Tỷ lệ giáo viên/lớp", level: "TH", unit: "giáo viên/lớp", target: "bảo đảm 1,5 giáo viên/lớp", direction: "up", scope: "unit", notes: "Đủ giáo viên để dạy 2 buổi/ngày: càng cao càng đủ. / Enough teachers for two sessions a day: more is better." },
      { id: "th.phong-hoc-lop", section: ["II. Chỉ tiêu chủ yếu", "Giáo dục tiểu học"], name: "Tỷ lệ phòng học/lớp", level: "TH", unit: "phòng/lớp", target: "đạt 1 phòng học/lớp", scope: "unit" },
      { id: "th.hai-buoi", section: ["II. Chỉ tiêu chủ yếu", "Giáo dục tiểu học"], name: "Tỷ lệ lớp học 2 buổi/ngày", level: "TH", unit: "%", target: "100% số lớp", scope: "unit" },
    ],
  };
  return b;
}
