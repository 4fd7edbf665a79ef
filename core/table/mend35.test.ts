// Round 35 (mend35): a count of months is a term to date only where it is no age and no length (closing28.md).
import { describe, expect, it } from "vitest";
import { readHeader } from "./header";

describe("'N tháng' in a heading", () => {
  it("is no term in an age or a course length", () => {
    expect(readHeader("Trẻ từ 3 tháng đến 36 tháng tuổi").term).toBeUndefined();
    expect(readHeader("Số trẻ 4 tháng được tiêm chủng").term).toBeUndefined();
    expect(readHeader("Đào tạo nghề dưới 3 tháng").term).toBeUndefined();
    expect(readHeader("Lớp bồi dưỡng trên 2 tháng").term).toBeUndefined();
  });
  it("is still a count of months to date", () => {
    expect(readHeader("Lũy kế 10 tháng")).toMatchObject({ role: "actual", term: "todate" });
    expect(readHeader("Thực hiện 11 tháng năm 2034").term).toBe("todate");
    expect(readHeader("Kết quả 7 tháng năm 2034").term).toBe("todate");
  });
});
