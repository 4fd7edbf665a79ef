// A remark on a unit's row giving a reason its shortfall may not count ("01 HS chuyển trường", "Nghỉ thai sản"):
// both readings are said (review), never "Chưa đạt" alone; a drop-out, an illness, a rate over those present stay short.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { excusedRemark } from "./remarks";
import type { SheetData } from "./model";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};

describe("excusedRemark", () => {
  it.each<[string, string, boolean]>([
    ["01 HS chuyển trường (chuyển đi tháng 01/2026)", "Tỷ lệ duy trì sĩ số", true],
    ["01 trẻ 5 tuổi học tại trường ngoài huyện", "Trẻ 5 tuổi ra lớp", true],
    ["01 trẻ 5 tuổi học tại trường ngoài huyện", "Nhà trẻ ra lớp", false],
    ["01 trẻ 5 tuổi học tại trường ngoài huyện", "Trẻ 3 tuổi ra lớp", false],
    ["01 trẻ khuyết tật học hòa nhập, đánh giá theo kế hoạch giáo dục cá nhân", "Hoàn thành chương trình GDMN", true],
    ["01 trẻ chuyển trường", "Tỷ lệ chuyên cần", false],
    ["01 HS chuyển trường", "Tỷ lệ HS học tập Tốt, Khá", false],
    ["01 HS bỏ học (tháng 3/2026)", "Tỷ lệ duy trì sĩ số", false],
    ["Nghỉ ốm kéo dài 02 HS", "Tỷ lệ chuyên cần", false],
    ["Nghỉ thai sản từ 10/01/2011", "Tiết dự giờ đồng nghiệp", true],
    ["01 GV nghỉ thai sản, không đánh giá", "GV xếp loại Khá trở lên", false],
    ["01 GV nghỉ thai sản", "Tỷ lệ HS lên lớp", false],
    ["Đ/c Lan chuyển công tác từ tháng 3", "Tỷ lệ HS giỏi", false],
    ["Không có HS khuyết tật", "Huy động trẻ ra lớp", false],
    ["Khuyết tật: không có", "Huy động trẻ ra lớp", false],
    ["Trường chưa tổ chức dạy học hòa nhập", "Tỷ lệ huy động trẻ ra lớp", false],
    ["Chuyển đi 2 HS, chuyển đến 5 HS", "Tỷ lệ duy trì sĩ số", false],
    ["Đã chuyển đi hồ sơ đề nghị công nhận", "Phổ cập giáo dục mầm non", false],
  ])("%s under %s → %s", (remark, indicator, want) => {
    expect(excusedRemark(["X", 1, 2, remark], 0, indicator) !== null).toBe(want);
  });
});

describe("a matrix unit short with a remark giving a reason", () => {
  const sheet = (remark: string): SheetData => ({
    name: "S",
    values: [
      ["STT", "Lớp", "Đầu năm", "Cuối năm", "Tỷ lệ duy trì sĩ số (%)", "Ghi chú"],
      ["", "Chỉ tiêu", "", "", "100%", ""],
      [1, "6A", 49, 49, 100, ""],
      [2, "6B", 47, 46, 97.9, remark],
      [3, "6C", 45, 45, 100, ""],
    ] as CellValue[][],
  });
  const at6B = (remark: string) => ok(checkSheet(sheet(remark), null, { asOf: "2026-05-25" })).items.find((i) => i.unitName === "6B");

  it("asks when the one who left moved school", () => {
    const it6B = at6B("01 HS chuyển trường");
    expect(it6B?.status).toBe("review");
    expect(it6B?.verdict.explanations.vi).toContain("chuyển trường");
  });
  it("keeps the shortfall where the counted cases would not close it (judged again without them)", () => {
    const count = (remark: string) => ok(checkSheet({ name: "S", values: [["STT", "Trường", "Số trẻ 5 tuổi ra lớp", "Ghi chú"], ["", "Chỉ tiêu", 120, ""], [1, "MN Hoa Sen", 120, ""], [2, "MN Sơn Ca", 110, remark]] }, null, { asOf: "2026-05-25" })).items.find((i) => i.unitName === "MN Sơn Ca")?.status;
    expect(count("Có 02 trẻ khuyết tật nặng")).toBe("not_met");
    expect(count("Có 10 trẻ khuyết tật nặng")).toBe("review");
  });
  it("keeps the shortfall for a drop-out or no remark", () => {
    expect(at6B("01 HS bỏ học")?.status).toBe("not_met");
    expect(at6B("")?.status).toBe("not_met");
  });
});

