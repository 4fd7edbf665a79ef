// Classes of failure met on the spent holdout15 layouts (issue 11, sheet21), each on an invented neighbour: the
// signing line's year taken as the sheet's period, a unit's plan column naming what is planned ("Kế hoạch xây mới")
// beside the figure naming the same thing, a short count whose row says a case awaits a decision.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { checkSheet } from "./check";
import { awaitingRemark } from "./matrix";
import { quarterDue } from "../table/target";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const at = (r: CheckedSheet, row: number, col?: number) => r.items.find((i) => i.cell.row === row && (col === undefined || i.cell.col === col));

describe("a day with no year under a title naming its period, signed the next year", () => {
  const sheet = (title: string): CellValue[][] => [
    ["PHÒNG GD&ĐT HUYỆN ĐÔNG HẢI", null, "Đông Hải, ngày 06 tháng 01 năm 2025"],
    [title, null, null],
    [null, null, null],
    ["STT", "Tên báo cáo", "Thời hạn gửi", "Ngày gửi"],
    [1, "Báo cáo thống kê cuối năm", "Ngày 20 tháng 12", new Date(Date.UTC(2024, 11, 23))],
    [2, "Báo cáo công tác thư viện", "Ngày 10 tháng 12", new Date(Date.UTC(2024, 11, 9))],
  ];
  it("dates the deadline by the title's year, not the signing line's: sent three days late is not met", () => {
    const r = ok(checkSheet({ name: "S", values: sheet("SỔ THEO DÕI GỬI BÁO CÁO NĂM 2024") }, null, { asOf: "2025-01-06" }));
    expect(at(r, 4)?.status).toBe("not_met");
    expect(at(r, 5)?.status).toBe("met");
  });
  it("keeps the signing line's year when no other line names a period (neighbour)", () => {
    const r = ok(checkSheet({ name: "S", values: sheet("SỔ THEO DÕI GỬI BÁO CÁO") }, null, { asOf: "2025-01-06" }));
    expect(at(r, 4)?.target).toMatch(/2025/);
  });
});

describe("a unit's plan column naming what is planned", () => {
  const head = ["STT", "Phường", "Tổng số phòng học", "Kế hoạch xây mới năm 2024", "Số phòng được xây mới trong năm", "Ghi chú"];
  const rows: CellValue[][] = [
    [1, "Phường An Phú", 40, 3, 3, null],
    [2, "Phường Bình Khánh", 28, 2, 1, null],
    [3, "Phường Cát Lái", 35, 2, 4, null],
    [4, "Phường Thạnh Mỹ", 22, 2, 1, "Đã nghiệm thu 01 phòng, chờ quyết định phê duyệt quyết toán"],
  ];
  it("is each unit's target for the one figure column naming the same words, and says so", () => {
    const r = ok(checkSheet({ name: "S", values: [head, ...rows] }, null, { asOf: "2024-10-01", period: "2024" }));
    expect([1, 2, 3].map((k) => at(r, k, 4)?.status)).toEqual(["met", "not_met", "exceeded"]);
    expect((r.layout.decisions ?? []).some((d) => /Kế hoạch xây mới.*xây mới năm 2024/.test(d.vi))).toBe(true);
  });
  it("leaves a short count whose row says a case awaits its decision not yet due, then asked past the period", () => {
    expect(at(ok(checkSheet({ name: "S", values: [head, ...rows] }, null, { asOf: "2024-10-01", period: "2024" })), 4, 4)?.status).toBe("pending");
    expect(at(ok(checkSheet({ name: "S", values: [head, ...rows] }, null, { asOf: "2025-02-01", period: "2024" })), 4, 4)?.status).toBe("review");
  });
  it("pairs nothing when two figure columns name the planned words, or none does (neighbours)", () => {
    const two = [["STT", "Phường", "Kế hoạch xây mới", "Số phòng xây mới kiên cố", "Số phòng xây mới bán kiên cố"], ...rows.map((x) => [x[0], x[1], x[3], x[4], 1])];
    expect(ok(checkSheet({ name: "S", values: two }, null, { asOf: "2024-10-01" })).items.some((i) => i.status === "met" || i.status === "not_met")).toBe(false);
    const none = [["STT", "Phường", "Kế hoạch xây mới", "Số phòng sửa chữa"], ...rows.map((x) => [x[0], x[1], x[3], x[4]])];
    expect(ok(checkSheet({ name: "S", values: none }, null, { asOf: "2024-10-01" })).items.some((i) => i.status === "met" || i.status === "not_met")).toBe(false);
  });
});

