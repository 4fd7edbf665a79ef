// A task's completion cell read as done (on a day), not done, nothing yet, or unreadable.
import { describe, expect, it } from "vitest";
import { periodFromText } from "../period/period";
import { completionActual, readCompletion, taskShare } from "./completion";

describe("readCompletion", () => {
  it.each([
    ["Đã hoàn thành ngày 12/3/2025", { kind: "done", iso: "2025-03-12" }],
    ["Hoàn thành tháng 4/2025", { kind: "done", iso: "2025-04-30" }],
    ["Đã kiểm tra ngày 15/10/2024: 6/6 GV xếp loại Tốt", { kind: "done", iso: "2024-10-15" }],
    ["Đã hoàn thành", { kind: "done" }],
    ["x", { kind: "done" }],
    ["15/10/2024", { kind: "done", iso: "2024-10-15" }],
    ["Đạt 96% (còn 12 điểm trường)", { kind: "notDone" }],
    ["Chưa gửi", { kind: "notDone" }],
    // A count of the parts first, then what they did: part done is not done.
    ["21/23 xã đã gửi", { kind: "notDone" }],
    ["23/23 xã đã gửi", { kind: "done" }],
    ["2/23 xã chưa gửi", { kind: "notDone" }],
    // Only the count's own clause says what its parts did; "chưa có vi phạm" is none of a bad thing.
    ["23/23 xã đã gửi, 0 xã chưa gửi", { kind: "done" }],
    ["21/23 xã đã gửi, 2 xã chưa gửi", { kind: "notDone" }],
    ["3/3 trường chưa có vi phạm", { kind: "text", text: "3/3 trường chưa có vi phạm" }],
    ["Đang tổng hợp", { kind: "notDone" }],
    ["Đang triển khai, đạt khoảng 70%", { kind: "notDone" }],
    ["chưa có số liệu", { kind: "empty" }],
    ["", { kind: "empty" }],
    ["bình thường", { kind: "text", text: "bình thường" }],
  ])("reads '%s'", (text, reading) => {
    expect(readCompletion(text, periodFromText("2024-2025"))).toEqual(reading);
  });

  it("reads a date cell as the day it was done", () => {
    expect(readCompletion(new Date(Date.UTC(2025, 2, 12)))).toEqual({ kind: "done", iso: "2025-03-12" });
  });

  it.each([
    [{ kind: "done", iso: "2025-03-12" }, "2025-03-12"],
    [{ kind: "done" }, true],
    [{ kind: "notDone" }, false],
    [{ kind: "empty" }, null],
  ] as const)("hands %j to the deadline judge as %s", (c, actual) => {
    expect(completionActual(c)).toBe(actual);
  });
});

describe("a task that asks a share of the whole", () => {
  it("reads the share the task's name asks", () => {
    expect(taskShare("Kiểm tra hoạt động sư phạm nhà giáo (ít nhất 30% giáo viên)")).toBe(30);
    expect(taskShare("Dự giờ tối thiểu 50% số tiết")).toBe(50);
    expect(taskShare("Tỷ lệ 30% giáo viên")).toBeUndefined();
    expect(taskShare("Sơ kết học kỳ I")).toBeUndefined();
  });
  it("reads 'từ A lên B' as a change to B, with the reader's floor words", () => {
    expect(taskShare("Nâng tỷ lệ học sinh lớp 1 đọc thông viết thạo từ 80% lên 95%")).toBe(95);
    expect(taskShare("Tăng tỷ lệ trẻ được kiểm tra sức khỏe từ 60% lên tới 75%")).toBe(75);
    expect(taskShare("Bồi dưỡng giáo viên (từ 50% đến 70% giáo viên)")).toBe(50);
    expect(taskShare("Dự giờ từ 90% trở lên số tiết")).toBe(90);
    expect(taskShare("Kiểm tra không ít hơn 20% hồ sơ")).toBe(20);
    expect(readCompletion("Đã hoàn thành, đạt 85%", null, taskShare("Nâng tỷ lệ đọc thông viết thạo từ 80% lên 95%")).kind).toBe("notDone");
  });
  it("counts parts done as done once they reach that share, never below it", () => {
    expect(readCompletion("Đã kiểm tra 6/18 GV", null, 30).kind).toBe("done");
    expect(readCompletion("Đã kiểm tra 5/18 GV", null, 30).kind).toBe("notDone");
    expect(readCompletion("Đã kiểm tra 6/18 GV").kind).toBe("notDone");
    expect(readCompletion("Đạt 35% giáo viên", null, 30).kind).toBe("done");
  });
});
