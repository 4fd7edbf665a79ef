// Round 41 (tables30): a target row's own due day, written in another of its cells, bounds its targets. Every sheet is
// invented.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
/** Merged ranges as [top, left, bottom, right]. */
const spans = (...m: Array<[number, number, number, number]>) => m.map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * Units as rows under a two-row header: TT | name | "<group>" over "Đối tượng | Đã làm | Tỷ lệ (%)" | note; row 2 the
 * target row ("<label>" with "≥ 95" in the rate column and `due` in the note column); rows 3-5 the units.
 */
function dueRowSheet(label: string, group: string, due: string, dueElsewhere?: string): SheetData {
  const unit = (i: number, name: string, whole: number, done: number) => [i, name, whole, done, Math.round((done / whole) * 10000) / 100, null];
  const values: SheetData["values"] = [
    ["TT", "Xã, thị trấn", group, null, null, "Ghi chú"],
    [null, null, "Đối tượng", "Đã thực hiện", "Tỷ lệ (%)", null],
    [null, label, dueElsewhere ?? null, null, "≥ 95", due],
    unit(1, "Xã Đông Sơn", 400, 300),
    unit(2, "Xã Tây Sơn", 200, 190),
    unit(3, "Thị trấn Nam Sơn", 300, 297),
  ];
  return {
    name: "Tien do",
    values,
    merges: spans([0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4], [0, 5, 1, 5]),
  };
}

describe("a target row's own due day, written in another of its cells, bounds its targets", () => {
  const wordings: Array<[string, string, string, string]> = [
    ["Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037", "2037-04-23"],
    ["Chỉ tiêu giao", "Khám sức khỏe người cao tuổi", "Chậm nhất ngày 15/11/2037", "2037-10-31"],
    ["Kế hoạch", "Cấp thẻ bảo hiểm y tế", "Hạn chót: 31/5/2037", "2037-05-02"],
  ];
  for (const [label, group, due, asOf] of wordings) {
    it(`"${label} … ${due}", read on ${asOf}: short is not yet due, 95% and above as before`, () => {
      const r = checkSheet(dueRowSheet(label, group, due), null, { asOf });
      expect(r.ok).toBe(true);
      expect([3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["pending", "met", "exceeded"]);
    });
  }
  it("once the day has passed a short figure is short", () => {
    const r = checkSheet(dueRowSheet("Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037"), null, { asOf: "2037-05-10" });
    expect(at(r, 3, 4)?.status).toBe("not_met");
  });
  it("two cells of the row naming different days bind no target to either", () => {
    const r = checkSheet(dueRowSheet("Yêu cầu", "Tiêm vét sởi mũi 1", "Hoàn thành trước 30/4/2037", "trước 15/4/2037"), null, { asOf: "2037-04-23" });
    expect(at(r, 3, 4)?.status).not.toBe("pending");
  });
});

/** dueRowSheet under a title row ("… (số liệu tính đến ngày 15/4/2037)"): the units on rows 4-6, rates in column 4. */
function titledSheet(title: string, label: string, note: string): SheetData {
  const s = dueRowSheet(label, "Tiêm chủng đầy đủ", note);
  return { ...s, values: [[title], ...s.values], merges: (s.merges ?? []).map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 })) };
}

// Round 41 (tables30b): only a deadline word in a cell not about the report or the data names the targets' due day,
// and it is read as a heading's is (namedDue): figures stopping before it say nothing of it.
describe("a requirement row's report deadline, data cut-off or update day is not its targets' due day", () => {
  const titles = ["TIẾN ĐỘ TIÊM CHỦNG NĂM 2037 (số liệu tính đến ngày 15/4/2037)", "KẾT QUẢ KHÁM SỨC KHỎE HỌC KỲ I NĂM HỌC 2036-2037 (số liệu đến ngày 15/4/2037)"];
  const notes = [
    "Báo cáo về Phòng trước ngày 20/4/2037",
    "Gửi báo cáo trước 20/4/2037",
    "Các xã nộp về Trung tâm chậm nhất ngày 20/4/2037",
    "Số liệu tính đến 15/4/2037",
    "Tính đến ngày 15/4/2037",
    "Cập nhật đến 20/01/2037",
    "Cập nhật số liệu trước ngày 20/4/2037",
    "Đến hết ngày 20/4/2037",
  ];
  for (const title of titles.slice(0, 1)) {
    for (const note of notes) {
      for (const asOf of ["2037-04-25", "2037-05-15"]) {
        it(`"${note}" read on ${asOf}: a year's target on partial figures is still asked`, () => {
          const r = checkSheet(titledSheet(title, "Chỉ tiêu năm", note), null, { asOf });
          expect(r.ok).toBe(true);
          expect(at(r, 4, 4)?.status).toBe("review");
        });
      }
    }
  }
  for (const title of titles) {
    for (const note of ["Báo cáo về Phòng trước ngày 20/4/2037", "Số liệu tính đến 15/4/2037"]) {
      it(`"${note}" under "${title}" before the day: asked, not pending`, () => {
        const r = checkSheet(titledSheet(title, "Chỉ tiêu năm", note), null, { asOf: "2037-01-25" });
        expect(at(r, 4, 4)?.status).not.toBe("pending");
      });
    }
  }
});

describe("a requirement row's due day after figures that stop before it", () => {
  const title = "TIẾN ĐỘ TIÊM CHỦNG NĂM 2037 (số liệu tính đến ngày 15/4/2037)";
  for (const note of ["Hoàn thành trước 30/4/2037", "Chậm nhất ngày 30/4/2037", "Hạn chót: 30/4/2037", "Không muộn hơn ngày 30/4/2037"]) {
    it(`"${note}" with figures to 15/4, read on 15/5: a shortfall on 15/4 says nothing of 30/4`, () => {
      const r = checkSheet(titledSheet(title, "Chỉ tiêu năm", note), null, { asOf: "2037-05-15" });
      expect(at(r, 4, 4)?.status).toBe("review");
      expect([5, 6].map((row) => at(r, row, 4)?.status)).toEqual(["met", "exceeded"]);
    });
    it(`"${note}" with figures to 15/4, read on 25/4: not yet due`, () => {
      const r = checkSheet(titledSheet(title, "Chỉ tiêu năm", note), null, { asOf: "2037-04-25" });
      expect(at(r, 4, 4)?.status).toBe("pending");
    });
  }
  it("figures to the due day itself, read after it: short is short", () => {
    const r = checkSheet(titledSheet("TIẾN ĐỘ TIÊM CHỦNG NĂM 2037 (số liệu tính đến ngày 30/4/2037)", "Yêu cầu", "Hoàn thành trước 30/4/2037"), null, { asOf: "2037-05-15" });
    expect(at(r, 4, 4)?.status).toBe("not_met");
  });
  it("a deadline for the whole year's target ('Chỉ tiêu cả năm, hạn 31/12/2037') is not yet due in May", () => {
    const r = checkSheet(titledSheet(title, "Chỉ tiêu năm", "Chỉ tiêu cả năm, hạn 31/12/2037"), null, { asOf: "2037-05-15" });
    expect(at(r, 4, 4)?.status).toBe("pending");
  });
});
