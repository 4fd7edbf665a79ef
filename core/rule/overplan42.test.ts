// Round 42 (phrases29): a cell typed as the result over the plan ("80,5ha/22ha", "789/785"), whose second figure is the
// target's own, against a count or a measure, is judged on its first figure, even above the plan. A share over some
// other whole stays invalid when it passes it. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string) => evaluate(phrase, actual, {}).status;

describe("a result over its plan typed as one pair", () => {
  it("judges the first figure against the plan the second repeats", () => {
    expect(status("Trồng mới 35 ha rừng phòng hộ", "41,2ha/35ha")).toBe("exceeded");
    expect(status("Trồng mới 35 ha rừng phòng hộ", "30/35 ha")).toBe("not_met");
    expect(status("Hoàn thành xây dựng 240 công trình vệ sinh", "251/240")).toBe("exceeded");
    expect(status("Kiên cố hóa ít nhất 18 km kênh mương", "19,5 km/18 km")).toBe("exceeded");
  });
  it("keeps a pair over another whole invalid, and a rate's share within its whole", () => {
    expect(status("Trồng mới 35 ha rừng phòng hộ", "41/30 ha")).toBe("invalid");
    expect(status("Tỷ lệ xã đạt chuẩn đạt 80%", "30/28 xã")).toBe("invalid");
  });
});
