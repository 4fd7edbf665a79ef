// Layout 165: a district's summary of the 2023 near-poor household review per commune (the form "Tổng hợp kết quả điều tra, rà soát hộ cận nghèo năm ... cấp xã/huyện/tỉnh"), urban and rural section rows, start-of-year count and rate, households leaving and joining, an end-of-year count formula and ROUND(…,2) rate judged against "Không quá 4%", 4,00 at the cap, a commune not yet approved, an incomplete total.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tổng hợp kết quả rà soát hộ cận nghèo năm 2023 theo xã, thị trấn, huyện Cam Lâm (mẫu tổng hợp cấp huyện)");
  const s = b.sheet("Tong hop CN 2023");
  s.cols([5, 22, 11, 11, 10, 11, 11, 11, 10, 26]);
  titleBlock(s, {
    left: ["UBND HUYỆN CAM LÂM", "PHÒNG LAO ĐỘNG - TB&XH"],
    date: "Cam Lâm, ngày 20 tháng 12 năm 2023",
    title: ["TỔNG HỢP KẾT QUẢ ĐIỀU TRA, RÀ SOÁT HỘ CẬN NGHÈO NĂM 2023 CẤP HUYỆN", "(Kèm theo Báo cáo của Phòng Lao động - Thương binh và Xã hội huyện)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "J"],
    titleSpan: ["A", "J"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head).merge("C8:C9", "Tổng số hộ dân cư", head);
  s.merge("D8:E8", "Số hộ cận nghèo đầu năm", head).row("D9", ["Số hộ", "Tỷ lệ %"], head);
  s.merge("F8:G8", "Diễn biến hộ cận nghèo trong năm", head).row("F9", ["Số hộ thoát cận nghèo", "Số hộ cận nghèo phát sinh"], head);
  s.merge("H8:I8", "Số hộ cận nghèo cuối năm", head).row("H9", ["Số hộ", "Tỷ lệ %"], head);
  s.merge("J8:J9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu năm 2023", "", "", "", "", "", "", "Không quá 4%", ""], { ...head, bold: false, italic: true });
  const r2 = (x: number) => Math.round(x * 100) / 100;
  type U = [string, number, number, number | "", number | "", string, Status, string];
  const sections: [string, U[]][] = [
    ["I. Khu vực thành thị", [["Thị trấn Cam Đức", 5820, 196, 42, 8, "", "met", "162/5.820 = 2,78, under the cap"]]],
    ["II. Khu vực nông thôn", [
      ["Xã Cam Hải Tây", 2410, 121, 22, 5, "", "not_met", "104/2.410 = 4,32 > 4"],
      ["Xã Cam Hòa", 3150, 140, 20, 6, "", "met", "126/3.150 = 4,00 at the cap \"Không quá\""],
      ["Xã Cam Tân", 2680, 98, 18, 3, "", "met", "83/2.680 = 3,10"],
      ["Xã Cam Phước Tây", 2290, 150, 25, 9, "", "not_met", "134/2.290 = 5,85"],
      ["Xã Suối Tân", 1150, 88, "", "", "Chưa phê duyệt kết quả rà soát", "no_data", "no movements, end count blank: not yet approved (note)"],
      ["Xã Sơn Tân", 640, 41, 18, 1, "", "met", "24/640 = 3,75"],
    ]],
  ];
  let r = 12;
  let n = 0;
  const sectionRows: number[] = [];
  const unitRows: number[] = [];
  const tot = { c: 0, d: 0, f: 0, g: 0 };
  for (const [title, us] of sections) {
    s.row(`A${r}`, ["", title, "", "", "", "", "", "", "", ""], { bold: true, border: true });
    sectionRows.push(r);
    r++;
    for (const u of us) {
      n++;
      const end = typeof u[3] === "number" && typeof u[4] === "number" ? u[2] - u[3] + u[4] : "";
      tot.c += u[1]; tot.d += u[2]; tot.f += typeof u[3] === "number" ? u[3] : 0; tot.g += typeof u[4] === "number" ? u[4] : 0;
      s.row(`A${r}`, [n, u[0], u[1], u[2], { v: `=ROUND(D${r}/C${r}*100,2)`, result: r2((u[2] / u[1]) * 100), fmt: "0.00" }, u[3], u[4], { v: `=IF(F${r}="","",D${r}-F${r}+G${r})`, result: end }, { v: `=IF(H${r}="","",ROUND(H${r}/C${r}*100,2))`, result: end === "" ? "" : r2((end / u[1]) * 100), fmt: "0.00" }, u[5]], { border: true, align: "center", wrap: true });
      s.expect(`I${r}|H${r}`, { indicator: `${u[0]} · Tỷ lệ hộ cận nghèo cuối năm`, target: "Không quá 4%", status: u[6], why: u[7], ...(end === "" ? { actual: "(trống)" } : {}) });
      unitRows.push(r);
      r++;
    }
  }
  const last = r - 1;
  const sum = (c: string) => `=SUM(${unitRows.map((x) => `${c}${x}`).join(",")})`;
  const endTot = tot.d - tot.f + tot.g;
  s.row("A11", ["", "Tổng cộng", { v: sum("C"), result: tot.c }, { v: sum("D"), result: tot.d }, { v: "=ROUND(D11/C11*100,2)", result: r2((tot.d / tot.c) * 100), fmt: "0.00" }, { v: sum("F"), result: tot.f }, { v: sum("G"), result: tot.g }, { v: sum("H"), result: endTot - 88 }, { v: "=ROUND(H11/C11*100,2)", result: r2(((endTot - 88) / tot.c) * 100), fmt: "0.00" }, "Chưa bao gồm xã Suối Tân"], { border: true, bold: true, align: "center", wrap: true });
  // I11 is not judged: the note sets the ceiling "của từng xã, thị trấn" (each commune), and the SUM leaves out Suối Tân's end count anyway ("Chưa bao gồm xã Suối Tân").
  const rollUps = [s.rollUp(" · Tỷ lệ hộ cận nghèo cuối năm", "xã, thị trấn")];
  notes(s, last + 2, "B", [
    "Ghi chú:",
    "- Chỉ tiêu năm 2023 theo Nghị quyết HĐND huyện: tỷ lệ hộ cận nghèo của từng xã, thị trấn cuối năm không quá 4%.",
    "- Số hộ cận nghèo cuối năm = đầu năm - thoát cận nghèo + phát sinh (chuẩn cận nghèo giai đoạn 2022-2025).",
  ]);
  signature(s, last + 6, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Nguyễn Thị Kiều Oanh" }, { col: "G", title: "TRƯỞNG PHÒNG", name: "Lê Văn Hùng" });
  b.facts = {
    sheet: "Tong hop CN 2023",
    headerRows: "8-9 (merged groups), 10 (Chỉ tiêu năm 2023)",
    nameColumn: "B (Xã, thị trấn)",
    target: "row 10: I \"Không quá 4%\"",
    actualColumns: "I (ROUND rate of H over C; H = D - F + G)",
    ignoreColumns: "C (denominator), D and E (start of year), F and G (movements), J (Ghi chú)",
    totalRows: "11 (Tổng cộng, on top: SUM of the commune rows; not judged: the ceiling is set for each commune)",
    targetRows: "10",
    otherRows: `sections ${sectionRows.join(", ")}; notes ${last + 2}-${last + 4}; signature from ${last + 6}`,
    asOf: "2023-12-20",
    period: "2023",
    rollUps,
    notes: "Urban and rural section rows split the communes; only the end-of-year rate has a target (the start-of-year rate beside it is not judged). Suối Tân's review is not approved, so the total is incomplete; the total is not judged in any case, since the note sets the ceiling for each xã, thị trấn.",
  };
  return b;
}
