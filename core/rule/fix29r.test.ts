// Round 29 (fix29r): refusals turned into verdicts where the Vietnamese decides, rules adopted on the evidence of the
// twenty design sets (docs/measures.md). Every phrase here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";

describe("a day after words the indicator names ('Tiêm chủng 5/4' under 'Thời gian tiêm chủng đợt 1'): the event's day", () => {
  const p = "từ ngày 3 đến 6/4/2027, các trạm y tế tổ chức cho trẻ uống vitamin A";
  const indicator = "Thời gian cho trẻ uống bổ sung vitamin A đợt 1";
  it("judges the day against the window", () => {
    expect(evaluate(p, "Bổ sung ngày 4/4/2027", { indicator }).status).toBe("met");
    expect(evaluate(p, "Bổ sung ngày 9/4/2027", { indicator }).status).toBe("not_met");
  });
  it("still asks where neither the target nor the indicator names the words, and never reads a day denied or planned", () => {
    expect(evaluate(p, "Khám sàng lọc ngày 4/4/2027", { indicator }).status).toBe("review");
    expect(evaluate(p, "Bổ sung ngày 4/4/2027", {}).status).toBe("review");
    expect(evaluate(p, "Dự kiến bổ sung 9/4/2027", { indicator }).status).not.toBe("not_met");
  });
});

describe("a month of a year written bare ('6/2027', '… kế hoạch (9/2027).'): due by the month's last day", () => {
  it("judges a completion date, a not-done word and a blank checked on a given day", () => {
    expect(evaluate("9/2027", "Hoàn thành 20/9/2027").status).toBe("met");
    expect(evaluate("9/2027", "Hoàn thành 2/10/2027").status).toBe("not_met");
    expect(evaluate("9/2027", "", { asOf: "2027-10-05" }).status).toBe("overdue");
    expect(evaluate("Xây dựng xong nhà đa năng theo kế hoạch (9/2027).", "chưa hoàn thành", { asOf: "2027-08-01" }).status).toBe("pending");
  });
  it("leaves a month after a word that bounds it, and a number cited, as they were", () => {
    expect(evaluate("Từ 9/2027", "Hoàn thành 2/8/2027").status).toBe("review");
    expect(evaluate("Hoàn thành trước 9/2027", "Hoàn thành 20/9/2027").status).toBe("review");
    expect(evaluate("Thực hiện (Thông tư 11/2027)", "Hoàn thành 20/9/2027").status).toBe("review");
  });
});

describe("all of them after the aim or whom it is for ('mục tiêu toàn dân …', 'triển khai cho tất cả trẻ') under '%': 100%", () => {
  it("reads every one, with a year the only number", () => {
    const o = { unit: "%", indicator: "Tỷ lệ dân số được tiêm vắc xin năm 2030" };
    expect(evaluate("Tỉnh đặt mục tiêu toàn dân được tiêm vắc xin vào năm 2030", "100%", o).status).toBe("met");
    expect(evaluate("Tỉnh đặt mục tiêu toàn dân được tiêm vắc xin vào năm 2030", "96%", o).status).toBe("not_met");
    const k = { unit: "%", indicator: "Trẻ mẫu giáo được học bơi" };
    expect(evaluate("năm 2028, chương trình dạy bơi được mở cho tất cả trẻ mẫu giáo trong huyện", "90%", k).status).toBe("not_met");
  });
  it("leaves a campaign's name, some of them, and another number as they were", () => {
    const o = { unit: "%", indicator: "Tỷ lệ khu dân cư văn hóa" };
    expect(evaluate("Đẩy mạnh phong trào toàn dân đoàn kết xây dựng đời sống văn hóa", "90%", o).status).toBe("unreadable");
    expect(evaluate("năm 2028, mở lớp bơi cho tất cả trẻ, phần lớn trẻ biết bơi", "90%", { unit: "%", indicator: "Trẻ biết bơi" }).status).not.toBe("not_met");
    expect(evaluate("mở 3 lớp bơi cho tất cả trẻ", "90%", { unit: "%", indicator: "Trẻ biết bơi" }).status).not.toBe("not_met");
  });
});
