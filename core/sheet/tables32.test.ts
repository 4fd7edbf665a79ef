// Round 42 (tables32): a schedule line written over the header ("Thời gian thực hiện: … hoàn thành trước ngày …",
// "Lịch thời vụ: … kết thúc trước ngày …; … trước ngày …") dates the plans of the table under it. Every sheet is invented.
import { describe, expect, it } from "vitest";
import { checkSheet } from "./check";
import type { SheetData } from "./model";

type R = ReturnType<typeof checkSheet>;
const spans = (...m: Array<[number, number, number, number]>) => m.map(([top, left, bottom, right]) => ({ top, left, bottom, right }));
const at = (r: R, row: number, col: number) => (r.ok ? r.items.find((i) => i.cell.row === row && i.cell.col === col) : undefined);

/**
 * A title (row 0), the schedule `line` (row 1), a header (rows 3-4): TT | Xã | each group merged over "KH | TH" |
 * Ghi chú; three communes (rows 5-7), each group's plan and done side by side. Done columns are 3, 5, 7.
 */
function scheduledSheet(line: string, groups: string[], rows: Array<[string, ...number[]]>): SheetData {
  const head: SheetData["values"][number] = ["TT", "Xã"];
  const sub: SheetData["values"][number] = [null, null];
  for (const g of groups) {
    head.push(g, null);
    sub.push("KH", "TH");
  }
  head.push("Ghi chú");
  sub.push(null);
  const last = 2 + groups.length * 2;
  return {
    name: "Tien do",
    values: [["BẢNG TỔNG HỢP TIẾN ĐỘ THEO XÃ (số liệu tính đến ngày 10/5/2037)"], [line], [], head, sub, ...rows.map(([name, ...f], i) => [i + 1, name, ...f, null])],
    merges: spans([3, 0, 4, 0], [3, 1, 4, 1], ...groups.map((_, i): [number, number, number, number] => [3, 2 + 2 * i, 3, 3 + 2 * i]), [3, last, 4, last]),
  };
}

const one = (line: string, group: string) =>
  scheduledSheet(line, [group], [
    ["Xã Hòa Bình", 400, 150],
    ["Xã An Phú", 200, 200],
    ["Xã Tân Lập", 300, 320],
  ]);

describe("a schedule line over the header dates the table's plans", () => {
  const wordings: Array<[string, string]> = [
    ["Thời gian thực hiện: các xã tổ chức cấp phát ngay khi nhận hàng, hoàn thành trước ngày 31/5/2037.", "Cấp phát bình lọc nước"],
    ["Yêu cầu: các xã hoàn thành tiêm phòng lở mồm long móng chậm nhất ngày 25/5/2037", "Tiêm phòng LMLM"],
    ["Lưu ý: kế hoạch phát quang hành lang tuyến đường, hạn chót 30/6/2037 (theo Kế hoạch số 15/KH-UBND ngày 02/4/2037).", "Phát quang hành lang"],
  ];
  for (const [line, group] of wordings) {
    it(`"${line.slice(0, 40)}…" read before the day: short is not yet due, met and exceeded as before`, () => {
      const r = checkSheet(one(line, group), null, { asOf: "2037-05-12" });
      expect(r.ok).toBe(true);
      expect([5, 6, 7].map((row) => at(r, row, 3)?.status)).toEqual(["pending", "met", "exceeded"]);
    });
  }
  it("once the day has passed (the figures dated after it) a short figure is short", () => {
    const s = one(wordings[0]![0], wordings[0]![1]);
    s.values[0] = ["BẢNG TỔNG HỢP TIẾN ĐỘ THEO XÃ (số liệu tính đến ngày 05/6/2037)"];
    expect(at(checkSheet(s, null, { asOf: "2037-06-06" }), 5, 3)?.status).toBe("not_met");
  });
  it("figures dated before the day are read as of their own day, whatever the check's day", () => {
    expect(at(checkSheet(one(wordings[0]![0], wordings[0]![1]), null, { asOf: "2037-06-20" }), 5, 3)?.status).toBe("pending");
  });
  it("a reporting deadline dates the report, not the plans", () => {
    for (const line of ["Các xã gửi báo cáo kết quả về Phòng trước ngày 31/5/2037.", "Đề nghị các đơn vị cập nhật số liệu, nộp về Trạm chậm nhất ngày 31/5/2037"]) {
      expect(at(checkSheet(one(line, "Cấp phát bình lọc nước"), null, { asOf: "2037-05-12" }), 5, 3)?.status).toBe("not_met");
    }
  });
});

