// Round-15 review (rv15c): a part-period cap on events passed for good only for a plain count of events; a "Chờ …"
// result pending only when nothing else in the cell decides and the row's own deadline has not passed; a "no" opening
// that the same cell contradicts is asked, never 0.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { parseTargetCached } from "../rule/parse";
import { checkSheet } from "./check";
import { answerAsCount, noThenYes } from "./judge";
import type { CheckResult } from "./types";

const items = (r: CheckResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.items;
};

describe("a cap on events in a six-month report", () => {
  const status = (name: string, target: CellValue, actual: CellValue) =>
    items(checkSheet({ name: "6 thang", values: [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2009"], [],
      ["TT", "Chỉ tiêu", "Kế hoạch năm 2009", "Thực hiện 6 tháng"],
      [1, name, target, actual],
    ] }, null, { asOf: "2009-07-10", period: "2009" } as never))[0]?.status;
  it.each<[string, CellValue, CellValue, string]>([
    // A plain count of events already over its cap is missed for good.
    ["Số vụ tai nạn giao thông", "Không quá 5", 7, "not_met"],
    ["Số vụ cháy rừng", "Không quá 2", 3, "not_met"],
    // A rate, an average or a figure per a base is not a count that only grows: not yet settled.
    ["Tỷ lệ sinh con thứ 3 trở lên (%)", "Dưới 5%", "6%", "review"],
    ["Số ca mắc sốt xuất huyết/100.000 dân", "Không quá 50", 60, "pending"],
    ["Số lượt bệnh nhân khám chữa bệnh trung bình/ngày", "Không quá 200", 220, "pending"],
    ["Số lần mất điện bình quân/tháng", "Không quá 2", 3, "pending"],
    ["Số lượt khách du lịch bình quân mỗi tuần", "Không quá 400", 450, "pending"],
  ])("%s %s with %s → %s", (name, target, actual, want) => expect(status(name, target, actual)).toBe(want));
});

describe("a result awaiting another's check", () => {
  const at = (target: CellValue, actual: CellValue, name = "Trường đạt chuẩn") =>
    items(checkSheet({ name: "S", values: [["TT", "Nội dung", "Chỉ tiêu", "Kết quả"], [1, name, target, actual]] }, null, { asOf: "2026-06-01", period: "năm học 2025-2026" } as never))[0]?.status;
  it.each<[CellValue, CellValue, string]>([
    // Nothing else said, the period still running: not yet due.
    ["Đạt cấp độ 2", "Chờ Sở kiểm tra", "pending"],
    ["Đạt", "Chờ quyết định công nhận", "pending"],
    // The row's own deadline has passed: asked, never pending.
    ["Trước 30/10/2025", "Chờ Sở kiểm tra", "review"],
    ["Trước 30/3/2026", "Đang chờ phê duyệt", "review"],
    // A word beside it decides: judged on the cell (as before round 15), never pending.
    ["Đạt", "Chờ công nhận, đoàn kiểm tra kết luận chưa đạt", "not_met"],
    ["Hoàn thành trước 31/12/2025", "Chờ phê duyệt kinh phí, chưa triển khai", "review"],
  ])("%s with %s → %s", (target, actual, want) => expect(at(target, actual)).toBe(want));
  it("a decided cell is not pending", () => {
    for (const actual of ["Chờ kết quả, Sở trả lại hồ sơ", "Chờ Sở công nhận, không đạt tiêu chí 3"]) expect(at("Đạt", actual)).not.toBe("pending");
  });
});

describe("a no opening the same cell contradicts", () => {
  const parsed = parseTargetCached("1");
  const one = parsed.ok ? parsed.rule : "";
  it.each<[string, CellValue]>([
    ["Chưa có QĐ nhưng đã được Sở kiểm tra đạt", "Chưa có QĐ nhưng đã được Sở kiểm tra đạt"],
    ["Chưa có quyết định (đã đạt, chờ Sở ký)", "Chưa có quyết định (đã đạt, chờ Sở ký)"],
    ["Chưa được công nhận, tuy nhiên đoàn kiểm tra đánh giá đạt", "Chưa được công nhận, tuy nhiên đoàn kiểm tra đánh giá đạt"],
    ["Chưa có QĐ công nhận (có biên bản kiểm tra)", "Chưa có QĐ công nhận (có biên bản kiểm tra)"],
    // A plain no, or a no with a reason, stays 0.
    ["Chưa có QĐ công nhận", 0],
    ["Không đạt do chưa đạt tiêu chí về phòng học", 0],
    ["Chưa có QĐ (chưa có biên bản)", 0],
    ["Chưa đạt, còn thiếu phòng học bộ môn", 0],
    ["Không được công nhận lại do thiếu GV, đang bổ sung", 0],
  ])("answerAsCount(1, %s) → %s", (cell, want) => expect(answerAsCount(one, cell)).toEqual(want));
  it("is no reading of another target", () => expect(noThenYes(one === "" ? "" : { ...one, value: 20 } as never, "Chưa có QĐ, đã đạt")).toBe(false));
  it("is asked in a sheet, never 0", () => {
    const got = items(checkSheet({ name: "S", values: [
      ["TT", "Nội dung", "Chỉ tiêu", "Kết quả"],
      [1, "Trường đạt chuẩn quốc gia", 1, "Chưa có quyết định (đã đạt, chờ Sở ký)"],
      [2, "Trường đạt chuẩn quốc gia", 1, "Chưa có QĐ, Sở đã kiểm tra đạt chuẩn"],
      [3, "Sáng kiến kinh nghiệm cấp huyện", 1, "Không đạt cấp huyện nhưng đạt cấp trường"],
      [4, "Trường đạt chuẩn quốc gia", 1, "Chưa có QĐ công nhận"],
    ] }, null, { asOf: "2026-06-01", period: "năm học 2025-2026" } as never));
    expect(got.map((i) => i.status)).toEqual(["review", "review", "review", "not_met"]);
  });
});

describe("a bare plan figure for births or events heading a unit matrix", () => {
  const merges = [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }];
  const got = (a: string, b: string) => items(checkSheet({ name: "S", merges, values: [
    ["STT", "Xã", "Kế hoạch 2024", null, "Thực hiện 2024", null],
    [null, null, a, b, a, b],
    [1, "Xã A", 300, 2, 280, 1],
    [2, "Xã B", 250, 1, 260, 3],
  ] } as never, null, { asOf: "2025-01-20" } as never)).map((i) => i.status);
  // No direction word: asked where floor and ceiling differ; a harm word ("tử vong") is a ceiling as before.
  it("births", () => expect(got("Số trẻ sinh ra", "Số ca tử vong")).toEqual(["review", "review", "met", "not_met"]));
  it("events", () => expect(got("Số vụ hòa giải", "Số học sinh giỏi")).toEqual(["review", "review", "not_met", "exceeded"]));
});
