// Layout 357: a province steering committee's progress on replacing temporary and dilapidated houses (Ban Chỉ đạo tỉnh Phú Thọ, 31 July 2025, after the merger of three provinces): four support programmes as blocks, each a subtotal row over the three former provinces' areas, the grand total on top, houses to support split new/repair, started and completed counts, a completion rate, the remainder, and each programme's completion deadline in a column merged down its block (people with merit by 27/7, the rest by 20/8) under a requirement line that also asks for every house started by 30/6; read on 31/7, between the two deadlines.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ hỗ trợ xây mới, sửa chữa nhà ở (xóa nhà tạm, nhà dột nát) đến ngày 31/7/2025, Ban Chỉ đạo tỉnh Phú Thọ");
  const s = b.sheet("Tien do nha o 31-7");
  s.cols([5, 36, 11, 10, 10, 11, 11, 11, 11, 14, 26]);
  titleBlock(s, {
    left: ["UBND TỈNH PHÚ THỌ", "BAN CHỈ ĐẠO XÓA NHÀ TẠM, NHÀ DỘT NÁT"],
    date: "Phú Thọ, ngày 31 tháng 7 năm 2025",
    title: ["TIẾN ĐỘ HỖ TRỢ XÂY MỚI, SỬA CHỮA NHÀ Ở", "(Số liệu đến hết ngày 31/7/2025)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "K"],
    titleSpan: ["A", "K"],
  });
  s.merge("A8:K8", "Yêu cầu: khởi công 100% số nhà phải hỗ trợ trước ngày 30/6/2025; hoàn thành hỗ trợ nhà ở cho người có công với cách mạng trước ngày 27/7/2025; hoàn thành 100% số nhà còn lại trước ngày 20/8/2025 (cột 10).", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", h);
  s.merge("B9:B10", "Chương trình, địa bàn", h);
  s.merge("C9:C10", "Số nhà phải hỗ trợ (căn)", h);
  s.merge("D9:E9", "Trong đó", h);
  s.row("D10", ["Xây mới", "Sửa chữa"], h);
  s.merge("F9:F10", "Số nhà đã khởi công (căn)", h);
  s.merge("G9:G10", "Số nhà đã hoàn thành (căn)", h);
  s.merge("H9:H10", "Tỷ lệ hoàn thành (%)", h);
  s.merge("I9:I10", "Còn lại chưa hoàn thành (căn)", h);
  s.merge("J9:J10", "Thời hạn hoàn thành", h);
  s.merge("K9:K10", "Ghi chú", h);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7", "8=7/3", "9=3-7", "10", "11"], { italic: true, align: "center", border: true });
  // area rows: area, to support, new, repair, started shown (number or typed), completed, note
  type A = [string, number, number, number, number | string, number, string];
  type P = [string, string, string, A[]];
  const progs: P[] = [
    ["Hỗ trợ nhà ở cho người có công với cách mạng", "Trước 27/7/2025", "2025-07-27", [
      ["Địa bàn Phú Thọ (cũ)", 612, 236, 376, 612, 612, ""],
      ["Địa bàn Vĩnh Phúc (cũ)", 498, 158, 340, 498, 498, ""],
      ["Địa bàn Hòa Bình (cũ)", 367, 141, 226, 367, 361, "06 căn vướng mặt bằng, dự kiến xong 05/8"],
    ]],
    ["Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo", "Trước 20/8/2025", "2025-08-20", [
      ["Địa bàn Phú Thọ (cũ)", 2310, 1702, 608, 2310, 2180, ""],
      ["Địa bàn Vĩnh Phúc (cũ)", 1012, 684, 328, 1012, 1012, "Hoàn thành ngày 25/7/2025"],
      ["Địa bàn Hòa Bình (cũ)", 2440, 1870, 570, 2440, 2205, ""],
    ]],
    ["Hỗ trợ nhà ở theo CTMTQG giảm nghèo bền vững", "Trước 20/8/2025", "2025-08-20", [
      ["Địa bàn Phú Thọ (cũ)", 1105, 842, 263, 1105, 1105, ""],
      ["Địa bàn Vĩnh Phúc (cũ)", 187, 121, 66, 187, 171, ""],
      ["Địa bàn Hòa Bình (cũ)", 1080, 861, 219, 1080, 962, ""],
    ]],
    ["Hỗ trợ nhà ở theo CTMTQG phát triển KT-XH vùng đồng bào DTTS và miền núi", "Trước 20/8/2025", "2025-08-20", [
      ["Địa bàn Phú Thọ (cũ)", 401, 318, 83, 401, 372, ""],
      ["Địa bàn Vĩnh Phúc (cũ)", 46, 27, 19, 46, 46, ""],
      ["Địa bàn Hòa Bình (cũ)", 702, 515, 187, "702/702", 611, ""],
    ]],
  ];
  const pct = (r: number, g: number, c: number, bold = false): CellInput => ({ v: `=ROUND(G${r}/C${r}*100,1)`, result: Math.round((g / c) * 1000) / 10, fmt: "0.0", bold });
  const vi1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
  const asOf = "2025-07-31";
  let r = 13;
  const progRows: number[] = [];
  for (const [pi, [pname, deadline, due, areas]] of progs.entries()) {
    const pr = r;
    progRows.push(pr);
    const sumOf = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${pr + 1}:${c}${pr + 3})`, result: res, bold: true });
    const C = areas.reduce((t, a) => t + a[1], 0);
    const G = areas.reduce((t, a) => t + a[5], 0);
    const F = areas.reduce((t, a) => t + (typeof a[4] === "number" ? a[4] : 0), 0);
    s.row(`A${pr}`, [String(pi + 1), pname, sumOf("C", C), sumOf("D", areas.reduce((t, a) => t + a[2], 0)), sumOf("E", areas.reduce((t, a) => t + a[3], 0)), sumOf("F", F), sumOf("G", G), pct(pr, G, C, true), { v: `=C${pr}-G${pr}`, result: C - G, bold: true }, undefined, ""], { border: true, bold: true, align: "center" });
    s.set(`B${pr}`, pname, { border: true, bold: true, wrap: true });
    s.merge(`J${pr}:J${pr + 3}`, deadline, { border: true, align: "center", wrap: true });
    r++;
    for (const [area, c, n, rep, started, done, note] of areas) {
      s.row(`A${r}`, ["-", area, c, n, rep, started, done, pct(r, done, c), { v: `=C${r}-G${r}`, result: c - done }, undefined, note], { border: true, align: "center" });
      s.set(`B${r}`, area, { border: true });
      s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
      const label = `${pname} · ${area}`;
      s.expect(`F${r}`, {
        indicator: `${label} · Khởi công`,
        target: `100% của ${c} căn, trước 30/6/2025 (dòng Yêu cầu)`,
        status: "met",
        why: `${typeof started === "string" ? `typed "${started}": ` : ""}${c} of ${c} started; the notes date the last start to 18/6/2025, before the 30/6 deadline`,
      });
      const past = asOf > due;
      const st: Status = done === c ? "met" : past ? "overdue" : "pending";
      s.expect(`G${r}|H${r}`, {
        indicator: `${label} · Hoàn thành`,
        target: `100% của ${c} căn, ${deadline.toLowerCase()} (column J, merged over the block)`,
        status: st,
        why:
          st === "met"
            ? `${done}/${c} completed by 31/7${due > asOf ? ", before the 20/8 deadline" : " (deadline 27/7)"}`
            : st === "overdue"
              ? `${done}/${c} (${vi1((done / c) * 100)}%) on 31/7, after the 27/7 deadline for people with merit: ${c - done} houses unfinished (the note expects them on 05/8); a task part done past its due day is overdue (session-17 convention, as 187 D14)`
              : `${done}/${c} (${vi1((done / c) * 100)}%) on 31/7; the deadline is 20/8/2025, not yet reached`,
      });
      r++;
    }
  }
  // grand total on top, row 12
  const tot = (c: string, res: number): CellInput => ({ v: `=${progRows.map((p) => `${c}${p}`).join("+")}`, result: res, bold: true });
  const all = progs.flatMap((p) => p[3]);
  const TC = all.reduce((t, a) => t + a[1], 0);
  const TG = all.reduce((t, a) => t + a[5], 0);
  s.row("A12", ["", "TỔNG CỘNG", tot("C", TC), tot("D", all.reduce((t, a) => t + a[2], 0)), tot("E", all.reduce((t, a) => t + a[3], 0)), tot("F", all.reduce((t, a) => t + (typeof a[4] === "number" ? a[4] : 0), 0)), tot("G", TG), pct(12, TG, TC, true), { v: "=C12-G12", result: TC - TG, bold: true }, "", "10.760/10.760 căn đã khởi công"], { border: true, bold: true, align: "center" });
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Toàn tỉnh đã khởi công 10.760/10.760 căn (100%), căn cuối cùng khởi công ngày 18/6/2025; trong đó xây mới 7.475 căn, sửa chữa 3.285 căn.",
    "- Ô F28 do địa bàn Hòa Bình (cũ) báo cáo dạng \"702/702\", không được cộng vào dòng tổng.",
    "- Địa bàn theo phạm vi các tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình trước ngày 01/7/2025.",
  ]);
  signature(s, r + 7, { col: "B", title: "CƠ QUAN THƯỜNG TRỰC", name: "Sở Xây dựng" }, { col: "G", title: "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN", name: "Nguyễn Văn Hùng" });
  b.facts = {
    sheet: "Tien do nha o 31-7",
    headerRows: "9-10 (merged two-row header, 'Trong đó' over D-E; column numbers in row 11)",
    nameColumn: "B (Chương trình, địa bàn)",
    target: "row 8 (Yêu cầu): F must be all of C by 30/6/2025; G must be all of C by the deadline in column J, merged down each programme's block (27/7/2025 for people with merit, 20/8/2025 for the rest)",
    actualColumns: "F (đã khởi công), G (đã hoàn thành; H its rate)",
    ignoreColumns: "A (TT), C (houses to support: the base), D-E (new/repair split: no target), I (remainder, derived), K (Ghi chú)",
    totalRows: `12 (TỔNG CỘNG, on top), ${progRows.join(", ")} (programme subtotals): not judged`,
    otherRows: "8 (requirement line), 11 (column numbers), notes and signature below",
    asOf: "2025-07-31",
    period: "năm 2025",
    notes: "Read on 31/7/2025: every house was started by 18/6 (the notes), so each starting target is met. Completion is due on 27/7 for people with merit (past: Hòa Bình's 361/367, six houses unfinished, is overdue) and on 20/8 for the other three programmes (not yet due: rows short of 100% are pending; rows already complete are met). F28 is typed \"702/702\". The grand total sits on top and the programme rows are subtotals; neither is judged, since their deadlines differ inside the total.",
  };
  return b;
}
