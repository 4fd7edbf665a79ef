// Tables the reader did not find or judged wrongly (issue 11, sheet18a): agencies × reporting periods with each
// period's deadline in a second header row, "-" where an agency owes nothing, "Đã gửi" without a day.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { readHeader } from "../table/header";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const byCell = (r: CheckedSheet) => Object.fromEntries(r.items.map((i) => [`${i.cell.row},${i.cell.col}`, i.status]));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("agencies heading a matrix's units", () => {
  it.each(["Cơ quan cung cấp", "Cơ quan báo cáo", "Sở, ban, ngành", "Cơ quan, đơn vị", "Cơ quan"])("reads %s as the unit column", (h) => {
    expect(readHeader(h).role).toBe("unitName");
  });
  it("keeps the lead of a task list a lead", () => {
    expect(readHeader("Cơ quan chủ trì").role).not.toBe("unitName");
  });
});

describe("agencies × periods, each period's deadline in a second header row", () => {
  const head: CellValue[][] = [
    ["TT", "Cơ quan cung cấp", "Tháng 5/2024", "Tháng 6/2024", "Tháng 7/2024", "Ghi chú"],
    [null, null, "Chậm nhất ngày 10/6/2024", "Chậm nhất ngày 10/7/2024", "Chậm nhất ngày 10/8/2024", null],
  ];
  const merges = [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 5, bottom: 1, right: 5 }];
  const rows: CellValue[][] = [
    [1, "Sở Tài chính", d("2024-06-07"), d("2024-07-10"), d("2024-08-02"), null],
    [2, "Sở Công Thương", d("2024-06-12"), "Đã gửi", null, null],
    [3, "Sở Y tế", "-", null, "Chưa gửi", "Chỉ cung cấp kỳ 6 tháng"],
    [4, "Công an tỉnh", d("2024-06-10"), d("2024-07-11"), d("2024-08-05"), null],
  ];
  const r = ok(checkSheet({ name: "Theo doi", values: [...head, ...rows], merges }, null, { asOf: "2024-08-05" }));

  it("finds the table and judges each day against its column's deadline, the last day included", () => {
    expect(byCell(r)).toMatchObject({ "2,2": "met", "2,3": "met", "2,4": "met", "3,2": "not_met", "5,3": "not_met", "5,2": "met" });
  });
  it("leaves a '-' unjudged, and reads a blank past due as overdue where '-' marks what is not owed", () => {
    expect(byCell(r)["4,2"]).toBeUndefined();
    expect(byCell(r)["4,3"]).toBe("overdue");
    expect(byCell(r)["3,4"]).toBe("pending");
    expect(byCell(r)["4,4"]).toBe("pending");
  });
  it("asks about 'Đã gửi' without a day where the others sent write days, '-' and 'Chưa gửi' aside", () => {
    expect(byCell(r)["3,3"]).toBe("review");
  });
  it("keeps a blank past due as no data where nothing marks what is not owed", () => {
    const plain = rows.map((x) => x.map((v) => (v === "-" ? d("2024-06-01") : v)));
    const q = ok(checkSheet({ name: "Theo doi", values: [...head, ...plain], merges }, null, { asOf: "2024-08-05" }));
    expect(byCell(q)["4,3"]).toBe("no_data");
  });
});
