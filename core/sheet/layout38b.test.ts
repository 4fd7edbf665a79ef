// A target written as a sentence above a units table, after a "Chỉ tiêu:" / "Mục tiêu:" label (round 38, layout38b):
// the label says what follows is a target however it is worded; a share column whose heading, set apart from the
// words saying how or when it is counted ("Tỷ lệ … hiện tại (%)", "… đến ngày 15/6"), names only words of the
// sentence is judged against it; a due day the sentence names keeps short figures not yet due before it.
// Every sheet is invented, in several wordings.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/** Title, the sentence (row 2), a blank row, header (row 4): TT | unit | a count | the share heading; units from row 5. */
function sentenceSheet(sentence: string, unitHead: string, share: string, units: Array<[string, number, number]>): SheetData {
  const values: SheetData["values"] = [["BÁO CÁO SỐ LIỆU NĂM 2037"], [], [sentence], [], ["TT", unitHead, "Tổng số", share, "Ghi chú"]];
  units.forEach(([name, n, rate], i) => values.push([i + 1, name, n, rate, null]));
  return { name: "So lieu", values };
}

const units: Array<[string, number, number]> = [["Xã Đông Hòa", 420, 96.5], ["Xã Tây Hòa", 310, 100], ["Xã Bắc Hòa", 275, 88.4]];

describe("a labelled target sentence above a units table governs the share column its words name", () => {
  const cases: Array<[string, string, string]> = [
    ["Chỉ tiêu: 100% trẻ 5 tuổi ra lớp, hoàn thành trước ngày 30/9/2037.", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp hiện nay (%)"],
    ["Mục tiêu: 100% hộ dân dùng nước sạch, hoàn thành trước ngày 30/9/2037", "Xã, thị trấn", "Tỷ lệ hộ dùng nước sạch đến ngày 15/6/2037 (%)"],
    ["Chỉ tiêu năm 2037: 100% người dân tham gia bảo hiểm y tế, chậm nhất ngày 30/9/2037", "Đơn vị", "Tỷ lệ tham gia bảo hiểm y tế hiện tại (%)"],
  ];
  for (const [sentence, unitHead, share] of cases) {
    it(`"${sentence}" over "${share}": short pending before the day, not met after, full met`, () => {
      const sheet = sentenceSheet(sentence, unitHead, share, units);
      const early = checkSheet(sheet, null, { asOf: "2037-07-01" });
      expect(at(early, 5, 3)?.status).toBe("pending");
      expect(at(early, 6, 3)?.status).toBe("met");
      expect(at(early, 7, 3)?.status).toBe("pending");
      const late = checkSheet(sheet, null, { asOf: "2037-10-15" });
      expect(at(late, 5, 3)?.status).toBe("not_met");
      expect(at(late, 6, 3)?.status).toBe("met");
    });
  }
  it("with no due day named, a short share is not met", () => {
    const r = checkSheet(sentenceSheet("Chỉ tiêu: 95% trẻ 5 tuổi ra lớp.", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", units), null, { asOf: "2037-07-01" });
    expect(at(r, 5, 3)?.status).toBe("exceeded");
    expect(at(r, 7, 3)?.status).toBe("not_met");
  });
});

describe("no label, or a share naming other words: nothing is judged against the sentence", () => {
  it('a fact after "Ghi chú:" is no target', () => {
    const r = checkSheet(sentenceSheet("Ghi chú: 100% trẻ 5 tuổi ra lớp năm 2036.", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp hiện nay (%)", units), null, { asOf: "2037-07-01" });
    if (r.ok) expect(r.items.filter((i) => i.cell.col === 3 && ["met", "not_met", "pending", "exceeded"].includes(i.status))).toEqual([]);
  });
  it("a share about something else (drop-outs under a sentence on enrolment) is left unjudged", () => {
    const r = checkSheet(sentenceSheet("Chỉ tiêu: 100% trẻ 5 tuổi ra lớp.", "Xã", "Tỷ lệ học sinh bỏ học hiện nay (%)", units), null, { asOf: "2037-07-01" });
    if (r.ok) expect(r.items.filter((i) => i.cell.col === 3 && ["met", "not_met", "pending", "exceeded"].includes(i.status))).toEqual([]);
  });
  it("a count column is never judged against a sentence's percentage", () => {
    const r = checkSheet(sentenceSheet("Chỉ tiêu: 100% trẻ 5 tuổi ra lớp.", "Xã", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", units), null, { asOf: "2037-07-01" });
    if (r.ok) expect(r.items.some((i) => i.cell.col === 2 && ["met", "not_met", "pending", "exceeded"].includes(i.status))).toBe(false);
  });
});
