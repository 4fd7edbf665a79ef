// Norms above a unit table, one row per kind of unit, picked for each unit by the kind its key column names.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { rowEvidence } from "../table/evidence";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import { normRowOf, sameIndicator } from "./norms";
import type { CheckedSheet, CheckResult } from "./types";
import type { Plan } from "../plan/schema";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const sheet = (values: CellValue[][]): SheetData => ({ name: "S", values });
const statusAt = (r: CheckedSheet, row: number, col: number) => r.items.find((i) => i.cell.row === row && i.cell.col === col)?.status;

// Norm block (rows 1-3) over the same columns as the table (rows 5-): the kind in column C picks the norm row.
function regions(opts: { normB?: CellValue[]; normA?: CellValue[]; keyHeading?: string; blockHeads?: CellValue[]; units?: CellValue[][] } = {}): SheetData {
  return sheet([
    ["Chỉ tiêu đến năm 2025:"],
    [null, "Khu vực", null, ...(opts.blockHeads ?? ["Hộ gia đình đạt chuẩn văn hóa", "Thôn đạt chuẩn văn hóa"])],
    [null, "Đồng bằng", null, ...(opts.normA ?? ["Hơn 90%", "Hơn 90%"])],
    [null, "Miền núi", null, ...(opts.normB ?? ["Hơn 85%", "80%"])],
    [],
    ["TT", "Huyện", opts.keyHeading ?? "Khu vực", "Tỷ lệ hộ gia đình đạt chuẩn văn hóa (%)", "Tỷ lệ thôn đạt chuẩn văn hóa (%)", "Ghi chú"],
    ...(opts.units ?? [
      [1, "Huyện A", "Đồng bằng", 91, 89],
      [2, "Huyện B", "Đồng bằng", 90, 95],
      [3, "Huyện C", "Miền núi", 86, 80],
      [4, "Huyện D", "Miền núi", 84, 82],
    ]),
    [null, "Toàn tỉnh", null, 88, 86],
  ]);
}

describe("norm block keyed by a column of the table", () => {
  it("judges each unit against the norm row of its own kind", () => {
    const r = ok(checkSheet(regions(), null, { asOf: "2026-01-20" }));
    // Plains: strict "Hơn 90%" (90 is not above it; 89 under the plains norm though above the mountain 80%).
    expect(statusAt(r, 6, 3)).toBe("met");
    expect(statusAt(r, 6, 4)).toBe("not_met");
    expect(statusAt(r, 7, 3)).toBe("not_met");
    // Mountains: "Hơn 85%" and an inclusive "80%".
    expect(statusAt(r, 8, 3)).toBe("met");
    expect(statusAt(r, 8, 4)).toBe("met");
    expect(statusAt(r, 9, 3)).toBe("not_met");
    expect(statusAt(r, 9, 4)).toBe("exceeded");
    // The key column is no indicator, and the province row is a total, not a unit.
    expect(r.items.some((i) => i.cell.col === 2)).toBe(false);
    expect(r.items.some((i) => i.cell.row === 10)).toBe(false);
    expect(r.layout.decisions?.some((d) => d.vi.includes("bảng mức phía trên"))).toBe(true);
  });

  it("reads plain numbers as norms when the block's headings say the table's indicators", () => {
    const r = ok(checkSheet(regions({ normA: [90, 90], normB: [85, 80] }), null, { asOf: "2026-01-20" }));
    expect(statusAt(r, 8, 4)).toBe("met");
    expect(statusAt(r, 9, 3)).toBe("not_met");
  });

  it("leaves a unit whose kind has no norm row without a target, never judged against another kind's", () => {
    const units: CellValue[][] = [
      [1, "Huyện A", "Đồng bằng", 91, 92],
      [2, "Huyện B", "Đồng bằng", 92, 95],
      [3, "Huyện C", "Miền núi", 86, 81],
      [4, "Huyện E", "Hải đảo", 70, 70],
    ];
    const r = ok(checkSheet(regions({ units }), null, { asOf: "2026-01-20" }));
    expect(statusAt(r, 6, 3)).toBe("met");
    expect(statusAt(r, 9, 3)).toBeUndefined();
    // Said, never dropped: the unit's figures are listed as having no target, and the sheet is not clean.
    expect(r.coverage.notJudged.filter((n) => n.unitName === "Huyện E")).toHaveLength(2);
    expect(r.coverage.complete).toBe(false);
  });

  it("does not take a block whose headings say other indicators", () => {
    const r = checkSheet(regions({ blockHeads: ["Số trường đạt chuẩn quốc gia", "Số giáo viên"] }), null, { asOf: "2026-01-20" });
    if (r.ok) expect(r.layout.decisions?.some((d) => d.vi.includes("bảng mức phía trên")) ?? false).toBe(false);
  });

  it("does not take a block when no column of the table names the kinds", () => {
    const units: CellValue[][] = [
      [1, "Huyện A", "Có", 91, 92],
      [2, "Huyện B", "Không", 92, 95],
      [3, "Huyện C", "Có", 86, 81],
    ];
    const r = checkSheet(regions({ units, keyHeading: "Có xã ĐBKK" }), null, { asOf: "2026-01-20" });
    if (r.ok) expect(r.layout.decisions?.some((d) => d.vi.includes("bảng mức phía trên")) ?? false).toBe(false);
  });
});

