// Classes of table holdout18's layouts showed (round 27, sheet27), each on invented sheets.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import { readHeader } from "../table/header";
import { checkSheet } from "./check";
import { cleanOf } from "./coverage";

describe("units across the top under a result heading naming whose result it is ('Kết quả thực hiện của xã ⟩ Xã An Phú | …')", () => {
  // Invented: three communes under one result heading, one requirement column; Bình Hòa's and Cát Lâm's cells read
  // less well than An Phú's ("Đang rà soát", "3 hộ"), which must not make An Phú's column the figure of the row.
  const values: CellValue[][] = [
    ["BẢNG ĐÁNH GIÁ TIÊU CHÍ THÔN, XÃ NĂM 2033"],
    [],
    ["TT", "Tiêu chí", "Yêu cầu", "Kết quả thực hiện của xã", null, null],
    [null, null, null, "Xã An Phú", "Xã Bình Hòa", "Xã Cát Lâm"],
    ["1", "Tỷ lệ hộ dùng nước sạch (%)", "Từ 85% trở lên", 91.5, 80.2, "Đang rà soát"],
    ["2", "Tỷ lệ trẻ em đi học đúng độ tuổi (%)", "Từ 95% trở lên", 97.3, 96.1, 95.4],
    ["3", "Số hộ nghèo mới phát sinh", "Không có", 0, 0, "3 hộ"],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }];

  it("reads 'Kết quả thực hiện của xã' and 'Thực hiện của thôn' as the figure heading, as 'Thực tế của nhà trường' is", () => {
    for (const h of ["Kết quả thực hiện của xã", "Kết quả thực hiện của thôn", "Thực hiện của đơn vị", "Kết quả của trường"]) expect([h, readHeader(h).role]).toEqual([h, "actual"]);
    // A result "of" something that is no unit stays unnamed.
    expect(readHeader("Kết quả của đề tài").role).not.toBe("actual");
  });

  it("finds the table and ties every commune's column: none is chosen for reading better, so no clean result over Bình Hòa", () => {
    const r = checkSheet({ name: "Tieu chi xa", values, merges }, null, { asOf: "2034-01-15" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.columns.actual).toBe(3);
    expect(r.layout.tied).toEqual([4, 5]);
    const at = (row: number) => r.items.find((i) => i.cell.row === row);
    expect(at(4)?.status).toBe("review"); // An Phú over 85%, Bình Hòa under
    expect(at(5)?.status).toBe("exceeded"); // every commune over 95%
    expect(cleanOf(r).kind).not.toBe("clean");
  });

  it("leaves two result columns of different terms as they were: 'Học kỳ I' is no unit", () => {
    const terms: CellValue[][] = [
      ["KẾT QUẢ NĂM HỌC 2033-2034"],
      [],
      ["TT", "Chỉ tiêu", "Kế hoạch", "Kết quả thực hiện của trường", null],
      [null, null, null, "Học kỳ I", "Cả năm"],
      ["1", "Tỷ lệ học sinh lên lớp (%)", "Từ 98% trở lên", 97.0, 98.6],
    ];
    const r = checkSheet({ name: "KQ", values: terms, merges: [{ top: 2, left: 3, bottom: 2, right: 4 }] }, null, { asOf: "2034-06-30" });
    if (!r.ok || r.layout.shape !== "list") throw new Error("no list");
    expect(r.layout.tied).toBeUndefined();
  });
});

describe("levels side by side over plain counts ('Số trường đạt chuẩn ⟩ Mức độ 1 | Mức độ 2') are a breakdown, never a target", () => {
  // Invented: schools counted at each level by district; nothing on the sheet states a target.
  const values: CellValue[][] = [
    ["SỐ TRƯỜNG ĐẠT CHUẨN QUỐC GIA THEO HUYỆN NĂM 2035"],
    [],
    ["TT", "Huyện", "Tổng số trường", "Số trường đạt chuẩn", null, "Ghi chú"],
    [null, null, null, "Mức độ 1", "Mức độ 2", null],
    [1, "Huyện Đông Sơn", 24, 0, 9, ""],
    [2, "Huyện Tây Giang", 31, 0, 14, ""],
    [3, "Huyện Nam Phong", 18, 0, 6, ""],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 4 }];

  it("judges no column on another: a column of zeros under 'Mức độ 1' is no 'none must happen' target for 'Mức độ 2'", () => {
    const r = checkSheet({ name: "Theo huyen", values, merges }, null, { asOf: "2036-01-10" });
    if (!r.ok) throw new Error("no check");
    expect(r.items.filter((i) => i.status !== "no_data")).toEqual([]);
    expect(cleanOf(r).kind).not.toBe("clean");
  });

  it("keeps levels whose cells state norms as targets ('Mức độ 1' over 'Tối thiểu 5 phòng')", () => {
    const norms: CellValue[][] = [
      ["TỰ ĐÁNH GIÁ CƠ SỞ VẬT CHẤT NĂM 2035 (đăng ký Mức độ 1)"],
      [],
      ["TT", "Nội dung", "Tiêu chuẩn", null, "Thực tế của nhà trường"],
      [null, null, "Mức độ 1", "Mức độ 2", null],
      [1, "Phòng học bộ môn", "Tối thiểu 5 phòng", "Tối thiểu 7 phòng", 4],
      [2, "Diện tích sân chơi", "Tối thiểu 6 m2/trẻ", "Tối thiểu 8 m2/trẻ", 7.2],
    ];
    const r = checkSheet({ name: "CSVC", values: norms, merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] }, null, { asOf: "2036-01-10" });
    if (!r.ok) throw new Error("no check");
    expect(r.items.find((i) => i.cell.row === 4)?.status).toBe("not_met");
  });
});

