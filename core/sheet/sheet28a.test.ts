// Classes of table holdout19's layouts showed (round 28, sheet28a), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { cleanOf } from "./coverage";

describe("a plan and a result paired under each period heading ('Quý I ⟩ KH | TH | Quý II ⟩ KH | Ước TH') beside the year's plan", () => {
  // Invented: a commune's quarterly table; the year's plan stands first, each quarter has its own plan and result.
  const values: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU THEO QUÝ NĂM 2034"],
    [],
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2034", "Quý I/2034", null, "Quý II/2034", null, "Ước TH 6 tháng"],
    [null, null, null, null, "KH", "TH", "KH", "Ước TH", null],
    [1, "Số lao động được tạo việc làm", "Người", 400, 90, 95, 110, 80, 175],
    [2, "Diện tích lúa gieo cấy", "Ha", 900, "-", "-", 450, 470, 470],
    [3, "Số hộ được hỗ trợ nhà ở", "Hộ", 40, 10, 10, 10, 12, 22],
  ];
  const merges = [{ top: 2, left: 4, bottom: 2, right: 5 }, { top: 2, left: 6, bottom: 2, right: 7 }];

  it("judges the quarter's result on the plan under the same quarter, never on the year's plan", () => {
    const r = checkSheet({ name: "Theo quy", values, merges }, null, { asOf: "2034-07-05" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.columns.target).toBe(4);
    expect(r.layout.columns.actual).toBe(5);
    const at = (row: number) => r.items.find((i) => i.cell.row === row);
    // 95 of the quarter's 90: exceeded (against the year's 400 it would only be "not yet due").
    expect(at(4)?.status).toBe("exceeded");
    expect(at(6)?.status).toBe("met");
  });

  it("counts the other periods' results as figures not judged, so the sheet is never clean over quarter II's 80 of 110", () => {
    const r = checkSheet({ name: "Theo quy", values, merges }, null, { asOf: "2034-07-05" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.apart).toEqual([7, 8]);
    expect(r.coverage.notJudged.some((n) => n.reason === "unread_figure" && n.row === 4)).toBe(true);
    expect(cleanOf(r).kind).not.toBe("clean");
  });

  it("reads a quarter's short result as not yet due while that quarter runs, and as not met once it has ended", () => {
    const short: CellValue[][] = values.map((row) => [...row]);
    short[4][5] = 70; // 70 of the quarter's 90
    const during = checkSheet({ name: "Theo quy", values: short, merges }, null, { asOf: "2034-03-20" });
    const after = checkSheet({ name: "Theo quy", values: short, merges }, null, { asOf: "2034-04-10" });
    if (!during.ok || !after.ok) throw new Error("no table");
    expect(during.items.find((i) => i.cell.row === 4)?.status).toBe("pending");
    expect(after.items.find((i) => i.cell.row === 4)?.status).toBe("not_met");
  });

  it("leaves out a row whose plan and result are both '-' for the period (a crop harvested in another quarter)", () => {
    const r = checkSheet({ name: "Theo quy", values, merges }, null, { asOf: "2034-07-05" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 5)).toBeUndefined();
    expect(r.coverage.notJudged.some((n) => n.row === 5 && n.reason === "unreadable_target")).toBe(false);
  });

  it("keeps a figure beside a '-' plan listed as a target not read", () => {
    const odd: CellValue[][] = values.map((row) => [...row]);
    odd[5][5] = 30;
    const r = checkSheet({ name: "Theo quy", values: odd, merges }, null, { asOf: "2034-07-05" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 5)?.status).toBe("unreadable");
  });

  it("leaves year groups as they were ('Năm 2033 ⟩ KH | TH | Năm 2034 ⟩ KH | Ước TH'): the earlier year is a baseline", () => {
    const years: CellValue[][] = [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 2033-2034"],
      [],
      ["TT", "Chỉ tiêu", "ĐVT", "Năm 2033", null, "Năm 2034", null],
      [null, null, null, "KH", "TH", "KH", "Ước TH"],
      [1, "Số lao động được tạo việc làm", "Người", 400, 420, 420, 430],
    ];
    const r = checkSheet({ name: "Theo nam", values: years, merges: [{ top: 2, left: 3, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 2, right: 6 }] }, null, { asOf: "2035-01-10" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect([r.layout.columns.target, r.layout.columns.actual]).toEqual([5, 6]);
    expect(r.layout.apart).toBeUndefined();
  });
});

describe("a no-figure phrase with its reason in brackets ('Chưa báo cáo (xã nghỉ lễ)') is no data, never an invalid figure", () => {
  it("reads 'Chưa đủ số liệu (thiếu xã Bình Minh)' and 'Chưa báo cáo (cán bộ nghỉ phép)' as no data", () => {
    const values: CellValue[][] = [
      ["ĐIỂM CHẤM CÁC XÃ NĂM 2037"],
      [],
      ["TT", "Xã", "Điểm chấm"],
      ["", "Yêu cầu", "Từ 90 điểm trở lên"],
      [1, "Xã An Lạc", 93],
      [2, "Xã Bình Minh", "Chưa báo cáo (cán bộ nghỉ phép)"],
      [3, "Xã Cẩm Phô", 88],
      ["", "Toàn huyện", "Chưa đủ số liệu (thiếu xã Bình Minh)"],
    ];
    const r = checkSheet({ name: "Diem", values }, null, { asOf: "2038-01-10" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.find((i) => i.cell.row === 5)?.status).toBe("no_data");
    expect(r.items.some((i) => i.status === "invalid")).toBe(false);
  });
});
