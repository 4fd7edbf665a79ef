// Layout 317: a provincial labour department's year-end return on workers sent abroad under contract, by district (Sở LĐ-TB&XH Quảng Nam, January 2021, for 2020): the province's total row first under the header, the district quota of the provincial decision in a column, the count split by market with a SUM column, a rate, a column of workers still waiting to leave that does not count, a row of individual contracts with no quota; the year is over: short is not met.
import { Book, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả đưa người lao động đi làm việc ở nước ngoài theo hợp đồng năm 2020 theo địa phương, Sở LĐ-TB&XH Quảng Nam");
  const s = b.sheet("XKLD 2020");
  s.cols([5, 30, 12, 10, 10, 10, 10, 11, 11, 13, 22]);
  titleBlock(s, {
    left: ["UBND TỈNH QUẢNG NAM", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    number: "Số: 58/BC-LĐTBXH",
    date: "Quảng Nam, ngày 11 tháng 01 năm 2021",
    title: ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐƯA NGƯỜI LAO ĐỘNG ĐI LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG NĂM 2020", "(Chỉ tiêu giao tại Quyết định số 458/QĐ-UBND ngày 24/02/2020 của UBND tỉnh; số liệu từ 01/01/2020 đến 31/12/2020)"],
    leftSpan: ["A", "C"],
    rightSpan: ["G", "K"],
    titleSpan: ["A", "K"],
  });
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.set("A9", { v: "STT", span: [2, 1] }, head);
  s.set("B9", { v: "Địa phương", span: [2, 1] }, head);
  s.set("C9", { v: "Chỉ tiêu giao năm 2020 (người)", span: [2, 1] }, head);
  s.set("D9", { v: "Số lao động đã xuất cảnh (người)", span: [1, 5] }, head);
  s.row("D10", ["Nhật Bản", "Hàn Quốc", "Đài Loan", "Thị trường khác", "Tổng cộng"], head);
  s.set("I9", { v: "Tỷ lệ so với chỉ tiêu (%)", span: [2, 1] }, head);
  s.set("J9", { v: "Đã trúng tuyển, đang chờ xuất cảnh (người)", span: [2, 1] }, head);
  s.set("K9", { v: "Ghi chú", span: [2, 1] }, head);
  // name, quota (null: none), Japan, Korea, Taiwan, other, waiting, note
  type U = [string, number | null, number, number, number, number, number, string];
  const units: U[] = [
    ["Thành phố Tam Kỳ", 80, 31, 2, 9, 1, 6, ""],
    ["Thành phố Hội An", 30, 12, 0, 3, 0, 2, ""],
    ["Thị xã Điện Bàn", 80, 38, 1, 12, 2, 9, ""],
    ["Huyện Duy Xuyên", 120, 52, 3, 21, 1, 11, ""],
    ["Huyện Đại Lộc", 250, 96, 4, 38, 3, 27, ""],
    ["Huyện Quế Sơn", 270, 102, 6, 47, 2, 31, ""],
    ["Huyện Nông Sơn", 50, 24, 1, 10, 0, 4, ""],
    ["Huyện Thăng Bình", 250, 104, 5, 44, 3, 25, ""],
    ["Huyện Hiệp Đức", 80, 41, 2, 16, 1, 8, ""],
    ["Huyện Tiên Phước", 180, 71, 2, 33, 1, 19, ""],
    ["Huyện Phú Ninh", 150, 62, 3, 28, 2, 14, ""],
    ["Huyện Núi Thành", 120, 47, 2, 19, 2, 12, ""],
    ["Huyện Bắc Trà My", 30, 14, 0, 8, 0, 3, ""],
    ["Huyện Nam Trà My", 30, 9, 0, 4, 0, 1, ""],
    ["Huyện Phước Sơn", 20, 15, 0, 6, 0, 0, "Vượt chỉ tiêu"],
    ["Huyện Tây Giang", 20, 12, 0, 8, 0, 2, "Đạt chỉ tiêu"],
    ["Huyện Đông Giang", 20, 17, 0, 7, 0, 1, "Vượt chỉ tiêu"],
    ["Huyện Nam Giang", 20, 8, 0, 3, 0, 2, ""],
    ["Lao động tự tìm hợp đồng cá nhân (chưa phân theo địa phương)", null, 23, 0, 11, 4, 0, "Không giao chỉ tiêu"],
  ];
  const vi = (x: number) => (Math.round(x * 100) / 100).toFixed(2).replace(".", ",");
  const first = 12;
  const last = first + units.length - 1;
  let r = first;
  for (const [i, [name, quota, jp, kr, tw, oth, wait, note]] of units.entries()) {
    const tot = jp + kr + tw + oth;
    const rate: CellInput = quota === null ? "" : { v: `=ROUND(H${r}/C${r}*100,2)`, fmt: "0.00", border: true, align: "center", result: Math.round((tot / quota) * 10000) / 100 };
    s.row(`A${r}`, [String(i + 1), name, quota ?? "", jp, kr, tw, oth, { v: `=SUM(D${r}:G${r})`, result: tot, border: true, align: "center" }, rate, wait, note], { border: true, align: "center" });
    s.set(`B${r}`, name, { border: true, wrap: true });
    s.set(`K${r}`, note, { border: true, italic: true, wrap: true });
    if (quota !== null) {
      const st: Status = tot > quota ? "exceeded" : tot === quota ? "met" : "not_met";
      s.expect(`H${r}|I${r}`, {
        indicator: `Lao động đi làm việc ở nước ngoài năm 2020 · ${name}`,
        target: `${quota} (column C, Chỉ tiêu giao năm 2020)`,
        status: st,
        why: st === "met" ? `${tot} of ${quota}: exactly the quota` : st === "exceeded" ? `${tot} against ${quota} (${vi((tot / quota) * 100)}%)` : `${tot} of ${quota} (${vi((tot / quota) * 100)}%) at the year's end; the ${wait} still waiting to leave (column J) do not count`,
      });
    }
    r++;
  }
  // row 11: the province, first under the header
  const Q = units.reduce((t, u) => t + (u[1] ?? 0), 0);
  const T = units.reduce((t, u) => t + u[2] + u[3] + u[4] + u[5], 0);
  const sum = (c: string, res: number): CellInput => ({ v: `=SUM(${c}${first}:${c}${last})`, result: res, border: true, bold: true, align: "center" });
  const S = (k: number) => units.reduce((t, u) => t + (u[k] as number), 0);
  s.row("A11", ["", "TOÀN TỈNH", sum("C", Q), sum("D", S(2)), sum("E", S(3)), sum("F", S(4)), sum("G", S(5)), { v: "=SUM(D11:G11)", result: T, border: true, bold: true, align: "center" }, { v: "=ROUND(H11/C11*100,2)", fmt: "0.00", border: true, bold: true, align: "center", result: Math.round((T / Q) * 10000) / 100 }, sum("J", S(6)), ""], { border: true, bold: true, align: "center" });
  s.expect("H11|I11", { indicator: "Lao động đi làm việc ở nước ngoài năm 2020 · Toàn tỉnh", target: `${Q} (column C, SUM of the district quotas: the decision's 1.800)`, status: T >= Q ? "met" : "not_met", why: `${T} of ${Q} (${vi((T / Q) * 100)}%) at the year's end, the individual contracts counted in the province's figure` });
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Chỉ tiêu giao cho các huyện, thị xã, thành phố tại Quyết định số 458/QĐ-UBND ngày 24/02/2020 của UBND tỉnh (tổng 1.800 người).",
    "- Số lao động đã xuất cảnh tính theo danh sách doanh nghiệp báo cáo đến hết ngày 31/12/2020; số đã trúng tuyển nhưng chưa xuất cảnh (cột J) chuyển sang năm 2021, không tính vào kết quả năm 2020.",
    "- Do ảnh hưởng của dịch Covid-19, các thị trường tạm dừng tiếp nhận lao động từ tháng 3 đến tháng 10/2020.",
  ]);
  signature(s, r + 7, { col: "B", title: "NGƯỜI LẬP BIỂU", name: "Trần Thị Thu Sương" }, { col: "H", title: "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", name: "Võ Văn Hùng" });
  b.facts = {
    sheet: "XKLD 2020",
    headerRows: "9-10 (D9 \"Số lao động đã xuất cảnh (người)\" merged over the four markets and Tổng cộng in row 10)",
    nameColumn: "B (Địa phương)",
    target: "column C (Chỉ tiêu giao năm 2020: the provincial decision's quota per district)",
    actualColumns: "H (Tổng cộng = SUM of D:G) or I (Tỷ lệ so với chỉ tiêu, ROUND formula on the 0-100 scale)",
    ignoreColumns: "A (STT), D-G (per market: parts of H), J (selected but still waiting to leave: not counted), K (Ghi chú)",
    totalRows: "11 (TOÀN TỈNH, first under the header: SUM of rows 12-30; judged against C's SUM, 1.800)",
    otherRows: "30 (individual contracts: no quota, not judged; counted in the province's row); notes and signature under the table",
    asOf: "2020-12-31",
    period: "2020",
    notes: "The figures run to 31/12/2020, so the year's quotas are closed: below is not met, equal met (Tây Giang 20/20), above exceeded (Phước Sơn, Đông Giang). The judged figure is the SUM column H, not a market column; the workers still waiting (J) are moved to 2021 by the notes. The province's row sits first, above the districts, and includes the individual contracts that have no quota.",
  };
  return b;
}
