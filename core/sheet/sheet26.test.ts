// Classes of table holdout17's layouts showed (round 26, sheet26), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { readHeader } from "../table/header";
import { checkSheet } from "./check";
import { cleanOf, mostlyUnjudged } from "./coverage";
import { sameUnit } from "./siblings";

describe("figure columns told apart only by their place ('Kết quả năm 2031 ⟩ Xã An Phú | Xã Bình Hòa | Xã Cát Lâm')", () => {
  const values: CellValue[][] = [
    ["KẾT QUẢ MỘT SỐ CHỈ TIÊU Y TẾ NĂM 2031 THEO XÃ"],
    [],
    ["STT", "Chỉ tiêu", "Chỉ tiêu năm 2031", "Kết quả năm 2031", null, null],
    [null, null, null, "Xã An Phú", "Xã Bình Hòa", "Xã Cát Lâm"],
    [1, "Tỷ lệ trẻ được tiêm chủng đầy đủ (%)", "Từ 95% trở lên", 97.1, 93.4, 96.0],
    [2, "Tỷ lệ hộ dùng nước sạch (%)", "Từ 80% trở lên", 85.2, 71.5, 82.0],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }];

  it("reads one for the row's status and judges every other one as its unit (round 27): never a clean result over Bình Hòa's shortfalls", () => {
    const r = checkSheet({ name: "Theo xa", values, merges }, null, { asOf: "2032-03-01" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.tied).toEqual([4, 5]);
    expect(r.coverage.notJudged.filter((n) => n.reason === "unread_figure")).toEqual([]);
    const binhHoa = r.items.filter((i) => i.cell.col === 4);
    expect(binhHoa.map((i) => [i.unitName, i.status, i.beside])).toEqual([["Xã Bình Hòa", "not_met", true], ["Xã Bình Hòa", "not_met", true]]);
    const c = cleanOf(r);
    expect(c.kind).toBe("shortfalls");
    expect(mostlyUnjudged(c)).toBe(false);
  });

  it("gives the first column's verdict for the row only where every tied column agrees; else both readings are said", () => {
    const rows: CellValue[][] = [...values, [3, "Tỷ lệ xã đạt chuẩn y tế (%)", "Từ 90% trở lên", 92, 95, 100]];
    const r = checkSheet({ name: "Theo xa", values: rows, merges }, null, { asOf: "2032-03-01" });
    if (!r.ok) throw new Error("no check");
    const at = (row: number) => r.items.find((i) => i.cell.row === row);
    expect(at(4)?.status).toBe("review"); // An Phú met, Bình Hòa short
    expect(at(4)?.verdict.explanations.vi).toMatch(/theo cột D.*theo cột E/);
    expect(at(5)?.status).toBe("review");
    expect(at(6)?.status).toBe("exceeded"); // every commune over 90%: the first column's verdict stands
  });

  it("leaves a later term beside an earlier one as it was: the figure chosen by its term, nothing tied", () => {
    const terms: CellValue[][] = [
      ["KẾT QUẢ NĂM HỌC 2031-2032"],
      [],
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện học kỳ I", "Thực hiện cả năm"],
      [1, "Tỷ lệ học sinh lên lớp (%)", "Từ 98% trở lên", 97.0, 98.6],
    ];
    const r = checkSheet({ name: "KQ", values: terms }, null, { asOf: "2032-06-30" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.tied).toBeUndefined();
    expect(cleanOf(r).kind).toBe("clean");
  });
});

describe("a figure heading naming whose figure it is, beside a count and its whole ('Yêu cầu | Số lượng | Tổng số | Thực tế của đơn vị')", () => {
  it("reads 'Thực tế của nhà trường' as the figure, as 'Hiện trạng của nhà trường' and 'Thực trạng của đơn vị' are", () => {
    for (const h of ["Thực tế của nhà trường", "Thực tế của đơn vị", "Thực tế", "Hiện trạng của nhà trường", "Thực trạng của cơ sở"]) expect([h, readHeader(h).role]).toEqual([h, "actual"]);
  });

  const values: CellValue[][] = [
    ["BẢNG TỰ KIỂM TRA ĐIỀU KIỆN CƠ SỞ VẬT CHẤT NĂM 2031"],
    [],
    ["TT", "Nội dung", "Yêu cầu", "Số lượng", "Tổng số", "Thực tế của đơn vị", "Ghi chú"],
    [1, "Số phòng học", "Không quá 30 phòng", null, null, 22, null],
    [2, "Tỷ lệ giáo viên đạt chuẩn", "Từ 90% trở lên", 36, 40, 90, null],
    [3, "Tỷ lệ phòng học kiên cố", "Từ 80% trở lên", 15, 22, 68.18, null],
    [4, "Diện tích sân chơi", "Không dưới 500 m²", null, null, 420, null],
  ];

  it("keeps the count just left of its whole as the share's numerator, and reads every row's figure in the named column", () => {
    const r = checkSheet({ name: "CSVC", values }, null, { asOf: "2031-12-31" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.columns).toMatchObject({ actualNumerator: 3, actualDenominator: 4, actual: 5 });
    expect(r.items.map((it) => [it.row, it.status])).toEqual([[3, "met"], [4, "met"], [5, "not_met"], [6, "not_met"]]);
    expect(r.coverage.notJudgedTotal).toBe(0);
  });
});

describe("a school's level written short in a unit heading or before a unit's name ('Trường THCS', 'THCS Thọ Hải')", () => {
  it("reads the heading as the units' names", () => {
    for (const h of ["Trường THCS", "Trường MN", "Tên trường THPT", "Trường TH", "Các trường THCS"]) expect([h, readHeader(h).role]).toEqual([h, "unitName"]);
  });
  it("names one school with its level left off on one side, never two schools of two levels", () => {
    expect(sameUnit("THCS Thọ Hải", "Thọ Hải")).toBe(true);
    expect(sameUnit("Trường TH An Bình", "An Bình")).toBe(true);
    expect(sameUnit("Trường mầm non Hoa Sen", "Hoa Sen")).toBe(true);
    expect(sameUnit("Trường TH An Bình", "Trường THCS An Bình")).toBe(false);
  });
});

describe("targets on another sheet whose heading says a share ('Tỷ lệ học sinh lên lớp (%)' over bare 96)", () => {
  const targets: CellValue[][] = [
    ["CHỈ TIÊU GIAO NĂM HỌC 2031-2032"],
    [],
    ["TT", "Trường", "Tỷ lệ học sinh lên lớp (%)", "Số giải học sinh giỏi (giải)"],
    [1, "THCS An Bình", 96, 3],
    [2, "THCS Phú Lộc", 97, 5],
  ];
  const results: CellValue[][] = [
    ["KẾT QUẢ CUỐI NĂM HỌC 2031-2032"],
    [],
    ["TT", "Trường THCS", "Tổng số HS", "Lên lớp", null, "Giải học sinh giỏi"],
    [null, null, null, "SL", "%", null],
    [1, "Phú Lộc", 300, 288, 96, 5],
    [2, "An Bình", 280, 270, 96.43, 2],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 4 }];

  it("judges each school's rate against it, never the count beside the rate (288 ≥ 97 would pass a short 96%)", () => {
    const r = checkSheet({ name: "KQ", values: results, merges }, null, { asOf: "2032-06-30", siblings: [{ name: "Chi tieu giao", values: targets }] });
    if (!r.ok || r.layout.shape !== "matrix") throw new Error("no matrix");
    const rate = r.items.filter((it) => /lên lớp/i.test(it.name)).map((it) => [it.unitName, it.cell.col, it.status]);
    expect(rate).toEqual([["Phú Lộc", 4, "not_met"], ["An Bình", 4, "exceeded"]]);
  });
});

describe("a count per count typed in the figure's cell under a norm per unit ('24/26' under 'Đủ 01 phòng/lớp')", () => {
  const values: CellValue[][] = [
    ["ĐIỀU KIỆN CƠ SỞ VẬT CHẤT NĂM HỌC 2031-2032"],
    [],
    ["TT", "Nội dung", "Yêu cầu", "Thực tế"],
    [1, "Phòng học", "Đủ 01 phòng/lớp", "24/26"],
    [2, "Phòng học (điểm trường chính)", "01 phòng/lớp", "18 phòng/18 lớp"],
    [3, "Bộ thiết bị dạy học", "Ít nhất 1 bộ/lớp", "30 bộ/25 lớp"],
  ];
  it("is judged on the quotient, never on the first count (24 rooms for 26 classes fall short of one each)", () => {
    const r = checkSheet({ name: "CSVC", values }, null, { asOf: "2032-06-30" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.map((it) => [it.row, it.status])).toEqual([[3, "not_met"], [4, "met"], [5, "exceeded"]]);
  });
});