describe("a schedule naming several days binds each column by the clause naming it", () => {
  const calendar = "Lịch thời vụ: khoai tây trồng xong trước ngày 20/5/2037; đậu tương và rau màu các loại hoàn thành gieo trồng trước ngày 15/6/2037.";
  const sheet = (line: string) =>
    scheduledSheet(line, ["Khoai tây", "Đậu tương", "Cộng diện tích"], [
      ["Xã Hòa Bình", 40, 12, 10, 4, 50, 16],
      ["Xã An Phú", 30, 30, 8, 2, 38, 32],
      ["Xã Tân Lập", 25, 10, 12, 13, 37, 23],
    ]);
  it("before every day: each crop's day, the column no clause names by the last", () => {
    const r = checkSheet(sheet(calendar), null, { asOf: "2037-05-12" });
    expect([5, 6, 7].map((row) => at(r, row, 3)?.status)).toEqual(["pending", "met", "pending"]);
    expect([5, 6, 7].map((row) => at(r, row, 5)?.status)).toEqual(["pending", "pending", "exceeded"]);
    expect(at(r, 5, 3)?.verdict.explanations.vi).toContain("20/05/2037");
    expect(at(r, 5, 5)?.verdict.explanations.vi).toContain("15/06/2037");
    expect(at(r, 5, 7)?.status).toBe("pending");
  });
  it("between the days: the crop whose day passed is short, the other pending, the unnamed column not bound", () => {
    const s = sheet(calendar);
    s.values[0] = ["TIẾN ĐỘ GIEO TRỒNG (số liệu tính đến ngày 31/5/2037)"];
    const r = checkSheet(s, null, { asOf: "2037-05-31" });
    expect(at(r, 5, 3)?.status).toBe("not_met");
    expect(at(r, 5, 5)?.status).toBe("pending");
    expect(at(r, 5, 7)?.status).not.toBe("pending");
  });
});

/**
 * A header (row 2): TT | Xã | "<size>" | "<plan>" | "<done>" | "<share>" | Ghi chú; three communes (rows 3-5) whose share
 * is a formula dividing the done column by the plan column on its own row (`divides` false: typed numbers).
 */
function planWordSheet(plan: string, done: string, divides = true): SheetData {
  const rows: Array<[string, number, number, number]> = [
    ["Xã Hòa Bình", 900, 800, 500],
    ["Xã An Phú", 700, 600, 600],
    ["Xã Tân Lập", 650, 500, 540],
  ];
  return {
    name: "Tien do",
    values: [["BẢNG TỔNG HỢP KẾT QUẢ THEO XÃ"], [], ["TT", "Xã", "Tổng số hộ", plan, done, "Tỷ lệ so với kế hoạch (%)", "Ghi chú"], ...rows.map(([n, size, p, d], i) => [i + 1, n, size, p, d, Math.round((d / p) * 10000) / 100, null])],
    formulas: divides ? [[], [], [], ...rows.map((_, i) => [undefined, undefined, undefined, undefined, undefined, `=ROUND(E${i + 4}/D${i + 4}*100,2)`])] : undefined,
    merges: [],
  };
}

