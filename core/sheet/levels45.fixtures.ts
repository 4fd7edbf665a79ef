// Invented sheets keyed by school level ("Cấp học | … "), for core/sheet/levels45.test.ts.
import type { SheetData } from "./model";

type Row = SheetData["values"][number];
const sheet = (name: string, values: Row[], merges: SheetData["merges"] = []): SheetData => ({ name, values, merges });

/** TT | Cấp học | Kế hoạch | Thực hiện, a level per row, a total row last. */
export const planByLevel = (level: string, total: string | null, rows: Array<[string, number | string | null, number | null]>, title = "TỔNG HỢP HUY ĐỘNG HỌC SINH RA LỚP NĂM HỌC 2037-2038"): SheetData =>
  sheet("Huy dong", [
    [title],
    [],
    ["TT", level, "Kế hoạch giao", "Thực hiện"],
    ...rows.map(([n, p, d], i): Row => [i + 1, n, p, d]),
    ...(total ? [[null, total, rows.reduce((s, r) => s + (typeof r[1] === "number" ? r[1] : 0), 0), rows.reduce((s, r) => s + (r[2] ?? 0), 0)] as Row] : []),
  ]);

/** A health check by level: caps row over SL/TL pairs (row 4), levels rows 5-7, a province row 8. */
export const capsByLevel = (cap1: string, cap2: string): SheetData => ({
  name: "Suc khoe",
  values: [
    ["KẾT QUẢ KHÁM SỨC KHỎE HỌC SINH NĂM HỌC 2037-2038"],
    [],
    ["TT", "Cấp học", "Số HS được khám", "Suy dinh dưỡng", null, "Cận thị", null],
    [null, null, null, "SL", "TL", "SL", "TL"],
    ["Chỉ tiêu năm học", null, null, cap1, null, cap2, null],
    [1, "Tiểu học", 1000, 40, 0.04, 90, 0.09],
    [2, "Trung học cơ sở", 800, 56, 0.07, 120, 0.15],
    [3, "Trung học phổ thông", 500, 25, 0.05, 100, 0.2],
    [null, "Toàn huyện", 2300, 121, 0.0526, 310, 0.1348],
  ],
  formats: [[], [], [], [], [], ...Array(4).fill([null, null, null, null, "0.0%", null, "0.0%"])] as SheetData["formats"],
  merges: [
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 5, bottom: 2, right: 6 },
    { top: 4, left: 0, bottom: 4, right: 2 },
    { top: 4, left: 3, bottom: 4, right: 4 },
    { top: 4, left: 5, bottom: 4, right: 6 },
  ],
});

/** Two school years side by side, each "Kế hoạch | Thực hiện": only the later year is this report's. */
export const twoYears = (): SheetData =>
  sheet(
    "Hai nam",
    [
      ["SỐ LIỆU HUY ĐỘNG THEO CẤP HỌC"],
      [],
      ["TT", "Cấp học", "Năm học 2036-2037", null, "Năm học 2037-2038", null],
      [null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"],
      [1, "Mầm non", 500, 520, 540, 500],
      [2, "Tiểu học", 900, 880, 910, 910],
      [3, "THCS", 700, 650, 720, 760],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 5 },
    ],
  );

/** The same kinds under a registration group and a done group ("Đăng ký ⟩ Mức độ 1 | Mức độ 2" beside "Đã công nhận ⟩ …"). */
export const sharedKinds = (): SheetData =>
  sheet(
    "CQG",
    [
      ["KẾT QUẢ CÔNG NHẬN TRƯỜNG CHUẨN QUỐC GIA HỌC KỲ I NĂM HỌC 2037-2038"],
      [],
      ["TT", "Cấp học", "Tổng số trường", "Đăng ký năm học 2037-2038", null, "Đã công nhận trong học kỳ I", null],
      [null, null, null, "Mức độ 1", "Mức độ 2", "Mức độ 1", "Mức độ 2"],
      [1, "Mầm non", 30, 4, 2, 3, 2],
      [2, "Tiểu học", 25, 3, 3, 1, 0],
      [3, "THCS", 15, 2, 1, 0, 1],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 6 },
    ],
  );

/** Levels as columns: indicators as rows, one column per level, the plan in its own column. */
export const levelsAsColumns = (): SheetData =>
  sheet("Cot cap hoc", [
    ["CHỈ TIÊU VÀ KẾT QUẢ NĂM HỌC 2037-2038"],
    [],
    ["TT", "Chỉ tiêu", "Kế hoạch", "Mầm non", "Tiểu học", "THCS"],
    [1, "Tỷ lệ học sinh chuyên cần", "Từ 95% trở lên", "96%", "97%", "93%"],
    [2, "Tỷ lệ giáo viên đạt chuẩn", "100%", "100%", "98%", "100%"],
  ]);

