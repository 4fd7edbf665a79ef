// Round 31 (fix31r): defects review30 found in round 30's rules, seen where a sheet is checked.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";

describe("a target bounded by another measure with no figure judges a yes/no answer on the sheet", () => {
  it("judges 'Đạt' and still names the unreadable target for a figure", () => {
    const r = checkSheet({ name: "KH", values: [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      [1, "Chế độ lương giáo viên mầm non tư thục", "Đảm bảo lương giáo viên không thấp hơn so với các cơ sở giáo dục mầm non công lập", "Đạt"],
      [2, "Tỷ lệ trẻ đến trường", "Tối thiểu 95%", "96%"],
      [3, "Lương hợp đồng", "Không thấp hơn mức lương tối thiểu vùng", "5.000.000"],
    ] }, null, { asOf: "2024-10-01" });
    if (!r.ok) throw new Error("no table");
    expect(r.items.map((i) => i.status)).toEqual(["met", "exceeded", "unreadable"]);
    // No status formula for it: a formula's yes/no would judge a figure typed later too.
    expect(r.items[0].noFormula).toBe(true);
    expect(r.coverage.notJudged.map((n) => [n.name, n.reason])).toEqual([["Lương hợp đồng", "unreadable_target"]]);
  });
});

describe("'TT' before an acronym or a common noun is a centre, not a town ('TT GDNN-GDTX', 'TT Y tế')", () => {
  it("reads a centre as a centre and a town as a town", async () => {
    const { sameUnit } = await import("./siblings");
    // A district's list of units: the vocational centre written short on one sheet, in full on the other.
    expect(sameUnit("TT GDNN-GDTX", "Trung tâm GDNN-GDTX")).toBe(true);
    expect(sameUnit("TT GDNN-GDTX", "Thị trấn GDNN-GDTX")).toBe(false);
    expect(sameUnit("TT GDNN-GDTX", "GDNN-GDTX")).toBe(true);
    expect(sameUnit("TT Y tế huyện", "Trung tâm Y tế huyện")).toBe(true);
    expect(sameUnit("TT Văn hóa - Thể thao", "Thị trấn Văn hóa - Thể thao")).toBe(false);
    // A town's name capitalises every word.
    expect(sameUnit("TT Yên Mỹ", "Thị trấn Yên Mỹ")).toBe(true);
    expect(sameUnit("TT Văn Giang", "Văn Giang")).toBe(true);
  });
});

// review31: a name in capitals or with a lowercase word after a capitalised one keeps the town reading.
describe("'TT' before a town's name in capitals or with a lowercase word is still a town", () => {
  it("matches 'TT YÊN MỸ' and 'TT Nông trường Mộc Châu' to their towns", async () => {
    const { sameUnit } = await import("./siblings");
    expect(sameUnit("TT YÊN MỸ", "Thị trấn Yên Mỹ")).toBe(true);
    expect(sameUnit("TT Nông trường Mộc Châu", "Thị trấn Nông trường Mộc Châu")).toBe(true);
    expect(sameUnit("TT GDTX HUYỆN", "Trung tâm GDTX huyện")).toBe(true);
    expect(sameUnit("TT Y tế huyện", "Thị trấn Y tế huyện")).toBe(false);
  });
});