describe("a plan word before one word of what is planned pairs only where a share's formulas divide by it", () => {
  const wordings: Array<[string, string]> = [
    ["Kế hoạch tiêm (con)", "Đã tiêm (con)"],
    ["KH thu (triệu đồng)", "Đã thu (triệu đồng)"],
    ["Chỉ tiêu khám (người)", "Số người đã khám"],
  ];
  for (const [plan, done] of wordings) {
    it(`"${plan}" beside "${done}", the share = done/plan: each unit's plan`, () => {
      const r = checkSheet(planWordSheet(plan, done), null, { asOf: "2037-12-31" });
      expect(r.ok).toBe(true);
      expect([3, 4, 5].map((row) => at(r, row, 4)?.status)).toEqual(["not_met", "met", "exceeded"]);
    });
    it(`"${plan}" beside "${done}" with typed shares: not paired on one word`, () => {
      const r = checkSheet(planWordSheet(plan, done, false), null, { asOf: "2037-12-31" });
      expect(at(r, 3, 4)?.status ?? "none").not.toBe("not_met");
    });
  }
  it("the share divides by the plan but the figure names another word: not paired", () => {
    const r = checkSheet(planWordSheet("Kế hoạch vốn (triệu đồng)", "Giải ngân (triệu đồng)"), null, { asOf: "2037-12-31" });
    expect(at(r, 3, 4)?.status ?? "none").not.toBe("not_met");
  });
});

/** A target row (row 4) "Chỉ tiêu Đề án" whose cells name their own horizon, over "Số trẻ | Được học | Tỷ lệ (%)". */
function horizonCellSheet(target: string): SheetData {
  const unit = (i: number, name: string, whole: number, done: number) => [i, name, whole, done, Math.round((done / whole) * 10000) / 100, null];
  return {
    name: "TCTV",
    values: [["KẾT QUẢ TĂNG CƯỜNG TIẾNG VIỆT NĂM HỌC 2036-2037"], [], ["TT", "Trường", "Trẻ 5 tuổi", null, null, "Ghi chú"], [null, null, "Tổng số", "Được học", "Tỷ lệ (%)", null], [null, "Chỉ tiêu Đề án", null, null, target, null], unit(1, "Trường MN Hoa Sen", 100, 60), unit(2, "Trường MN Sơn Ca", 80, 76), unit(3, "Trường MN Họa Mi", 50, 50)],
    merges: spans([2, 0, 3, 0], [2, 1, 3, 1], [2, 2, 2, 4], [2, 5, 3, 5]),
  };
}

describe("a target cell naming its own horizon bounds it", () => {
  for (const target of ["≥ 90% (đến hết năm 2037)", "Đạt 90% trở lên đến năm 2038", "Tối thiểu 90% (đến hết năm 2038)"]) {
    it(`"${target}" read in July 2037: short is not yet due; met and exceeded as before`, () => {
      const r = checkSheet(horizonCellSheet(target), null, { asOf: "2037-07-20" });
      expect([5, 6, 7].map((row) => at(r, row, 3)?.status)).toEqual(["pending", "exceeded", "exceeded"]);
    });
  }
  it("once its year has ended a short figure is short", () => {
    const r = checkSheet(horizonCellSheet("≥ 90% (đến hết năm 2037)"), null, { asOf: "2038-01-10" });
    expect(at(r, 5, 3)?.status).toBe("not_met");
  });
});

/**
 * A plan column (col 2) beside a merged count "<whole>" over "Tổng số | <part>" (cols 3-4), three units and a total
 * row; the part is a share of the whole to the reader unless a plan names what the whole counts.
 */
function wholeAndPartSheet(plan: string, whole: string, part: string): SheetData {
  return {
    name: "Tong hop",
    values: [
      ["BIỂU TỔNG HỢP 6 THÁNG ĐẦU NĂM 2037 (số liệu tính đến ngày 30/6/2037)"],
      [],
      ["TT", "Đơn vị", plan, whole, null, "Ghi chú"],
      [null, null, null, "Tổng số", part, null],
      [1, "Xã Hòa Bình", 40, 12, 5, null],
      [2, "Xã An Phú", 30, 31, 14, null],
      [3, "Xã Tân Lập", 25, 10, 4, null],
    ],
    merges: spans([2, 0, 3, 0], [2, 1, 3, 1], [2, 2, 3, 2], [2, 3, 2, 4], [2, 5, 3, 5]),
  };
}

