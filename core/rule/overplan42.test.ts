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

// Round 42 (phrases29b, after review42a): only a pair with no unit or the target's own (or one it converts to), under
// ten times its plan, is a result over plan. Every phrase and figure here is invented.
describe("a pair in another unit or noun is no result over plan", () => {
  it("keeps a pair in another unit, of another noun or per another whole invalid", () => {
    expect(status("Trồng mới 40 ha cây ăn quả", "46/40 tấn")).toBe("invalid");
    expect(status("Xây mới 8 phòng học", "9/8 trường")).toBe("invalid");
    expect(status("Duy trì 30 nhóm trẻ", "900 trẻ/30 nhóm")).toBe("invalid");
  });
  it("keeps a pair ten times its plan or more invalid", () => {
    expect(status("Duy trì 28 lớp bán trú", "1.050/28")).toBe("invalid");
    expect(status("Xây dựng 12 phòng học bộ môn", "130/12")).toBe("invalid");
  });
  it("still reads a pair of the target's own noun", () => {
    expect(status("Xây mới 8 phòng học", "9/8 phòng học")).toBe("exceeded");
  });
});