describe("a remark awaiting a decision", () => {
  it("is told from 'cho' (for) and from a decision already made", () => {
    expect(awaitingRemark(["X", 1, "Đang chờ công nhận"], 0)).toBe("Đang chờ công nhận");
    expect(awaitingRemark(["X", 1, "Đã gửi hồ sơ cho Sở, quyết định số 12"], 0)).toBeNull();
    expect(awaitingRemark(["X", 1, "Đã có quyết định công nhận"], 0)).toBeNull();
  });
});

describe("a share no role word names beside each unit's target in '%'", () => {
  // Rows: title, as-of line, header, column numbers, the whole on top, four communes.
  const values = (asOfLine: string): CellValue[][] => [
    ["TỶ LỆ HỘ DÙNG NƯỚC SẠCH NĂM 2024", null, null, null, null, null],
    [asOfLine, null, null, null, null, null],
    ["TT", "Xã", "Số hộ", "Số hộ dùng nước sạch", "Tỷ lệ hộ dùng nước sạch (%)", "Chỉ tiêu giao năm 2024 (%)"],
    ["A", "B", "1", "2", "3 = 2/1", "4"],
    [null, "Toàn huyện", 4000, 3720, 93, 92.5],
    [1, "Xã Tân Hòa", 1000, 960, 96, 95],
    [2, "Xã Phú Mỹ", 1000, 900, 90, 92],
    [3, "Xã Long Sơn", 1000, 930, 93, "Trên 90%"],
    [4, "Xã Bình An", 1000, 930, 93, 93],
  ];
  const formulas = [[], [], [], [], [undefined, undefined, "=SUM(C6:C9)", "=SUM(D6:D9)", "=ROUND(D5/C5*100,2)"]];
  it("is judged against it, the whole's typed rate against its own target", () => {
    const r = ok(checkSheet({ name: "S", values: values("(Số liệu đến ngày 31/12/2024)"), formulas }, null, { asOf: "2025-01-10" }));
    expect([5, 6, 7, 8].map((k) => at(r, k)?.status)).toEqual(["exceeded", "not_met", "met", "met"]);
    expect(at(r, 4)?.status).toBe("exceeded");
  });
  it("leaves a short share asked, not failed, when the figures are as of a day in the period's first half", () => {
    const r = ok(checkSheet({ name: "S", values: values("(Số liệu đến ngày 31/5/2024)"), formulas }, null, { asOf: "2024-06-05" }));
    expect(at(r, 6)?.status).toBe("review");
    expect(at(r, 5)?.status).toBe("exceeded");
  });
});

describe("results written in words", () => {
  const list = (rows: CellValue[][]) => ok(checkSheet({ name: "S", values: [["STT", "Nội dung chỉ tiêu", "Chỉ tiêu theo Nghị quyết năm học", "Kết quả thực hiện"], ...rows.map((x, i) => [i + 1, ...x])] }, null, { asOf: "2024-06-01", period: "2023-2024" }));
  it("reads 'Chỉ tiêu theo Nghị quyết' as the target column, a pair with its share in brackets, and a keep answer", () => {
    const r = list([
      ["Giáo viên có trình độ trên chuẩn", "Từ 80% trở lên", "21/25 GV (84%)"],
      ["Giáo viên có trình độ trên chuẩn (số)", "20 GV", "21/25 GV (84%)"],
      ["Trường đạt kiểm định chất lượng", "Duy trì", "Duy trì (đánh giá ngoài năm 2022)"],
      ["Thư viện đạt chuẩn", "Giữ vững", "Tiếp tục giữ vững"],
    ]);
    expect(at(r, 1)?.status).toBe("exceeded");
    expect(at(r, 3)?.status).toBe("met");
  });
  it("never reads a no before the keep word, or another target, as kept (neighbours)", () => {
    const r = list([["Trường đạt kiểm định chất lượng", "Duy trì", "Không duy trì được"], ["Trường đạt chuẩn", "Đạt chuẩn mức độ 2", "Duy trì"]]);
    expect(at(r, 1)?.status).not.toBe("met");
    expect(at(r, 2)?.status).not.toBe("met");
  });
});

describe("a remark awaiting a check, or a recognition again", () => {
  it("is no decision awaited on what passed (neighbour)", () => {
    expect(awaitingRemark(["X", 2, "Chờ kiểm tra công nhận lại"], 0)).toBeNull();
    expect(awaitingRemark(["X", 2, "Hồ sơ đang chờ thẩm định"], 0)).toBeNull();
    expect(awaitingRemark(["X", 2, "Đã kiểm tra đạt, chờ quyết định công nhận"], 0)).not.toBeNull();
  });
});

