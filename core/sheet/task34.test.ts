// Round 34 (task34): task tables. The completion day decides on time or late over the result's words; a share of a
// task done against its deadline is under way, never a bad date; a deadline among counts is answered in the count's cell.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";
import { partShare } from "../table/completion";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const at = (r: CheckedSheet, row: number) => r.items.find((i) => i.cell.row === row);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a task table with a completion day beside the result's words", () => {
  const sheet: SheetData = {
    name: "S",
    values: [
      ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Ngày hoàn thành", "Kết quả"],
      [1, "Tổ chức bầu cử", "UBND xã", day("2021-05-23"), day("2021-05-23"), "Hoàn thành, 99,8% cử tri đi bầu"],
      [2, "Kiên cố hóa kênh mương", "Ban QLDA", day("2021-04-30"), day("2021-06-15"), "Đã nghiệm thu"],
      [3, "Chỉnh trang nghĩa trang", "Ban QLDA", day("2021-06-30"), null, "Đang thi công, đạt 70% khối lượng"],
      [4, "Thu Quỹ phòng chống thiên tai", "Các thôn", day("2021-08-31"), null, "Đã thu 62%"],
      [5, "Sửa nhà văn hóa thôn", "Ban QLDA", day("2021-05-31"), null, "Đã nghiệm thu"],
      [6, "Nạo vét kênh tiêu", "Ban QLDA", day("2021-05-31"), day("2021-05-20"), "Đang thi công"],
    ],
  };
  const r = ok(checkSheet(sheet, null, { asOf: "2021-07-02", period: "2021" }));
  it("judges by the day: on the deadline met, after it not met, whatever the words say", () => {
    expect(at(r, 1)?.status).toBe("met");
    expect(at(r, 2)?.status).toBe("not_met");
  });
  it("reads the words where no day is written: under way past due overdue, a share done before it not yet due", () => {
    expect(at(r, 3)?.status).toBe("overdue");
    expect(at(r, 4)?.status).toBe("pending");
  });
  it("asks when the words say done, the day column is blank and the deadline has passed", () => {
    expect(at(r, 5)?.status).toBe("review");
  });
  it("asks when a day is written but the words say the work goes on", () => {
    expect(at(r, 6)?.status).toBe("review");
    expect(at(r, 6)?.verdict.explanation).toMatch(/cột E.*cột F/u);
  });
});

describe("a share of a task done against a deadline in an indicator list", () => {
  const sheet = (asOf: string) =>
    ok(
      checkSheet(
        {
          name: "S",
          values: [
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Thực hiện 9 tháng"],
            [1, "Thu ngân sách", "tỷ đồng", 120, 95],
            [2, "Hoàn thành GPMB dự án đường trục", "", "Quý III/2023", "Đạt 85% diện tích"],
          ],
        },
        null,
        { asOf, period: "2023" },
      ),
    );
  it("is not yet due before the deadline and overdue after it, never an invalid date", () => {
    expect(at(sheet("2023-09-28"), 2)?.status).toBe("pending");
    expect(at(sheet("2023-10-05"), 2)?.status).toBe("overdue");
  });
  it("tells a share done from a remark after a clause, a change, or what is left", () => {
    expect(["Đã thu 62%", "Đạt 85% diện tích", "Hoàn thành 80% khối lượng", "Đạt 98,4% dự toán"].map((s) => partShare(s))).toEqual([true, true, true, true]);
    expect(["Hoàn thành, 99,8% cử tri đi bầu", "Vượt 5%", "Còn 38%", "Đạt 100%", "Đạt 90% ngày 20/5"].map((s) => partShare(s))).toEqual([false, false, false, false, false]);
    expect(partShare("Đạt 35% giáo viên", 30)).toBe(false);
  });
});

describe("a deadline row among count and rate columns", () => {
  it("is answered in the count's cell, never in the rate's", () => {
    const r = ok(
      checkSheet(
        {
          name: "S",
          values: [
            ["TT", "Chỉ tiêu", "Chỉ tiêu năm học", "Tổng số", "Kết quả thực hiện", null],
            [null, null, null, null, "Số lượng", "Tỷ lệ"],
            [1, "Học sinh hoàn thành chương trình", "≥ 98%", 758, 751, 0.991],
            [2, "Duy trì sĩ số", "100%", 758, 758, 1],
            [3, "Bồi dưỡng chuyên môn hè cho giáo viên", "Hoàn thành trước 15/8/2021", null, null, null],
          ],
        },
        null,
        { asOf: "2021-05-26", period: "2020-2021" },
      ),
    );
    const item = at(r, 4);
    expect(item?.status).toBe("pending");
    expect(item?.cell.col).toBe(4);
  });
});

describe("a progress column read as a second timing beside the deadlines", () => {
  it("is the tasks' result when its cells say done or not and the deadlines' do not", () => {
    const r = ok(
      checkSheet(
        {
          name: "S",
          values: [
            ["TT", "Công trình, dự án", "Đơn vị thực hiện", "Thời gian hoàn thành theo kế hoạch", "Tiến độ thực hiện đến ngày 30/11/2025", "Ghi chú"],
            [1, "Cải tạo vỉa hè tuyến phố", "Ban QLDA", "Quý III/2025", "Đã hoàn thành, đưa vào sử dụng ngày 28/8/2025", null],
            [2, "Nhà lớp học 3 tầng", "Ban QLDA", "Tháng 10/2025", "Hoàn thành ngày 15/11/2025", null],
            [3, "Hạ tầng khu dân cư", "Ban QLDA", "Trước 31/12/2025", "Đạt 85% khối lượng", null],
            [4, "Chỉnh trang công viên", "Phòng Kinh tế", "Quý III/2025", "Đạt 90% khối lượng", null],
          ],
        },
        null,
        { asOf: "2025-12-12", period: "2025" },
      ),
    );
    expect([1, 2, 3, 4].map((row) => at(r, row)?.status)).toEqual(["met", "not_met", "pending", "overdue"]);
    expect(at(r, 1)?.cell.col).toBe(4);
  });
});
