// Round 42 (extra42): "toàn bộ"/"tất cả" as the object of what an aim does ("phấn đấu làm sạch toàn bộ diện tích",
// "phải hoàn thành bàn giao toàn bộ mặt bằng … chậm nhất ngày …") is all of it, 100% under ĐVT "%", as a subject of all
// already was. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (p: string, a: string, indicator: string, unit = "%") => evaluate(p, a, { indicator, unit }).status;

describe("all of what the aim does is the whole", () => {
  it.each([
    ["Phấn đấu số hóa toàn bộ hồ sơ học sinh vào năm 2028", "Tỷ lệ hồ sơ học sinh được số hóa"],
    ["Do đó, phấn đấu kiên cố hóa toàn bộ phòng học trước ngày 31/12/2029", "Tỷ lệ phòng học được kiên cố hóa"],
    ["Các xã phải hoàn thành giải phóng toàn bộ mặt bằng dự án, chậm nhất ngày 15/6/2027.", "Tỷ lệ mặt bằng được giải phóng"],
    ["Trong năm 2027 các trường phải cập nhật tất cả các hồ sơ lên hệ thống", "Tỷ lệ hồ sơ được cập nhật"],
  ])("%s", (p, ind) => {
    expect(status(p, "100%", ind)).toBe("met");
    expect(status(p, "93%", ind)).toBe("not_met");
  });
  it("leaves a whole with its count, another share aimed after it, and a unit not '%' alone", () => {
    expect(status("Tất cả giáo viên đạt chuẩn, phấn đấu đa số trên chuẩn", "70%", "Tỷ lệ giáo viên trên chuẩn")).not.toBe("not_met");
    expect(status("Phấn đấu sửa chữa toàn bộ 14 phòng học xuống cấp", "100%", "Tỷ lệ phòng học được sửa chữa")).not.toBe("met");
    expect(status("Phấn đấu số hóa toàn bộ hồ sơ học sinh vào năm 2028", "450", "Số hồ sơ được số hóa", "hồ sơ")).not.toBe("not_met");
  });
  // Round 42 (extra42b, review42b B2 + M2): the whole removed is none left, not all of it; "không phải tất cả" is never
  // the whole; without an indicator the object of an aim's verb may be another thing than what the % counts.
  it("reads none left where the whole is removed, and no whole where it is denied or unnamed", () => {
    const cases: Array<[string, string, string]> = [
      ["Phấn đấu xóa bỏ toàn bộ nhà tạm của giáo viên", "0%", "Tỷ lệ nhà tạm của giáo viên"],
      ["Các xã phải xóa bỏ tất cả các lớp ghép", "0%", "Tỷ lệ lớp ghép"],
      ["Phấn đấu xóa bỏ toàn bộ bếp ăn không đạt chuẩn", "0%", ""],
    ];
    for (const [p, a, ind] of cases) expect(status(p, a, ind), p).toBe("met");
    expect(status("Không phải toàn bộ giáo viên được cử đi tập huấn", "70%", "Tỷ lệ giáo viên được cử đi tập huấn")).not.toBe("not_met");
    expect(status("Phấn đấu vận động toàn bộ phụ huynh đóng góp xây trường", "85%", "")).not.toBe("not_met");
  });
});
