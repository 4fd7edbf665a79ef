// Round 40 (direction40): which way a limit points in norms — a ratio written thing-first, a cost, a processing time.
// (Losses, unit-sorting qualifiers and 'được bố trí' posts were held back after review40a.) Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

const status = (phrase: string, actual: string | number | null, indicator?: string, unit?: string) => evaluate(phrase, actual, { indicator, unit }).status;

describe("one thing for so many learners is at most that many learners per thing", () => {
  const cases: Array<[string, string, string]> = [
    ["Bình quân 1 máy tính/25 học sinh", "Số học sinh bình quân trên một máy tính", "học sinh"],
    ["ít nhất 1 bồn rửa tay/30 trẻ", "Định mức thiết bị vệ sinh", "trẻ"],
    ["đảm bảo 01 máy tính/28 học sinh", "Thiết bị dạy học", "học sinh"],
    ["1 giáo viên/18 học viên", "Số học viên/giáo viên", "học viên"],
    ["1 chỗ tiểu/35 học sinh", "Định mức công trình vệ sinh", "học sinh"],
  ];
  it("reads more learners per thing as short of the norm, fewer as within it", () => {
    for (const [p, ind, u] of cases) {
      expect(status(p, "40", ind, u), p).toBe("not_met");
      expect(status(p, "15", ind, u), p).toMatch(/^(?:met|exceeded)$/u);
    }
  });
  it("keeps a rate over a round base, a thing per class and a staffing floor as floors", () => {
    expect(status("10 bác sĩ/10.000 dân", "9", "Số bác sĩ", "bác sĩ/10.000 dân")).toBe("not_met");
    expect(status("1,5 giáo viên/lớp", "1,3", "Số giáo viên/lớp")).toBe("not_met");
    expect(status("1,5 giáo viên/lớp", "1,7", "Số giáo viên/lớp")).toBe("exceeded");
    expect(status("1 tủ sách/lớp", "1", "Tủ sách lớp học")).toBe("met");
  });
  it("follows an indicator or ĐVT that writes the thing first and the learners after '/' (review40a)", () => {
    expect(status("1 máy tính/25 học sinh", "0,02", "Số máy tính/học sinh")).toBe("not_met");
    expect(status("Đảm bảo 1 máy tính/25 học sinh", "0,03", "Tỷ lệ máy tính/học sinh")).toBe("not_met");
    expect(status("bình quân 1 máy tính/30 học sinh", "0,02", "Thiết bị tin học", "máy/học sinh")).not.toBe("met");
    // review40b: read as that share, at least 1/25 = 0,04 computers per pupil, not "at least 1".
    expect(status("1 máy tính/25 học sinh", "0,05", "Tỷ lệ máy tính/học sinh")).toBe("exceeded");
    expect(status("1 giáo viên/20 trẻ", "0,06", "Tỷ lệ giáo viên/trẻ")).toBe("exceeded");
    // "1/30" under a figure per something could be either side first: asked, never the numerator alone.
    expect(status("1 máy tính/25 học sinh", "1/30", "Tỷ lệ máy tính/học sinh", "máy/học sinh")).toBe("review");
    expect(status("10 bác sĩ/10.000 dân", "9/10.000", "Số bác sĩ", "bác sĩ/10.000 dân")).toBe("not_met");
  });
});

describe("a cost ('chi phí') named before a bare sum is at most that sum, the sum itself the runner-up", () => {
  const cases: Array<[string, string]> = [
    ["50 triệu đồng", "Chi phí tổ chức hội thi văn nghệ"],
    ["chi phí 80 triệu đồng", "Sửa chữa nhà vệ sinh điểm trường"],
    ["2,5 tỷ đồng", "Tổng chi phí thực hiện đề án"],
    ["Tổ chức hội thảo chuyên đề, chi phí dự kiến 300 triệu đồng", ""],
  ];
  it("reads an overrun as short, an under-spend as asked, the sum itself as met", () => {
    for (const [p, ind] of cases) {
      const v = p.includes("2,5 tỷ") ? [3e9, 2e9, 2.5e9] : p.includes("300") ? [3.5e8, 2.5e8, 3e8] : p.includes("80") ? [9e7, 7e7, 8e7] : [6e7, 4e7, 5e7];
      expect(status(p, String(v[0]), ind || undefined, "đồng"), p).toBe("not_met");
      expect(status(p, String(v[1]), ind || undefined, "đồng"), p).toBe("review");
      expect(status(p, String(v[2]), ind || undefined, "đồng"), p).toBe("met");
    }
  });
  it("keeps money saved a goal", () => {
    expect(status("50 triệu đồng", "40000000", "Chi phí tiết kiệm được", "đồng")).toBe("not_met");
  });
});

describe("the time an office takes to act is at most that long", () => {
  it("reads a longer processing time as short of the norm, a shorter one as within it", () => {
    const cases: Array<[string, string]> = [
      ["3 ngày", "Thời gian xét duyệt hồ sơ chuyển trường"],
      ["10 ngày", "Thời gian phê duyệt kế hoạch giáo dục nhà trường"],
      ["5 ngày", "Thời gian xác minh nội dung đơn"],
      ["30 ngày", "Thời gian bàn giao công trình sau nghiệm thu"],
    ];
    for (const [p, ind] of cases) {
      const n = Number(/\d+/u.exec(p)![0]);
      expect(status(p, `${n + 2} ngày`, ind || undefined, "ngày"), p).toBe("not_met");
      expect(status(p, `${n - 1} ngày`, ind || undefined, "ngày"), p).toBe("met");
    }
  });
  it("leaves a window open to applicants, an activity's length and being early by a time as they were", () => {
    // (The window set: a shorter one is asked about, not met.)
    expect(status("Hồ sơ được tiếp nhận trong vòng 20 ngày", "15 ngày", "Thời gian nhận hồ sơ", "ngày")).not.toBe("met");
    expect(status("trong 5 ngày", "4 ngày", "Tập huấn giáo viên cốt cán", "ngày")).toBe("not_met");
    expect(status("có mặt trước 10 phút", "5 phút", "Thời gian có mặt trước giờ học", "phút")).toBe("not_met");
  });
});
