// The shortfalls part says a typed figure in the row's unit: "thực hiện 48 tỷ đồng", never a bare "48".
import { describe, expect, it } from "vitest";
import { checkSheet } from "../sheet/check";
import type { SheetData } from "../sheet/model";
import { buildReport } from "./build";
import { withUnit } from "./data";

describe("a shortfall's figure carries the row's unit", () => {
  it("adds the ĐVT to a bare number, never to a percent or to text that already says its unit", () => {
    expect(withUnit("48", "tỷ đồng")).toBe("48 tỷ đồng");
    expect(withUnit("1.250", "học sinh")).toBe("1.250 học sinh");
    expect(withUnit("64,9", "%")).toBe("64,9");
    expect(withUnit("48 tỷ", "tỷ đồng")).toBe("48 tỷ");
    expect(withUnit("13/28", "trường")).toBe("13/28");
    expect(withUnit("25", "")).toBe("25");
    expect(withUnit("", "trường")).toBe("");
  });

  // Round 42 (extra42): a ĐVT that names the measure, not what it counts in, is no unit to append.
  it("leaves a figure bare under a ĐVT that is no unit (Tỷ lệ, Mức, Hạng, Chỉ số, Số lượng)", () => {
    for (const u of ["Tỷ lệ", "tỉ lệ", "Mức", "Mức độ", "Hạng", "Xếp hạng", "Chỉ số", "Hệ số", "Số lượng", "Ngày/tháng/năm"]) expect(withUnit("0,65", u), u).toBe("0,65");
    expect(withUnit("7,5", "Điểm")).toBe("7,5 Điểm");
    expect(withUnit("12", "Phòng học")).toBe("12 Phòng học");
    expect(withUnit("3,5", "km")).toBe("3,5 km");
    expect(withUnit("40", "giáo viên/lớp")).toBe("40 giáo viên/lớp");
  });

  it("prints 'thực hiện 25 trường' in the report's shortfalls", () => {
    const sheet: SheetData = {
      name: "Số liệu",
      values: [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Số trường đạt chuẩn quốc gia", "trường", "ít nhất 28 trường", 25],
        [2, "Số phòng học kiên cố xây mới", "phòng", "ít nhất 40 phòng", 32],
      ],
    };
    const r = checkSheet(sheet, null, { asOf: "2025-05-31" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const m = buildReport(r, null, {});
    expect(m.data.shortfalls.map((s) => s.actual).sort()).toEqual(["25 trường", "32 phòng"]);
  });
});

describe("a deadline's shortfall says how many days", () => {
  it("late, overdue, in the report's shortfalls", () => {
    const sheet: SheetData = {
      name: "Nhiệm vụ",
      values: [
        ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Kết quả"],
        [1, "Hoàn thành tự đánh giá kiểm định chất lượng", "chậm nhất 30/10/2025", "15/11/2025"],
        [2, "Gửi báo cáo sơ kết học kỳ I", "trước ngày 10/01/2026", ""],
      ],
    };
    const r = checkSheet(sheet, null, { asOf: "2026-01-20" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const gaps = buildReport(r, null, {}).data.shortfalls.map((s) => [s.name.slice(0, 10), s.gap]).sort();
    expect(gaps).toEqual([
      ["Gửi báo cá", "quá hạn 11 ngày"],
      ["Hoàn thành", "trễ 16 ngày"],
    ]);
    expect(buildReport(r, null, { lang: "en" }).data.shortfalls.map((s) => s.gap).sort()).toEqual(["11 days overdue", "16 days late"]);
  });
});

describe("a task not done reads as such", () => {
  it("prints 'chưa hoàn thành', not the reader's bare 'Không'", () => {
    const sheet: SheetData = {
      name: "Nhiệm vụ",
      values: [
        ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Kết quả"],
        [1, "Tổ chức hội thi giáo viên dạy giỏi cấp huyện", "chậm nhất 30/11/2025", "Chưa tổ chức"],
      ],
    };
    const r = checkSheet(sheet, null, { asOf: "2025-12-10" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(buildReport(r, null, {}).data.shortfalls.map((s) => [s.actual, s.gap])).toEqual([["chưa hoàn thành", "quá hạn 10 ngày"]]);
    expect(buildReport(r, null, { lang: "en" }).data.shortfalls.map((s) => s.actual)).toEqual(["not done"]);
  });
});
