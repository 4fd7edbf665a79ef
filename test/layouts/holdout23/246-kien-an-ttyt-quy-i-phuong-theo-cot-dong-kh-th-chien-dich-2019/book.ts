// Layout 246: a district health centre's first-quarter table (TTYT quận Kiến An, Hải Phòng, April 2019) with the wards as columns: each indicator a block of a "KH năm 2019" row over a "TH quý I" row, the centre's own column beside the ten ward stations, a district column by SUM; read in April: the year's counts short pending, one ward's screening drive already past its year plan exceeded, a blank ward no data, the March measles-rubella campaign (over) judged final.
import { Book, viNumber, type CellInput, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Kết quả thực hiện chỉ tiêu y tế quý I năm 2019 theo trạm y tế phường, Trung tâm Y tế quận Kiến An (Hải Phòng)");
  const s = b.sheet("Quy I-2019");
  s.cols([5, 34, 8, 9, 9, 9, 9, 9, 9, 10, 9, 9, 9, 10, 11]);
  titleBlock(s, {
    left: ["UBND QUẬN KIẾN AN", "TRUNG TÂM Y TẾ"],
    number: "Biểu 01/KHTC quý I/2019",
    date: "Kiến An, ngày 10 tháng 4 năm 2019",
    title: ["KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHUYÊN MÔN QUÝ I NĂM 2019", "Theo trạm y tế phường"],
    leftSpan: ["A", "C"],
    rightSpan: ["I", "O"],
    titleSpan: ["A", "O"],
  });
  const wards = ["Quán Trữ", "Lãm Hà", "Đồng Hòa", "Bắc Sơn", "Nam Sơn", "Ngọc Sơn", "Trần Thành Ngọ", "Văn Đẩu", "Phù Liễn", "Tràng Minh"];
  const cols = ["D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];
  const head = { bold: true, align: "center" as const, wrap: true, border: true };
  s.merge("A8:A9", "TT", head).merge("B8:B9", "Chỉ tiêu", head).merge("C8:C9", "ĐVT", head);
  s.merge("D8:M8", "Trạm y tế phường", head);
  s.row("D9", wards, head);
  s.merge("N8:N9", "TTYT quận (khoa KB)", head).merge("O8:O9", "Toàn quận", head);
  // [name, ĐVT, KH per ward, TTYT KH, TH per ward, TTYT TH, campaign over?]
  type Block = [string, string, number[], CellInput, CellInput[], CellInput, boolean];
  const blocks: Block[] = [
    ["Số lượt khám chữa bệnh", "Lượt", [8200, 7800, 7500, 6900, 7200, 6600, 7100, 6300, 6400, 6050], 74300, [1105, 980, 1012, 870, 935, 802, 915, "", 810, 745], 10880, false],
    ["Tiêm vắc xin sởi - rubella trong chiến dịch (trẻ 1-5 tuổi, tháng 3/2019)", "Trẻ", [620, 580, 540, 470, 510, 450, 495, 430, 445, 410], "-", [620, 575, 548, 470, 503, 450, 495, 431, 440, 410], "-", true],
    ["Số người được khám sàng lọc tăng huyết áp", "Người", [900, 850, 820, 760, 790, 720, 780, 690, 700, 660], "-", [930, 190, 240, 150, 205, 170, 210, 160, 180, 175], "-", false],
  ];
  let r = 10;
  const vi = (n: number) => viNumber(n, 0);
  blocks.forEach(([name, dvt, kh, tkh, th, tth, over], i) => {
    s.merge(`A${r}:A${r + 2}`, i + 1, { border: true, align: "center" });
    s.row(`B${r}`, [name, dvt, ...cols.map(() => ""), "", ""], { border: true, bold: true });
    s.set(`B${r}`, name, { border: true, bold: true, wrap: true });
    s.row(`B${r + 1}`, ["- KH năm 2019", "", ...kh, tkh, `=SUM(D${r + 1}:N${r + 1})`], { border: true, align: "center", italic: true });
    s.set(`B${r + 1}`, "- KH năm 2019", { border: true, italic: true });
    s.row(`B${r + 2}`, ["- TH quý I", "", ...th, tth, `=SUM(D${r + 2}:N${r + 2})`], { border: true, align: "center" });
    s.set(`B${r + 2}`, "- TH quý I", { border: true });
    const units: [string, string, CellInput, CellInput][] = wards.map((w, k) => [w, cols[k], kh[k], th[k]]);
    if (typeof tkh === "number") units.push(["TTYT quận (khoa KB)", "N", tkh, tth]);
    const khSum = kh.reduce((a, x) => a + x, 0) + (typeof tkh === "number" ? tkh : 0);
    const thSum = th.reduce<number>((a, x) => a + (typeof x === "number" ? x : 0), 0) + (typeof tth === "number" ? tth : 0);
    units.push(["Toàn quận", "O", khSum, thSum]);
    for (const [unit, col, k, t] of units) {
      const isTotal = unit === "Toàn quận";
      let v: [Status, string];
      if (t === "" || t === null) v = ["no_data", "blank under a numeric plan: the station has not reported"];
      else if (over) {
        const a = t as number;
        const p = k as number;
        v = a > p ? ["exceeded", `${vi(a)} children against ${vi(p)}; the campaign ended in March`] : a === p ? ["met", `${vi(a)} of ${vi(p)}; the campaign ended in March`] : ["not_met", `${vi(a)} of ${vi(p)}; the campaign is over, so the shortfall is final`];
      } else {
        const a = t as number;
        const p = k as number;
        v = a > p ? ["exceeded", `${vi(a)} in the first quarter, already past the year's ${vi(p)}`] : ["pending", `${vi(a)} of the year's ${vi(p)} (${(Math.round((a / p) * 1000) / 10).toString().replace(".", ",")}%) after one quarter`];
      }
      s.expect(`${col}${r + 2}`, {
        indicator: `${unit} · ${name}`,
        target: `${vi(k as number)} ${dvt.toLowerCase()} (KH năm 2019, row ${r + 1})`,
        actual: isTotal ? `=SUM(D${r + 2}:N${r + 2}) (${vi(thSum)})` : undefined,
        status: v[0],
        why: v[1],
      });
    }
    r += 3;
  });
  notes(s, r + 1, "B", [
    "Ghi chú:",
    "- Trạm y tế phường Văn Đẩu chưa gửi số liệu khám chữa bệnh quý I.",
    "- Chiến dịch tiêm vắc xin sởi - rubella kết thúc ngày 31/3/2019; số trẻ KH là số trẻ trong diện tiêm.",
    "- Toàn quận quý I: 19.054 lượt khám chữa bệnh, đạt 13,2% KH năm.",
  ]);
  signature(s, r + 6, { col: "B", title: "PHÒNG KẾ HOẠCH - TÀI CHÍNH", name: "Vũ Thị Hương" }, { col: "K", title: "GIÁM ĐỐC", name: "Đỗ Mạnh Hùng" });
  b.facts = {
    sheet: "Quy I-2019",
    headerRows: "8-9 (Trạm y tế phường over ten ward names; TTYT quận; Toàn quận)",
    nameColumn: "B (indicator title rows 10, 13, 16; the rows under them are \"- KH năm 2019\" and \"- TH quý I\")",
    target: "the \"- KH năm 2019\" row of each block (11, 14, 17), same column as the figure",
    actualColumns: "D-M (wards), N (TTYT quận, first block only), O (Toàn quận, SUM) on the \"- TH quý I\" rows (12, 15, 18)",
    ignoreColumns: "A (TT), C (ĐVT)",
    totalRows: "none (the district is column O)",
    targetRows: "11, 14, 17 (KH năm 2019 rows)",
    otherRows: "10, 13, 16 (indicator titles); notes after the table; signature",
    asOf: "2019-04-10",
    period: "2019",
    notes: "Units are columns and each indicator is a block of three rows. Counts of the year after one quarter are pending unless already past the year's plan (Quán Trữ's screening drive, exceeded). The measles-rubella campaign ended on 31/3/2019, so its figures are final: short not met, reached met, past the number of children in scope exceeded. Văn Đẩu's blank is no data (the notes say it has not reported). The district column O sums the wards (and the centre for visits).",
  };
  return b;
}
