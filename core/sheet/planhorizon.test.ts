// A plan indicator whose name sets a horizon ("… đến năm 2025", "… giai đoạn 2021 - 2025") matched to a figure naming
// no year: before the horizon a short figure is not yet due (never "Chưa đạt"); after it, judged as it stands.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { samplePlan } from "./fixtures";
import { planHorizon } from "./planhorizon";
import type { Plan } from "../plan/schema";

function plan(): Plan {
  const p = samplePlan();
  p.period = "2021-2025";
  p.indicators = [
    { id: "a", section: [], name: "Tỷ lệ hộ dùng nước sạch đến năm 2025", level: "all", unit: "%", target: "từ 95% trở lên", scope: "district" },
    { id: "b", section: [], name: "Số xã đạt chuẩn nông thôn mới giai đoạn 2021 - 2025", level: "all", unit: "xã", target: "12 xã", scope: "district" },
  ] as Plan["indicators"];
  return p;
}
const list: CellValue[][] = [["TT", "Chỉ tiêu", "Thực hiện"], [1, "Tỷ lệ hộ dùng nước sạch", "90%"], [2, "Số xã đạt chuẩn nông thôn mới", 7]];
const units: CellValue[][] = [["TT", "Xã", "Tỷ lệ hộ dùng nước sạch (%)"], [1, "Xã A", 90], [2, "Xã B", 96]];

describe("a horizon in a plan indicator's name", () => {
  it("reads the horizon's last day", () => {
    expect(planHorizon("Tỷ lệ hộ dùng nước sạch đến năm 2025")).toBe("2025-12-31");
    expect(planHorizon("Số xã đạt chuẩn nông thôn mới giai đoạn 2021 - 2025")).toBe("2025-12-31");
    expect(planHorizon("Tỷ lệ trẻ 5 tuổi ra lớp")).toBeNull();
  });
  it("makes a short figure before the horizon not yet due, in a list and in a unit table", () => {
    for (const values of [list, units]) {
      const r = checkSheet({ name: "S", values }, plan(), { asOf: "2022-12-31" });
      if (!r.ok) throw new Error("not ok");
      expect(r.items.filter((i) => i.status === "not_met")).toHaveLength(0);
      expect(r.items.some((i) => i.status === "pending")).toBe(true);
    }
  });
  it("judges a short figure once the horizon is past", () => {
    const r = checkSheet({ name: "S", values: list }, plan(), { asOf: "2026-03-31" });
    if (!r.ok) throw new Error("not ok");
    expect(r.items.map((i) => i.status)).toEqual(["not_met", "not_met"]);
  });
});
