// Classes of failure met on the spent holdout16 layouts (issue 11, sheet22), each on an invented sheet with a
// neighbour that must not change: a cap whose direction only the target sheet's heading gives, "a/b" counts (total/part)
// under a share, a completion sentence counting units done before its day, answers saying when the figure will be
// made, a count whose bracket says a case awaits a decision.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { headingBound } from "./siblings";
import { figureFor } from "../table/figure";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const at = (r: CheckedSheet, row: number, col?: number) => r.items.find((i) => i.cell.row === row && (col === undefined || i.cell.col === col));
const title = (t: string): CellValue[][] => [["UBND HUYỆN KIM ĐỒNG"], [], [t], []];

describe("a target sheet whose column heading closes with its bound ('… không quá (%)')", () => {
  const results: SheetData = {
    name: "Kết quả",
    values: [
      ...title("KẾT QUẢ THỰC HIỆN NĂM 2015"),
      ["TT", "Xã", "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi (%)", "Số hộ được vay vốn"],
      [1, "Hòa Bình", 12.4, 40],
      [2, "Tân Phú", 10.2, 35],
      [3, "Đông Sơn", 11, 52],
    ],
  };
  const targets = (heading: string): SheetData => ({
    name: "Chỉ tiêu giao",
    values: [
      ...title("CHỈ TIÊU GIAO NĂM 2015"),
      ["TT", "Xã", heading, "Số hộ được vay vốn"],
      [1, "Xã Đông Sơn", 11, 50],
      [2, "Xã Hòa Bình", 12, 40],
      [3, "Xã Tân Phú", 10.5, 30],
    ],
  });
  it("reads the bare numbers under it as caps: over the cap is not met, never a floor exceeded", () => {
    const r = ok(checkSheet(results, null, { asOf: "2016-01-10", siblings: [targets("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi không quá (%)")] }));
    expect([at(r, 5, 2)?.status, at(r, 6, 2)?.status, at(r, 7, 2)?.status]).toEqual(["not_met", "met", "met"]);
    expect(at(r, 5, 2)?.target).toMatch(/^không quá 12/);
    // The count column beside it, whose heading names no bound, is judged as before.
    expect([at(r, 5, 3)?.status, at(r, 6, 3)?.status]).toEqual(["met", "exceeded"]);
  });
  it("leaves a heading with no closing bound as it was (neighbour)", () => {
    const r = ok(checkSheet(results, null, { asOf: "2016-01-10", siblings: [targets("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi (%)")] }));
    expect(at(r, 5, 2)?.target).toBe("12%");
  });
  it.each<[string, string | null]>([
    ["Tỷ lệ sinh con thứ 3 trở lên tối đa (%)", "tối đa"],
    ["Số người mới sử dụng BPTT tối thiểu (người)", "tối thiểu"],
    ["Tỷ lệ sinh con thứ 3 trở lên (%)", null],
    ["Giảm tỷ lệ không quá 5% dân số", null],
  ])("headingBound('%s') → %s", (h, b) => {
    expect(headingBound(h)).toBe(b);
  });
});

describe("a share target judged on 'a/b' with the first number larger ('402/214': pupils and girls)", () => {
  const sheet = (figure: CellValue, target = "Từ 95% trở lên", heading = "Tổng số/Nữ"): CellValue[][] => [
    ["TRƯỜNG TIỂU HỌC AN LẠC"],
    ["KẾT QUẢ CUỐI NĂM HỌC 2024-2025"],
    ["TT", "Nội dung", "Chỉ tiêu", heading],
    [1, "Học sinh hoàn thành chương trình lớp học", target, figure],
  ];
  it("asks, saying the figure is no share and what it needs, never an invalid figure nor a clean result", () => {
    const r = ok(checkSheet({ name: "S", values: sheet("512/260") }, null, { asOf: "2025-05-30" }));
    expect(at(r, 3)?.status).toBe("review");
    expect(at(r, 3)?.verdict.explanations.vi).toMatch(/không phải một tỷ lệ/);
  });
  it("asks on a cap too ('4/1' under 'Dưới 1%')", () => {
    expect(at(ok(checkSheet({ name: "S", values: sheet("4/1", "Dưới 1%") }, null, { asOf: "2025-05-30" })), 3)?.status).toBe("review");
  });
  it("keeps n > d an invalid share where no heading says counts are written whole/part (neighbour)", () => {
    expect(at(ok(checkSheet({ name: "S", values: sheet("512/260", "Từ 95% trở lên", "Thực hiện") }, null, { asOf: "2025-05-30" })), 3)?.status).toBe("invalid");
  });
  it("still judges a share written as a part of its whole ('490/512') (neighbour)", () => {
    expect(at(ok(checkSheet({ name: "S", values: sheet("490/512") }, null, { asOf: "2025-05-30" })), 3)?.status).toBe("exceeded");
  });
});

