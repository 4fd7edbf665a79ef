// Layout 186: a provincial education department's graduation results by school (Quảng Nam, 2011-2012, an extract): two sections, high schools and continuing-education centres, each with its own floor written only in the section row's text, typed section totals that are not the sum of the rows shown (the extract lists a few of 47 and 13 units), a province row, 95,00 at the floor, 94,97 under it, a school still awaiting re-marking, and a hidden rank column.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả kỳ thi tốt nghiệp THPT năm 2012 theo đơn vị (trích), Sở Giáo dục và Đào tạo Quảng Nam");
  const s = b.sheet("TN THPT 2012");
  s.cols([5, 40, 11, 11, 11, 9, 40]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
    date: "Quảng Nam, ngày 18 tháng 6 năm 2012",
    title: ["KẾT QUẢ KỲ THI TỐT NGHIỆP THPT NĂM 2012 THEO ĐƠN VỊ (TRÍCH)", "(Kèm theo Thông báo kết quả tốt nghiệp THPT, GDTX năm 2012)"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A8", ["TT", "Đơn vị", "Số thí sinh dự thi", "Số thí sinh tốt nghiệp", "Tỷ lệ tốt nghiệp (%)", "Xếp thứ", "Ghi chú"], head);
  s.row("A9", ["1", "2", "3", "4", "5 = 4/3", "6", "7"], { ...head, bold: false, italic: true });
  s.hideCols("F");
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  // [đơn vị, dự thi, tốt nghiệp, ghi chú, status override?, why override?]
  type U = [string, number, number, string, Status?, string?];
  const sections: { title: string; floor: number; total: [string, number, number]; units: U[] }[] = [
    {
      title: "A. HỆ TRUNG HỌC PHỔ THÔNG (chỉ tiêu: tỷ lệ tốt nghiệp từ 95% trở lên)",
      floor: 95,
      total: ["Cộng hệ THPT (47 trường; 25 trường đạt 100%)", 16724, 16577],
      units: [
        ["THPT chuyên Nguyễn Bỉnh Khiêm", 176, 176, ""],
        ["THPT Trần Cao Vân", 612, 611, ""],
        ["THPT Phan Bội Châu", 580, 580, ""],
        ["THPT Trần Quý Cáp", 455, 453, ""],
        ["THPT Sào Nam", 420, 405, ""],
        ["THPT Huỳnh Ngọc Huệ", 398, 378, "", "not_met", "378/398 = 94,97, just under 95"],
        ["THPT Bắc Trà My", 210, 198, "Đang chờ kết quả phúc khảo 04 bài thi", "pending", "198/210 = 94,29 now; four papers are being re-marked (Ghi chú) and four more passes would make 202/210 = 96,19: the figure is not final"],
        ["THPT Nam Trà My", 140, 113, "Trường miền núi, tỷ lệ thấp nhất tỉnh", "not_met", "113/140 = 80,71 < 95"],
        ["THPT Nam Giang", 200, 190, "", "met", "190/200 = 95,00, at the floor"],
      ],
    },
    {
      title: "B. HỆ GIÁO DỤC THƯỜNG XUYÊN (chỉ tiêu: tỷ lệ tốt nghiệp từ 80% trở lên)",
      floor: 80,
      total: ["Cộng hệ GDTX (13 trung tâm; 03 trung tâm đạt 100%)", 1968, 1788],
      units: [
        ["TT GDTX tỉnh", 160, 160, ""],
        ["TT GDTX Tam Kỳ", 142, 131, ""],
        ["TT GDTX Hội An", 95, 76, "", "met", "76/95 = 80,00, at the floor"],
        ["TT GDTX Duy Xuyên", 118, 93, "", "not_met", "93/118 = 78,81 < 80"],
        ["TT GDTX Đại Lộc", 126, 126, ""],
      ],
    },
  ];
  let r = 10;
  const sectionRows: number[] = [];
  const totalRows: number[] = [];
  let n = 0;
  for (const sec of sections) {
    s.merge(`A${r}:G${r}`, sec.title, { bold: true, border: true });
    sectionRows.push(r);
    r++;
    const firstU = r;
    for (const u of sec.units) {
      n++;
      const rate = r2((u[2] / u[1]) * 100);
      s.row(`A${r}`, [n, u[0], u[1], u[2], { v: `=ROUND(D${r}/C${r}*100,2)`, result: rate, fmt: "0.00" }, { v: `=RANK(E${r},E$${firstU}:E$${firstU + sec.units.length - 1})`, result: "" }, u[3]], { border: true, wrap: true });
      const st: Status = u[4] ?? (rate > sec.floor ? "exceeded" : rate === sec.floor ? "met" : "not_met");
      s.expect(`E${r}|D${r}`, { indicator: `${u[0]} · Tỷ lệ tốt nghiệp`, target: `Từ ${sec.floor}% trở lên (dòng ${sec.title[0]})`, status: st, why: u[5] ?? `${u[2]}/${u[1]} = ${vi(rate)}` });
      r++;
    }
    const [label, c, d] = sec.total;
    const rate = r2((d / c) * 100);
    s.row(`A${r}`, ["", label, c, d, { v: `=ROUND(D${r}/C${r}*100,2)`, result: rate, fmt: "0.00" }, "", "Số liệu toàn hệ, không phải tổng các dòng trích ở trên"], { border: true, bold: true, wrap: true });
    totalRows.push(r);
    s.expect(`E${r}|D${r}`, { indicator: `${label} · Tỷ lệ tốt nghiệp`, target: `Từ ${sec.floor}% trở lên`, status: rate > sec.floor ? "exceeded" : rate === sec.floor ? "met" : "not_met", why: `${viN(d)}/${viN(c)} = ${vi(rate)} (the whole system's typed figures; the rows above are an extract)` });
    r++;
  }
  const prov: [number, number] = [16724 + 1968, 16577 + 1788];
  s.row(`A${r}`, ["", "Toàn tỉnh", { v: `=C${totalRows[0]}+C${totalRows[1]}`, result: prov[0] }, { v: `=D${totalRows[0]}+D${totalRows[1]}`, result: prov[1] }, { v: `=ROUND(D${r}/C${r}*100,2)`, result: r2((prov[1] / prov[0]) * 100), fmt: "0.00" }, "", "Chỉ tiêu riêng cho từng hệ"], { border: true, bold: true, wrap: true });
  totalRows.push(r);
  const last = r;
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Bảng trích các đơn vị có tỷ lệ cao nhất, thấp nhất và gần mức chỉ tiêu; danh sách đầy đủ tại Phụ lục kèm theo Thông báo.",
    "- Kết quả phúc khảo công bố trước ngày 05/7/2012.",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Lê Văn Hòa" }, { col: "E", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Văn Sáu" });
  b.facts = {
    sheet: "TN THPT 2012",
    headerRows: "8, 9 (column numbers)",
    nameColumn: "B (Đơn vị)",
    target: `section rows ${sectionRows.join(" and ")}: "từ 95% trở lên" for high schools, "từ 80% trở lên" for continuing-education centres, written in the section title`,
    actualColumns: "E (ROUND rate of D over C)",
    ignoreColumns: "C (sat), D (passed, judged through E), F (hidden rank), G (Ghi chú)",
    totalRows: `${totalRows.join(", ")} (typed section totals for the whole system, judged; province row ${last} not judged: each system has its own floor)`,
    targetRows: "none (the floors are in the section rows)",
    otherRows: `section rows ${sectionRows.join(", ")}; column-number row 9; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2012-06-18",
    period: "Năm học 2011-2012",
    notes: "Two floors, each written only inside its section row's title. The section totals are the whole system's figures (47 schools, 13 centres), typed, not SUMs of the extract. 95,00 and 80,00 at the floors (met), 94,97 and 78,81 under them. Bắc Trà My waits for four re-marked papers that could lift it over 95 (pending). The province row mixes both systems and has no floor of its own (not judged).",
  };
  return b;
}

function viN(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
