// Round 19 (fix19c): deadlines on sheets. A blank past its due day is overdue, named as nothing recorded (one
// convention with phrases); a term's end is the day the sheet's notes give, when they give one.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";
import { statedTermEnds } from "../table/target";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const at = (r: CheckedSheet, row: number) => r.items.find((i) => i.cell.row === row);

describe("a blank past its due day", () => {
  const log: SheetData = {
    name: "S",
    values: [
      ["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "Rà soát hồ sơ học sinh chuyển trường", "Tháng 10/2024", null],
      [2, "Tổng hợp số liệu thư viện", "Chậm nhất ngày 30/11/2024", null],
      [3, "Báo cáo sơ kết công tác bán trú", "Tháng 3/2025", null],
    ],
  };
  it("is overdue, saying nothing was recorded and naming the due day; before it, not yet due", () => {
    const r = ok(checkSheet(log, null, { asOf: "2024-12-10", period: "2024-2025" }));
    expect(at(r, 1)?.status).toBe("overdue");
    expect(at(r, 1)?.verdict.explanation).toMatch(/^Quá hạn: chưa ghi kết quả, hạn 31\/10\/2024/u);
    expect(at(r, 2)?.status).toBe("overdue");
    expect(at(r, 3)?.status).toBe("pending");
  });
});

describe("a term's end as the sheet states it", () => {
  it("reads 'học kỳ I kết thúc ngày …' and 'kết thúc học kỳ II vào ngày …', never 'kết thúc trước ngày'", () => {
    expect(statedTermEnds(["Học kỳ I kết thúc ngày 10/01/2025; kết thúc học kỳ II vào ngày 24/5/2025."])).toEqual({ 1: "2025-01-10", 2: "2025-05-24" });
    expect(statedTermEnds(["Học kỳ I kết thúc trước ngày 18/01/2025"])).toEqual({});
    expect(statedTermEnds(["HK I kết thúc ngày 10/01/2025", "Học kỳ I kết thúc ngày 12/01/2025"])[1]).toBeUndefined();
  });
  it("judges a 'Học kỳ I' task by it: not done the day before that end is not yet due, the day after overdue", () => {
    const sheet = (asOfNote: string): SheetData => ({
      name: "S",
      values: [
        ["Thời gian", "Nội dung", "Kết quả"],
        ["Tháng 10/2024", "Kiểm tra hồ sơ chuyên môn", "Hoàn thành ngày 20/10/2024"],
        ["Học kỳ I", "Kiểm tra nề nếp lớp học", "Chưa thực hiện"],
        [asOfNote, null, null],
      ],
    });
    const note = "Ghi chú: học kỳ I kết thúc ngày 18/01/2025.";
    expect(at(ok(checkSheet(sheet(note), null, { asOf: "2025-01-17", period: "2024-2025" })), 2)?.status).toBe("pending");
    expect(at(ok(checkSheet(sheet(note), null, { asOf: "2025-01-19", period: "2024-2025" })), 2)?.status).toBe("overdue");
  });
});

describe("a result saying part was done", () => {
  const sheet: SheetData = {
    name: "S",
    values: [
      ["Thời gian", "Nội dung", "Kết quả"],
      ["Tháng 3/2025", "Kiểm tra hồ sơ các tổ (03 tổ)", "Đã kiểm tra tổ Lý - Hóa; tổ Sử - Địa chưa kiểm tra"],
    ],
  };
  it("is not yet due before the due day and overdue after it, saying part was done", () => {
    expect(at(ok(checkSheet(sheet, null, { asOf: "2025-03-20", period: "2024-2025" })), 1)?.status).toBe("pending");
    const late = at(ok(checkSheet(sheet, null, { asOf: "2025-04-05", period: "2024-2025" })), 1);
    expect(late?.status).toBe("overdue");
    expect(late?.verdict.explanation).toMatch(/mới làm một phần, hạn 31\/03\/2025 đã qua/u);
  });
});

describe("a day due every month, on rows naming their month", () => {
  const log: SheetData = {
    name: "S",
    values: [
      ["STT", "Tên báo cáo", "Thời hạn gửi", "Ngày gửi"],
      [1, "Báo cáo tình hình tiếp nhận hồ sơ tháng 4/2025", "Ngày 15 hằng tháng", new Date(Date.UTC(2025, 3, 14))],
      [2, "Báo cáo tình hình tiếp nhận hồ sơ tháng 5/2025", "Ngày 15 hằng tháng", new Date(Date.UTC(2025, 5, 10))],
      [3, "Báo cáo tình hình tiếp nhận hồ sơ tháng 6/2025", "Ngày 15 hằng tháng", null],
      [4, "Báo cáo tổng hợp ý kiến cử tri", "Ngày 15 hằng tháng", new Date(Date.UTC(2025, 5, 1))],
    ],
  };
  const r = ok(checkSheet(log, null, { asOf: "2025-06-12" }));
  it("judges by the month's day and the next month's: one verdict when they agree, both said when not", () => {
    expect(at(r, 1)?.status).toBe("met");
    expect(at(r, 2)?.status).toBe("review");
    expect(at(r, 2)?.verdict.explanation).toMatch(/15\/05\/2025.*15\/06\/2025/u);
    expect(at(r, 3)?.status).toBe("pending");
  });
  it("leaves a row naming no month unread", () => {
    expect(at(r, 4)?.status).toBe("unreadable");
  });
});

describe("working days from a receipt the row dates", () => {
  const log = (received: string, sent: Date): SheetData => ({
    name: "S",
    values: [
      ["STT", "Tên báo cáo", "Văn bản yêu cầu", "Thời hạn", "Ngày gửi"],
      [1, "Báo cáo số liệu tuyển sinh", `Công văn số 15/PGD (nhận ngày ${received})`, "Chậm nhất 03 ngày làm việc kể từ ngày nhận văn bản", sent],
    ],
  });
  it("skips the weekend: received Thursday 6/3/2025, due Tuesday 11/3", () => {
    expect(at(ok(checkSheet(log("06/3/2025", new Date(Date.UTC(2025, 2, 11))), null, { asOf: "2025-03-20" })), 1)?.status).toBe("met");
    expect(at(ok(checkSheet(log("06/3/2025", new Date(Date.UTC(2025, 2, 12))), null, { asOf: "2025-03-20" })), 1)?.status).toBe("not_met");
  });
  it("leaves a count over days that may be holidays unread, naming the day it counts from", () => {
    const v = at(ok(checkSheet(log("28/01/2025", new Date(Date.UTC(2025, 1, 5))), null, { asOf: "2025-02-20" })), 1);
    expect(v?.status).toBe("unreadable");
    expect(v?.verdict.explanation).toMatch(/ngày làm việc từ 28\/01\/2025/u);
  });
});

describe("a task row whose other columns hold figures", () => {
  it("judges a blank result by the deadline, never as a figure in an unknown column", () => {
    const sheet: SheetData = {
      name: "S",
      values: [
        ["Thời gian", "Nội dung kiểm tra", "Đối tượng", "Kết quả thực hiện"],
        ["Tháng 10/2024", "Kiểm tra chuyên đề tổ Toán", "04 giáo viên", "Hoàn thành ngày 20/10/2024"],
        ["Tháng 3/2025", "Kiểm tra chuyên đề tổ Văn", "05 giáo viên", null],
      ],
    };
    const r = ok(checkSheet(sheet, null, { asOf: "2025-01-10", period: "2024-2025" }));
    expect(at(r, 2)?.status).toBe("pending");
  });
});