describe("month headings over tasks", () => {
  const plan = (rows: CellValue[][]): CellValue[][] => [["TT", "Nội dung công việc", "Thời gian hoàn thành", "Kết quả thực hiện", "Ghi chú"], ...rows];
  const rows: CellValue[][] = [
    ["THÁNG 10/2024", null, null, null, null],
    [1, "Tổ chức Đại hội Liên đội", null, "Đã tổ chức ngày 12/10/2024", null],
    [2, "Tập huấn phần mềm quản lý", "Trước 05/11/2024", "Hoàn thành ngày 04/11/2024", null],
    [3, "Thi kể chuyện theo sách cấp trường", null, "Đã tổ chức ngày 08/11/2024", null],
    ["THÁNG 11/2024", null, null, null, null],
    [4, "Hội thi giáo viên chủ nhiệm giỏi", null, "Chưa tổ chức", "Lùi sang tháng 02/2025 theo Công văn của Phòng"],
    [5, "Chuyên đề dạy học STEM", null, null, null],
    ["CÔNG VIỆC THƯỜNG XUYÊN", null, null, null, null],
    [6, "Kiểm tra hồ sơ sổ sách", null, "Đã kiểm tra", null],
  ];
  const merges = [0, 4, 7].map((r) => ({ top: r + 1, left: 0, bottom: r + 1, right: 4 }));
  const r = ok(checkSheet({ name: "S", values: plan(rows), merges }, null, { asOf: "2024-12-10", period: "2024-2025" }));
  it("date the tasks under them whose own deadline cell is blank; a task's own cell still says its day", () => {
    expect(at(r, 2)?.status).toBe("met");
    expect(at(r, 3)?.status).toBe("met");
    expect(at(r, 4)?.status).toBe("not_met");
    expect(at(r, 7)?.status).toBe("overdue");
  });
  it("leave a task moved by its note to a later month not yet due; a section naming no month dates nothing", () => {
    expect(at(r, 6)?.status).toBe("pending");
    expect(at(r, 6)?.verdict.explanation).toMatch(/đã dời/u);
    expect(["met", "exceeded", "pending", "overdue", "not_met"]).not.toContain(at(r, 9)?.status);
  });
});

describe("counts written with words", () => {
  const list = (rows: CellValue[][], asOf = "2024-06-01") => ok(checkSheet({ name: "S", values: [["STT", "Nội dung", "Chỉ tiêu", "Kết quả"], ...rows.map((x, i) => [i + 1, ...x])] }, null, { asOf, period: "2023-2024" }));
  it("judges 'N trẻ/M lớp' on the count the target names, the classes being no denominator", () => {
    const r = list([["Số trẻ ra lớp", "320 trẻ", "326 trẻ/10 lớp"], ["Số trẻ bán trú", "320 trẻ", "300 trẻ/10 lớp"]]);
    expect([1, 2].map((k) => at(r, k)?.status)).toEqual(["exceeded", "not_met"]);
  });
  it("reads 'Chưa tổ chức' under a count as none counted yet, never 'Chưa có số liệu' (neighbour)", () => {
    const r = list([["Giáo viên đạt giải hội thi cấp trường", "04 GV", "Chưa tổ chức"], ["Giáo viên đạt giải hội thi cấp huyện", "02 GV", "Chưa có số liệu"]]);
    expect(at(r, 1)?.status).toBe("not_met");
    expect(at(r, 2)?.status).toBe("no_data");
  });
});

describe("two target columns of equal standing", () => {
  const sheet = (head: string[], rows: CellValue[][]) => ok(checkSheet({ name: "S", values: [["STT", "Chỉ tiêu", ...head], ...rows.map((x, i) => [i + 1, ...x])] }, null, { asOf: "2024-12-20", period: "2024" }));
  const rows: CellValue[][] = [
    ["Tỷ lệ hộ dùng nước sạch", "Từ 98% trở lên", "97,5%", 97.8],
    ["Tỷ lệ trẻ tiêm chủng đầy đủ", "Từ 95% trở lên", "95%", 96.2],
    ["Tỷ lệ hộ nghèo", "Dưới 3%", "Dưới 3%", 3.4],
  ];
  it("judges each figure on both, asking where the two verdicts differ", () => {
    const r = sheet(["Nghị quyết HĐND xã", "Kế hoạch UBND xã", "Ước thực hiện"], rows);
    expect([1, 2, 3].map((k) => at(r, k)?.status)).toEqual(["review", "exceeded", "not_met"]);
    expect(at(r, 1)?.verdict.explanation).toMatch(/theo cột C.*theo cột D/u);
  });
  it("keeps to the one a reading ranks first, a later year's plan (neighbour)", () => {
    const r = sheet(["Kế hoạch năm 2024", "Kế hoạch năm 2025", "Thực hiện năm 2024"], rows);
    expect(at(r, 1)?.status).toBe("not_met");
  });
});

