// Realistic sheets for tests, built the way clerks lay them out, with figures and targets taken from the seed plans.
import type { Plan } from "../plan/schema";
import type { CellValue } from "../types";
import type { SheetData } from "./model";

/** The title block and two-row header of the Hải An indicator list (rows 1-6), fresh on every call. */
export function haiAnListHead(): CellValue[][] {
  return [
    ["ỦY BAN NHÂN DÂN QUẬN HẢI AN", null, null, null, null, null, null],
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", null, null, null, null, null, null],
    ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC 2024-2025", null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ["STT", "Nội dung chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", null, "Ghi chú"],
    [null, null, null, null, "Số lượng", "Tỷ lệ (%)", null],
  ];
}

/** Title block, two-row header with "Thực hiện" merged over "Số lượng | Tỷ lệ (%)", a section row and a signature footer (Hải An figures). */
export function haiAnList(): SheetData {
  const values: CellValue[][] = [
    ...haiAnListHead(),
    ["I", "GIÁO DỤC MẦM NON", null, null, null, null, null],
    [1, "Số trường mầm non", "trường", "22 trường", 22, null, null],
    [2, "Tỷ lệ GV MN công lập đạt chuẩn trình độ", "%", "99-99,5%", null, 98.2, "Thiếu 2 GV"],
    [3, "Số trẻ huy động ra lớp", "trẻ", "7.910 trẻ/9.232", 7880, 85.4, null],
    ["II", "GIÁO DỤC TIỂU HỌC", null, null, null, null, null],
    [4, "Số lớp tiểu học", "lớp", "291 lớp", 291, null, null],
    [5, "Tỷ lệ giáo viên tiểu học đạt chuẩn trình độ", "%", "97-98%", null, null, null],
    [null, null, null, null, null, null, null],
    ["Người lập biểu", null, null, null, "Hải An, ngày 20 tháng 5 năm 2025", null, null],
  ];
  return {
    name: "Tổng hợp",
    values,
    merges: [
      { top: 4, left: 4, bottom: 4, right: 5 },
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 4, left: 1, bottom: 5, right: 1 },
      { top: 4, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 3, bottom: 5, right: 3 },
      { top: 4, left: 6, bottom: 5, right: 6 },
      { top: 0, left: 0, bottom: 0, right: 6 },
    ],
  };
}

/** Ward matrix: 14 wards, "Xóa mù chữ mức độ 2" as Đạt/Chưa đạt, a numerator/denominator pair with a rate, a target row and a total row (seed 003). */
export function wardMatrix(): SheetData {
  const wards = [
    "Bồ Đề", "Cự Khối", "Đức Giang", "Gia Thụy", "Giang Biên", "Long Biên", "Ngọc Lâm",
    "Ngọc Thụy", "Phúc Đồng", "Phúc Lợi", "Sài Đồng", "Thạch Bàn", "Thượng Thanh", "Việt Hưng",
  ];
  const values: CellValue[][] = [
    ["TỔNG HỢP PHỔ CẬP GIÁO DỤC - XÓA MÙ CHỮ CÁC PHƯỜNG NĂM 2025", null, null, null, null, null],
    ["STT", "Tên phường", "Xóa mù chữ mức độ 2", "Trẻ 5 tuổi hoàn thành chương trình GDMN", null, null],
    [null, null, null, "Số trẻ hoàn thành", "Tổng số trẻ", "Tỷ lệ (%)"],
  ];
  let num = 0;
  let den = 0;
  wards.forEach((w, i) => {
    const n = 200 + i * 10;
    const d = i === 3 ? n + 9 : n;
    num += n;
    den += d;
    values.push([i + 1, w, i === 6 ? "Chưa đạt" : "Đạt", n, d, Math.round((n / d) * 1000) / 10]);
  });
  values.push([null, "Tổng cộng", null, num, den + 1, null]);
  return {
    name: "Phường",
    values,
    merges: [
      { top: 1, left: 3, bottom: 1, right: 5 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
    ],
  };
}

/**
 * First-term figures of 2018-2019 against the year's targets, each meeting its bar; checked in January (asOf
 * 2019-01-21, period 2018-2019) a short rate would be asked about, a short count not yet due, and enrolment is settled.
 */
export function firstTermSheet(): SheetData {
  return {
    name: "HK I",
    values: [
      ["STT", "Nội dung", "Chỉ tiêu năm học 2018-2019", "Kết quả học kỳ I"],
      [1, "Tỷ lệ duy trì sĩ số", "Từ 99% trở lên", 0.995],
      [2, "Số sáng kiến", "08", 9],
      [3, "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "Từ 99% trở lên", 0.995],
    ],
  };
}

/** A small plan in the shape of the bundled ones (sections, units, a distribution), for tests independent of the templates. */
export function samplePlan(): Plan {
  return {
    id: "test-plan",
    title: "Kế hoạch thử",
    issuer: "ỦY BAN NHÂN DÂN QUẬN LONG BIÊN",
    number: "123/KH-UBND",
    place: "Long Biên",
    period: "2024-2025",
    tasks: [],
    indicators: [
      { id: "mn.huy-dong.nha-tre", section: ["III. CHỈ TIÊU", "1.1. Giáo dục mầm non"], name: "Tỷ lệ trẻ độ tuổi nhà trẻ ra lớp", level: "MN", unit: "%", target: "ít nhất 65%", scope: "district" },
      { id: "mn.truong", section: ["III. CHỈ TIÊU", "1.1. Giáo dục mầm non"], name: "Số trường mầm non", level: "MN", unit: "trường", target: "22 trường", scope: "district" },
      { id: "thcs.gv.dat-chuan", section: ["III. CHỈ TIÊU", "1.3. Giáo dục THCS"], name: "Tỷ lệ giáo viên trung học cơ sở đạt chuẩn", level: "THCS", unit: "%", target: "100%", scope: "district" },
      { id: "th.xep-loai.htxs", section: ["III. CHỈ TIÊU", "1.2. Giáo dục tiểu học"], name: "Hoàn thành xuất sắc", level: "TH", unit: "%", target: "55-60%", scope: "district", distribution: "th.xep-loai" },
      { id: "th.xep-loai.ht", section: ["III. CHỈ TIÊU", "1.2. Giáo dục tiểu học"], name: "Hoàn thành", level: "TH", unit: "%", target: "35-45%", scope: "district", distribution: "th.xep-loai" },
      { id: "th.xep-loai.cht", section: ["III. CHỈ TIÊU", "1.2. Giáo dục tiểu học"], name: "Chưa hoàn thành", level: "TH", unit: "%", target: "0,1-0,2%", scope: "district", distribution: "th.xep-loai" },
      { id: "chung.pc.xmc-md2", section: ["III. CHỈ TIÊU", "2. Phổ cập"], name: "Phường đạt chuẩn xóa mù chữ mức độ 2", level: "all", unit: "phường", target: "14/14 phường", scope: "unit" },
      { id: "mn.5-tuoi.hoan-thanh", section: ["III. CHỈ TIÊU", "2. Phổ cập"], name: "Tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non", level: "MN", unit: "%", target: "từ 99% trở lên", scope: "district" },
    ],
  };
}
