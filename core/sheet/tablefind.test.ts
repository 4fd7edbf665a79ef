// Tables the reader did not find (issue 11, sheet14a): a target named by the body that set it, a name heading merged
// over two columns, ditto marks in ĐVT, a count against a share with no whole, targets listed on another sheet, and a
// count with its share in the row below.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { readHeader } from "../table/header";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult, ListLayout } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statuses = (r: CheckedSheet) => r.items.map((i) => [i.name, i.status]);

describe("a target heading named by the body that set it", () => {
  it("reads 'Chỉ tiêu PGD giao', 'Chỉ tiêu Sở giao', 'Kế hoạch UBND huyện giao' as targets, whatever the bracket after", () => {
    expect(readHeader("Chỉ tiêu PGD giao (số liệu đầu năm học 2017-2018)").role).toBe("target");
    expect(readHeader("Chỉ tiêu Sở giao").role).toBe("target");
    expect(readHeader("Kế hoạch UBND huyện giao").role).toBe("target");
    expect(readHeader("KH cấp trên giao").role).toBe("target");
  });
  it("leaves a list of assigned tasks a name column, never a target", () => {
    expect(readHeader("Chỉ tiêu, nhiệm vụ được giao").role).not.toBe("target");
  });
});

describe("a start-of-year return: 'Nội dung' merged over two columns, ditto marks in ĐVT", () => {
  const values: CellValue[][] = [
    ["Nội dung", null, "Đơn vị tính", "Chỉ tiêu PGD giao", "Tổng số"],
    ["1. Số nhóm trẻ", null, "Nhóm", 4, 4],
    ["Trong tổng số", "- Nhóm học 2 buổi/ngày", '"', 3, 2],
    [null, "- Nhóm bán trú", '"', 3, 3],
    ["2. Số trẻ ra lớp", null, "Trẻ", 95, 88],
    [null, "- Nhà trẻ", '"', 40, 38],
    [null, "- Trẻ 5 tuổi học 2 buổi/ngày", '"', "100%", 92],
    [null, "Tỷ lệ huy động", "%", 96, 96.8],
  ];
  const sheet: SheetData = { name: "Bieu 1", values, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 1, left: 0, bottom: 1, right: 1 }, { top: 4, left: 0, bottom: 4, right: 1 }] };
  const r = ok(checkSheet(sheet, null));

  it("reads each row's name from whichever of the two columns it writes", () => {
    expect((r.layout as ListLayout).nameAlt).toBeDefined();
    expect(statuses(r).map((x) => x[0])).toContain("1. Số nhóm trẻ");
    expect(statuses(r)).toContainEqual(["- Nhóm học 2 buổi/ngày", "not_met"]);
  });
  it("asks about a whole count of the row's own unit (a ditto of 'Trẻ') against a share with no whole, never reads it as 92%", () => {
    const it5 = r.items.find((i) => i.name.includes("Trẻ 5 tuổi"));
    expect(it5?.status).toBe("review");
    expect(r.items.find((i) => i.name === "Tỷ lệ huy động")?.status).toBe("exceeded");
  });
  it("judges a count against a target that writes its own whole ('28/28 trường' with 26): nothing to ask", () => {
    const own: SheetData = { name: "KQ", values: [["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], [1, "Trường đạt chuẩn quốc gia", "trường", "28/28 trường", 26], [2, "Trường có thư viện đạt chuẩn", "trường", "28/28 trường", 28]] };
    expect(statuses(ok(checkSheet(own, null)))).toEqual([["Trường đạt chuẩn quốc gia", "not_met"], ["Trường có thư viện đạt chuẩn", "met"]]);
  });
  it("asks nothing where the row's name says it is a share ('Tỷ lệ …'); the question names the unit in lower case", () => {
    const s: SheetData = { name: "S", values: [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Thực hiện"], ["1", "Trẻ 5 tuổi học 2 buổi/ngày", "Trẻ", "100%", 92], ["2", "Tỷ lệ học sinh lên lớp", "Học sinh", "98%", 99], ["3", "Tỉ lệ trẻ suy dinh dưỡng", "Trẻ", "Dưới 3%", 4]] };
    const q = ok(checkSheet(s, null));
    expect(statuses(q)).toEqual([["Trẻ 5 tuổi học 2 buổi/ngày", "review"], ["Tỷ lệ học sinh lên lớp", "exceeded"], ["Tỉ lệ trẻ suy dinh dưỡng", "not_met"]]);
    expect(q.items[0].verdict.explanations.vi).toMatch(/^Cần xác nhận: 92 là số trẻ,/);
  });
});

describe("targets listed by name on another sheet", () => {
  const targets: SheetData = {
    name: "Chỉ tiêu NH 2022-2023",
    values: [
      ["CHỈ TIÊU CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2022-2023"],
      [],
      ["TT", "Nội dung", "Chỉ tiêu"],
      [1, "Học sinh học 2 buổi/ngày", "100%"],
      [2, "Học sinh ở lại lớp", "Không quá 2%"],
      [3, "Học sinh bỏ học", "Không có học sinh bỏ học"],
    ],
  };
  const results: SheetData = {
    name: "Biểu mẫu 06",
    values: [
      ["STT", "Nội dung", "Tổng số"],
      ["I", "Tổng số học sinh", 412],
      ["II", "Số học sinh học 2 buổi/ngày", 412],
      [null, "(tỷ lệ so với tổng số)", 1],
      ["III", "Học sinh ở lại lớp", 7],
      [null, "(tỷ lệ so với tổng số)", 0.017],
      ["IV", "Số học sinh bỏ học", 1],
      [null, "(tỷ lệ so với tổng số)", 0.0024],
    ],
    formats: [[], [], [], [undefined, undefined, "0.0%"], [], [undefined, undefined, "0.0%"], [], [undefined, undefined, "0.0%"]],
  };

  it("checks the figures against that list, matched by name, and says where the targets came from", () => {
    const r = ok(checkSheet(results, null, { siblings: [targets] }));
    expect(r.layout.targetsFrom).toBe("Chỉ tiêu NH 2022-2023");
    expect(r.layout.decisions?.map((d) => d.vi).join(" ")).toMatch(/lấy chỉ tiêu từ trang "Chỉ tiêu NH 2022-2023"/);
    // A count with its share in the row below is one figure: a share target is judged on the share (7 pupils = 1,7%).
    expect(statuses(r)).toContainEqual(["Học sinh ở lại lớp", "met"]);
    expect(statuses(r)).toContainEqual(["Số học sinh học 2 buổi/ngày", "met"]);
    expect(statuses(r)).toContainEqual(["Số học sinh bỏ học", "not_met"]);
    // The share rows are part of their count, never rows of their own.
    expect(r.items.some((i) => i.name.startsWith("("))).toBe(false);
  });
  it("keeps a share row with its own target as a row of its own, named with its count", () => {
    const pct = [undefined, undefined, "0.0%", "0.0%"];
    const r = ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], ["1", "Số học sinh lên lớp", 400, 405], [null, "(tỷ lệ so với tổng số)", 0.98, 0.971], ["2", "Số trẻ ra lớp", 120, 121], [null, "(tỷ lệ %)", "", 0.99]], formats: [[], [], pct, [], pct] }, null, { asOf: "2025-06-01" }));
    expect(statuses(r)).toEqual([["Số học sinh lên lớp", "exceeded"], ["Số học sinh lên lớp (tỷ lệ so với tổng số)", "not_met"], ["Số trẻ ra lớp", "exceeded"]]);
  });
  it("stays out when the sheet has its own targets, or the other sheet is not titled as targets", () => {
    const own = ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Kế hoạch", "Thực hiện"], [1, "Học sinh ở lại lớp", "Không quá 3%", 0.017]], formats: [[], [undefined, undefined, undefined, "0.0%"]] }, null, { siblings: [targets] }));
    expect(own.layout.targetsFrom).toBeUndefined();
    const plain = checkSheet(results, null, { siblings: [{ ...targets, name: "Sheet2", values: targets.values.slice(2) }] });
    expect(plain.ok && plain.coverage.judged > 0).toBe(false);
  });
  it("takes the list of the sheet's own year, never another year's; two that nothing tells apart are refused, named", () => {
    const list = (name: string, t: string): SheetData => ({ name, values: [["TT", "Nội dung", "Chỉ tiêu"], [1, "Học sinh ở lại lớp", t]] });
    const kq = (name: string): SheetData => ({ name, values: [["STT", "Nội dung", "Thực hiện"], [1, "Học sinh ở lại lớp", "3%"]] });
    const [y22, y23] = [list("Chỉ tiêu NH 2022-2023", "Không quá 5%"), list("Chỉ tiêu NH 2023-2024", "Không quá 2%")];
    for (const sib of [[y22, y23], [y23, y22]]) {
      const r = ok(checkSheet(kq("Kết quả NH 2023-2024"), null, { siblings: sib }));
      expect([r.layout.targetsFrom, statuses(r)]).toEqual(["Chỉ tiêu NH 2023-2024", [["Học sinh ở lại lớp", "not_met"]]]);
    }
    expect(ok(checkSheet(kq("Kết quả NH 2024-2025"), null, { siblings: [y22] })).layout.targetsFrom).toBeUndefined();
    const two = checkSheet(kq("Kết quả"), null, { siblings: [list("Chỉ tiêu trường A", "Không quá 5%"), list("Chỉ tiêu trường B", "Không quá 2%")] });
    expect(two.ok && two.coverage.judged).toBe(0);
    expect(two.ok && two.layout.decisions?.map((d) => d.vi).join(" ")).toMatch(/"Chỉ tiêu trường A", "Chỉ tiêu trường B" đều ghi chỉ tiêu/);
  });
});
