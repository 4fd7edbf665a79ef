// Round 19 (fix19c): a sentence that opens with the time limit and says it "is" a day names a deadline (by that day),
// however many words, commas and numbers stand between; an event that "is" a day stays that exact day.
import { describe, expect, it } from "vitest";
import { parseTarget } from "../parse";

const rule = (t: string) => {
  const r = parseTarget(t);
  if (!r.ok) throw new Error(t);
  return r.rule as { kind: string; due?: string; start?: string };
};

describe("'Hạn … là ngày …'", () => {
  it("reads a deadline by that day across a list and numbers", () => {
    const r = rule("Hạn cuối để các trường, trung tâm và 3 cụm chuyên môn gửi hồ sơ là ngày 12/11/2024.");
    expect(r).toMatchObject({ kind: "deadline", due: "2024-11-12" });
    expect(r.start).toBeUndefined();
    expect(rule("Thời hạn tổng hợp ý kiến của các tổ, 2 khối lớp là ngày 3/4/2025")).toMatchObject({ due: "2025-04-03" });
  });
  it("keeps an event's day, and a 'hạn chế' clause, exact days", () => {
    expect(rule("Ngày hội đọc sách là ngày 21/4/2025")).toMatchObject({ due: "2025-04-21", start: "2025-04-21" });
    expect(rule("Hạn chế tổ chức liên hoan; buổi gặp mặt là ngày 9/1/2025")).toMatchObject({ start: "2025-01-09" });
  });
});

describe("an arrow typed in a symbol font", () => {
  it("reads 'từ 3/8 à 5/8/2024' as a window, and leaves 'à' between words alone", () => {
    expect(rule("Tập huấn giáo viên từ 3/8 à 5/8/2024")).toMatchObject({ kind: "deadline", start: "2024-08-03", due: "2024-08-05" });
  });
});