describe("a plan naming what a merged count sums pairs with its 'Tổng số', its 'Trong đó' part left unjudged", () => {
  const wordings: Array<[string, string, string]> = [
    ["Chỉ tiêu kết nạp năm 2037", "Kết nạp 6 tháng đầu năm 2037", "Trong đó: Nữ"],
    ["Kế hoạch khám sức khỏe năm 2037", "Khám sức khỏe 6 tháng đầu năm 2037", "Trong đó nữ"],
    ["Chỉ tiêu cấp thẻ năm 2037", "Đã cấp thẻ đến 30/6", "Trong đó: hộ nghèo"],
  ];
  for (const [plan, whole, part] of wordings) {
    it(`"${plan}" beside "${whole} ⟩ Tổng số | ${part}": the whole is judged against the plan`, () => {
      const r = checkSheet(wholeAndPartSheet(plan, whole, part), null, { asOf: "2037-06-30" });
      expect(r.ok).toBe(true);
      expect(at(r, 5, 3)?.status).toBe("exceeded");
      expect(at(r, 4, 3)?.status).toBe("pending");
      expect(r.ok && r.items.some((i) => i.cell.col === 4)).toBe(false);
    });
  }
  it("a plan naming something else leaves the count and its part alone", () => {
    const r = checkSheet(wholeAndPartSheet("Chỉ tiêu phát triển đảng viên năm 2037", "Kết nạp 6 tháng đầu năm 2037", "Trong đó: Nữ"), null, { asOf: "2037-06-30" });
    expect(at(r, 4, 3)?.status ?? "none").not.toBe("pending");
  });
});

// Round 42 (tables32b): the four rules narrowed after review42e's cases, each in wordings of its own.
const titled = (title: string, line: string, group: string) => {
  const s = one(line, group);
  s.values[0] = [title];
  return s;
};

describe("a schedule line binds only the work and period of the table's own figures", () => {
  const year = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU CẤP PHÁT BÌNH LỌC NƯỚC NĂM 2036";
  it("a day after the figures' year (the report, a dossier, a tally) leaves a short figure short", () => {
    for (const line of [
      "Các xã tổng hợp, chuyển kết quả về Phòng Tài nguyên trước ngày 08/01/2037.",
      "Đơn vị ghi số thực hiện vào cột TH, hạn chót 12/01/2037",
      "Đề nghị các xã hoàn thiện hồ sơ quyết toán cấp phát chậm nhất ngày 20/01/2037",
    ]) {
      expect(at(checkSheet(titled(year, line, "Cấp phát bình lọc nước"), null, { asOf: "2037-01-05" }), 5, 3)?.status).toBe("not_met");
    }
  });
  it("a clause naming another term, season or year than the title's dates that one, not these figures", () => {
    // (A part-period title still dates a short count by the period's end, as before: only the line's day is checked.)
    const cases: Array<[string, string, string, string, string]> = [
      ["KẾT QUẢ CẤP PHÁT SÁCH GIÁO KHOA HỌC KỲ I NĂM HỌC 2036-2037", "Việc cấp phát sách học kỳ II hoàn thành trước ngày 28/02/2037.", "Cấp phát sách", "2037-01-20", "28/02/2037"],
      ["TIẾN ĐỘ GIEO TRỒNG VỤ ĐÔNG XUÂN 2036-2037 (số liệu tính đến 20/4/2037)", "Lịch thời vụ vụ Hè Thu 2037: gieo trồng xong trước ngày 20/5/2037.", "Gieo trồng lúa", "2037-04-21", "20/05/2037"],
      ["KẾT QUẢ TIÊM PHÒNG ĐỢT 1 NĂM 2037 (số liệu tính đến 10/5/2037)", "Tiêm phòng đợt 2 hoàn thành trước ngày 30/5/2037.", "Tiêm phòng dại chó", "2037-05-12", "30/05/2037"],
    ];
    for (const [title, line, group, asOf, day] of cases) {
      const v = at(checkSheet(titled(title, line, group), null, { asOf }), 5, 3);
      expect(v?.status).toMatch(/not_met|pending/);
      expect(v?.verdict.explanations.vi).not.toContain(day);
    }
  });
  it("a clause naming none of the table's work (a review, an emulation tally) binds nothing", () => {
    const s = titled("TIẾN ĐỘ CẤP PHÁT BÌNH LỌC NƯỚC NĂM 2037 (số liệu tính đến 10/5/2037)", "Yêu cầu: các xã tổ chức sơ kết, bình xét thi đua xong trước ngày 31/5/2037.", "Cấp phát bình lọc nước");
    expect(at(checkSheet(s, null, { asOf: "2037-05-12" }), 5, 3)?.verdict.explanations.vi).not.toContain("31/05/2037");
  });
  it("'hạn' alone is a noun (drought, shelf life); 'thời hạn' is a deadline", () => {
    const title = "TIẾN ĐỘ TIÊM PHÒNG DẠI CHÓ NĂM 2037 (số liệu tính đến 10/5/2037)";
    expect(at(checkSheet(titled(title, "Tiêm phòng theo Kế hoạch phòng, chống hạn ngày 05/6/2037 của UBND huyện", "Tiêm phòng dại chó"), null, { asOf: "2037-05-12" }), 5, 3)?.verdict.explanations.vi).not.toContain("05/06/2037");
    expect(at(checkSheet(titled(title, "Tiêm phòng dại chó đợt này, thời hạn 31/5/2037", "Tiêm phòng dại chó"), null, { asOf: "2037-05-12" }), 5, 3)?.verdict.explanations.vi).toContain("Chưa đến hạn: 150, chỉ tiêu ít nhất 400, thiếu 250, chỉ tiêu tính đến 31/05/2037");
  });
  it("the table's own work inside its period still binds", () => {
    const s = titled("TIẾN ĐỘ TIÊM PHÒNG DẠI CHÓ ĐỢT 1 NĂM 2037 (số liệu tính đến 10/5/2037)", "Thời gian: các xã hoàn thành tiêm phòng đợt 1 trước ngày 31/5/2037.", "Tiêm phòng dại chó");
    const r = checkSheet(s, null, { asOf: "2037-05-12" });
    expect([5, 6, 7].map((row) => at(r, row, 3)?.status)).toEqual(["pending", "met", "exceeded"]);
    expect(at(r, 5, 3)?.verdict.explanations.vi).toContain("31/05/2037");
  });
});

