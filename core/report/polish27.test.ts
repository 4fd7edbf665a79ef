// What the clerk reads says what was read, what was not and why, in one wording on every surface (the CLI's lines,
// the panes' lists, the report's notes sheet). Every sheet here is invented.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "../sheet/check";
import type { SheetData } from "../sheet/model";
import type { CheckedSheet } from "../sheet/types";

const check = (sheet: SheetData, asOf = "2026-06-30"): CheckedSheet => {
  const r = checkSheet(sheet, null, { asOf });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};

describe("a figure in a column with no role", () => {
  it("is told to map the column it is in, not a fixed letter", () => {
    const r = check({ name: "Y tế", values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú", "Ghi chú thêm"],
      [1, "Tỷ lệ trạm y tế có bác sĩ", "%", "ít nhất 90%", null, null, "92%"],
      [2, "Số thôn có nhân viên y tế", "thôn", "12 thôn", 12, null, null],
    ] as CellValue[][] });
    const n = r.coverage.notJudged.find((x) => x.reason === "unread_figure");
    expect(n?.message.vi).toMatch(/ở cột G .*--map "thực hiện=G"/);
    expect(n?.message.en).toMatch(/column G .*--map "thực hiện=G"/);
  });
});
