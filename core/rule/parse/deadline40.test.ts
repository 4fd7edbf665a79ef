// Round 40 (deadline40): a month or quarter an event is held in, or one named all through ("trong suốt tháng 6"), is
// that whole month or quarter, not a deadline at its end; a first day written alone after "từ" takes the month of the
// day closing the window. Invented phrases.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../../period/period";
import { evaluate } from "../evaluate";
import { parseTarget } from "../parse";

const rule = (t: string, period?: string) => {
  const r = parseTarget(t, period ? { period: periodFromText(period) ?? undefined } : undefined);
  if (!r.ok) throw new Error(t);
  return r.rule as { kind: string; due?: string; start?: string };
};
const status = (t: string, a: string, period?: string) => evaluate(t, a, { period: period ? periodFromText(period) ?? undefined : undefined, lang: "vi" }).status;

describe("a month or quarter an event is held in", () => {
  it("reads the whole month, from its first day", () => {
    expect(rule("Tổ chức hội thi giáo viên dạy giỏi cấp trường trong tháng 3/2026")).toMatchObject({ kind: "deadline", start: "2026-03-01", due: "2026-03-31" });
    expect(rule("Nhà trường tổ chức hội nghị cha mẹ học sinh trong tháng 10/2025")).toMatchObject({ start: "2025-10-01", due: "2025-10-31" });
    expect(rule("Tổ chức hội thao trong quý II/2026")).toMatchObject({ start: "2026-04-01", due: "2026-06-30" });
    expect(rule("Tổ chức lễ kỷ niệm ngày thành lập trường vào quý IV/2025")).toMatchObject({ start: "2025-10-01", due: "2025-12-31" });
  });
  it("so an event held before it missed it, one held in it met it", () => {
    expect(status("Tổ chức hội thi giáo viên dạy giỏi cấp trường trong tháng 3/2026", "25/2/2026")).toBe("not_met");
    expect(status("Tổ chức hội thi giáo viên dạy giỏi cấp trường trong tháng 3/2026", "12/3/2026")).toBe("met");
    expect(status("Tổ chức hội thi giáo viên dạy giỏi cấp trường trong tháng 3/2026", "2/4/2026")).toBe("not_met");
    expect(status("Tổ chức hội thao trong quý II/2026", "20/3/2026")).toBe("not_met");
    expect(status("Tổ chức hội thao trong quý II/2026", "20/5/2026")).toBe("met");
  });
  it("reads a month named all through ('suốt') as the month", () => {
    expect(rule("Các trường tiếp nhận hồ sơ tuyển sinh lớp 1 trong suốt tháng 7", "2024-2025")).toMatchObject({ start: "2025-07-01", due: "2025-07-31" });
    expect(rule("Thư viện mở cửa phục vụ học sinh suốt tháng 7/2025")).toMatchObject({ start: "2025-07-01", due: "2025-07-31" });
    expect(status("Các trường tiếp nhận hồ sơ tuyển sinh lớp 1 trong suốt tháng 7", "30/6/2025", "2024-2025")).toBe("not_met");
  });
  it("leaves a task within a month or quarter due by its last day, done early or not", () => {
    expect(rule("Hoàn thành kiểm kê tài sản trong tháng 6/2025")).toMatchObject({ due: "2025-06-30" });
    expect(rule("Hoàn thành kiểm kê tài sản trong tháng 6/2025").start).toBeUndefined();
    expect(rule("Khởi công xây dựng nhà đa năng vào quý III/2025").start).toBeUndefined();
    expect(status("Nộp báo cáo thống kê trong tháng 5/2025", "28/4/2025")).toBe("met");
    expect(status("Hoàn thiện hồ sơ kiểm định trong quý IV/2025", "30/9/2025")).toBe("met");
  });
});

describe("'từ 5 - 7/6/2025': a first day written alone after 'từ'", () => {
  it("opens a window the later day closes", () => {
    expect(rule("Thi tuyển sinh lớp 10 diễn ra từ 5 - 7/6/2025")).toMatchObject({ start: "2025-06-05", due: "2025-06-07" });
    expect(rule("Tập huấn chuyên môn hè từ 26 đến 28/8/2025")).toMatchObject({ start: "2025-08-26", due: "2025-08-28" });
    expect(rule("Hội thao cụm trường tổ chức từ 12 tới 14/11", "2025-2026")).toMatchObject({ start: "2025-11-12", due: "2025-11-14" });
  });
  it("so a day before it is not met, and one in it is", () => {
    expect(status("Thi tuyển sinh lớp 10 diễn ra từ 5 - 7/6/2025", "4/6/2025")).toBe("not_met");
    expect(status("Thi tuyển sinh lớp 10 diễn ra từ 5 - 7/6/2025", "6/6/2025")).toBe("met");
    expect(status("Thi tuyển sinh lớp 10 diễn ra từ 5 - 7/6/2025", "9/6/2025")).toBe("not_met");
  });
  it("never from a count range", () => {
    expect(rule("Mỗi nhóm có từ 5 đến 7 học sinh").kind).not.toBe("deadline");
  });
});
