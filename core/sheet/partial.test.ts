// Figures for part of the period (a term, six months) against targets for the whole of it: a short count is not yet
// due, a short rate is asked (nothing on the sheet says whether the term's rate is judged on the year's bar), and
// enrolment, settled when the year opens, is judged as it stands.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { readHeader } from "../table/header";
import { checkSheet } from "./check";
import type { CheckedSheet, CheckResult } from "./types";

const ok = (r: CheckResult): CheckedSheet => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
};
const statuses = (r: CheckedSheet) => Object.fromEntries(r.items.map((i) => [i.unitName ? `${i.unitName} · ${i.name}` : i.name, i.status]));

describe("figures for part of the period", () => {
  it("reads a term named before the school year it belongs to ('học kỳ I năm học 2020-2021') as the term", () => {
    expect(readHeader("Thống kê học lực học kỳ I năm học 2020-2021").term).toBe("half");
    expect(readHeader("Quý I năm 2022").term).toBe("quarter");
    expect(readHeader("Chỉ tiêu năm học 2020-2021").term).toBe("year");
  });

  it("in a unit matrix titled for the first term, against the year's target row: short rates asked, short counts not yet due", () => {
    const values: CellValue[][] = [
      ["TRƯỜNG MẦM NON HOA SEN"],
      ["THỐNG KÊ KẾT QUẢ CHĂM SÓC TRẺ HỌC KỲ I NĂM HỌC 2024-2025"],
      [],
      ["TT", "Nhóm, lớp", "Tỷ lệ trẻ phát triển cân nặng bình thường (%)", "Số trẻ được công nhận bé ngoan"],
      [null, "Chỉ tiêu năm học", "Từ 97% trở lên", "Ít nhất 20 trẻ"],
      [1, "Lớp 3 tuổi A", 96, 12],
      [2, "Lớp 4 tuổi A", 98, 25],
    ];
    const r = ok(checkSheet({ name: "Sơ kết HK I", values }, null, { asOf: "2025-01-15", period: "2024-2025" }));
    const got = statuses(r);
    expect(got["Lớp 3 tuổi A · Tỷ lệ trẻ phát triển cân nặng bình thường (%)"]).toBe("review");
    expect(got["Lớp 4 tuổi A · Tỷ lệ trẻ phát triển cân nặng bình thường (%)"]).toMatch(/^(met|exceeded)$/);
    expect(got["Lớp 3 tuổi A · Số trẻ được công nhận bé ngoan"]).toBe("pending");
    const asked = r.items.find((i) => i.status === "review")!;
    expect(asked.verdict.explanations.vi).toMatch(/tính trên số liệu của kỳ này .* thì Chưa đạt, chỉ tiêu tính cho cả kỳ đến 31\/08\/2025 thì Chưa đến hạn/);
    // A unit meeting the bar today keeps the engine's label too: typed short later, a formula would say "Chưa đạt".
    expect(r.items.filter((i) => i.unitName === "Lớp 4 tuổi A").map((i) => i.noFormula)).toEqual(["period", "period"]);
  });

  it("judges enrolment (settled when the year opens) on the term's figure, the table's title saying what its figures are", () => {
    const values: CellValue[][] = [
      ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
      ["BẢNG TỔNG HỢP TỶ LỆ HUY ĐỘNG TRẺ RA LỚP HẾT HỌC KỲ I NĂM HỌC 2024-2025"],
      [],
      ["TT", "Quận, huyện", "Tỷ lệ trẻ mẫu giáo (%)", "Tỷ lệ trẻ học trường công lập (%)"],
      [null, "Chỉ tiêu năm học 2024-2025", "95%", "Trên 80%"],
      [1, "Quận A", 93, 79],
      [2, "Quận B", 97, 85],
    ];
    const r = ok(checkSheet({ name: "HK I", values }, null, { asOf: "2025-01-10", period: "2024-2025" }));
    const got = statuses(r);
    expect(got["Quận A · Tỷ lệ trẻ mẫu giáo (%)"]).toBe("not_met");
    // Settled figures are judged as they stand, by the engine and by a live formula alike.
    expect(r.items.every((i) => i.noFormula === undefined)).toBe(true);
    expect(got["Quận A · Tỷ lệ trẻ học trường công lập (%)"]).toBe("not_met");
  });
});

describe("six months' figures against the year's targets", () => {
  const values: CellValue[][] = [
    ["UBND XÃ NGŨ HIỆP"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2009"],
    [],
    ["TT", "Chỉ tiêu", "Kế hoạch năm 2009", "Thực hiện 6 tháng"],
    [1, "Tốc độ tăng trưởng kinh tế (%)", "17%", "23,7%"],
    [2, "Số trường hợp sinh con thứ 3 trở lên", "Không quá 5", 6],
    [3, "Số hộ nghèo", "Không quá 23 hộ", 25],
  ];
  const got = statuses(ok(checkSheet({ name: "6 thang", values }, null, { asOf: "2009-07-10", period: "2009" })));
  it("keeps a growth rate over half the year not yet due, above the bar too", () => {
    expect(got["Tốc độ tăng trưởng kinh tế (%)"]).toBe("pending");
  });
  it("calls a cap on a count of events already passed missed, a stock over its cap not yet due", () => {
    expect(got["Số trường hợp sinh con thứ 3 trở lên"]).toBe("not_met");
    expect(got["Số hộ nghèo"]).toBe("pending");
  });
});
