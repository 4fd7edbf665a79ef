// rv17b: probes of round 17's frequency and timeliness rules that gave a confident wrong verdict.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string) => evaluate(phrase, actual, { lang: "vi" }).status;

describe("a ceiling on '1 lần/N kỳ' stays a ceiling", () => {
  it("'không quá 01 lần/01 tháng' is at most once a month", () => {
    expect(status("Kiểm tra nề nếp không quá 01 lần/01 tháng", "2 lần/tháng")).toBe("not_met");
    expect(status("Kiểm tra nề nếp không quá 01 lần/01 tháng", "1 lần/tháng")).toBe("met");
    expect(status("Kiểm tra đột xuất tối đa 1 lần/1 học kỳ", "3 lần/học kỳ")).toBe("not_met");
  });
  it("'tối đa 1 lần/6 tháng' is never read as at least every six months", () => {
    expect(status("Tổ chức thi thử tối đa 1 lần/6 tháng", "1 lần/năm")).not.toBe("not_met");
    expect(status("Tổ chức thi thử tối đa 1 lần/6 tháng", "2 lần/tháng")).not.toBe("met");
    expect(status("Khám sức khỏe ít nhất 1 lần/6 tháng", "1 lần/năm")).toBe("not_met");
  });
});

describe("timeliness and completeness answers: a denied lack is no 'no', a hedge is no 'yes'", () => {
  const T = "Thực hiện cập nhật cơ sở dữ liệu ngành kịp thời, đầy đủ.";
  it("'Không chậm trễ', 'Không bị trễ hạn', 'Không thiếu' are not read as no", () => {
    for (const a of ["Không chậm trễ", "Không bị trễ hạn", "Không thiếu"]) expect(status(T, a)).not.toBe("not_met");
  });
  it("'Gần đầy đủ', 'Khá kịp thời' are not read as yes", () => {
    for (const a of ["Gần đầy đủ", "Khá kịp thời", "Hơi chậm"]) expect(status(T, a)).not.toBe("met");
  });
  it("plain answers still read", () => {
    expect(status(T, "Đầy đủ")).toBe("met");
    expect(status(T, "Chậm trễ")).toBe("not_met");
    expect(status(T, "Đã cập nhật đầy đủ")).toBe("met");
  });
});
