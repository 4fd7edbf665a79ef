// A conclusion column beside its parts that the all-pass rule does not judge (no rule on the sheet, or one that is not
// "all of these parts") leaves nothing judged: the check says so on the conclusion column, never nothing at all.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

function grid(rule: string | null): CellValue[][] {
  const Y = "Đạt";
  const N = "Không đạt";
  return [
    ["Tiêu chí", "Nội dung", "Kết quả các yêu cầu", null, "Kết luận (Đạt / Không đạt)", "Ghi chú"],
    [null, null, "Yêu cầu 1", "Yêu cầu 2", null, null],
    ["1", "Hồ sơ", Y, Y, Y, null],
    ["2", "Cơ sở vật chất", Y, N, Y, null],
    ["3", "Đội ngũ", N, N, N, null],
    [null, null, null, null, null, null],
    ...(rule ? [[rule]] : []),
  ];
}
const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 4, bottom: 1, right: 4 }, { top: 0, left: 5, bottom: 1, right: 5 }];

describe("conclusions the all-pass rule does not judge are said, not silent", () => {
  it.each<[string, string | null, RegExp]>([
    ["no rule on the sheet", null, /không nêu khi nào kết luận là đạt/],
    ["a rule that is not all of the parts", "Tiêu chí được đánh giá đạt khi đủ 1/2 yêu cầu đạt.", /không nói kết luận đạt khi tất cả/],
  ])("%s", (_, rule, says) => {
    const r = ok(checkSheet({ name: "S", values: grid(rule), merges }, null, { asOf: "2024-05-30" }));
    expect(r.items).toHaveLength(0);
    expect(r.coverage.notJudgedTotal).toBe(3);
    expect(r.coverage.notJudged[0]).toMatchObject({ reason: "unstated_rule", cell: { row: 2, col: 4 } });
    expect(r.coverage.notJudged[0].message.vi).toMatch(says);
  });
  it("still judges the conclusions when the rule is all of the parts", () => {
    const r = ok(checkSheet({ name: "S", values: grid("Tiêu chí được đánh giá đạt khi tất cả các yêu cầu đạt."), merges }, null, { asOf: "2024-05-30" }));
    expect(r.items.map((i) => i.status)).toEqual(["met", "not_met", "not_met"]);
    expect(r.coverage.notJudged.some((n) => n.reason === "unstated_rule")).toBe(false);
  });
});
