// English counts said in the number they count: one status cell written as a fixed label is "1 fixed label", never "1 fixed labels".
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { MemoryWorkbook } from "../host/memory";
import { checkSheet } from "../sheet/check";
import { buildReport } from "../report/build";
import { Session } from "./session";

/** An invented task list: one report done early, one not yet due, its dates as the host's dates. */
const cells: CellValue[][] = [
  ["STT", "Công việc", "Hạn hoàn thành", "Ngày hoàn thành"],
  [1, "Nộp kế hoạch phòng cháy", new Date(Date.UTC(2025, 2, 10)), new Date(Date.UTC(2025, 2, 8))],
  [2, "Nộp sổ theo dõi thư viện", "20/06/2025", ""],
];

describe("English counts agree with their number", () => {
  it("says '1 fixed label' in the written notice when one status cell could not be a formula", async () => {
    const s = new Session(new MemoryWorkbook([{ name: "S", cells }]), { today: "2025-04-01" });
    await s.start();
    await s.choosePlan({ kind: "none" });
    await s.setOptions({ asOf: "2025-04-01", tolerance: 0 });
    s.toStep("sheet");
    await s.openSheet("S");
    await s.write();
    const n = s.written!.fixed.length;
    const en = s.notice!.en;
    expect(en).toMatch(/live formulas?/);
    expect(en).not.toMatch(/\b1 (live formulas|fixed labels)\b/);
    expect(n).toBe(1);
    expect(en).toContain(", 1 fixed label.");
  });

  it("says '1 status cell holds' in the report's notes for one fixed label, and the plural for more", () => {
    const checked = checkSheet({ name: "S", values: cells }, null, { asOf: "2025-04-01" });
    if (!checked.ok) throw new Error(JSON.stringify(checked.error));
    const text = (k: number) => JSON.stringify(buildReport(checked, null, { lang: "en", fixedLabels: k }).notes.cells);
    expect(text(1)).toContain("1 status cell holds a fixed label (no formula could judge its rule); it does not update");
    expect(text(2)).toContain("2 status cells hold a fixed label");
  });
});
