// Round 40 (tables40): a results sheet that heads an indicator more briefly than the sheet of targets beside it
// ("Công nhận tốt nghiệp" under "Tỷ lệ học sinh lớp 9 tốt nghiệp (%)"), on invented sheets in several wordings.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";

const judged = (r: ReturnType<typeof checkSheet>, word: RegExp) => {
  if (!r.ok) throw new Error("no table");
  return r.items.filter((it) => word.test(it.name)).map((it) => [it.unitName, it.cell.col, it.status]);
};

// tables40 paired these by half their words; review40b found the same fit pairing a sub-indicator with its parent, boys
// with girls and one year with the next, so a heading this loose takes no target (refuse rather than guess).
describe("a rate headed more briefly than its target on another sheet, half the words shared, is not paired", () => {
  it("takes no target for the one rate column left beside the one rate target left (water, communes by row)", () => {
    const targets: CellValue[][] = [
      ["CHỈ TIÊU GIAO CÁC XÃ NĂM 2031"],
      [],
      ["TT", "Xã", "Số hộ được cấp nước mới (hộ)", "Tỷ lệ hộ dân sử dụng nước sạch (%)"],
      [1, "Xã Tân Phú", 40, 85],
      [2, "Xã Hòa Bình", 30, 90],
    ];
    const results: CellValue[][] = [
      ["KẾT QUẢ NĂM 2031"],
      [],
      ["TT", "Xã", "Tổng số hộ dân", "Hộ được dùng nước sạch đạt QCVN", null, "Cấp nước mới (hộ)"],
      [null, null, null, "Số hộ", "Tỷ lệ (%)", null],
      [1, "Hòa Bình", 500, 430, 86, 35],
      [2, "Tân Phú", 400, 352, 88, 38],
    ];
    const merges = [{ top: 2, left: 3, bottom: 2, right: 4 }];
    const r = checkSheet({ name: "KQ", values: results, merges }, null, { asOf: "2032-01-31", siblings: [{ name: "Chi tieu giao", values: targets }] });
    expect(judged(r, /nước sạch/i).filter((x) => x[2] !== "no_target" && x[2] !== "unreadable")).toEqual([]);
    // The count of households shares "hộ dân" with the rate's heading but is no rate: it takes nothing from it.
    expect(judged(r, /tổng số hộ/i)).toEqual([]);
  });

  it("takes no target for a graduation rate under a group headed without 'tỷ lệ', beside a count of the same grade", () => {
    const targets: CellValue[][] = [
      ["KẾ HOẠCH CHỈ TIÊU NĂM HỌC 2031-2032"],
      [],
      ["TT", "Trường", "Tỷ lệ học sinh lên lớp (%)", "Tỷ lệ học sinh lớp 9 tốt nghiệp (%)"],
      [1, "THCS Đông Sơn", 96, 97],
      [2, "THCS Tây Hồ", 95, 98],
    ];
    const results: CellValue[][] = [
      ["TỔNG HỢP KẾT QUẢ CUỐI NĂM"],
      [],
      ["TT", "Trường", "Lên lớp", null, "HS lớp 9", "Công nhận tốt nghiệp", null],
      [null, null, "SL", "%", null, "SL", "%"],
      [1, "Tây Hồ", 380, 96.2, 90, 87, 96.67],
      [2, "Đông Sơn", 410, 97.5, 100, 98, 98],
    ];
    const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 5, bottom: 2, right: 6 }];
    const r = checkSheet({ name: "KQ cuoi nam", values: results, merges }, null, { asOf: "2032-08-20", siblings: [{ name: "Ke hoach", values: targets }] });
    expect(judged(r, /tốt nghiệp/i).filter((x) => x[2] !== "no_target" && x[2] !== "unreadable")).toEqual([]);
    expect(judged(r, /HS lớp 9/i)).toEqual([]);
  });

  it("takes no target through a targets sheet that lists indicators by row and units by column", () => {
    const targets: CellValue[][] = [
      ["CHỈ TIÊU Y TẾ GIAO CÁC XÃ NĂM 2031"],
      [],
      ["TT", "Chỉ tiêu", "Xã An Lạc", "Xã Bình Minh"],
      [1, "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (%)", 95, 96],
    ];
    const results: CellValue[][] = [
      ["KẾT QUẢ TIÊM CHỦNG NĂM 2031"],
      [],
      ["TT", "Xã", "Tiêm chủng đủ mũi đúng lịch", null],
      [null, null, "Số trẻ", "Tỷ lệ (%)"],
      [1, "Bình Minh", 180, 97.3],
      [2, "An Lạc", 150, 93.8],
    ];
    const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }];
    const r = checkSheet({ name: "KQ", values: results, merges }, null, { asOf: "2032-01-31", siblings: [{ name: "Chi tieu giao", values: targets }] });
    expect(judged(r, /tiêm/i).filter((x) => x[2] !== "no_target" && x[2] !== "unreadable")).toEqual([]);
  });

  it("takes none when two rate columns left each share half the words of the one target (no guess between them)", () => {
    const targets: CellValue[][] = [
      ["CHỈ TIÊU GIAO NĂM HỌC 2031-2032"],
      [],
      ["TT", "Trường", "Tỷ lệ trẻ được cân đo theo dõi sức khỏe (%)"],
      [1, "MN Phú Mỹ", 98],
      [2, "MN Long Hòa", 99],
    ];
    const results: CellValue[][] = [
      ["KẾT QUẢ CUỐI NĂM HỌC 2031-2032"],
      [],
      ["TT", "Trường", "Cân đo đầu năm", null, "Cân đo cuối năm", null],
      [null, null, "SL", "%", "SL", "%"],
      [1, "Long Hòa", 400, 97.5, 80, 100],
      [2, "Phú Mỹ", 350, 99.1, 70, 98.6],
    ];
    const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 5 }];
    const r = checkSheet({ name: "KQ", values: results, merges }, null, { asOf: "2032-06-30", siblings: [{ name: "Chi tieu giao", values: targets }] });
    expect(judged(r, /cân đo/i).filter((x) => x[2] !== "no_target" && x[2] !== "unreadable")).toEqual([]);
  });
});

describe("a target heading that two result columns name equally well", () => {
  it("is taken by neither (the first column in the sheet's order is no reason)", () => {
    const targets: CellValue[][] = [
      ["CHỈ TIÊU GIAO NĂM HỌC 2031-2032"],
      [],
      ["TT", "Trường", "Tỷ lệ học sinh hoàn thành chương trình (%)"],
      [1, "TH Phú Mỹ", 98],
      [2, "TH Long Hòa", 99],
    ];
    for (const heads of [["Hoàn thành chương trình lớp học", "Hoàn thành chương trình tiểu học"], ["HS hoàn thành chương trình HK I", "HS hoàn thành chương trình cả năm"]]) {
      const results: CellValue[][] = [
        ["KẾT QUẢ CUỐI NĂM HỌC 2031-2032"],
        [],
        ["TT", "Trường", heads[0], null, heads[1], null],
        [null, null, "SL", "%", "SL", "%"],
        [1, "Long Hòa", 400, 97.5, 80, 100],
        [2, "Phú Mỹ", 350, 99.1, 70, 98.6],
      ];
      const merges = [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 5 }];
      const r = checkSheet({ name: "KQ", values: results, merges }, null, { asOf: "2032-06-30", siblings: [{ name: "Chi tieu giao", values: targets }] });
      expect(judged(r, /hoàn thành/i).filter((x) => x[2] !== "no_target" && x[2] !== "unreadable")).toEqual([]);
    }
  });
});