describe("a task due before the lunar new year", () => {
  const sheet = (result: CellValue): SheetData => ({
    name: "S",
    values: [
      ["TT", "Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện"],
      [1, "Sơ kết học kỳ I", "Trước ngày 15/01/2025", "Đã hoàn thành ngày 10/01/2025"],
      [2, "Tổ chức ngày hội Tết quê em", "Trước Tết Nguyên đán Ất Tỵ", result],
    ] as CellValue[][],
  });
  const at = (result: CellValue, asOf: string) => ok(checkSheet(sheet(result), null, { asOf, period: "năm học 2024-2025" } as never)).items.find((i) => i.row === 2);

  it("is not yet due before the earliest day Tết can fall on, and never unreadable", () => {
    expect(at("", "2025-01-17")?.status).toBe("pending");
  });
  it("asks when the day done lies inside the window, and says so", () => {
    const it2 = at("Đã tổ chức ngày 05/02/2025", "2025-03-01");
    expect(it2?.status).toBe("review");
    expect(it2?.verdict.explanations.vi).toContain("Tết Nguyên đán");
  });
  it("is met when done before the window", () => {
    expect(at("Đã tổ chức ngày 15/01/2025", "2025-03-01")?.status).toBe("met");
  });
  const row = (deadline: string, o: object) => ok(checkSheet({ name: "S", values: [sheet("").values[0], [1, "Tặng quà Tết cho học sinh nghèo", deadline, ""]] }, null, o as never)).items[0];
  it("guesses no year: with no period and no year in the words it refuses and says why", () => {
    const it1 = row("Trước Tết Nguyên đán", { asOf: "2025-12-10" });
    expect(it1?.status).toBe("unreadable");
    expect(it1?.verdict.explanations.vi).toContain("Tết năm nào");
    expect(row("Trước Tết", { asOf: "2026-03-10" })?.status).toBe("unreadable");
    expect(row("Trước Tết Nguyên đán 2026", { asOf: "2025-12-10" })?.status).toBe("pending");
  });
  it("reads no other Tết as the lunar new year", () => {
    expect(row("Trước tết Trung thu", { asOf: "2025-12-10", period: "năm học 2025-2026" })?.status).toBe("unreadable");
    expect(row("Trước Tết thiếu nhi", { asOf: "2025-12-10", period: "năm học 2025-2026" })?.status).toBe("unreadable");
    const nyd = row("Trước Tết Dương lịch", { asOf: "2026-01-05", period: "năm học 2025-2026" });
    expect([nyd?.status, nyd?.verdict.explanations.vi]).toEqual(["overdue", expect.stringContaining("31/12/2025")]);
  });
});

describe("a best prize against a prize level to reach", () => {
  const values = (target: string, got: string): CellValue[][] => [
    ["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"],
    [1, "Toán", target, got],
  ];
  const at = (target: string, got: string) => ok(checkSheet({ name: "S", values: values(target, got) }, null, { asOf: "2025-05-01" })).items[0];
  it.each([
    ["Giải Ba trở lên", "Khuyến khích", "not_met"],
    ["Giải Ba trở lên", "KK", "not_met"],
    ["Giải Ba trở lên", "Ba", "met"],
    ["Có giải Nhất", "Nhất", "met"],
    ["Có giải Nhất", "Nhì", "not_met"],
    ["Giải Nhì trở lên", "Giải Nhất", "exceeded"],
  ])("%s, best prize %s → %s", (target, got, want) => {
    expect(at(target, got)?.status).toBe(want);
  });
  it("writes the ladder's verdict as a value: no status formula states it (a live one would call 'Nhì' invalid)", () => {
    expect(at("Giải Ba trở lên", "Nhì")?.noFormula).toBe(true);
  });
});

