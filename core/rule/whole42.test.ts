// Round 42 (extra42b): extra42 read "toàn bộ"/"tất cả" as the object of an aim's verb ("phấn đấu số hóa toàn bộ hồ sơ")
// as 100% under ĐVT "%"; review42b found it overrode "none left" ("phấn đấu xóa bỏ toàn bộ phòng học tạm" aims at 0%)
// and "không phải tất cả". The widening was taken out for bundle room (it fixed refusals only); these guards keep the
// readings it broke. Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (p: string, a: string, indicator: string, unit = "%") => evaluate(p, a, { indicator, unit }).status;

describe("the whole removed is none left; a whole denied or unnamed is no 100%", () => {
  it("reads none left where the whole is removed", () => {
    const cases: Array<[string, string, string]> = [
      ["Phấn đấu xóa bỏ toàn bộ nhà tạm của giáo viên", "0%", "Tỷ lệ nhà tạm của giáo viên"],
      ["Các xã phải xóa bỏ tất cả các lớp ghép", "0%", "Tỷ lệ lớp ghép"],
      ["Phấn đấu xóa bỏ toàn bộ bếp ăn không đạt chuẩn", "0%", ""],
    ];
    for (const [p, a, ind] of cases) expect(status(p, a, ind), p).toBe("met");
  });
  it("never reads 100% from a denied or an unnamed whole", () => {
    expect(status("Không phải toàn bộ giáo viên được cử đi tập huấn", "70%", "Tỷ lệ giáo viên được cử đi tập huấn")).not.toBe("not_met");
    expect(status("Phấn đấu vận động toàn bộ phụ huynh đóng góp xây trường", "85%", "")).not.toBe("not_met");
  });
});
