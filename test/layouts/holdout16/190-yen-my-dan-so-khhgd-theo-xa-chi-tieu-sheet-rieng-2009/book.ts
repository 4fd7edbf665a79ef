// Layout 190: a district population office's 2009 results by commune checked against the targets it assigned, which stand on a separate first sheet in another order and with the names spelt differently ("Thị trấn Yên Mỹ" / "TT Yên Mỹ"): new users of modern contraception (a count, more is better) and the share of third-or-later births, whose direction is only in the target sheet's header ("không quá"); ROUND rates, a district SUM row matched to the district line of the targets, a commune not yet reported, 9,50 at the cap.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu dân số - kế hoạch hóa gia đình năm 2009 theo xã, thị trấn so với chỉ tiêu giao, Trung tâm Dân số - KHHGĐ huyện Yên Mỹ (Hưng Yên)");
  // Sheet 1: the targets as assigned in January 2009, communes in the district's administrative order.
  const t = b.sheet("Chi tieu giao 2009");
  t.cols([5, 24, 20, 22, 30]);
  titleBlock(t, {
    left: ["UBND HUYỆN YÊN MỸ", "TRUNG TÂM DÂN SỐ - KHHGĐ"],
    date: "Yên Mỹ, ngày 12 tháng 01 năm 2009",
    title: ["CHỈ TIÊU DÂN SỐ - KHHGĐ GIAO CÁC XÃ, THỊ TRẤN NĂM 2009", "(Kèm theo Quyết định giao chỉ tiêu kế hoạch năm 2009 của UBND huyện)"],
    leftSpan: ["A", "B"],
    rightSpan: ["C", "E"],
    titleSpan: ["A", "E"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  t.row("A8", ["TT", "Xã, thị trấn", "Số người mới sử dụng biện pháp tránh thai hiện đại (người)", "Tỷ lệ sinh con thứ 3 trở lên không quá (%)", "Ghi chú"], head);
  // [tên trên sheet chỉ tiêu, tên trên sheet kết quả, BPTT giao, trần tỷ lệ con thứ 3, kết quả: trẻ sinh, con thứ 3+, BPTT TH (or text), ghi chú KQ]
  type U = [string, string, number, number, number | string, number | string, number | string, string];
  const units: U[] = [
    ["Thị trấn Yên Mỹ", "TT Yên Mỹ", 180, 6.5, 214, 13, 186, ""],
    ["Xã Giai Phạm", "Giai Phạm", 150, 9.5, 200, 19, 150, ""],
    ["Xã Nghĩa Hiệp", "Nghĩa Hiệp", 140, 9.5, 168, 16, 131, ""],
    ["Xã Liêu Xá", "Liêu Xá", 160, 9, 229, 20, 172, ""],
    ["Xã Tân Lập", "Tân Lập", 120, 10, 147, 16, 118, ""],
    ["Xã Trung Hưng", "Trung Hưng", 110, 10, "Chưa báo cáo", "Chưa báo cáo", "Chưa báo cáo", "Chưa gửi báo cáo năm"],
    ["Xã Lý Thường Kiệt", "Lý Thường Kiệt", 130, 9.5, 162, 15, 139, ""],
    ["Xã Việt Cường", "Việt Cường", 125, 10, 158, 17, 125, ""],
  ];
  units.forEach((u, i) => t.row(`A${9 + i}`, [i + 1, u[0], u[2], { v: u[3], fmt: "0.0" }, ""], { border: true }));
  const tLast = 9 + units.length - 1;
  const bpttTotal = units.reduce((a, u) => a + u[2], 0);
  t.row(`A${tLast + 1}`, ["", "Toàn huyện (các xã trên)", { v: `=SUM(C9:C${tLast})`, result: bpttTotal }, { v: 9.2, fmt: "0.0" }, "Tỷ lệ chung toàn huyện"], { border: true, bold: true });
  notes(t, tLast + 3, "B", ["Ghi chú:", "- Tỷ lệ sinh con thứ 3 trở lên tính trên tổng số trẻ sinh ra trong năm của xã."]);

  // Sheet 2: the results, communes in alphabetical order.
  const s = b.sheet("Ket qua 2009");
  s.cols([5, 22, 12, 14, 12, 18, 34]);
  titleBlock(s, {
    left: ["UBND HUYỆN YÊN MỸ", "TRUNG TÂM DÂN SỐ - KHHGĐ"],
    date: "Yên Mỹ, ngày 15 tháng 01 năm 2010",
    title: ["KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN SỐ - KHHGĐ NĂM 2009", "(So với chỉ tiêu giao tại sheet \"Chi tieu giao 2009\")"],
    leftSpan: ["A", "B"],
    rightSpan: ["D", "G"],
    titleSpan: ["A", "G"],
  });
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  s.merge("C8:E8", "Sinh con thứ 3 trở lên", head).row("C9", ["Tổng số trẻ sinh", "Trong đó con thứ 3 trở lên", "Tỷ lệ (%)"], head);
  s.merge("F8:F9", "Số người mới sử dụng BPTT hiện đại", head).merge("G8:G9", "Ghi chú", head);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  const sorted = [...units].sort((a, b2) => a[1].localeCompare(b2[1], "vi"));
  const first = 10;
  let births = 0, third = 0, bptt = 0;
  sorted.forEach((u, i) => {
    const r = first + i;
    const rate = typeof u[4] === "number" && typeof u[5] === "number" ? r2((u[5] / u[4]) * 100) : null;
    s.row(`A${r}`, [i + 1, u[1], u[4], u[5], { v: `=IF(ISNUMBER(C${r}),ROUND(D${r}/C${r}*100,2),"")`, result: rate ?? "", fmt: "0.00" }, u[6], u[7]], { border: true, wrap: true });
    if (rate === null) {
      s.expect(`E${r}|D${r}`, { indicator: `${u[1]} · Tỷ lệ sinh con thứ 3 trở lên`, target: `Không quá ${String(u[3]).replace(".", ",")}% (sheet Chi tieu giao 2009, ${u[0]})`, actual: "Chưa báo cáo", status: "no_data", why: "not reported" });
      s.expect(`F${r}`, { indicator: `${u[1]} · Số người mới sử dụng BPTT hiện đại`, target: `${u[2]} người (${u[0]})`, status: "no_data", why: "not reported" });
      return;
    }
    births += u[4] as number; third += u[5] as number; bptt += u[6] as number;
    const cap = u[3];
    const st: Status = rate <= cap ? "met" : "not_met";
    s.expect(`E${r}|D${r}`, { indicator: `${u[1]} · Tỷ lệ sinh con thứ 3 trở lên`, target: `Không quá ${String(cap).replace(".", ",")}% (sheet Chi tieu giao 2009, ${u[0]})`, status: st, why: `${u[5]}/${u[4]} = ${vi(rate)} ${rate === cap ? "at" : rate < cap ? "under" : "over"} the commune's own cap ${String(cap).replace(".", ",")} (the direction is only in the target sheet's header: \"không quá\")` });
    const n = u[6] as number;
    const st2: Status = n > u[2] ? "exceeded" : n === u[2] ? "met" : "not_met";
    s.expect(`F${r}`, { indicator: `${u[1]} · Số người mới sử dụng BPTT hiện đại`, target: `${u[2]} người (${u[0]})`, status: st2, why: `${n} against ${u[2]}` });
  });
  const tot = first + sorted.length;
  s.row(`A${tot}`, ["", "Toàn huyện", { v: `=SUM(C${first}:C${tot - 1})`, result: births }, { v: `=SUM(D${first}:D${tot - 1})`, result: third }, { v: `=ROUND(D${tot}/C${tot}*100,2)`, result: r2((third / births) * 100), fmt: "0.00" }, { v: `=SUM(F${first}:F${tot - 1})`, result: bptt }, "Chưa có số liệu xã Trung Hưng"], { border: true, bold: true, wrap: true });
  s.expect(`E${tot}|D${tot}`, { indicator: "Toàn huyện · Tỷ lệ sinh con thứ 3 trở lên", target: "Không quá 9,2% (sheet Chi tieu giao 2009, Toàn huyện)", status: "no_data", why: `${third}/${births} = ${vi(r2((third / births) * 100))} without Trung Hưng, which has not reported: the district's rate is not known` });
  s.expect(`F${tot}`, { indicator: "Toàn huyện · Số người mới sử dụng BPTT hiện đại", target: `${bpttTotal} người (Toàn huyện)`, status: "no_data", why: `${bptt} without Trung Hưng against ${bpttTotal}: Trung Hưng's figure (assigned 110) could close the gap of ${bpttTotal - bptt}; not known` });
  const rollUps = [s.rollUp(" · Tỷ lệ sinh con thứ 3 trở lên", "xã, thị trấn"), s.rollUp(" · Số người mới sử dụng BPTT hiện đại", "xã, thị trấn")];
  notes(s, tot + 2, "B", ["Ghi chú:", "- Số liệu tổng hợp từ sổ A0 và báo cáo thống kê chuyên ngành DS-KHHGĐ của các xã, thị trấn đến 31/12/2009."]);
  signature(s, tot + 5, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Đỗ Thị Mai" }, { col: "E", title: "GIÁM ĐỐC", name: "Phạm Văn Hưng" });
  b.facts = {
    sheet: "Ket qua 2009",
    headerRows: "8-9 (merged group)",
    nameColumn: "B (Xã, thị trấn: short names, alphabetical)",
    target: "sheet \"Chi tieu giao 2009\": column C (count) and D (cap, \"không quá\" in the header), matched by commune name (\"Xã Giai Phạm\" = \"Giai Phạm\", \"Thị trấn Yên Mỹ\" = \"TT Yên Mỹ\"), in another order",
    actualColumns: "E (ROUND rate of D over C), F (count)",
    ignoreColumns: "C, D (births, judged through E), G (Ghi chú)",
    totalRows: `${tot} (Toàn huyện, SUM; judged against the targets sheet's district row, but Trung Hưng is missing: no data)`,
    targetRows: "none on this sheet",
    otherRows: `notes ${tot + 2}-${tot + 3}; signature from ${tot + 5}`,
    asOf: "2010-01-15",
    period: "2009",
    rollUps,
    notes: "The targets are on the first sheet, by commune, in administrative order with full names; the results on the second, short names, alphabetical. The third-birth share is a cap per commune (9,50 at 9,5 is met; 10,88 over 10). Trung Hưng has not reported (no data, and with it both district figures).",
  };
  return b;
}