/** A term's rates (HK I) under "Học sinh đạt ⟩ Tổng số HS | Đạt | Tỷ lệ (%)", a target row `target`, an optional line. */
function termRateSheet(title: string, target: string, line?: string): SheetData {
  const top: SheetData["values"] = line ? [[title], [line], []] : [[title], []];
  const h = top.length;
  return {
    name: "HK1",
    values: [...top, ["TT", "Trường", "Học sinh đạt chuẩn đọc", null, null, "Ghi chú"], [null, null, "Tổng số HS", "Đạt", "Tỷ lệ (%)", null], [null, "Chỉ tiêu năm học", null, null, target, null], [1, "Trường TH Hoa Mai", 500, 410, 82, null], [2, "Trường TH Hoa Đào", 300, 297, 99, null], [3, "Trường TH Hoa Cúc", 200, 198, 99, null]],
    merges: spans([h, 0, h + 1, 0], [h, 1, h + 1, 1], [h, 2, h, 4], [h, 5, h + 1, 5]),
  };
}

describe("a line or cell horizon never turns a question into a verdict, nor softens a rate or an overrun cap", () => {
  const title = "KẾT QUẢ ĐỌC HIỂU HỌC KỲ I NĂM HỌC 2036-2037";
  it("a term's short rate stays asked whether the horizon is in the cell or in a line", () => {
    expect(at(checkSheet(termRateSheet(title, "≥ 95%"), null, { asOf: "2037-01-15" }), 5, 3)?.status).toBe("review");
    // Round 46: the one part-of-period reading (partReading) reads the plan cell's own words, so a horizon written in the
    // cell makes the term's short rate not yet due — still no verdict either way; whether it should stay asked is open.
    expect(["review", "pending"]).toContain(at(checkSheet(termRateSheet(title, "≥ 95% (đến 31/5/2037)"), null, { asOf: "2037-01-15" }), 5, 3)?.status);
    expect(at(checkSheet(termRateSheet(title, "≥ 95%", "Các trường hoàn thành chương trình đọc hiểu trước ngày 31/5/2037."), null, { asOf: "2037-01-15" }), 6, 3)?.status).toBe("review");
  });
  it("a rate under a schedule line is not softened (a share does not build up with time)", () => {
    const s = termRateSheet("KẾT QUẢ KIỂM TRA ĐỌC HIỂU (số liệu tính đến 15/5/2037)", "≥ 95%", "Yêu cầu: các trường hoàn thành kiểm tra đọc hiểu trước ngày 30/6/2037.");
    expect(at(checkSheet(s, null, { asOf: "2037-05-20" }), 6, 3)?.status).toBe("not_met");
  });
  it("a count already over its cap is short, the schedule line notwithstanding", () => {
    for (const cap of ["≤ 20 vụ", "Không quá 20 vụ"]) {
      const s: SheetData = {
        name: "TH",
        values: [["SỐ VỤ CHÁY RỪNG (số liệu tính đến 31/5/2037)"], ["Thời gian thực hiện kế hoạch phòng cháy rừng: hoàn thành trước ngày 31/12/2037."], [], ["TT", "Xã", "Diện tích rừng (ha)", "Số vụ cháy rừng", "Ghi chú"], [null, "Chỉ tiêu", null, cap, null], [1, "Xã Hòa Bình", 900, 34, null], [2, "Xã An Phú", 700, 8, null], [3, "Xã Tân Lập", 500, 3, null]],
        merges: [],
      };
      expect(at(checkSheet(s, null, { asOf: "2037-06-01" }), 5, 3)?.status).toBe("not_met");
    }
  });
});

