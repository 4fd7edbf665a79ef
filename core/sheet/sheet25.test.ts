// Classes of table met in the headings corpus (test/headings, sheet25), each on invented sheets: a row holding figures
// is a row of the table even where no heading gives its columns a role; a programme's periods a year or a week ("Số
// tiết/năm", "SỐ TIẾT/1 TUẦN", "Số tiết quy định") are the norm each subject must have.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { readHeader } from "../table/header";
import { checkSheet } from "./check";
import { detectLayout } from "./layout";

describe("a row whose figures stand in columns the check gives no role ('1. Câu lạc bộ Toán | 12 | 10 | 8')", () => {
  const values: CellValue[][] = [
    ["SỐ HỌC SINH THAM GIA CÂU LẠC BỘ, NĂM HỌC 2031-2032"],
    [],
    ["Nội dung", "Khối 6", "Khối 7", "Khối 8"],
    ["I. Câu lạc bộ học thuật", null, null, null],
    ["1. Câu lạc bộ Toán", 12, 10, 8],
    ["2. Câu lạc bộ Tiếng Anh", 15, 14, 11],
    ["II. Câu lạc bộ thể thao", null, null, null],
    ["1. Bóng đá", 20, 18, 16],
    ["CỜ VUA", 6, 5, 4],
  ];

  it("is a row of the table, never a heading; the rows holding nothing but their label still head the blocks", () => {
    const r = checkSheet({ name: "CLB", values }, null, { asOf: "2032-06-30" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.excludedRows?.filter((e) => e.kind === "section").map((e) => e.text)).toEqual(["I. Câu lạc bộ học thuật", "II. Câu lạc bộ thể thao"]);
    // Its figures are said to be unread, each on its row, where a heading would have hidden them.
    expect(r.coverage.notJudged.filter((n) => n.reason === "unread_figure").map((n) => n.cell.row)).toEqual([4, 5, 7, 8]);
  });

  it("stays a row when its only figures are an earlier period's, its own still to come", () => {
    const years: CellValue[][] = [
      ["CHỈ TIÊU PHÁT TRIỂN GIÁO DỤC"],
      [],
      ["Chỉ tiêu", 2029, 2030, 2031],
      ["I. Mầm non", null, null, null],
      ["SỐ TRƯỜNG ĐẠT CHUẨN", 5, 6, null],
      ["Số trẻ ra lớp", 410, 425, 431],
    ];
    const r = checkSheet({ name: "CT", values: years }, null, { asOf: "2031-12-31" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.excludedRows?.filter((e) => e.kind === "section").map((e) => e.text)).toEqual(["I. Mầm non"]);
  });
});

describe("periods a year or a week as a programme's norm ('Môn học | Số tiết/tuần | Số tiết/năm')", () => {
  it("reads the periods a programme sets as its target, and the periods taught as no target", () => {
    for (const h of ["Số tiết/năm", "SỐ TIẾT/1 TUẦN", "Số tiết trong 1 năm", "Số tiết theo quy định", "Số tiết quy định của Sở (35 tuần/năm)", "Số tiết theo PPCT"]) {
      expect([h, readHeader(h).role]).toEqual([h, "target"]);
    }
    for (const h of ["Số tiết thực dạy", "Số tiết dự giờ", "Số tiết đã dạy", "Số tiết vắng"]) expect([h, readHeader(h).role]).toEqual([h, null]);
  });

  const values: CellValue[][] = [
    ["THỜI LƯỢNG CÁC MÔN HỌC KHỐI 4, NĂM HỌC 2031-2032"],
    [],
    ["Môn học", "Số tiết/tuần", "Số tiết/năm", "Ghi chú"],
    ["Tiếng Anh", 2, 70, null],
    ["TNXH", 1, 35, "Học kì I: 18 tiết"],
    ["Lịch sử và Địa lí", 2, 70, null],
  ];

  it("finds both norms as targets of each subject, none of them a figure", () => {
    const r = detectLayout({ name: "TL", values });
    if (!r.ok || r.layout.shape !== "list") throw new Error(JSON.stringify(r));
    expect(r.layout.columns.name).toBe(0);
    expect(r.layout.columns.actual).toBeUndefined();
    expect([r.layout.columns.target, r.layout.targetAlt?.col ?? r.layout.targetBoth?.col].sort()).toEqual([1, 2]);
  });

  it("judges periods taught against the norm when the sheet names them with a figure word", () => {
    const taught: CellValue[][] = [values[0], [], ["Môn học", "Số tiết theo quy định", "Thực hiện"], ["Tiếng Anh", 70, 64], ["TNXH", 35, 35]];
    const r = checkSheet({ name: "TL", values: taught }, null, { asOf: "2032-06-30" });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.items.map((i) => [i.name, i.status])).toEqual([["Tiếng Anh", "not_met"], ["TNXH", "met"]]);
  });
});
