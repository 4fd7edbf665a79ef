// Layout 96: the district's commune table for its 2022-2025 plan to leave poverty (huyện Phước Sơn, KH 189/KH-UBND), after 2023: a yearly reduction band on a derived column, one commune past the band, one with no approved figure, the 2025 rural-standard target for four communes only, checked two years early.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện Đề án thoát khỏi tình trạng nghèo, đặc biệt khó khăn năm 2023 theo xã, thị trấn, huyện Phước Sơn");
  const s = b.sheet("KQ 2023 theo xã");
  s.cols([5, 22, 12, 12, 13, 18, 14, 30]);
  titleBlock(s, {
    left: ["UBND HUYỆN PHƯỚC SƠN", "BAN CHỈ ĐẠO CÁC CTMTQG"],
    date: "Phước Sơn, ngày 15 tháng 01 năm 2024",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CỦA ĐỀ ÁN THOÁT KHỎI TÌNH TRẠNG NGHÈO, ĐẶC BIỆT KHÓ KHĂN NĂM 2023", "(Theo Kế hoạch số 189/KH-UBND ngày 14/10/2022 của UBND huyện)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "H"],
    titleSpan: ["A", "H"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Xã, thị trấn", head);
  s.merge("C8:E8", "Tỷ lệ hộ nghèo (%)", head).row("C9", ["Cuối năm 2022", "Cuối năm 2023", "Mức giảm năm 2023"], head);
  s.merge("F8:G8", "Xây dựng nông thôn mới", head).row("F9", ["Mục tiêu đến năm 2025", "Số tiêu chí đã đạt (đến 31/12/2023)"], head);
  s.merge("H8:H9", "Ghi chú", head);
  s.row("A10", ["", "Chỉ tiêu", "", "", "Giảm 5-6%/năm", "Đạt chuẩn NTM", "19/19 tiêu chí", "Áp dụng cho từng xã"], { bold: true, italic: true, border: true, align: "center", wrap: true });

  // [commune, 2022, 2023 (or text), NTM goal, criteria met (number or "-"), note]
  type C = [string, number, number | string, string, number | string, string];
  const cs: C[] = [
    ["Thị trấn Khâm Đức", 12.4, 8.95, "Không áp dụng", "-", "Đơn vị hành chính cấp thị trấn"],
    ["Xã Phước Xuân", 48.2, 42.6, "-", 11, ""],
    ["Xã Phước Đức", 39.75, 34.1, "-", 12, ""],
    ["Xã Phước Năng", 35.12, 29.8, "Đạt chuẩn", 19, "Đang hoàn thiện hồ sơ đề nghị công nhận"],
    ["Xã Phước Mỹ", 55.3, 50.9, "-", 9, ""],
    ["Xã Phước Chánh", 41.06, 35.06, "Đạt chuẩn", 16, ""],
    ["Xã Phước Công", 38.9, 33.9, "Đạt chuẩn", 17, ""],
    ["Xã Phước Kim", 60.15, 53.35, "-", 8, ""],
    ["Xã Phước Thành", 58.7, 53.9, "-", 9, ""],
    ["Xã Phước Lộc", 46.32, 40.52, "-", 10, ""],
    ["Xã Phước Hiệp", 33.8, 28.25, "Đạt chuẩn", 15, ""],
    ["Xã Phước Hòa", 44.6, "Chưa phê duyệt", "-", 12, "Kết quả rà soát năm 2023 chưa được phê duyệt"],
  ];
  const two = (x: number): CellInput => ({ v: x, fmt: "0.00" });
  const vi = (x: number) => x.toFixed(2).replace(".", ",");
  const first = 11;
  cs.forEach((c, i) => {
    const r = first + i;
    const drop = typeof c[2] === "number" ? Math.round((c[1] - c[2]) * 100) / 100 : null;
    s.row(`A${r}`, [i + 1, { v: c[0], align: "left" }, two(c[1]), typeof c[2] === "number" ? two(c[2]) : c[2], { v: `=IF(ISNUMBER(D${r}),ROUND(C${r}-D${r},2),"")`, fmt: "0.00", result: drop === null ? "" : drop }, c[3], c[4], { v: c[5], align: "left", wrap: true }], { border: true, align: "center" });
    let st: Status;
    let why: string;
    if (drop === null) {
      st = "no_data";
      why = `"${c[2]}": no 2023 rate, so no reduction to judge (the formula shows nothing)`;
    } else if (drop < 5) {
      st = "not_met";
      why = `down ${vi(drop)} points (${vi(c[1])} → ${vi(c[2] as number)}), under the 5 the band starts at`;
    } else if (drop <= 6) {
      st = "met";
      why = `down ${vi(drop)} points: inside 5-6${drop === 5 || drop === 6 ? " (the edge, inclusive)" : ""}`;
    } else {
      st = "review";
      why = `down ${vi(drop)} points, above the band 5-6: as a band it misses, as a reduction more is better; nothing on the row decides`;
    }
    s.expect(`E${r}`, { indicator: `${c[0]} · Mức giảm tỷ lệ hộ nghèo năm 2023`, target: "Giảm 5-6%/năm (dòng Chỉ tiêu)", status: st, why, ...(drop === null ? { actual: "(trống)" } : {}) });
    if (c[3] === "Đạt chuẩn" && typeof c[4] === "number") {
      const sn: Status = c[4] >= 19 ? "met" : "pending";
      s.expect(`G${r}`, { indicator: `${c[0]} · Số tiêu chí nông thôn mới đã đạt`, target: "19/19 tiêu chí, đạt chuẩn NTM đến năm 2025", status: sn, why: sn === "met" ? "19 of 19 criteria already, two years early" : `${c[4]} of 19 at the end of 2023; the target is for 2025: pending` });
    }
  });
  const last = first + cs.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ["", "Toàn huyện", two(42.46), two(37.02), { v: `=ROUND(C${tot}-D${tot},2)`, fmt: "0.00", result: 5.44 }, "04 xã", "", ""], { bold: true, border: true, align: "center" });
  const after = notes(s, tot + 2, "B", [
    "Ghi chú:",
    "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025; mức giảm tính bằng điểm phần trăm.",
    "- Mục tiêu nông thôn mới: 04 xã Phước Năng, Phước Chánh, Phước Công, Phước Hiệp đạt chuẩn đến năm 2025; dấu \"-\": chưa đặt mục tiêu.",
  ]);
  signature(s, after + 1, { col: "B", title: "NGƯỜI TỔNG HỢP", name: "Đinh Văn Thành" }, { col: "F", title: "TM. BAN CHỈ ĐẠO", name: "Lê Quang Trung" });
  b.facts = {
    sheet: "KQ 2023 theo xã",
    headerRows: "8-9",
    nameColumn: "B (Xã, thị trấn)",
    target: "row 10 (Chỉ tiêu: \"Giảm 5-6%/năm\" over E, \"Đạt chuẩn NTM\" over F, \"19/19 tiêu chí\" over G), for each commune; column F says which communes have the NTM target",
    actualColumns: "E (Mức giảm năm 2023: an IF/ROUND formula over C and D), G (criteria met, for the four communes whose F is \"Đạt chuẩn\")",
    ignoreColumns: "C and D (the rates the reduction is computed from), F (the goal, not a figure), H (Ghi chú)",
    totalRows: `${tot} (Toàn huyện)`,
    targetRows: "10 (Chỉ tiêu)",
    otherRows: `${tot + 2}-${after - 1} (notes), signature below`,
    asOf: "2024-01-15",
    period: "2023 (the poverty band); 2022-2025 (the NTM goal)",
    rollUps: [s.rollUp(" · Mức giảm tỷ lệ hộ nghèo năm 2023", "xã, thị trấn"), s.rollUp(" · Số tiêu chí nông thôn mới đã đạt", "xã")],
    notes: "The yearly reduction band applies to 2023, which is over: under 5 points is not met, 5 to 6 inclusive is met, above 6 is review (band or floor, as in the earlier sets). The reduction is a formula; where the 2023 rate is not approved it shows nothing (no data). The NTM goal is for 2025 and only for the four communes marked \"Đạt chuẩn\": short of 19 criteria now is pending, 19 already is met; communes with \"-\" or \"Không áp dụng\" have no NTM target. The district row is a total.",
  };
  return b;
}