/** A target sentence above a level table of counts (no target column). */
export const sentenceAbove = (): SheetData =>
  sheet("Cau chi tieu", [
    ["BÁO CÁO SỐ TRẺ, HỌC SINH RA LỚP NĂM HỌC 2037-2038"],
    ["Chỉ tiêu: huy động 100% trẻ 5 tuổi và học sinh trong độ tuổi ra lớp."],
    ["TT", "Cấp học", "Số trong độ tuổi", "Số ra lớp"],
    [1, "Mẫu giáo 5 tuổi", 400, 400],
    [2, "Tiểu học", 900, 890],
    [3, "THCS", 700, 640],
    [null, "Cộng", 2000, 1930],
  ]);

/** The same three kinds under a registration group and a done group, as 283 has them. */
export const threeKinds = (): SheetData =>
  sheet(
    "CQG3",
    [
      ["KẾT QUẢ CÔNG NHẬN TRƯỜNG CHUẨN QUỐC GIA HỌC KỲ I NĂM HỌC 2037-2038"],
      [],
      ["TT", "Cấp học", "Tổng số trường", "Đăng ký năm học 2037-2038", null, null, "Đã công nhận trong học kỳ I", null, null],
      [null, null, null, "Mới mức độ 1", "Công nhận lại", "Mức độ 2", "Mới mức độ 1", "Công nhận lại", "Mức độ 2"],
      [1, "Mầm non", 30, 14, 3, 5, 9, 3, 6],
      [2, "Tiểu học", 25, 20, 4, 9, 14, 0, 9],
      [3, "THCS", 15, 10, 3, 2, 0, 0, 0],
    ],
    [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 2, right: 8 },
    ],
  );

/** A share plan per level beside a count of pupils: a percent never judges the count. */
export const shareOverCount = (): SheetData =>
  sheet("Ty le", [
    ["KẾT QUẢ HUY ĐỘNG NĂM HỌC 2037-2038"],
    [],
    ["TT", "Cấp học", "Chỉ tiêu giao", "Số học sinh ra lớp"],
    [1, "Tiểu học", "Từ 99% trở lên", 890],
    [2, "THCS", "Từ 95% trở lên", 640],
  ]);

/** A level key beside a school name column: the school names the rows. */
export const schoolAndLevel = (): SheetData =>
  sheet("Truong", [
    ["TỔNG HỢP NĂM HỌC 2037-2038"],
    [],
    ["TT", "Tên trường", "Cấp học", "Kế hoạch", "Thực hiện"],
    [1, "Trường MN Hoa Sen", "Mầm non", 200, 190],
    [2, "Trường TH Kim Đồng", "Tiểu học", 400, 400],
    [3, "Trường THCS Lê Lợi", "THCS", 300, 320],
  ]);

export const PROBES: Array<[string, SheetData, string]> = [
  ["plan by level + total", planByLevel("Cấp học", "Tổng cộng", [["Mầm non", 500, 480], ["Tiểu học", 900, 900], ["Trung học cơ sở", 700, 710]]), "2038-06-20"],
  ["plan by level, a level blank", planByLevel("Bậc học", "Toàn huyện", [["Nhà trẻ", 120, 100], ["Mẫu giáo", 480, null], ["Tiểu học", 900, 905]]), "2038-06-20"],
  ["plan by level, due later", planByLevel("Cấp học", null, [["Mầm non", 50, 40], ["Tiểu học", 90, 95]], "KẾT QUẢ BỒI DƯỠNG HỌC SINH GIỎI NĂM HỌC 2037-2038"), "2037-11-20"],
  ["total with no target", planByLevel("Cấp", "Cộng", [["Nhà trẻ", 100, 90], ["Mẫu giáo", 300, 310]]), "2038-06-20"],
  ["three kinds", threeKinds(), "2038-01-15"],
  ["share over count", shareOverCount(), "2038-06-20"],
  ["caps by level", capsByLevel("Dưới 6%", "Không quá 15%"), "2038-06-10"],
  ["two year pairs", twoYears(), "2038-06-20"],
  ["shared kinds", sharedKinds(), "2038-01-15"],
  ["levels as columns", levelsAsColumns(), "2038-06-20"],
  ["sentence above", sentenceAbove(), "2038-06-20"],
  ["school and level", schoolAndLevel(), "2038-06-20"],
];
