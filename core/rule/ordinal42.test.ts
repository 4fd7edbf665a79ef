// Round 42 (extra42): a bare "thứ" after a noun numbers what it follows ("môn thi thứ ba", "năm thứ 2", "vòng thứ hai"),
// it is no place to reach; "xếp/đứng/đạt thứ", "vị trí thứ", "thứ hạng" and "thứ" after a verb of holding a place are.
// Every phrase and figure here is invented.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { parseTarget } from "./parse";

describe("an ordinal word is not a rank", () => {
  it.each([
    ["Môn thi thứ ba thi trắc nghiệm, thời gian làm bài 45 phút", "45 phút", "met"],
    ["Vòng thi thứ hai gồm 40 câu hỏi", "40 câu", "met"],
    ["Sinh viên năm thứ 2 tích lũy tối thiểu 30 tín chỉ", "28 tín chỉ", "not_met"],
    ["Đợt tập huấn thứ hai có ít nhất 150 giáo viên tham gia", "160", "exceeded"],
    ["Học phần thứ 4 được công bố chậm nhất ngày 15/5/2027", "14/5/2027", "met"],
  ])("%s", (p, a, want) => {
    expect(evaluate(p, a).status).toBe(want);
  });
  it("reads no rank in a third child, a second exit or a third subject", () => {
    for (const p of ["Giảm tỷ lệ sinh con thứ 3 trở lên xuống dưới 8%", "Mỗi phòng học có lối thoát thứ hai", "Môn thi thứ ba do Sở công bố trước ngày 20/3/2027"]) {
      const r = parseTarget(p);
      expect(r.ok && r.rule.kind === "rank", p).toBe(false);
    }
  });
  it("still reads a place to reach", () => {
    for (const [p, n] of [["Phấn đấu xếp thứ ba toàn tỉnh", 3], ["Năm 2027 phấn đấu đứng thứ 2 trong cụm thi đua", 2], ["Duy trì thứ hạng ba của huyện", 3], ["Giữ vững thứ 4 toàn quốc", 4], ["Vươn lên vị trí thứ 6 của khu vực", 6]] as const) {
      expect(parseTarget(p), p).toMatchObject({ ok: true, rule: { kind: "rank", rank: n } });
    }
  });
  it("keeps a week counted up to", () => {
    expect(parseTarget("Dạy đến hết tuần học thứ 30")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 30 } });
  });
  // Round 42 (extra42b, review42b B3 + M1): a place is kept after any word PLACE_VERBS holds ("vị", "nằm", "ở", "giữ",
  // "là", "giải", "phấn đấu") or out of a total ("thứ 9/63"); the total is never the target.
  it("keeps a place out of a total and after a place word", () => {
    const cases: Array<[string, string, string, string | undefined]> = [
      ["Năm 2027 chỉ số hài lòng của tỉnh xếp vị thứ 9/63", "7", "exceeded", "Thứ hạng"],
      ["Chỉ số chuyển đổi số cấp tỉnh nằm thứ 14/63 tỉnh, thành phố", "20", "not_met", undefined],
      ["Huyện phấn đấu ở thứ 4 trong cụm thi đua", "4", "met", undefined],
      ["Trường tiếp tục giữ thứ 1 toàn huyện", "2", "not_met", undefined],
      ["Mục tiêu của huyện là thứ 6 của tỉnh", "5", "exceeded", undefined],
      ["Đoàn học sinh đạt giải thứ 2 toàn đoàn", "3", "not_met", undefined],
      ["Chỉ số PAPI năm 2027 phấn đấu thứ 8", "8", "met", "Thứ hạng"],
    ];
    for (const [p, a, want, unit] of cases) expect(evaluate(p, a, { unit }).status, p).toBe(want);
  });
});