describe("a completion sentence counting the units done, then its day, against a deadline", () => {
  const sheet = (a: CellValue, b: CellValue): CellValue[][] => [
    ["TIẾN ĐỘ KIỂM TRA PHỔ CẬP NĂM 2019"],
    ["TT", "Nội dung công việc", "Thời hạn", "Kết quả thực hiện"],
    [1, "Các xã hoàn thành hồ sơ phổ cập, tự kiểm tra", "Trong tháng 9/2019", a],
    [2, "Các trường hoàn thành sổ theo dõi phổ cập", "Trong tháng 9/2019", b],
  ];
  it("judges the day when every unit is done, and a part done past the deadline as overdue", () => {
    const r = ok(checkSheet({ name: "S", values: sheet("Hoàn thành 12/12 xã ngày 28/9/2019", "Hoàn thành 9/10 trường") }, null, { asOf: "2019-10-15" }));
    expect(at(r, 2)?.status).toBe("met");
    // Unfinished past its due day is overdue, in a unit matrix as in a task list (layouts 98, 125, 171, 178, 187).
    expect(at(r, 3)?.status).toBe("overdue");
  });
  it("leaves a part done before the deadline not yet due, and a late day late (neighbours)", () => {
    const r = ok(checkSheet({ name: "S", values: sheet("Hoàn thành 12/12 xã ngày 02/10/2019", "Hoàn thành 9/10 trường") }, null, { asOf: "2019-09-20" }));
    expect([at(r, 2)?.status, at(r, 3)?.status]).toEqual(["not_met", "pending"]);
  });
});

describe("an answer saying when the figure will be made ('Bình xét cuối năm')", () => {
  const sheet = (answer: CellValue): CellValue[][] => [
    ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2022"],
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện 6 tháng"],
    [1, "Tỷ lệ hộ đạt danh hiệu gia đình văn hóa", "≥ 90%", answer],
  ];
  it("is not yet due before the period ends, never an invalid figure", () => {
    for (const a of ["Bình xét cuối năm", "Đánh giá vào quý IV", "Rà soát cuối năm"]) {
      expect(at(ok(checkSheet({ name: "S", values: sheet(a) }, null, { asOf: "2022-07-05", period: "2022" })), 2)?.status).toBe("pending");
    }
  });
  it("is asked once the period is over (neighbour: no result written)", () => {
    expect(at(ok(checkSheet({ name: "S", values: sheet("Bình xét cuối năm") }, null, { asOf: "2023-02-01", period: "2022" })), 2)?.status).toBe("review");
  });
});

describe("a count whose own bracket says a further case awaits a decision", () => {
  const sheet = (figure: CellValue): CellValue[][] => [
    ["BÁO CÁO KẾT QUẢ NĂM 2023"],
    ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [1, "Số thôn đạt chuẩn văn hóa mới", 4, figure],
  ];
  it("is not yet due before the period ends when short on the count alone, asked after", () => {
    expect(at(ok(checkSheet({ name: "S", values: sheet("3 (thôn Nà Pồng đã thẩm định, chờ quyết định công nhận)") }, null, { asOf: "2023-11-20", period: "2023" })), 2)?.status).toBe("pending");
    expect(at(ok(checkSheet({ name: "S", values: sheet("3 (thôn Nà Pồng đã thẩm định, chờ quyết định công nhận)") }, null, { asOf: "2024-02-01", period: "2023" })), 2)?.status).toBe("review");
  });
  it("keeps a plain remark dropped, and a count met on its own met (neighbours)", () => {
    expect(figureFor("3 (tăng 1 so với năm trước)", false)).toBe("3");
    expect(at(ok(checkSheet({ name: "S", values: sheet("4 (thôn Nà Pồng chờ quyết định công nhận)") }, null, { asOf: "2023-11-20", period: "2023" })), 2)?.status).toBe("met");
    expect(at(ok(checkSheet({ name: "S", values: sheet("3 (tăng 1 so với năm trước)") }, null, { asOf: "2023-11-20", period: "2023" })), 2)?.status).toBe("not_met");
  });
});

describe("a group over two sub-headings each over the same parts ('Tổng số' | 'Trong đó: trẻ 5 tuổi')", () => {
  const head: CellValue[][] = [
    ["PHÒNG GD&ĐT AN LÃO"],
    ["TỔNG HỢP HUY ĐỘNG TRẺ RA LỚP THEO THÔN NĂM HỌC 2022-2023"],
    [],
    ["TT", "Thôn", "Mẫu giáo", null, null, null, null, null, "Ghi chú"],
    [null, null, "Tổng số", null, null, "Trong đó: trẻ 5 tuổi", null, null, null],
    [null, null, "Số trẻ điều tra", "Số trẻ ra lớp", "Tỷ lệ (%)", "Số trẻ điều tra", "Số trẻ ra lớp", "Tỷ lệ (%)", null],
    [null, "Chỉ tiêu", null, null, "Từ 95% trở lên", null, null, "100%", null],
  ];
  const rows: CellValue[][] = [
    [1, "Thôn An Khê", 60, 58, 96.67, 20, 20, 100, null],
    [2, "Thôn Bình Hòa", 50, 49, 98, 18, 17, 94.44, "01 trẻ theo bố mẹ đi làm ăn xa"],
    [3, "Thôn Cây Sung", 40, 37, 92.5, 12, 12, 100, null],
  ];
  const merges = [{ top: 3, left: 2, bottom: 3, right: 7 }, { top: 4, left: 2, bottom: 4, right: 4 }, { top: 4, left: 5, bottom: 4, right: 7 }];
  it("judges each sub-heading's rate over its own whole, never the 5-year-olds over all children", () => {
    const r = ok(checkSheet({ name: "S", values: [...head, ...rows], merges } as SheetData, null, { asOf: "2023-05-25" }));
    expect([at(r, 7, 4)?.status, at(r, 9, 4)?.status]).toEqual(["exceeded", "not_met"]);
    expect(at(r, 7, 7)?.status).toBe("met");
  });
  it("asks about a short unit whose remark says a child left with the family; the title block's office is no subject", () => {
    const r = ok(checkSheet({ name: "S", values: [...head, ...rows], merges } as SheetData, null, { asOf: "2023-05-25" }));
    expect(at(r, 8, 7)?.status).toBe("review");
  });
});
