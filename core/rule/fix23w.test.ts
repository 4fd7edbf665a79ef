// Round 23 (fix23w): rules adopted only where the evidence over the sixteen design sets said so (docs/measures.md).
// Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a rate read as a level, judged on a figure in its own unit with its baseline", () => {
  it("judges the figure's move as a share of the baseline, in the direction the phrase says", () => {
    const p = "Giảm số vụ đuối nước ở trẻ em: 20% so với năm 2023";
    expect(evaluate(p, "400 vụ", { unit: "%", baseline: "500 vụ" }).status).toBe("met");
    expect(evaluate(p, "450 vụ", { unit: "%", baseline: "500 vụ" }).status).toBe("not_met");
    const q = "học sinh khuyết tật được giảm 50% tiền ăn bán trú";
    expect(evaluate(q, "150.000 đồng", { unit: "%", baseline: "300.000 đồng" }).status).toBe("met");
    expect(evaluate(q, "200.000 đồng", { unit: "%", baseline: "300.000 đồng" }).status).toBe("not_met");
    expect(evaluate("Tỷ lệ tăng nguồn thu học phí so năm trước: 8% trở lên", "1,05 tỷ đồng", { unit: "%", baseline: "1 tỷ đồng" }).status).toBe("not_met");
  });
  it("leaves a rate typed as a rate, a figure with no baseline, and a phrase naming no direction as before", () => {
    const p = "Giảm số vụ đuối nước ở trẻ em: 20% so với năm 2023";
    expect(evaluate(p, "400 vụ", { unit: "%" }).status).not.toBe("met");
    expect(evaluate("tỷ lệ trẻ được tiêm chủng đầy đủ 95%", "900 trẻ", { unit: "%", baseline: "1.000 trẻ" }).status).not.toBe("met");
    expect(evaluate("tỷ lệ tăng số trường đạt chuẩn ít nhất 10%", "12%").status).toBe("exceeded");
  });
});

describe("an amount a rule sets for each one, stated with no operator", () => {
  it("asks about a figure above it (a least, or the amount set?), and judges one below or at it", () => {
    const o = { indicator: "Mức hỗ trợ tiền mua sách vở học sinh dân tộc thiểu số" };
    const p = "mỗi học sinh có mức hỗ trợ 150.000 đồng/học sinh/năm học";
    // Round 34 (policy34): a sum of money a rule sets for each one is that amount (test/corpus/README.md): above is not met.
    expect(evaluate(p, "180.000 đồng", o).status).toBe("not_met");
    expect(evaluate(p, "120.000 đồng", o).status).toBe("not_met");
    expect(evaluate(p, "150.000 đồng", o).status).toBe("met");
    expect(evaluate("Độ tuổi tuyển sinh mẫu giáo bé là 3 tuổi", "4 tuổi", { unit: "tuổi", indicator: "Độ tuổi tuyển sinh mẫu giáo bé" }).status).toBe("review");
    expect(evaluate("Giải bóng đá học sinh có 12 đội, thi đấu 5 môn thi đấu", "6 môn", { indicator: "Số môn thi đấu của giải" }).status).toBe("review");
  });
  it("keeps a least where the phrase states one, and an amount of another kind a least", () => {
    expect(evaluate("bảo đảm mức hỗ trợ tối thiểu 150.000 đồng/học sinh/năm học", "180.000 đồng").status).toBe("exceeded");
    expect(evaluate("thu nhập bình quân đầu người đạt 60 triệu đồng/năm", "65 triệu đồng").status).toBe("exceeded");
  });
});

describe("a quota restated as a rate in brackets", () => {
  it("reads the count either way (the rate beside it does not take the runner-up's place), the rate typed by the rate", () => {
    const o = { indicator: "Chỉ tiêu tuyển sinh lớp 6 trường công lập", unit: "học sinh" };
    const p = "các trường công lập tuyển 4.200 học sinh (chiếm 80%)";
    expect(evaluate(p, "4.500", o).status).toBe("review");
    expect(evaluate(p, "3.900 học sinh", o).status).toBe("review");
    expect(evaluate(p, "4.200", o).status).toBe("met");
    expect(evaluate(p, "80%", o).status).toBe("met");
  });
});

describe("a day for a task handed in: on that day, or by it", () => {
  it("asks about a day before a day heading its clause when the words after the colon hand a task in", () => {
    const p = "Ngày 15/4/2026: Nộp báo cáo sơ kết học kỳ II về Phòng GD&ĐT.";
    expect(evaluate(p, "13/4/2026").status).toBe("review");
    expect(evaluate(p, "15/4/2026").status).toBe("met");
    expect(evaluate(p, "17/4/2026").status).toBe("not_met");
    expect(evaluate("Ngày 5/9/2026: Tổ chức lễ khai giảng năm học mới.", "4/9/2026").status).toBe("not_met");
  });
  it("keeps the by-that-day reading of a task's day when a count took the first place", () => {
    const p = "Tăng cường ôn tập để chuẩn bị thi học kỳ 2 (gv nộp đề cương ôn tập học kỳ 2 vào ngày 20/4/2026)";
    const o = { indicator: "Giáo viên nộp đề cương ôn tập học kỳ 2" };
    expect(evaluate(p, "18/4/2026", o).status).toBe("review");
    expect(evaluate(p, "22/4/2026", o).status).toBe("not_met");
  });
});