describe("a standard's level reached against the level registered", () => {
  const at = (target: string, got: string, asOf = "2025-05-01") =>
    ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"], [1, "Trường đạt chuẩn quốc gia", target, got]] }, null, { asOf, period: "năm học 2024-2025" })).items[0];
  it.each([
    ["Mức 1", "Đạt mức 1", "met"],
    ["Duy trì mức 1", "Đạt mức 1", "met"],
    ["Đăng ký: Mức 1", "Công nhận mức 2", "exceeded"],
    ["Đạt chuẩn quốc gia mức 2", "Đạt chuẩn mức 1", "not_met"],
  ])("%s, reached %s → %s", (target, got, want) => {
    expect(at(target, got)?.status).toBe(want);
  });
  it("reads a result awaiting another's check as not yet due within the period, asked after it", () => {
    expect(at("Mức 1", "Chờ Sở kiểm tra")?.status).toBe("pending");
    expect(at("Mức 1", "Đang chờ công nhận", "2025-10-01")?.status).toBe("review");
  });
});

describe("an enrolment pair above 100%", () => {
  const at = (name: string, got: string) =>
    ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"], [1, name, "≥ 99%", got]] }, null, { asOf: "2025-05-01" })).items[0];
  it("judges children from outside the area counted in ('119/118' into grade 1) as the rate, with its note", () => {
    const v = at("Huy động trẻ 6 tuổi vào lớp 1", "119/118");
    expect(v?.status).toBe("exceeded");
    expect(v?.verdict.warnings.map((w) => w.code)).toContain("implausible_value");
  });
  it("keeps n > d invalid for a share that cannot pass 100%", () => {
    expect(at("Tỷ lệ hộ dùng nước hợp vệ sinh", "119/118")?.status).toBe("invalid");
  });
});

describe("a first day or a window in a deadline column, and a span of days done", () => {
  const at = (due: string, done: CellValue) =>
    ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Thời hạn", "Thực hiện"], [1, "Tựu trường", due, done], [2, "Khai giảng", "Ngày 05/9/2017", "05/9/2017"]] }, null, { asOf: "2018-06-15", period: "năm học 2017-2018" })).items[0];
  it("keeps 'Sớm nhất' as a first day, never a deadline", () => {
    expect(at("Sớm nhất ngày 01/8/2017", "14/8/2017")?.status).toBe("met");
    expect(at("Sớm nhất ngày 01/8/2017", "25/7/2017")?.status).toBe("not_met");
  });
  it("judges a span of days on its first and last day: inside the window met, begun before it asked", () => {
    expect(at("Từ ngày 07/5 đến ngày 12/5/2018", "Từ 08/5 đến 11/5/2018")?.status).toBe("met");
    expect(at("Từ ngày 07/5 đến ngày 12/5/2018", "Từ 03/5 đến 11/5/2018")?.status).toBe("review");
    // Two days in one cell are beyond any status formula: the verdict is written as a value (LibreOffice would call
    // the cell invalid where the engine says Đạt: layout 137 F14 in the cli-layouts differential test).
    expect(at("Từ ngày 07/5 đến ngày 12/5/2018", "Từ 08/5 đến 11/5/2018")?.noFormula).toBe(true);
  });
  it("gives a window's first day its last day's year, and keeps a bare day a deadline", () => {
    const row = (due: string, done: string, period: string) =>
      ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Thời hạn", "Thực hiện"], [1, "Tuyển sinh", due, done]] }, null, { asOf: "2021-08-01", period })).items[0];
    expect(row("Từ ngày 12/7 đến 14/7/2021", "Hoàn thành 14/7/2021", "năm học 2021-2022")?.status).toBe("met");
    expect(row("Ngày 15 tháng 7 năm 2021", "14/7/2021", "năm học 2020-2021")?.status).toBe("met");
  });
});

describe("a bare share for the middle grade of a distribution", () => {
  const rows = (mid: CellValue, bad: CellValue) =>
    ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Cam kết", "Thực hiện (%)"], [1, "Khá", "40%", "42%"], [2, "Trung bình", "9,5%", mid], [3, "Thi lại", "7,5%", bad]] }, null, { asOf: "2013-05-31" })).items;
  it("asks when floor and ceiling readings differ, never for a grade with a direction", () => {
    const [kha, tb] = rows("6,1%", "6,3%");
    expect(tb?.status).toBe("review");
    expect(kha?.status).toBe("exceeded");
  });
});

describe("a count under a yes/no target", () => {
  it("is asked about, never called invalid", () => {
    const items = ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu", "Thực hiện"], [1, "Xây dựng nông thôn mới", "Đạt chuẩn", 16], [2, "Trường chuẩn", "Đạt chuẩn", 1]] }, null, { asOf: "2024-01-15" })).items;
    expect(items.map((i) => i.status)).toEqual(["review", "met"]);
  });
});