describe("'Tổng số' over a done part is the population, not the plan's result", () => {
  for (const [plan, whole, part] of [
    ["Chỉ tiêu tiêm vắc xin bạch hầu năm 2037", "Trẻ trong diện tiêm vắc xin bạch hầu", "Trong đó: Đã tiêm"],
    ["Chỉ tiêu cấp sổ hộ nghèo năm 2037", "Đối tượng cấp sổ hộ nghèo", "Trong đó đã cấp sổ"],
    ["Chỉ tiêu tuyển sinh lớp 6 năm 2037", "Tuyển sinh lớp 6 năm 2037", "Trđ: Trúng tuyển"],
    ["Kế hoạch khám tuyển năm 2037", "Đăng ký khám tuyển năm 2037", "Trong đó: Hoàn thành khám"],
    // rereview42e NB1: a stage in any wording, not only one opening with a done word.
    ["Chỉ tiêu cấp thẻ bảo hiểm y tế năm 2037", "Đối tượng cấp thẻ bảo hiểm y tế", "Trong đó: Được cấp"],
    ["Chỉ tiêu tuyển sinh lớp 10 năm 2037", "Tuyển sinh lớp 10 năm 2037", "Trong đó: Nhập học"],
    ["Chỉ tiêu đào tạo nghề năm 2037", "Lao động đào tạo nghề năm 2037", "Trong đó: Có việc làm"],
  ] as const) {
    it(`"${plan}" beside "${whole} ⟩ Tổng số | ${part}": the whole is not paired with the plan`, () => {
      const r = checkSheet(wholeAndPartSheet(plan, whole, part), null, { asOf: "2037-06-30" });
      expect(["met", "exceeded", "pending", "not_met"]).not.toContain(at(r, 5, 3)?.status ?? "none");
    });
  }
});

describe("a one-word plan never pairs with a figure of what is not done", () => {
  for (const [plan, rest] of [
    ["Kế hoạch tiêm (con)", "Chưa tiêm (con)"],
    ["KH thu (học sinh)", "Số HS chưa thu"],
    ["Chỉ tiêu khám (người)", "Số người không khám"],
    // rereview42e NB2: a remainder, a refusal, a postponement or an exemption, whatever its words.
    ["Kế hoạch tiêm (con)", "Từ chối tiêm (con)"],
    ["Kế hoạch thu (học sinh)", "Miễn thu (học sinh)"],
    ["Kế hoạch thu (học sinh)", "Còn phải thu (học sinh)"],
  ] as const) {
    it(`"${plan}" beside "${rest}", the share = rest/plan: not paired`, () => {
      const r = checkSheet(planWordSheet(plan, rest), null, { asOf: "2037-12-31" });
      expect(["met", "exceeded", "pending", "not_met"]).not.toContain(at(r, 3, 4)?.status ?? "none");
    });
  }
});
