// Who issues and signs a report: bodies read from title blocks, their signature, document code and place.
import { describe, expect, it } from "vitest";
import type { CellValue } from "../types";
import type { Plan } from "../plan/schema";
import { bodyOf, placeOf, reportDefaults, schoolCode } from "./issuer";

const plan = { id: "p", title: "Kế hoạch", issuer: "ỦY BAN NHÂN DÂN QUẬN HẢI AN", period: "2024-2025", indicators: [], tasks: [] } as unknown as Plan;

describe("bodyOf", () => {
  it.each<[string, string | null, string]>([
    ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", "district", "ỦY BAN NHÂN DÂN QUẬN HẢI AN"],
    ["UBND phường Ngọc Lâm", "ward", "UBND PHƯỜNG NGỌC LÂM"],
    ["Phòng GD&ĐT quận Long Biên", "office", "PHÒNG GD&ĐT QUẬN LONG BIÊN"],
    ["SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG", "department", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG"],
    ["Đơn vị: Trường MN Cát Bi", "school", "TRƯỜNG MN CÁT BI"],
    ["Tên đơn vị: Trường Tiểu học Thành Tô", "school", "TRƯỜNG TIỂU HỌC THÀNH TÔ"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025", null, ""],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, ""],
  ])("reads %s as %s", (line, kind, name) => {
    const b = bodyOf(line);
    expect(b ? [b.kind, b.name] : null).toEqual(kind ? [kind, name] : null);
  });
});

describe("reportDefaults", () => {
  const sheet = (...title: string[]): { values: CellValue[][] } => ({ values: [...title.map((t) => [t]), ["STT", "Nội dung chỉ tiêu", "Thực hiện"]] });
  it.each<[string, { values: CellValue[][] } | null, Partial<ReturnType<typeof reportDefaults>>]>([
    [
      "a school's sheet: the school issues and its principal signs, under the district office",
      sheet("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN", "Đơn vị: Trường MN Cát Bi", "BÁO CÁO KẾT QUẢ"),
      { kind: "school", parent: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN HẢI AN", issuer: ["TRƯỜNG MN CÁT BI"], number: "Số:        /BC-MNCB", signatureTitle: ["HIỆU TRƯỞNG"], place: "Hải An" },
    ],
    [
      "a school's sheet with no superior body: the plan's issuer stands above it",
      sheet("TRƯỜNG THCS CHU VĂN AN"),
      { kind: "school", parent: "ỦY BAN NHÂN DÂN QUẬN HẢI AN", issuer: ["TRƯỜNG THCS CHU VĂN AN"], number: "Số:        /BC-THCSCVA" },
    ],
    [
      "a ward's sheet: the ward committee, its chair signs",
      sheet("UBND PHƯỜNG NGỌC LÂM"),
      { kind: "ward", parent: "", issuer: ["UBND PHƯỜNG NGỌC LÂM"], signatureTitle: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], place: "Ngọc Lâm" },
    ],
    [
      "a sheet naming no body: the plan's district committee",
      sheet("BẢNG TỔNG HỢP"),
      { kind: "district", parent: "", issuer: ["ỦY BAN NHÂN DÂN", "QUẬN HẢI AN"], number: "Số:        /BC-UBND", signatureTitle: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] },
    ],
    ["no sheet and no plan: blanks to fill in", null, { kind: "other", issuer: ["................"], signatureTitle: ["THỦ TRƯỞNG ĐƠN VỊ"] }],
  ])("%s", (_, s, expected) => {
    expect(reportDefaults(s ? plan : null, s, s ? s.values.length - 1 : undefined)).toMatchObject(expected);
  });
});

describe("names and places", () => {
  it.each([
    ["TRƯỜNG MẦM NON CÁT BI", "MNCB"],
    ["TRƯỜNG TIỂU HỌC ĐẰNG LÂM", "THĐL"],
    ["TRƯỜNG THCS CHU VĂN AN", "THCSCVA"],
  ])("codes %s as %s", (name, code) => {
    expect(schoolCode(name)).toBe(code);
  });
  it.each([
    ["ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", "Long Biên"],
    ["UBND PHƯỜNG NGỌC LÂM", "Ngọc Lâm"],
    ["TRƯỜNG MN CÁT BI", null],
  ])("takes the place of %s as %s", (name, place) => {
    expect(placeOf(name)).toBe(place);
  });
});
