// A block of yes/no answers inside a table: a line heading two columns "Có | Không", and each row below answered by
// its mark, whatever roles the table's own header gave those columns ("x" under Không is the answer "Không").
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import type { CheckedSheet } from "./types";

const check = (values: CellValue[][]): CheckedSheet => {
  const r = checkSheet({ name: "CSVC", values }, null, { asOf: "2024-10-01" });
  if (!r.ok) throw new Error(r.error.message.en);
  return r;
};

describe("yes/no answers marked under a 'Có | Không' line inside a table", () => {
  const values: CellValue[][] = [
    ["STT", "Nội dung", "Số lượng", "Bình quân", "Mức quy định"],
    ["I", "Số phòng học/số lớp", "12/12", "1,4 m2/trẻ", "1 phòng/lớp"],
    ["II", "Số bộ đồ chơi ngoài trời", 6, null, "Tối thiểu 5 bộ"],
    [null, "Nội dung", "Có", "Không", null],
    ["III", "Hệ thống camera giám sát", "x", null, "Có"],
    ["IV", "Phòng y tế riêng", null, "x", "Có"],
    ["V", "Bếp một chiều", null, null, "Có"],
  ];

  it("reads a mark under Không as the answer 'Không', even in a column the header named otherwise", () => {
    const r = check(values);
    const by = (name: string) => r.items.find((i) => i.name === name);
    expect(by("Hệ thống camera giám sát")?.status).toBe("met");
    expect(by("Phòng y tế riêng")?.status).toBe("not_met");
    expect(by("Phòng y tế riêng")?.cell).toEqual({ row: 5, col: 3 });
    // No mark: no answer yet, never a guess.
    expect(by("Bếp một chiều")?.status).toBe("no_data");
  });

  it("never takes the heading line for a row of its own", () => {
    const r = check(values);
    expect(r.items.map((i) => i.name)).not.toContain("Nội dung");
    expect(r.coverage.notJudged.map((n) => n.name)).not.toContain("Nội dung");
  });

  it("leaves a row answering with its own words alone: 'Có' and 'Không' in a row with a name are figures, not a heading", () => {
    const r = check([["STT", "Nội dung", "Thực hiện", "Kế hoạch"], [1, "Có phòng y tế", "Không", "Có"], [2, "Có bếp một chiều", "Có", "Có"]]);
    expect(r.items.map((i) => i.status)).toEqual(["not_met", "met"]);
  });
});
