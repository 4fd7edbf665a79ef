// A rate formula guarded by ISNUMBER left blank because its count was typed with its noun ("02 em"): the count over
// the whole is the figure, and the reading is said on the verdict; a count above its whole is not read so.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

describe("a count typed with its noun under a guarded rate formula", () => {
  const values: CellValue[][] = [
    ["STT", "Lớp", "Sĩ số", "Học sinh bỏ học", null],
    [null, null, null, "Số em", "Tỷ lệ (%)"],
    [null, "Chỉ tiêu", null, null, "Dưới 2%"],
    [1, "6A", 40, 0, 0],
    [2, "6B", 40, "02 em", ""],
    [3, "6C", 40, "45 em", ""],
  ];
  const formulas = values.map((_, i) => (i >= 3 ? [undefined, undefined, undefined, undefined, `=IF(ISNUMBER(D${i + 1}),ROUND(D${i + 1}/C${i + 1}*100,1),"")`] : []));
  const merges = [{ top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 }];
  const r = ok(checkSheet({ name: "S", values, formulas, merges }, null, { asOf: "2024-05-30" }));
  const at = (row: number) => r.items.find((i) => i.row === row);
  it("judges the count over the whole, and says how it was read", () => {
    expect(at(3)?.status).toBe("met");
    expect(at(4)?.status).toBe("not_met");
    expect(at(4)?.actual).toBe("2/40");
    expect(at(4)?.verdict.warnings.some((w) => /"02 em" đọc là 2\/40/.test(w.message.vi))).toBe(true);
  });
  it("never reads a count above its whole", () => {
    expect(at(5)?.status).not.toBe("not_met");
    expect(at(5)?.status).not.toBe("met");
  });
});
