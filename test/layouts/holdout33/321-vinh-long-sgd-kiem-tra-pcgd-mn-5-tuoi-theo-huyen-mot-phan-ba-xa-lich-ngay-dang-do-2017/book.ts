// Layout 321: a province department's check of universal preschool education for five-year-olds by district, read mid-round (Sở GD-ĐT Vĩnh Long, July 2017): districts as rows with a date cell for the team's visit, a requirement line under the header ("ít nhất 1/3 số xã" seen in person, so each district's floor is a third of its own commune count), communes passing against the decree's 90% for a district, the team's own word; four districts not yet visited on the as-of date.
import { Book, type Status } from "../../fods";
import { notes, signature, titleBlock } from "../../blocks";

export default function book(): Book {
  const b = new Book("Tiến độ kiểm tra công tác phổ cập giáo dục mầm non cho trẻ em 5 tuổi năm 2017 theo huyện, thị xã, thành phố, Sở GD-ĐT Vĩnh Long");
  const s = b.sheet("Kiem tra PCGDMN5T");
  s.cols([5, 20, 12, 13, 15, 15, 11, 22, 24]);
  titleBlock(s, {
    left: ["SỞ GIÁO DỤC VÀ ĐÀO TẠO VĨNH LONG", "ĐOÀN KIỂM TRA PCGDMNTNT"],
    date: "Vĩnh Long, ngày 21 tháng 7 năm 2017",
    title: ["TIẾN ĐỘ KIỂM TRA CÔNG TÁC PHỔ CẬP GIÁO DỤC MẦM NON CHO TRẺ EM 5 TUỔI NĂM 2017", "(Thời gian kiểm tra từ ngày 14/7 đến ngày 27/7/2017)"],
    leftSpan: ["A", "C"],
    rightSpan: ["F", "I"],
    titleSpan: ["A", "I"],
  });
  const h = { bold: true, align: "center" as const, wrap: true, border: true };
  s.row("A7", ["TT", "Đơn vị", "Số xã, phường, thị trấn", "Ngày kiểm tra", "Số xã kiểm tra thực tế", "Số xã đạt chuẩn PCGDMNTNT", "Tỷ lệ xã đạt chuẩn (%)", "Kết luận của Đoàn", "Ghi chú"], h);
  s.merge("A8:I8", "Yêu cầu: kiểm tra thực tế ít nhất 1/3 số xã của mỗi đơn vị cấp huyện, các xã còn lại kiểm tra qua hồ sơ; đơn vị cấp huyện đạt chuẩn khi có ít nhất 90% số xã đạt chuẩn.", { italic: true, border: true, wrap: true });
  // name, communes, visit date, seen in person, passing, team's word, note
  type U = [string, number, string, number | null, number | null, string, string];
  const units: U[] = [
    ["TP. Vĩnh Long", 11, "2017-07-14", 4, 11, "Đạt chuẩn", ""],
    ["Huyện Long Hồ", 15, "2017-07-17", 5, 15, "Đạt chuẩn", ""],
    ["Huyện Mang Thít", 12, "2017-07-18", 3, 11, "Đạt chuẩn", "Xã Long Mỹ thiếu hồ sơ trẻ chuyển đến"],
    ["Huyện Vũng Liêm", 18, "2017-07-20", 7, 16, "Chưa công nhận", "02 xã tỷ lệ trẻ 5 tuổi hoàn thành chương trình dưới 85%"],
    ["Huyện Tam Bình", 17, "2017-07-24", null, null, "", ""],
    ["Huyện Trà Ôn", 14, "2017-07-25", null, null, "", ""],
    ["Thị xã Bình Minh", 8, "2017-07-26", null, null, "", ""],
    ["Huyện Bình Tân", 11, "2017-07-27", null, null, "", ""],
  ];
  let r = 9;
  const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
  for (const [i, [name, n, day, seen, pass, word, note]] of units.entries()) {
    s.row(`A${r}`, [String(i + 1), name, n, { v: day, date: true, fmt: "dd/mm/yyyy" }, seen ?? "", pass ?? "", pass === null ? "" : { v: `=ROUND(F${r}/C${r}*100,1)`, result: pct(pass, n), fmt: "0.0" }, word, note], { border: true, align: "center", wrap: true });
    s.set(`B${r}`, name, { border: true });
    s.set(`I${r}`, note, { border: true, wrap: true, italic: true });
    const third = n / 3;
    const floor = `ít nhất 1/3 của ${n} xã (${(Math.round(third * 100) / 100).toString().replace(".", ",")}; dòng Yêu cầu)`;
    const visited = seen !== null;
    const st1: Status = !visited ? "pending" : seen > third ? "exceeded" : seen === third ? "met" : "not_met";
    s.expect(`E${r}`, {
      indicator: `Số xã kiểm tra thực tế · ${name}`,
      target: floor,
      status: st1,
      why: !visited ? `visit set for ${day.slice(8)}/7, after the 21/7 as-of date; blank` : st1 === "met" ? `${seen} of ${n}: exactly a third` : st1 === "exceeded" ? `${seen} of ${n} is more than a third (${(Math.round(third * 100) / 100).toString().replace(".", ",")})` : `${seen} of ${n}, under a third (${n / 3}); the visit is over`,
    });
    const share = pass === null ? 0 : pass / n;
    const st2: Status = !visited ? "pending" : share > 0.9 ? "exceeded" : share === 0.9 ? "met" : "not_met";
    s.expect(`F${r}`, {
      indicator: `Số xã đạt chuẩn PCGDMNTNT · ${name}`,
      target: "ít nhất 90% số xã (dòng Yêu cầu)",
      status: st2,
      why: !visited ? "not yet checked on 21/7" : `${pass}/${n} = ${pct(pass!, n).toString().replace(".", ",")}% against 90%`,
    });
    r++;
  }
  // r = 17: the province, partial
  s.row(`A${r}`, ["", "Toàn tỉnh", { v: "=SUM(C9:C16)", result: 106 }, "", { v: "=SUM(E9:E16)", result: 19 }, { v: "=SUM(F9:F16)", result: 53 }, "", "04/8 đơn vị đã kiểm tra", ""], { border: true, bold: true, align: "center" });
  notes(s, r + 2, "B", [
    "Ghi chú:",
    "- Cột 4: ngày Đoàn làm việc tại đơn vị theo lịch đã thông báo; các đơn vị chưa đến lịch để trống cột 5, 6.",
    "- Đoàn tổng hợp kết quả, tham mưu UBND tỉnh công nhận đơn vị đạt chuẩn sau khi kết thúc đợt kiểm tra (27/7/2017).",
  ]);
  signature(s, r + 7, { col: "B", title: "THƯ KÝ ĐOÀN", name: "Nguyễn Thị Kim Loan" }, { col: "G", title: "TRƯỞNG ĐOÀN", name: "Trần Văn Hiền" });
  b.facts = {
    sheet: "Kiem tra PCGDMN5T",
    headerRows: "7 (a requirement line merged across row 8 under it)",
    nameColumn: "B (Đơn vị)",
    target: "row 8 (Yêu cầu): E at least a third of the district's own communes (column C); F at least 90% of column C",
    actualColumns: "E (Số xã kiểm tra thực tế), F (Số xã đạt chuẩn PCGDMNTNT)",
    ignoreColumns: "A (TT), C (communes: the base), D (visit date), G (rate = F/C, derived), H (the team's own word), I (Ghi chú)",
    totalRows: "17 (Toàn tỉnh: partial sums while four districts wait; not judged)",
    asOf: "2017-07-21",
    period: "đợt kiểm tra 14/7-27/7/2017",
    notes: "Read on 21/7/2017, mid-round: the four districts visited on 14/7-20/7 are judged, the four set for 24/7-27/7 are pending (blank, not yet due). Each district's in-person floor is a third of its own commune count: 4 of 11 and 7 of 18 are above it, 5 of 15 is exactly it, 3 of 12 is under it. A district passes with at least 90% of its communes; Vũng Liêm's 16/18 = 88,9% is short, as the team's word says. The province row is a partial sum and is not judged.",
  };
  return b;
}