describe("sameIndicator", () => {
  it.each([
    ["Hộ gia đình đạt chuẩn gia đình văn hóa", "Tỷ lệ hộ gia đình đạt chuẩn gia đình văn hóa (%)", true],
    ["Xã đạt chuẩn xã văn hóa nông thôn mới", "Tỷ lệ xã đạt chuẩn xã văn hóa nông thôn mới (%)", true],
    ["Thôn đạt chuẩn", "Tỷ lệ hộ nghèo", false],
    ["Hơn 90%", "Tỷ lệ hộ gia đình đạt chuẩn văn hóa", false],
  ])("%s ~ %s → %s", (a, b, want) => {
    expect(sameIndicator(a, b)).toBe(want);
  });

  it("finds a kind's norm row whatever its case and accents", () => {
    expect(normRowOf({ rows: [{ kind: "Đồng bằng", row: 2 }, { kind: "Miền núi", row: 3 }] }, " miền núi ")).toBe(3);
    expect(normRowOf({ rows: [{ kind: "Đồng bằng", row: 2 }] }, "")).toBeUndefined();
  });
});

describe("'Hơn' states a target", () => {
  it("counts 'Hơn 90%' as a target phrase, as 'Trên 90%' is, while '90%' alone is a figure", () => {
    const s = sheet([["Hơn 90%", "Hơn 70%", "90%", "Hơn 100 người", "Trên 90%", "Trên 5%"]]);
    expect(rowEvidence(s, 0, [0, 1]).target).toBe(2);
    // Two digits or one: "trên 90%" as "trên 5%" (the words end after the whole figure).
    expect(rowEvidence(s, 0, [4, 5]).target).toBe(2);
    expect(rowEvidence(s, 0, [2]).target).toBe(0);
    expect(rowEvidence(s, 0, [3]).target).toBe(1);
  });
});

describe("norm block with a plan: a unit whose kind the block lacks", () => {
  const plan: Plan = {
    id: "p",
    title: "Kế hoạch",
    issuer: "UBND TỈNH",
    period: "2021-2025",
    indicators: [
      { id: "ho", section: [], name: "Tỷ lệ hộ gia đình đạt chuẩn văn hóa", level: "all", unit: "%", target: "ít nhất 95%", scope: "unit" },
      { id: "thon", section: [], name: "Tỷ lệ thôn đạt chuẩn văn hóa", level: "all", unit: "%", target: "ít nhất 95%", scope: "unit" },
    ],
    tasks: [],
  };
  const units: CellValue[][] = [
    [1, "Huyện A", "Đồng bằng", 91, 92],
    [2, "Huyện B", "Đồng bằng", 92, 95],
    [3, "Huyện C", "Miền núi", 86, 81],
    [4, "Huyện E", "Hải đảo", 70, 70],
  ];

  it("judges the neighbours on their norms and never judges the unit silently on the plan's target", () => {
    const r = ok(checkSheet(regions({ units }), plan, { asOf: "2026-01-20" }));
    // Neighbours on the norms of their kind, not the plan's 95%.
    expect(statusAt(r, 6, 3)).toBe("met");
    expect(statusAt(r, 8, 3)).toBe("met");
    // Judged on the plan's target (its only stated one), and said on the verdict, naming the kind the block lacks and
    // the target taken, and once among the decisions.
    const e = r.items.find((i) => i.cell.row === 9 && i.cell.col === 3)!;
    expect(e.status).toBe("not_met");
    const said = e.verdict.warnings.map((w) => w.message.vi).join(" ");
    expect(said).toContain('"Hải đảo" không có trong bảng mức');
    expect(said).toContain("chỉ tiêu của kế hoạch (ít nhất 95%)");
    expect(r.layout.decisions?.filter((d) => d.vi.includes('loại "Hải đảo"'))).toHaveLength(1);
    // Units with a norm of their kind have nothing of the sort said.
    expect(r.items.find((i) => i.cell.row === 8 && i.cell.col === 3)!.verdict.warnings.some((w) => w.message.vi.includes("bảng mức"))).toBe(false);
  });
});
