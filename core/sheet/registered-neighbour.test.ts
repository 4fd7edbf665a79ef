// A unit's registered target column whose heading shares no words with another pairs with the one number column beside
// it only when that column reads as a result in the target's unit and year: never a count of the whole, a count beside
// a share, or another year's result.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const check = (head: string[], rows: CellValue[][], asOf = "2024-06-01") =>
  ok(checkSheet({ name: "S", values: [["STT", "Trường", ...head], ...rows.map((r, i) => [i + 1, `Trường ${"ABC"[i]}`, ...r])] }, null, { asOf }));

describe("a registered target beside one number column", () => {
  it("pairs with a result column", () => {
    const r = check(["Số tiêu chí đạt", "Chỉ tiêu đăng ký năm 2020"], [[18, 19], [19, 19], [15, 19]], "2020-12-01");
    expect(r.items.map((i) => i.status)).toEqual(["not_met", "met", "not_met"]);
  });
  it("never pairs with a count of the whole or a count beside a share", () => {
    expect(check(["Tổng số học sinh", "Chỉ tiêu đăng ký năm học 2023-2024 (%)", "Ghi chú"], [[450, 95, null], [380, 98, null], [300, 97, null]]).items.filter((i) => i.status === "exceeded")).toEqual([]);
    expect(check(["Số lớp", "Chỉ tiêu giao (%)", "Số HS bỏ học"], [[12, 1, "x"], [10, 1, "x"], [9, 1, "x"]]).items.filter((i) => i.status === "exceeded")).toEqual([]);
  });
  it("never pairs with another year's result", () => {
    const r = check(["Kết quả năm học 2022-2023 (%)", "Chỉ tiêu đăng ký năm học 2023-2024 (%)"], [[92, 95], [99, 98], [96, 97]]);
    expect(r.items.filter((i) => i.status === "not_met" || i.status === "exceeded")).toEqual([]);
  });
});