describe("a day of a month of every quarter", () => {
  it("is read on the quarter the row names, strict when it says 'trước'", () => {
    expect(quarterDue("Trước ngày 15 của tháng cuối quý", "Báo cáo công tác thi đua quý III năm 2023")).toEqual({ strict: true, day: "2023-09-15" });
    expect(quarterDue("Ngày 05 tháng đầu quý", "Kế hoạch quý 2/2024")).toEqual({ strict: false, day: "2024-04-05" });
  });
  it("names no day on a row naming no quarter, or two (neighbours)", () => {
    expect(quarterDue("Trước ngày 15 của tháng cuối quý", "Báo cáo công tác thi đua")).toBeNull();
    expect(quarterDue("Trước ngày 15 của tháng cuối quý", "Báo cáo quý III năm 2023 và quý IV năm 2023")).toBeNull();
  });
  it("judges a report sent on the day as late, the day before as on time", () => {
    const values: CellValue[][] = [
      ["TT", "Tên báo cáo", "Thời hạn gửi", "Ngày gửi"],
      [1, "Báo cáo công tác thi đua quý III năm 2023", "Trước ngày 15 của tháng cuối quý", new Date(Date.UTC(2023, 8, 15))],
      [2, "Báo cáo công tác dân vận quý III năm 2023", "Trước ngày 15 của tháng cuối quý", new Date(Date.UTC(2023, 8, 14))],
    ];
    const r = ok(checkSheet({ name: "S", values }, null, { asOf: "2023-10-02" }));
    expect([1, 2].map((k) => at(r, k)?.status)).toEqual(["not_met", "met"]);
  });
});

describe("plan, keep and proposal answers", () => {
  const list = (rows: CellValue[][], asOf: string) => ok(checkSheet({ name: "S", values: [["STT", "Chỉ tiêu", "Kế hoạch", "Ước thực hiện"], ...rows.map((x, i) => [i + 1, ...x])] }, null, { asOf, period: "2024" }));
  it("judges a share of the plan under 'Hoàn thành kế hoạch' against all of it", () => {
    const r = list([["Thu ngân sách xã", "Hoàn thành kế hoạch", "Đạt 104% dự toán"], ["Thu phí chợ", "Hoàn thành dự toán", "92% dự toán"], ["Quyết toán vốn", "Hoàn thành kế hoạch", "Đạt 3 công trình"]], "2025-01-05");
    expect([1, 2].map((k) => at(r, k)?.status)).toEqual(["exceeded", "not_met"]);
    expect(["met", "exceeded"]).not.toContain(at(r, 3)?.status);
  });
  it("reads a bare 'Giữ vững' as a keep target, and a proposal awaiting recognition as nothing known yet", () => {
    const r = list([["Xã đạt chuẩn văn hóa", "Giữ vững", "Giữ vững"], ["Danh hiệu cơ quan văn hóa", "Tiếp tục giữ vững", "Đang đề nghị huyện công nhận"]], "2024-11-20");
    expect(at(r, 1)?.status).toBe("met");
    expect(at(r, 2)?.status).toBe("pending");
  });
});

describe("a start figure in the result's brackets", () => {
  const list = (rows: CellValue[][]) => ok(checkSheet({ name: "S", values: [["STT", "Chỉ tiêu", "Chỉ tiêu năm học", "Kết quả"], ...rows.map((x, i) => [i + 1, ...x])] }, null, { asOf: "2024-05-30", period: "2023-2024" }));
  it("is the baseline of a change target, when no column gives one", () => {
    const r = list([["Học sinh vi phạm nội quy", "Giảm so với đầu năm học", "9 HS (đầu năm: 14 HS)"], ["Học sinh nghỉ học dài ngày", "Giảm so với năm học trước", "6 HS (năm học trước: 4 HS)"]]);
    expect([1, 2].map((k) => at(r, k)?.status)).toEqual(["met", "not_met"]);
  });
  it("leaves a bracket that gives no earlier figure as it was (neighbour)", () => {
    const r = list([["Học sinh vi phạm nội quy", "Giảm so với đầu năm học", "9 HS (3 HS lớp 6)"]]);
    expect(at(r, 1)?.status).toBe("review");
  });
});
