// Layout 360: a province department's progress on the sports congresses of each level by district (Sở VHTTDL Đồng Tháp, April 2022): districts as rows, the number of communes, the original (superseded) window hidden, communes that held their congress counted at two points (10/01/2022 as the page reports it, and 31/3/2022 at the adjusted window's end), a rate, the district congress's date as a date cell or a typed plan, under a requirement line giving the adjusted windows (communes 01/12/2021-31/3/2022, districts 01/4-30/4/2022); read on 5 April, so the commune window is closed and the district one has just opened.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ tổ chức Đại hội Thể dục thể thao các cấp năm 2021-2022 theo huyện, thành phố, Sở Văn hóa, Thể thao và Du lịch Đồng Tháp");
  const s = b.sheet("Tien do DH TDTT");
  s.cols([5, 20, 11, 16, 13, 13, 10, 17, 34]);
  titleBlock(s, {
    left: ["UBND TỈNH ĐỒNG THÁP", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
    date: "Đồng Tháp, ngày 05 tháng 4 năm 2022",
    title: ["TIẾN ĐỘ TỔ CHỨC ĐẠI HỘI THỂ DỤC THỂ THAO CÁC CẤP", "(Theo thời gian điều chỉnh được UBND tỉnh chấp thuận)"],
    leftSpan: ["A", "C"],
    rightSpan: ["E", "I"],
    titleSpan: ["A", "I"],
  });
  s.merge("A8:I8", "Thời gian tổ chức (đã điều chỉnh): Đại hội TDTT cấp xã từ ngày 01/12/2021 đến ngày 31/3/2022, 100% đơn vị cấp xã tổ chức; Đại hội TDTT cấp huyện từ ngày 01/4/2022 đến ngày 30/4/2022; Đại hội TDTT cấp tỉnh từ ngày 19/5/2022 đến ngày 28/6/2022.", { italic: true, wrap: true });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A9:A10", "TT", h);
  s.merge("B9:B10", "Huyện, thành phố", h);
  s.merge("C9:C10", "Số đơn vị cấp xã", h);
  s.merge("D9:D10", "Thời gian ĐH cấp xã theo KH 196/KH-UBND (trước điều chỉnh)", h);
  s.merge("E9:G9", "Đại hội TDTT cấp xã: số đơn vị đã tổ chức", h);
  s.row("E10", ["Đến 10/01/2022", "Đến 31/3/2022", "Tỷ lệ (%)"], h);
  s.merge("H9:H10", "Ngày tổ chức Đại hội TDTT cấp huyện", h);
  s.merge("I9:I10", "Ghi chú", h);
  s.row("A11", ["1", "2", "3", "4", "5", "6", "7=6/3", "8", "9"], { italic: true, align: "center", border: true });
  s.hideCols("D");
  // district, communes, done by 10/01, done by 31/3 (number or typed), its value, district congress (ISO date = held; text = plan), note, late finisher
  type U = [string, number, number, number | string, number, string, string, boolean];
  const units: U[] = [
    ["TP Cao Lãnh", 15, 4, 15, 15, "2022-04-02", "", false],
    ["TP Sa Đéc", 9, 3, 9, 9, "2022-04-03", "", false],
    ["TP Hồng Ngự", 7, 2, 7, 7, "Dự kiến 09/4/2022", "", false],
    ["Huyện Tân Hồng", 9, 1, 8, 8, "Dự kiến 23/4/2022", "Xã Tân Hộ Cơ tổ chức ngày 02/4/2022 (chậm so với thời gian quy định)", true],
    ["Huyện Hồng Ngự", 11, 2, 11, 11, "Dự kiến 16/4/2022", "", false],
    ["Huyện Tam Nông", 12, 0, 10, 10, "Chưa xác định", "02 xã chưa tổ chức: Phú Thành A, Phú Thọ", false],
    ["Huyện Thanh Bình", 12, 2, 12, 12, "2022-04-04", "", false],
    ["Huyện Tháp Mười", 13, 3, "13/13", 13, "Dự kiến 17/4/2022", "Huyện báo cáo dạng \"13/13\"", false],
    ["Huyện Cao Lãnh", 18, 2, 16, 16, "Dự kiến 24/4/2022", "Xã Mỹ Long, Bình Hàng Trung chưa tổ chức", false],
    ["Huyện Lấp Vò", 13, 1, 13, 13, "2022-04-01", "", false],
    ["Huyện Lai Vung", 12, 2, 12, 12, "Dự kiến 10/4/2022", "", false],
    ["Huyện Châu Thành", 12, 1, 12, 12, "Dự kiến 15/4/2022", "", false],
  ];
  const vi1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(".", ",");
  let r = 12;
  const first = r;
  for (const [i, [name, n, jan, shown, done, dh, note, late]] of units.entries()) {
    const held = /^\d{4}-/.test(dh);
    s.row(`A${r}`, [String(i + 1), name, n, "Tháng 3 - 6/2021", jan, shown, { v: `=IF(ISNUMBER(F${r}),ROUND(F${r}/C${r}*100,1),"")`, result: typeof shown === "number" ? Math.round((done / n) * 1000) / 10 : "", fmt: "0.0" }, held ? { v: dh, date: true, fmt: "dd/mm/yyyy" } : dh, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, italic: true, wrap: true });
    const st: Status = done === n ? "met" : late ? "not_met" : "overdue";
    s.expect(`F${r}|G${r}`, {
      indicator: `${name} · Đại hội TDTT cấp xã`,
      target: `100% của ${n} đơn vị cấp xã, từ 01/12/2021 đến 31/3/2022 (dòng 8)`,
      status: st,
      why:
        st === "met"
          ? `${typeof shown === "string" ? `typed "${shown}": ` : ""}all ${n} communes held theirs within the window`
          : st === "not_met"
            ? `${done}/${n} by 31/3; the note says the last commune held its congress on 02/4/2022: finished, but after the window closed (done late is not met)`
            : `${done}/${n} (${vi1((done / n) * 100)}%) by 31/3/2022, the window's end; ${n - done} communes have not held theirs on 05/4 (a task part done past its due day: overdue)`,
    });
    const dst: Status = held ? "met" : "pending";
    s.expect(`H${r}`, {
      indicator: `${name} · Đại hội TDTT cấp huyện`,
      target: "tổ chức từ 01/4/2022 đến 30/4/2022 (dòng 8)",
      status: dst,
      why: held ? `held on ${dh.slice(8)}/04/2022, inside the 01/4-30/4 window` : `"${dh}": not yet held on 05/4; the window runs to 30/4/2022`,
    });
    r++;
  }
  const last = r - 1;
  const N = units.reduce((t, u) => t + u[1], 0);
  const J = units.reduce((t, u) => t + u[2], 0);
  const shownSum = units.reduce((t, u) => t + (typeof u[3] === "number" ? u[3] : 0), 0);
  const real = units.reduce((t, u) => t + u[4], 0);
  if (N !== 143 || J !== 23) throw new Error(`360: ${N} ${J}`);
  s.row(`A${r}`, ["", "Toàn tỉnh", { v: `=SUM(C${first}:C${last})`, result: N }, "", { v: `=SUM(E${first}:E${last})`, result: J }, { v: `=SUM(F${first}:F${last})`, result: shownSum }, { v: `=ROUND(F${r}/C${r}*100,1)`, result: Math.round((shownSum / N) * 1000) / 10, fmt: "0.0" }, "04/12 đã tổ chức", `${real}/143 đơn vị cấp xã đã tổ chức đến 31/3/2022`], { border: true, bold: true, align: "center" });
  s.set(`B${r}`, "Toàn tỉnh", { border: true, bold: true });
  s.expect(`F${r}`, {
    indicator: "Toàn tỉnh · Đại hội TDTT cấp xã",
    target: "100% của 143 đơn vị cấp xã, đến 31/3/2022 (dòng 8)",
    status: "overdue",
    why: `the SUM shows ${shownSum} because it skips Tháp Mười's typed "13/13"; the note gives ${real}/143; either way short of every commune after the window closed, with five communes still to hold theirs on 05/4`,
  });
  const total = r;
  const rollUps = [s.rollUp(" · Đại hội TDTT cấp xã", "huyện, thành phố"), s.rollUp(" · Đại hội TDTT cấp huyện", "huyện, thành phố")];
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 5: số liệu Sở báo cáo UBND tỉnh tháng 01/2022 (23/143 đơn vị cấp xã, đạt 16% kế hoạch); Đại hội TDTT cấp xã tạm ngưng từ tháng 5/2021 do dịch Covid-19.",
    "- Cột 4 (thời gian theo Kế hoạch số 196/KH-UBND ngày 19/8/2020) không còn áp dụng sau khi UBND tỉnh chấp thuận điều chỉnh.",
    "- Cột 8: ngày đã tổ chức hoặc ngày dự kiến do huyện, thành phố đăng ký.",
  ]);
  signature(s, r + 7, { col: "B", title: "PHÒNG QUẢN LÝ TDTT", name: "Hoàng Thúc" }, { col: "F", title: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", name: "Nguyễn Thanh Hùng" });
  b.facts = {
    sheet: "Tien do DH TDTT",
    headerRows: "9-10 (merged two-row header; column numbers in row 11)",
    nameColumn: "B (Huyện, thành phố)",
    target: "row 8 (the adjusted windows): F (communes done by 31/3/2022) against all of C; H (the district congress) inside 01/4-30/4/2022",
    actualColumns: "F (Đến 31/3/2022; G its rate), H (Ngày tổ chức Đại hội TDTT cấp huyện)",
    ignoreColumns: "A (TT), C (communes: the base), D (hidden: the superseded window), E (count at 10/01/2022, an earlier reading: not judged), I (Ghi chú)",
    totalRows: `${total} (Toàn tỉnh: F judged against all 143 communes; its H is a typed tally, not judged)`,
    otherRows: "8 (requirement line with the adjusted windows), 11 (column numbers), notes and signature below",
    asOf: "2022-04-05",
    period: "Đại hội TDTT các cấp 2021-2022",
    rollUps,
    notes: "Read on 05/4/2022: the commune window (to 31/3) has closed and the district window (01/4-30/4) has just opened. A district whose communes all held their congress by 31/3 is met; Tam Nông (10/12) and huyện Cao Lãnh (16/18) are overdue (part done past due); Tân Hồng's last commune held it on 02/4 (the note), finished late, so not met. District congresses held on 01/4-04/4 are met; the planned ones (\"Dự kiến …\", \"Chưa xác định\") are pending. Column E is the earlier January reading (23/143, as the page reports) and is not judged; the superseded window (D) is hidden. Tháp Mười's count is typed \"13/13\" and the total's SUM skips it (125 shown, 138 real).",
  };
  return b;
}
