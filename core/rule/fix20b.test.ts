// fix20b (issue 10): holdout15's non-compound classes — bands under a "%" column, growth bands, bounds named before
// "còn", exemptions, set terms in school years, dates written "tháng 12.2021", start days with a length.
// Invented phrases, not copies of corpus rows: each case pins one general rule, with a neighbour that must not change.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | null, indicator?: string, unit?: string, baseline?: string) =>
  evaluate(phrase, actual, { indicator, unit, baseline, lang: "vi" }).status;

describe("a band of bare figures under a '%' column is a band of percents", () => {
  it("'8,0 - 8,5' under '%' judges typed percents (was: invalid, a rate for a count)", () => {
    expect(status("8,0 - 8,5", "8,2%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("met");
    expect(status("8,0 - 8,5", "7,6%", "Tỷ lệ lao động qua đào tạo nghề", "%")).toBe("not_met");
  });
  it("neighbour: the same band under a count column stays a count", () => {
    expect(status("40 - 45", "42 trường", "Số trường đạt chuẩn", "trường")).toBe("met");
  });
});

describe("a band of growth may be a floor whose top is only hoped for: above it is asked about", () => {
  it("'tốc độ tăng trưởng … đạt 7,5%-8%/năm' above the band asks; inside and below judge", () => {
    const p = "Phấn đấu tốc độ tăng trưởng giá trị sản xuất nông nghiệp bình quân giai đoạn 2026-2030 là 7,5%-8%/năm";
    expect(status(p, "8,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("review");
    expect(status(p, "7,7%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("met");
    expect(status(p, "6,9%", "Tốc độ tăng trưởng nông nghiệp", "%")).toBe("not_met");
  });
  it("a bare band in a table cell whose indicator names growth", () => {
    expect(status("9,0 – 9,5", "9,9%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("review");
    expect(status("9,0 – 9,5", "9,2%", "Tăng trưởng GRDP tỉnh 2026", "%")).toBe("met");
  });
  it("neighbour: a share held inside its band ('chiếm 30 - 35%') is still a band both of whose ends count", () => {
    expect(status("tỷ trọng công nghiệp chiếm 30 - 35% cơ cấu kinh tế", "38%", "Tỷ trọng công nghiệp trong cơ cấu kinh tế", "%")).toBe("not_met");
  });
});