describe("a norm per unit judged on the average or ratio beside the count ('Số lượng | Trên tổng số | Bình quân')", () => {
  // Invented: a school's facilities table; the counts are not what the norms per pupil or per class speak of.
  const values: CellValue[][] = [
    ["CƠ SỞ VẬT CHẤT NĂM HỌC 2035-2036"],
    [],
    ["TT", "Nội dung", "Số lượng", "Trên tổng số", "Bình quân", "Mức yêu cầu"],
    [1, "Diện tích sân chơi (m2/học sinh)", 2400, 600, 4, "Tối thiểu 5 m2/học sinh"],
    [2, "Máy tính phục vụ học tập (học sinh/máy)", 40, 600, 15, "Không quá 20 học sinh/máy"],
    [3, "Phòng học bộ môn", 4, null, null, "Tối thiểu 3 phòng"],
  ];
  it("judges 4 m2 a pupil (not 2.400 m2) against 5 and 15 pupils a computer against 20, the count where the norm is a count", () => {
    const r = checkSheet({ name: "CSVC", values }, null, { asOf: "2036-05-30" });
    if (!r.ok) throw new Error("no check");
    expect(r.items.map((i) => [i.cell.row, i.cell.col, i.status])).toEqual([[3, 4, "not_met"], [4, 4, "met"], [5, 2, "exceeded"]]);
  });
  it("keeps a count written per count in the count's cell ('18/18' under '1 phòng học/lớp') as its own quotient", () => {
    const rows: CellValue[][] = [...values.slice(0, 3), [1, "Số phòng học/số lớp", "18/18", null, 1.2, "1 phòng/lớp"]];
    const r = checkSheet({ name: "CSVC", values: rows }, null, { asOf: "2036-05-30" });
    if (!r.ok) throw new Error("no check");
    expect(r.items.map((i) => [i.cell.col, i.status])).toEqual([[2, "met"]]);
  });
});

describe("units across the top judged each on the row's target (branch sheet27-across)", () => {
  const values: CellValue[][] = [
    ["KẾT QUẢ MỘT SỐ CHỈ TIÊU NĂM 2037 THEO PHƯỜNG"],
    [],
    ["TT", "Chỉ tiêu", "Chỉ tiêu năm 2037", "Thực hiện năm 2037", null, null],
    [null, null, null, "Phường Đông", "Phường Tây", "Phường Nam"],
    [1, "Tỷ lệ hộ dùng nước sạch (%)", "Từ 90% trở lên", 93.5, 88.0, "Chưa triển khai"],
    [2, "Tỷ lệ trẻ tiêm chủng đầy đủ (%)", "Từ 95% trở lên", 96.0, 97.2, 95.0],
  ];
  const merges = [{ top: 2, left: 3, bottom: 2, right: 5 }];
  const r = checkSheet({ name: "Theo phuong", values, merges }, null, { asOf: "2038-02-01" });
  if (!r.ok) throw new Error("no check");
  const at = (row: number, col: number) => r.items.filter((i) => i.cell.row === row && i.cell.col === col);

  it("gives each ward's cell its own verdict under the ward's name, beside the row's status", () => {
    expect(at(4, 4).map((i) => [i.unitName, i.status, i.beside])).toEqual([["Phường Tây", "not_met", true]]);
    expect(at(5, 5).map((i) => [i.unitName, i.status])).toEqual([["Phường Nam", "met"]]);
    // The row's own cell asks (Đông over, Tây under): it speaks for the row, so it names no ward.
    expect(at(4, 3).map((i) => [i.unitName, i.status])).toEqual([[undefined, "review"]]);
  });

  it("leaves a ward's figure it cannot read as not judged, never a verdict of its own", () => {
    expect(at(4, 5)).toEqual([]);
    expect(r.coverage.notJudged.some((n) => n.cell.row === 4 && n.cell.col === 5)).toBe(true);
  });
});
