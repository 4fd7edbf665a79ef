// Units across the top are each judged only when each column is headed by a unit, and the check says so as it is done.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const merges = [{ top: 0, left: 3, bottom: 0, right: 5 }];

describe("units across the top, said as judged", () => {
  // Invented: three communes' results under one heading, one target per row.
  const values: CellValue[][] = [
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2039", "Thực hiện năm 2039", null, null],
    [null, null, null, "Xã Hòa Bắc", "Xã Hòa Liên", "Xã Hòa Ninh"],
    [1, "Tỷ lệ hộ dùng điện lưới (%)", "Từ 98% trở lên", 99.1, 96.4, 98.5],
  ];
  const r = ok(checkSheet({ name: "Theo xa", values, merges }, null, { asOf: "2040-01-15" }));

  it("names every unit column as judged, never 'column D, not E, F'", () => {
    const said = (r.layout.decisions ?? []).map((d) => d.vi).join(" ");
    expect(said).toMatch(/Các cột D–F ghi số thực hiện của 3 đơn vị \(Xã Hòa Bắc, Xã Hòa Liên, Xã Hòa Ninh\): mỗi đơn vị được đánh giá/);
    expect(said).not.toMatch(/không dùng E/);
    expect(r.items.find((i) => i.unitName === "Xã Hòa Liên")?.status).toBe("not_met");
  });

  it("asks on the row's own cell where units differ, pointing to each unit's verdict, not to --map", () => {
    const row = r.items.find((i) => i.cell.col === 3);
    expect(row?.status).toBe("review");
    expect(row?.verdict.explanations.vi).toMatch(/các đơn vị khác nhau, xem kết quả từng đơn vị/);
    expect(row?.verdict.explanations.vi).not.toMatch(/--map/);
  });

  it("judges no column as a unit where the columns name what is measured ('Điểm TB | Thứ hạng')", () => {
    const measured: CellValue[][] = [
      ["TT", "Môn", "Năm 2038", null, "Năm 2039", null, "Chỉ tiêu năm 2039"],
      [null, null, "Điểm TB", "Thứ hạng", "Điểm TB", "Thứ hạng", null],
      [1, "Toán", 6.1, 11, 6.4, 9, "Từ 5 trở lên"],
      [2, "Ngữ văn", 6.6, 7, 6.2, 12, "Từ 5 trở lên"],
    ];
    const spans = [0, 2, 4].map((c) => ({ top: 0, left: c === 0 ? 6 : c, bottom: c === 0 ? 1 : 0, right: c === 0 ? 6 : c + 1 }));
    const m = ok(checkSheet({ name: "S", values: measured, merges: spans }, null, { asOf: "2039-08-01" }));
    expect(m.layout.shape === "list" && m.layout.tied?.length).toBe(1);
    expect(m.items.filter((i) => i.unitName === "Thứ hạng" || i.unitName === "Điểm TB")).toEqual([]);
  });
});

describe("the report's rows for units across the top", () => {
  it("name each unit beside its indicator, and leave the row's own question unnamed", async () => {
    const { buildReportData } = await import("../report/data");
    const { DEFAULT_TEMPLATE } = await import("../report/build");
    const values: CellValue[][] = [
      ["TT", "Chỉ tiêu", "Kế hoạch năm 2039", "Thực hiện năm 2039", null, null],
      [null, null, null, "Xã Hòa Bắc", "Xã Hòa Liên", "Xã Hòa Ninh"],
      [1, "Tỷ lệ hộ dùng điện lưới (%)", "Từ 98% trở lên", 99.1, 96.4, 98.5],
    ];
    const r = ok(checkSheet({ name: "Theo xa", values, merges }, null, { asOf: "2040-01-15" }));
    const names = buildReportData(r, null, DEFAULT_TEMPLATE, { date: "2040-01-15" }).sections.flatMap((s) => s.rows.map((x) => `${x.name} | ${x.status}`));
    expect(names).toContain("Xã Hòa Liên – Tỷ lệ hộ dùng điện lưới (%) | not_met");
    expect(names).toContain("Tỷ lệ hộ dùng điện lưới (%) | review");
  });
});

describe("columns named as a reader names them", () => {
  it("names a run of neighbouring columns by its ends and columns apart one by one", async () => {
    const { columnSpan } = await import("./a1");
    expect(columnSpan([5, 6, 7, 8])).toBe("F–I");
    expect(columnSpan([4, 6])).toBe("E, G");
    expect(columnSpan([3])).toBe("D");
  });
});
