// Tests for the target-phrase parser: one line per phrase shape, trap and option, read as sentences.
import { describe, expect, it } from "vitest";
import { isReduceSubject, parseStatement, parseTarget, parseTargetCached, type ParseOptions } from "./parse";
import { Rule } from "./schema";
import { periodFromText } from "../period/period";
import { evaluate } from "./evaluate";

const pct = { kind: "percent" };

/** [phrase, what the rule must contain, options]. */
const SHAPES: Array<[string, Record<string, unknown>, ParseOptions?]> = [
  // at least
  ["ít nhất 65%", { kind: "compare", op: ">=", value: 0.65, unit: pct }],
  ["từ 95% trở lên", { kind: "compare", op: ">=", value: 0.95 }],
  ["tối thiểu 10 m2/trẻ", { kind: "compare", op: ">=", value: 10, unit: { kind: "measure", unit: "m2/trẻ" } }],
  ["đạt 95%", { kind: "compare", op: ">=", value: 0.95 }],
  ["65% trẻ độ tuổi Nhà trẻ ra lớp", { kind: "compare", op: ">=", value: 0.65, subject: "trẻ độ tuổi Nhà trẻ ra lớp" }],
  ["Tỷ lệ học sinh được đánh giá đạt tỷ lệ 98,5%", { kind: "compare", op: ">=", value: 0.985 }],
  ["ít nhất là 65%", { kind: "compare", op: ">=", value: 0.65 }],
  ["không dưới 90%", { kind: "compare", op: ">=", value: 0.9 }],
  ["không thấp hơn 80%", { kind: "compare", op: ">=", value: 0.8 }],
  ["số học sinh/máy tính bằng hoặc nhỏ hơn 20", { kind: "compare", op: "<=", value: 20 }],
  ["tỷ lệ người học trên giảng viên không được lớn hơn 40", { kind: "compare", op: "<=", value: 40 }],
  ["điểm trung bình không được thấp hơn 5,0", { kind: "compare", op: ">=", value: 5 }],
  ["sĩ số không được phép vượt quá 35 học sinh", { kind: "compare", op: "<=", value: 35 }],
  ["tỷ lệ đạt lớn hơn hoặc bằng 90%", { kind: "compare", op: ">=", value: 0.9 }],
  // strictly above / below
  ["trên 75%", { kind: "compare", op: ">", value: 0.75 }],
  ["Trên 95% trẻ có kĩ năng tự phục vụ", { kind: "compare", op: ">", value: 0.95, subject: "trẻ có kĩ năng tự phục vụ" }],
  ["dưới 3%", { kind: "compare", op: "<", value: 0.03 }],
  ["Tỷ lệ học sinh học 2 buổi/ngày đạt trên 75%", { kind: "compare", op: ">", value: 0.75 }],
  // at most
  ["không quá 20 nhóm, lớp/trường", { kind: "compare", op: "<=", value: 20, unit: { kind: "measure", unit: "nhóm, lớp/trường" } }],
  ["không quá 45 lớp", { kind: "compare", op: "<=", value: 45, unit: { kind: "count", noun: "lớp" } }],
  ["tối đa 35 học sinh/lớp", { kind: "compare", op: "<=", value: 35, unit: { kind: "measure", unit: "học sinh/lớp" } }],
  ["không vượt quá 2%", { kind: "compare", op: "<=", value: 0.02 }],
  // reduce to
  ["giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân 1,2%", { kind: "compare", op: "<=", value: 0.012, intent: "reduce" }],
  ["giảm tỷ lệ trẻ suy dinh dưỡng dưới 3%", { kind: "compare", op: "<", value: 0.03, intent: "reduce" }],
  ["giảm tỷ lệ học sinh bỏ học còn 0,5%", { kind: "compare", op: "<=", value: 0.005, intent: "reduce" }],
  ["giảm còn 1,2%", { kind: "compare", op: "<=", value: 0.012, intent: "reduce" }],
  ["khống chế tỷ lệ thừa cân béo phì dưới 5%", { kind: "compare", op: "<", value: 0.05, intent: "reduce" }],
  ["Khống chế tỷ lệ trẻ thừa cân béo phì.", { kind: "change", direction: "decrease", mode: "points", amount: 0 }],
  // bad-outcome subjects turn a bare figure into an upper bound
  ["Tỷ lệ trẻ suy dinh dưỡng thể thấp còi 1,5%", { kind: "compare", op: "<=", value: 0.015, intent: "plain" }],
  ["Tỷ lệ học sinh lưu ban 0,5%", { kind: "compare", op: "<=", value: 0.005 }],
  ["0,5%", { kind: "compare", op: "<=", value: 0.005 }, { indicator: "Tỷ lệ học sinh bỏ học" }],
  ["0,5%", { kind: "compare", op: ">=", value: 0.005 }, { indicator: "Tỷ lệ học sinh ra lớp" }],
  ["100%", { kind: "compare", op: ">=", value: 1 }, { indicator: "Tỷ lệ trường an toàn, phòng chống tai nạn thương tích" }],
  ["99%", { kind: "compare", op: ">=", value: 0.99 }, { indicator: "Tỷ lệ xóa mù chữ" }],
  ["1,2%", { kind: "compare", op: "<=", value: 0.012 }, { direction: "down" }],
  ["30", { kind: "compare", op: ">=", value: 30 }, { direction: "up" }],
  ["dưới 3%", { kind: "compare", op: "<", value: 0.03 }, { direction: "up" }],
  // ranges
  ["55-60%", { kind: "range", min: 0.55, max: 0.6, minInclusive: true, maxInclusive: true, unit: pct, sense: "band" }],
  ["0,1-0,2%", { kind: "range", min: 0.001, max: 0.002, unit: pct }],
  ["30 - 35 trẻ/nhóm lớp", { kind: "range", min: 30, max: 35, unit: { kind: "measure", unit: "trẻ/nhóm lớp" }, sense: "band" }],
  ["4-5 trường công lập", { kind: "range", min: 4, max: 5, unit: { kind: "count", noun: "trường" } }],
  ["50 - 60% cán bộ quản lý", { kind: "range", min: 0.5, max: 0.6 }],
  ["từ 50% đến 60%", { kind: "range", min: 0.5, max: 0.6, minInclusive: true, maxInclusive: true }],
  ["từ trên 50% đến dưới 60%", { kind: "range", min: 0.5, max: 0.6, minInclusive: false, maxInclusive: false }],
  ["từ 50% đến dưới 60%", { kind: "range", minInclusive: true, maxInclusive: false }],
  ["Hoàn thành xuất sắc 55-60%", { kind: "range", sense: "up" }],
  ["Chưa hoàn thành: 0,1-0,2%", { kind: "range", min: 0.001, max: 0.002, sense: "down" }],
  ["15-17%", { kind: "range", sense: "up" }, { direction: "up" }],
  ["2,5-4,5%", { kind: "range", min: 0.025, max: 0.045, sense: "band" }, { indicator: "Tỷ lệ học sinh rèn luyện Khá" }],
  ["từ 60 đến 50%", { kind: "range", min: 0.5, max: 0.6 }],
  ["> 50% và ≤ 60%", { kind: "range", min: 0.5, max: 0.6, minInclusive: false, maxInclusive: true }],
  // fractions
  ["28/28 trường – đạt 100%", { kind: "fraction", numerator: 28, denominator: 28, noun: "trường" }],
  ["14/14 phường xóa mù chữ mức độ 2", { kind: "fraction", numerator: 14, denominator: 14, noun: "phường" }],
  ["7.910 trẻ/9.232 (85,7%)", { kind: "fraction", numerator: 7910, denominator: 9232, noun: "trẻ" }],
  ["1.640/2.898 = 56,6%", { kind: "fraction", numerator: 1640, denominator: 2898 }],
  ["Tỷ lệ trường tiểu học công lập đạt chuẩn quốc gia 28/28 trường – đạt 100%", { kind: "fraction", numerator: 28, denominator: 28 }],
  // levels
  ["phổ cập giáo dục tiểu học mức độ 3", { kind: "level", level: 3, subject: "phổ cập giáo dục tiểu học" }],
  ["chuẩn quốc gia mức độ 2", { kind: "level", level: 2 }],
  ["IELTS từ 5.5 trở lên", { kind: "level", level: 5.5, scale: "IELTS" }],
  ["từ mức 2 trở lên", { kind: "level", level: 2 }],
  ["100% trường đạt chuẩn quốc gia mức độ 1", { kind: "compare", op: ">=", value: 1 }],
  // ranks
  ["thứ hạng 6/30 quận huyện", { kind: "rank", rank: 6, of: 30, top: false, field: "quận huyện" }],
  ["phấn đấu đạt thứ hạng 6/30 quận huyện", { kind: "rank", rank: 6, of: 30 }],
  ["top 5 Thành phố", { kind: "rank", rank: 5, top: true, field: "Thành phố" }],
  ["thuộc tốp 10 thành phố", { kind: "rank", rank: 10, top: true }],
  ["xếp thứ 3", { kind: "rank", rank: 3, top: false }],
  ["dẫn đầu Quận", { kind: "rank", rank: 1, top: false }],
  // change vs baseline
  ["giảm 1,5% so với đầu năm", { kind: "change", direction: "decrease", mode: "percent", amount: 0.015, baselineLabel: "đầu năm" }],
  ["Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân và thấp còi: giảm 1,5% so với đầu năm", { kind: "change", direction: "decrease", mode: "points", amount: 0.015 }],
  ["tăng 2 điểm phần trăm", { kind: "change", direction: "increase", mode: "points", amount: 0.02 }],
  // Bands of changes: percentage points measure only changes; a fall whose ends rise is a band of falls.
  ["Tỷ lệ hộ nghèo giảm 1-1,5 điểm %", { kind: "change", direction: "decrease", mode: "points", amount: 0.01, amountMax: 0.015 }],
  ["tăng từ 2 đến 3 điểm %", { kind: "change", direction: "increase", mode: "points", amount: 0.02, amountMax: 0.03 }],
  ["tỷ lệ hộ nghèo mỗi năm giảm từ 1 đến 1,5%", { kind: "change", direction: "decrease", mode: "points", amount: 0.01, amountMax: 0.015, perYear: true }],
  ["tăng 10% so với năm học trước", { kind: "change", direction: "increase", mode: "percent", amount: 0.1, baselineLabel: "năm học trước" }],
  ["tăng số giải Nhất, Nhì so với năm học trước", { kind: "change", direction: "increase", mode: "any", baselineLabel: "năm học trước" }],
  ["mỗi năm phát triển thêm ít nhất 01 trường", { kind: "change", direction: "increase", mode: "absolute", amount: 1, perYear: true, unit: { kind: "count", noun: "trường" } }],
  ["mỗi năm thêm 3 trường", { kind: "change", direction: "increase", amount: 3, perYear: true }],
  // reference
  ["cao hơn trung bình chung Thành phố và khu vực", { kind: "reference", op: ">", reference: "trung bình chung Thành phố và khu vực" }],
  ["không thấp hơn bình quân Thành phố", { kind: "reference", op: ">=", reference: "bình quân Thành phố" }],
  ["100% các trường có tỷ lệ học sinh thi đỗ vào lớp 10 THPT công lập cao hơn trung bình chung Thành phố và khu vực 5", { kind: "reference", op: ">" }],
  // frequency
  ["ít nhất 01 chuyên đề/cơ sở giáo dục/năm", { kind: "frequency", op: ">=", count: 1, noun: "chuyên đề", per: "cơ sở giáo dục", period: "year" }],
  ["ít nhất: 1 lần/ tháng", { kind: "frequency", count: 1, noun: "lần", period: "month" }],
  ["01 lần/quý", { kind: "frequency", count: 1, period: "quarter" }],
  ["ít nhất 2 lần/năm học", { kind: "frequency", count: 2, period: "schoolYear" }],
  ["2 lần/học kỳ", { kind: "frequency", count: 2, period: "semester" }],
  ["1 lần/tuần", { kind: "frequency", count: 1, period: "week" }],
  // deadlines (domain.md: "chậm nhất" is inclusive, "trước" strict)
  ["chậm nhất tháng 6/2025", { kind: "deadline", due: "2025-06-30" }],
  ["trước tháng 6/2025", { kind: "deadline", due: "2025-05-31" }],
  ["trước năm 2025", { kind: "deadline", due: "2024-12-31" }],
  ["năm 2024", { kind: "deadline", due: "2024-12-31" }],
  ["trong năm 2024", { kind: "deadline", due: "2024-12-31" }],
  ["đến cuối năm 2024", { kind: "deadline", due: "2024-12-31" }],
  ["trước ngày 15/3/2025", { kind: "deadline", due: "2025-03-14" }],
  ["hoàn thành ngày 30/09/2024", { kind: "deadline", due: "2024-09-30" }],
  ["chậm nhất tháng 6", { kind: "deadline", due: "2025-06-30" }, { year: 2025 }],
  ["quý II/2025", { kind: "deadline", due: "2025-06-30" }],
  ["Tháng 9-10/2024", { kind: "deadline", due: "2024-10-31" }],
  ["từ tháng 9/2024 đến tháng 5/2025", { kind: "deadline", start: "2024-09-01", due: "2025-05-31" }],
  ["trong năm học 2024-2025", { kind: "deadline", due: "2025-06-30" }],
  ["giai đoạn 2024-20251", { kind: "deadline", due: "2025-12-31" }],
  ["Hoàn thành các điều kiện đề nghị công nhận trường CLC chậm nhất tháng 6/2025.", { kind: "deadline", due: "2025-06-30" }],
  // zero tolerance
  ["không để xảy ra ngộ độc thực phẩm", { kind: "zero", unit: { kind: "count" } }],
  ["không để xảy ra vụ ngộ độc thực phẩm", { kind: "zero", unit: { kind: "count", noun: "vụ" } }],
  ["Chưa đạt: 0%", { kind: "zero", unit: pct }],
  ["0%", { kind: "zero" }, { indicator: "Tỷ lệ học sinh rèn luyện Chưa đạt" }],
  ["tuyệt đối không lạm thu", { kind: "zero" }],
  ["không có học sinh bỏ học", { kind: "zero" }],
  // yes/no
  ["được công nhận đạt chuẩn xanh - sạch - đẹp - an toàn", { kind: "boolean", statement: "được công nhận đạt chuẩn xanh - sạch - đẹp - an toàn" }],
  ["duy trì đạt chuẩn", { kind: "boolean" }],
  ["Hoàn thành xuất sắc", { kind: "boolean" }],
  // English wordings
  ["at least 65%", { kind: "compare", op: ">=", value: 0.65 }],
  ["more than 75%", { kind: "compare", op: ">", value: 0.75 }],
  ["no more than 20 lớp", { kind: "compare", op: "<=", value: 20 }],
  ["less than 3%", { kind: "compare", op: "<", value: 0.03 }],
  ["95% or more", { kind: "compare", op: ">=", value: 0.95 }],
  // symbolic forms
  ["≥ 65%", { kind: "compare", op: ">=", value: 0.65 }],
  [">=65", { kind: "compare", op: ">=", value: 65 }],
  ["<= 1,2%", { kind: "compare", op: "<=", value: 0.012 }],
  ["65%+", { kind: "compare", op: ">=", value: 0.65 }],
  ["> 50%", { kind: "compare", op: ">", value: 0.5 }],
  ["= 100%", { kind: "compare", op: "=", value: 1 }],
  ["≤ 1,2% (giảm)", { kind: "compare", op: "<=", value: 0.012, intent: "reduce" }],
  // number words and leading zeros
  ["ít nhất hai giải Nhất", { kind: "compare", op: ">=", value: 2, unit: { kind: "count", noun: "giải" } }],
  ["ba trường", { kind: "compare", value: 3 }],
  ["mười trường", { kind: "compare", value: 10 }],
  ["mười lăm giải", { kind: "compare", value: 15 }],
  ["ít nhất năm trường", { kind: "compare", value: 5 }],
  ["01 trường", { kind: "compare", op: ">=", value: 1, unit: { kind: "count", noun: "trường" } }],
  ["ít nhất 03 giải Nhất", { kind: "compare", value: 3 }],
  // numbers in other styles
  ["ít nhất 99,80%", { kind: "compare", value: 0.998 }],
  ["ít nhất 99,9 %", { kind: "compare", value: 0.999 }],
  ["1.5%", { kind: "compare", value: 0.015 }],
  ["12.246 học sinh", { kind: "compare", value: 12246, unit: { kind: "count", noun: "học sinh" } }],
  ["1,2 triệu đồng", { kind: "compare", value: 1_200_000 }],
  // A band's scale word scales both ends; a smaller end with a scale of its own stays as written.
  ["đạt 95 - 100 triệu đồng", { kind: "range", min: 95_000_000, max: 100_000_000 }],
  ["từ 500.000 - 1 triệu đồng", { kind: "range", min: 500_000, max: 1_000_000 }],
  // Upper bounds by wording: a split negation of "quá", the latest a span may run, a time allowed for a process.
  ["mỗi học sinh không học thêm quá 5 môn học", { kind: "compare", op: "<=", value: 5 }],
  ["chậm nhất là 75 ngày kể từ ngày xét kết quả tốt nghiệp", { kind: "compare", op: "<=", value: 75 }],
  ["Thời gian chấm phúc khảo 2 tuần", { kind: "compare", op: "<=" }],
  ["ngâm trong dung dịch sát khuẩn 30 phút", { kind: "compare", op: ">=", value: 30 }],
  // Glued operators and per mille typed as "%0".
  ["giảm tỷ suất tử vong xuống dưới18,5‰", { kind: "compare", op: "<", value: 18.5 }],
  // A count per a round base where a rate is named.
  ["giảm tỷ lệ trẻ em bị tai nạn xuống còn 500/100.000 trẻ", { kind: "compare", op: "<=", value: 500, unit: { kind: "measure", unit: "/100.000 trẻ" } }],
  ["5/10.000 trường", { kind: "fraction", numerator: 5, denominator: 10_000 }],
  // The six-level foreign-language framework writes its levels over 6.
  ["chuẩn ngoại ngữ đạt tối thiểu bậc 3/6", { kind: "level", level: 3, scale: "bậc" }],
  // Separate deadline days are separate targets (the first leads, the last is its runner-up), not one window.
  ["Kết thúc học kỳ I trước 15/1/2024, hoàn thành tuyển sinh các cấp trước 31/7/2024", { kind: "deadline", due: "2024-01-14", alternative: { kind: "deadline", due: "2024-07-30" } }],
  ["vào cuối năm 2020", { kind: "deadline", due: "2020-12-31" }],
  ["trong quý III năm 2022", { kind: "deadline", due: "2022-09-30" }],
  ["từ ngày 26 đến ngày 28.6-2017", { kind: "deadline", start: "2017-06-26", due: "2017-06-28" }],
  ["Ngày 8/7-17/7/2017: nhận đơn phúc khảo", { kind: "deadline", start: "2017-07-08", due: "2017-07-17" }],
  ["ngày 8/7/2017 - 17/7/2017 nhận đơn", { kind: "deadline", start: "2017-07-08", due: "2017-07-17" }],
  ["từ 20/12 đến 5/1/2025", { kind: "deadline", start: "2024-12-20", due: "2025-01-05" }],
  ["nhận hồ sơ từ 23/7/2021 đến hết ngày 28/7/2021", { kind: "deadline", start: "2021-07-23", due: "2021-07-28" }],
  ["Từ ngày 1/7/2020 đến hết ngày 31/12/2025", { kind: "deadline", start: "2020-07-01", due: "2025-12-31" }],
  ["nộp báo cáo hết ngày 15/6/2025", { kind: "deadline", due: "2025-06-15" }],
];

/** Whole sentences with numbers that describe the population, not the threshold. */
const TRAPS: Array<[string, Record<string, unknown>]> = [
  ["Tỷ lệ trẻ từ 24 tháng tuổi đến 6 tuổi được cân đo đạt 98%", { kind: "compare", op: ">=", value: 0.98 }],
  ["Tỷ lệ học sinh học 2 buổi/ngày đạt 100%", { kind: "compare", value: 1 }],
  ["Tỷ lệ thanh niên từ 15 tuổi trở lên biết chữ 99%", { kind: "compare", op: ">=", value: 0.99 }],
  ["Tỷ lệ giáo viên trên chuẩn đạt 80%", { kind: "compare", op: ">=", value: 0.8 }],
  ["100% học sinh lớp 6,7 được học kỹ năng sống", { kind: "compare", value: 1 }],
  ["hoàn thành tiến độ thực hiện 11 trường giai đoạn 2024-20251", { kind: "compare", value: 11, unit: { kind: "count", noun: "trường" } }],
  ["Duy trì tỷ lệ 100% thiếu niên đi học đúng độ tuổi (11-14 tuổi) đã đạt được", { kind: "compare", value: 1, intent: "maintain" }],
  ["Có ít nhất 99,9 % số trẻ em ở độ tuổi 6 tuổi vào lớp 1", { kind: "compare", value: 0.999 }],
  ["Đến năm 2025 trung bình 30 - 35 trẻ/nhóm lớp", { kind: "range", min: 30, max: 35 }],
  ["đến năm 2025 có 11 trường thực hiện mô hình \"trường học điện tử\"", { kind: "compare", value: 11 }],
  ["1. Tỷ lệ trẻ ra lớp đạt 65%", { kind: "compare", value: 0.65 }],
  ["2/ Tỷ lệ học sinh đạt 95%", { kind: "compare", value: 0.95 }],
  ["trường học an toàn, phòng, chống tai nạn thương tích đạt 90%", { kind: "compare", op: ">=", value: 0.9 }],
  ["giảm tốc độ tăng tỷ số giới tính khi sinh xuống dưới mức 0,46 điểm phần trăm/năm", { kind: "compare", op: "<", value: 0.0046 }],
  ["1/2 số hộ nghèo", { kind: "fraction", numerator: 1, denominator: 2 }],
  ["(9) Tỷ lệ trẻ ra lớp đạt 65%", { kind: "compare", value: 0.65 }],
  ["-100% trường Tiểu học thực hiện việc bàn giao chất lượng", { kind: "compare", op: ">=", value: 1 }],
  ["theo Nghị quyết 02/2023/NQ-HĐND của HĐND Thành phố xây dựng mô hình tự chủ tại 09 trường", { kind: "compare", value: 9 }],
  ["Kết luận số 91-KL/TW, ngày 12/8/2024: tỷ lệ đạt 95%", { kind: "compare", value: 0.95 }],
  ["Mục tiêu cụ thể đến năm 2030 3.1.", { kind: "deadline", due: "2030-12-31" }],
  // A state to reach by a year, nothing to count: a yes/no statement (its year judged in evaluate's judgeStatement).
  ["Phấn đấu đến năm 2020, tỉnh thoát khỏi tình trạng đặc biệt khó khăn", { kind: "boolean" }],
  ["Đến năm 2030, Tuyên Quang là tỉnh phát triển khá, toàn diện, bền vững", { kind: "boolean" }],
  ["Lưu: VT, GDĐT (03b), đạt 2 giải", { kind: "compare", value: 2 }],
  ["2 03 trường đúng thời hạn", { kind: "compare", value: 3, unit: { kind: "count", noun: "trường" } }],
  ["phòng, chống dịch Covid-19 tại 100% trường học", { kind: "compare", value: 1 }],
  ["nhân dịp 27/7 tặng quà 100% thương binh", { kind: "compare", value: 1 }],
  ["Theo Kế hoạch số 22/KH-UBND ngày 19/01/2022, tỷ lệ giáo viên đạt chuẩn 100%", { kind: "compare", value: 1 }],
  ["Diện tích đất xây dựng trường mới tối thiểu cho 01 trẻ là 10 m2/trẻ", { kind: "compare", op: ">=", value: 10, unit: { kind: "measure", unit: "m2/trẻ" } }],
  ["Diện tích tối thiểu 10 m<sup>2</sup>/học sinh", { kind: "compare", value: 10, unit: { kind: "measure", unit: "m2/học sinh" } }],
  ["Tỷ lệ trường mầm non công lập đạt chuẩn quốc gia đạt 95% trong đó ít nhất 25% trường đạt chuẩn Quốc gia mức độ 2", { kind: "compare", value: 0.95 }],
  ["Tỷ lệ học sinh lớp 9 tốt nghiệp THCS năm học 2024 - 2025 đạt 100%", { kind: "compare", value: 1 }],
];

const UNREADABLE: Array<[string, string]> = [
  ["", "empty"],
  ["   ", "empty"],
  ["xyz", "unreadable"],
  ["???", "unreadable"],
  ["ít nhất", "missing_number"],
  ["trẻ 5 tuổi", "unreadable"],
  ["3.1.", "unreadable"],
  ["NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU 1.", "unreadable"],
  ["Thông tư số 20/2023/TT-BGDĐT ngày 30/10/2023", "unreadable"],
  ["không biết", "unreadable"],
  ["<img src=x onerror=alert(1)>", "unreadable"],
  ["=A1+1", "unreadable"],
  ["=SUM(B2:B9)", "unreadable"],
  ["chậm nhất tháng 13/2025", "bad_date"],
  // "nhóm đầu" names no place: refused, not guessed.
  ["đưa địa phương vươn lên nhóm đầu về chỉ số DTI cả nước", "unreadable"],
  ["trước ngày 31/02/2025", "bad_date"],
  // Past 15 significant digits a threshold is not the one written.
  ["ít nhất 11111111111111111111", "too_many_digits"],
  // Shares adding up to a whole describe a split, not a threshold.
  ["Thương mại-Dịch vụ chiếm 52%, Công nghiệp-Xây dựng chiếm 43%, Nông nghiệp chiếm 5%", "distribution"],
];

describe("parseTarget", () => {
  it.each(SHAPES)("reads %j", (text, expected, opts) => {
    const r = parseTarget(text, opts);
    expect(r.ok ? r.rule : r.error).toMatchObject(expected);
  });

  it.each(TRAPS)("finds the threshold, not the population numbers, in %j", (text, expected) => {
    const r = parseTarget(text);
    expect(r.ok ? r.rule : r.error).toMatchObject(expected);
  });

  it.each(UNREADABLE)("does not read %j and says why (%s)", (text, code) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.vi.length).toBeGreaterThan(5);
    expect(r.error.message.en.length).toBeGreaterThan(5);
    expect(text.toLowerCase()).toContain(r.error.fragment.replace(/…$/u, "").toLowerCase());
  });

  it.each([...SHAPES.map(([t, , o]) => [t, o] as const), ...TRAPS.map(([t]) => [t, undefined] as const)])(
    "returns a schema-valid rule carrying its text for %j",
    (text, opts) => {
      const r = parseTarget(text, opts);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(Rule.safeParse(r.rule).success).toBe(true);
      expect(r.rule.text).toBe(text.trim());
    },
  );

  it("warns when a share stated next to a fraction disagrees with it (8/28 stated as 25%)", () => {
    const r = parseTarget("8/28 trường (25%)");
    expect(r.ok && r.warnings.map((w) => w.code)).toContain("implausible_value");
  });

  it("reads 'tốp đầu' as top 10 and warns that no number was written", () => {
    const r = parseTarget("tốp đầu thành phố");
    expect(r.ok && r.rule).toMatchObject({ kind: "rank", rank: 10, top: true, field: "thành phố" });
    expect(r.ok && r.warnings.map((w) => w.code)).toContain("target_partly_read");
  });

  it("warns when a year had to be guessed for 'tháng 6'", () => {
    const r = parseTarget("chậm nhất tháng 6", { year: 2026 });
    expect(r.ok && r.rule).toMatchObject({ due: "2026-06-30" });
    expect(r.ok && r.warnings.length).toBeGreaterThan(0);
  });

  it("warns that a backwards range was read the other way round", () => {
    const r = parseTarget("từ 60 đến 50%");
    expect(r.ok && r.warnings.map((w) => w.code)).toContain("implausible_value");
  });

  it("keeps '= 0' and '= 100%' as targets while refusing formulas", () => {
    expect(parseTarget("= 0").ok).toBe(true);
    expect(parseTarget("= 100%").ok).toBe(true);
  });

  it("warns when other figures in a sentence were left aside", () => {
    const r = parseTarget("Phấn đấu ít nhất 2 giải Nhất, 20 giải Nhì và 5 giải Ba");
    expect(r.ok && r.rule).toMatchObject({ value: 2 });
    expect(r.ok && r.warnings.map((w) => w.code)).toContain("target_partly_read");
  });

  // An operator before the first item of a list governs the items after it, so its firmness decides nothing between
  // them; one a context word names leads, the others stay in question.
  it.each([
    ["có ít nhất 30% trẻ em nhà trẻ và 80% trẻ em mẫu giáo", {}, 0.3, 0.8],
    ["tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9 và 75% học sinh lớp 12 biết bơi", { indicator: "Tỷ lệ học sinh lớp 9 biết bơi" }, 0.65, undefined],
  ] as const)("an operator heading a list governs it: %s", (phrase, opts, value, runner) => {
    const r = parseTarget(phrase, opts);
    expect(r.ok && r.rule).toMatchObject({ kind: "compare", op: ">=", value });
    expect(r.ok && r.runnerUp && "value" in r.runnerUp ? r.runnerUp.value : undefined).toBe(runner);
  });

  // Which part an indicator names rests on the part's own words: a part ends where a separator follows its figure
  // (the next part's subject may hold commas), and parallel parts opening alike share the first part's leading words.
  it.each([
    ["tỷ lệ phòng học có máy chiếu đạt 40%, số phòng học bộ môn của các trường vùng sâu, vùng xa đạt 25%", "Tỷ lệ phòng học bộ môn vùng sâu, vùng xa", 0.25],
    ["giáo viên đạt giải nhất cấp tỉnh được thưởng 5 triệu đồng, giải nhì 3 triệu đồng, giải ba 2 triệu đồng", "Mức thưởng giáo viên đạt giải ba cấp tỉnh", 2000000],
  ] as const)("the part the indicator's own words name: %s", (phrase, indicator, value) => {
    const r = parseTarget(phrase, { indicator });
    expect(r.ok && "value" in r.rule ? r.rule.value : undefined).toBe(value);
  });

  // Days of the week are no places: "thứ Hai … thứ Sáu" spans days, "xếp thứ 3 đến thứ 5" is a band of places.
  it.each([
    ["từ thứ Hai đến thứ Sáu, các bé được uống 120ml sữa mỗi ngày", false],
    ["học các ngày thứ 7", false],
    ["đứng thứ hai toàn quốc", true],
    ["Đoàn phấn đấu xếp thứ 3 đến thứ 5", true],
  ] as const)("weekday or place: %s", (phrase, isRank) => {
    const r = parseTarget(phrase);
    expect(r.ok && r.rule.kind === "rank").toBe(isRank);
  });

  // An indicator naming several things ("A; B") names every part: a threshold left unread is the runner-up.
  it("keeps a later part as the runner-up under an indicator naming several parts", () => {
    const r = parseTarget("thu gom 100% chất thải rắn và giảm tỷ lệ chôn lấp xuống dưới 15%", { indicator: "Tỷ lệ chất thải được thu gom; tỷ lệ chôn lấp", unit: "%" });
    expect(r.ok && r.runnerUp).toBeTruthy();
  });

  it("never throws on values that are not text", () => {
    for (const v of [null, undefined, 42, {}, [], true]) {
      const r = parseTarget(v as unknown as string);
      expect(r.ok).toBe(false);
    }
  });

  it.each([
    ["1.".repeat(50_000)],
    ["ít nhất ".repeat(12_500)],
    ["1/".repeat(50_000)],
    ["1-".repeat(50_000)],
    ["tháng 1/".repeat(12_000)],
    ["(".repeat(100_000)],
    [" ".repeat(100_000) + "x"],
    ["a1".repeat(50_000)],
    ["trong đó ".repeat(11_000)],
    ["1, ".repeat(33_000)],
    ["mức độ 1 ".repeat(10_000)],
  ])("returns on a 100 KB adversarial string starting %#", (text) => {
    const r = parseTarget(text);
    expect(typeof r.ok).toBe("boolean");
  });
});

describe("parseTargetCached", () => {
  it("gives the same answer as parseTarget and reuses it for a repeated phrase", () => {
    const a = parseTargetCached("ít nhất 65%");
    expect(a).toEqual(parseTarget("ít nhất 65%"));
    expect(parseTargetCached("ít nhất 65%")).toBe(a);
  });

  it("keeps options apart in its key", () => {
    const up = parseTargetCached("1,2%", { direction: "up" });
    const down = parseTargetCached("1,2%", { direction: "down" });
    expect(up.ok && up.rule).toMatchObject({ op: ">=" });
    expect(down.ok && down.rule).toMatchObject({ op: "<=" });
  });
});

describe("parseStatement", () => {
  const kinds = (text: string) =>
    parseStatement(text).map((p) => (p.result.ok ? { label: p.label, ...pick(p.result.rule) } : { label: p.label, error: p.result.error.code }));
  const pick = (r: Rule) => {
    const { text: _t, subject: _s, ...rest } = r;
    return rest;
  };

  it("splits '35 giải, trong đó ít nhất 2 giải Nhất, 20 giải Nhì' into three targets", () => {
    const parts = parseStatement("35 giải, trong đó ít nhất 2 giải Nhất, 20 giải Nhì");
    expect(parts.map((p) => p.target)).toEqual(["35 giải", "ít nhất 2 giải Nhất", "20 giải Nhì"]);
    expect(parts.map((p) => p.label)).toEqual(["35 giải", "giải Nhất", "giải Nhì"]);
    expect(parts.map((p) => p.result.ok && p.result.rule.kind === "compare" && p.result.rule.value)).toEqual([35, 2, 20]);
  });

  it("splits a distribution into four ranges, the bad outcome a range with sense down", () => {
    const parts = kinds("Hoàn thành xuất sắc 55-60%; Hoàn thành Tốt: 15-17%; Hoàn thành: 20-23%; Chưa hoàn thành: 0,1-0,2%");
    expect(parts).toHaveLength(4);
    expect(parts.map((p) => p.label)).toEqual(["Hoàn thành xuất sắc", "Hoàn thành Tốt", "Hoàn thành", "Chưa hoàn thành"]);
    expect(parts[3]).toMatchObject({ kind: "range", min: 0.001, max: 0.002, sense: "down" });
    expect(parts[0]).toMatchObject({ kind: "range", min: 0.55, max: 0.6, sense: "up" });
    expect(parts[2]).toMatchObject({ kind: "range", sense: "band" });
  });

  it("reads '14/14 phường xóa mù chữ mức độ 2' as a fraction of wards and the level they must reach", () => {
    const parts = kinds("14/14 phường xóa mù chữ mức độ 2");
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ kind: "fraction", numerator: 14, denominator: 14, noun: "phường" });
    expect(parts[1]).toMatchObject({ kind: "level", level: 2, label: "mức độ 2" });
  });

  it("keeps a comma inside a unit ('20 nhóm, lớp/trường') in one target", () => {
    expect(kinds("Quy mô trường không quá 20 nhóm, lớp/trường")).toHaveLength(1);
  });

  it("keeps a clause without a figure with the target before it", () => {
    const parts = parseStatement("100% trẻ mẫu giáo 5 tuổi đi học, tiếp tục duy trì chất lượng phổ cập");
    expect(parts).toHaveLength(1);
  });

  it("splits a sentence of several rates at its commas", () => {
    const parts = kinds("Phấn đấu giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân 1,2%, thể thấp còi 1,8%, thừa cân béo phì 2,0%.");
    expect(parts.map((p) => ("value" in p ? p.value : null))).toEqual([0.012, 0.018, 0.02]);
    expect(parts.map((p) => ("op" in p ? p.op : null))).toEqual(["<=", "<=", "<="]);
  });

  it("returns nothing for empty text and never throws on non-text", () => {
    expect(parseStatement("")).toEqual([]);
    expect(parseStatement(undefined as unknown as string)).toEqual([]);
  });

  it("stops after a hundred parts and says the rest was not read", () => {
    const parts = parseStatement(Array.from({ length: 150 }, (_, i) => `${i + 1} trường`).join("; "));
    expect(parts).toHaveLength(101);
    expect(parts[100].result.ok).toBe(false);
  });
});

describe("isReduceSubject", () => {
  it.each([
    ["Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân", true],
    ["Tỷ lệ học sinh bỏ học", true],
    ["Tỷ lệ tái mù chữ", true],
    ["Xếp loại: Chưa hoàn thành", true],
    ["Số vụ ngộ độc thực phẩm", true],
    ["Số vụ tai nạn thương tích", true],
    ["Tỷ lệ trẻ ra lớp", false],
    ["Số phường đạt chuẩn xóa mù chữ", false],
    ["Trường học an toàn, phòng chống tai nạn thương tích", false],
    ["Tỷ lệ thiếu niên đi học đúng độ tuổi", false],
    ["Hoàn thành tốt", false],
    ["Tỷ lệ học sinh học lực yếu", true],
    ["Khối 6 · Học lực · Yếu", true],
    ["Trường học an toàn, phòng, chống tai nạn thương tích", false],
  ])("says %j is %s", (text, expected) => {
    expect(isReduceSubject(text)).toBe(expected);
  });
});

describe("a negated change verb", () => {
  // "không giảm" read as the bare "giảm" passed every district that lost classes and failed every one that held them.
  it.each([
    ["không giảm so với năm học trước", "increase", "absolute"],
    ["Tỷ lệ huy động không giảm so với năm học trước", "increase", "points"],
    ["không tăng so với năm trước", "decrease", "absolute"],
  ])("reads %j as a change of at least nothing the other way", (text, direction, mode) => {
    expect(parseTarget(text)).toMatchObject({ ok: true, rule: { kind: "change", direction, mode, amount: 0 } });
  });
  it("leaves a plain change verb a change in its own direction", () => {
    expect(parseTarget("giảm so với năm học trước")).toMatchObject({ ok: true, rule: { kind: "change", direction: "decrease", mode: "any" } });
  });
});

describe("a change verb, its object, then a bare figure", () => {
  // "giảm tỷ lệ … 1,2%" is written both for the level to get under (the seeds' "giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ
  // cân 1,2%") and for the amount of the fall ("giảm tỉ lệ hộ nghèo 0,08%"); read only as a level, every commune that
  // cut poverty by 0,1 point failed. Both readings are kept, so a figure they judge differently is asked about.
  it.each([
    ["Giảm tỷ lệ hộ cận nghèo 1,2%", "<=", 0.012, "decrease", "points", 0.012],
    ["Tăng số trường đạt chuẩn quốc gia 4 trường", ">=", 4, "increase", "absolute", 4],
  ])("reads %j as a level with the change as its runner-up", (text, op, value, direction, mode, amount) => {
    expect(parseTarget(text)).toMatchObject({ ok: true, rule: { kind: "compare", op, value }, runnerUp: { kind: "change", direction, mode, amount } });
  });
  it.each([
    // An operator says the figure is the level reached.
    "Giảm tỷ lệ hộ nghèo còn 1,2%",
    "Nâng mức hỗ trợ đang hưởng 40% lên mức 60%",
    // A rate named with the verb is a level of that rate.
    "Tỷ lệ tăng dân số tự nhiên: 1,1%",
  ])("offers no change for %j", (text) => {
    const r = parseTarget(text);
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare" } });
    expect(r.ok && r.runnerUp?.kind).not.toBe("change");
  });
  it("reads 'so' alone as naming the baseline, so the figure is the change", () => {
    expect(parseTarget("Giảm số vụ tai nạn giao thông: 10% so năm trước")).toMatchObject({ ok: true, rule: { kind: "change", direction: "decrease", mode: "percent", amount: 0.1, baselineLabel: "năm trước" } });
    expect(parseTarget("giảm 8% so cùng kỳ")).toMatchObject({ ok: true, rule: { kind: "change", baselineLabel: "cùng kỳ" } });
  });
});

describe("a harm syllable inside a word that names no harm", () => {
  // "yếu" (weak, a failing grade) inside "thiết yếu" (essential) turned "15% đơn vị … dịch vụ thiết yếu" into "≤ 15%".
  it.each([
    ["Tỷ lệ xã cung cấp dịch vụ công thiết yếu", false],
    ["Hoàn thành các chỉ tiêu chủ yếu", false],
    ["Tỷ lệ trường kiểm soát các yếu tố nguy hại", false],
    ["Tỷ lệ học sinh xếp loại yếu", true],
  ])("says %j is a reduce subject: %s", (text, expected) => {
    expect(isReduceSubject(text)).toBe(expected);
  });
  it("reads a bare rate of units giving an essential service as one to reach", () => {
    expect(parseTarget("20% xã có dịch vụ thiết yếu trực tuyến", { unit: "%" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 0.2 } });
    expect(parseTarget("Tỷ lệ học sinh yếu 2%")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 0.02 } });
  });
});

describe("two bare figures joined by 'hoặc' under one unit", () => {
  // "1 hoặc 2 lớp phó" was read as "≥ 2 lớp": one deputy failed and three exceeded.
  it("reads them as a band from one to the other", () => {
    expect(parseTarget("Mỗi tổ có 1 tổ trưởng và 2 hoặc 3 tổ viên trực nhật")).toMatchObject({ ok: true, rule: { kind: "range", min: 2, max: 3, minInclusive: true, maxInclusive: true } });
  });
  it("leaves two targets each with a unit and an operator to the alternative reading", () => {
    const r = parseTarget("thời gian công tác ít nhất 05 năm hoặc 04 năm đối với miền núi");
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 5 } });
    expect(r.ok && r.runnerUp).toMatchObject({ kind: "compare", value: 4 });
  });
});

describe("a list of three or more levels alike", () => {
  // "55% … lớp 5, 65% … lớp 9 và 75% … lớp 12" kept 55% and 65%: 70,4% for grade 12 passed both and was "Vượt".
  it("keeps as the runner-up the level farthest from the one read, so a figure between them is asked about", () => {
    const r = parseTarget("Đến năm 2027, tối thiểu 40% trường mầm non, 50% trường tiểu học và 60% trường trung học cơ sở có phòng tin học", { unit: "%" });
    expect(r.ok).toBe(true);
    if (!r.ok || r.rule.kind !== "compare" || r.runnerUp?.kind !== "compare") throw new Error("two levels expected");
    const far = Math.max(...[0.4, 0.5, 0.6].map((v) => Math.abs(v - (r.rule as { value: number }).value)));
    expect(Math.abs(r.runnerUp.value - r.rule.value)).toBeCloseTo(far, 9);
  });
});

describe("a change restated in brackets as a count", () => {
  // "giảm 15% … so với đầu năm 2024 (21 hộ)" under ĐVT "hộ" was "≤ 21 hộ": the bracket restates the fall, not a level.
  it("reads the bracketed count as the amount of the same change", () => {
    expect(parseTarget("giảm 10% số học sinh bỏ học so với năm học trước (12 học sinh)", { unit: "học sinh" })).toMatchObject({
      ok: true,
      rule: { kind: "change", direction: "decrease", mode: "absolute", amount: 12, baselineLabel: "năm học trước" },
    });
  });
  it("leaves a bracketed rate beside a count alone", () => {
    expect(parseTarget("có 12 trường (chiếm 40%)", { unit: "trường" })).toMatchObject({ ok: true, rule: { kind: "compare", value: 12 } });
  });
});

describe("an indicator whose words name every part of a compound target", () => {
  // "phòng ngủ … 1,2m2/trẻ, vệ sinh 0,4m2/trẻ, hiên chơi 1,8m2/trẻ" under "Diện tích phòng ngủ, vệ sinh, hiên chơi" was
  // read as the room's 1,2 alone, because "phòng ngủ" repeats more of the indicator's words than "vệ sinh": 0,5 m2 for
  // the toilets was "Chưa đạt".
  it("prefers no part, so another part is kept as the runner-up", () => {
    const r = parseTarget("Diện tích tối thiểu phòng ngủ cho trẻ là 1,2m2/trẻ, vệ sinh 0,4m2/trẻ, hiên chơi 1,8m2/trẻ", {
      indicator: "Diện tích phòng ngủ, vệ sinh, hiên chơi cho trẻ",
      unit: "m2/trẻ",
    });
    expect(r.ok && r.runnerUp).toMatchObject({ kind: "compare" });
  });
  it("still lets a number the indicator names pick its part", () => {
    const r = parseTarget("có 10 trường đạt chuẩn mức độ 1 và 4 trường đạt chuẩn mức độ 2", { indicator: "Số trường đạt chuẩn mức độ 2", unit: "trường" });
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare", value: 4 } });
  });
});

describe("a campaign against a chain of harms", () => {
  // "phòng, chống tai nạn đuối nước": "phòng, chống" cancelled "tai nạn" but left "đuối nước" a harm, so "95% … vào năm
  // 2030" was read "≤ 95%" and 97% was "Chưa đạt".
  it("reads every harm of the chain as what the campaign is against", () => {
    expect(parseTarget("95% trẻ em được học kỹ năng phòng, chống tai nạn đuối nước")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 0.95 } });
    expect(isReduceSubject("Tỷ lệ trường tổ chức phòng chống tai nạn đuối nước")).toBe(false);
  });
  it("leaves a harm that no campaign stands before a harm", () => {
    expect(isReduceSubject("Số trẻ em bị tai nạn đuối nước")).toBe(true);
  });
});

describe("a series of targets by year", () => {
  // "giảm còn 7% vào năm 2005 và 6% vào năm 2010" for the plan year 2010 read "≥ 6%": the year between the items hid
  // the list, so "giảm còn" did not govern the later item and 7% was "Đạt".
  it("lets the operator of the first year's item govern the later years' items, a reduction too", () => {
    expect(parseTarget("Tỷ lệ trẻ thấp còi giảm còn 20% vào năm 2025 và 18% vào năm 2030", { period: periodFromText("2030") ?? undefined })).toMatchObject({
      ok: true,
      rule: { kind: "compare", op: "<=", value: 0.18 },
    });
  });
});

describe("a list after a change verb", () => {
  // "giảm 10% trẻ em tử vong do đuối nước năm 2025 và 20% vào năm 2030" for 2030 was "giảm ≥ 10%": the 20% had no verb
  // of its own, so no change was read from it and a fall of 10% was "Đạt".
  it("reads the later items as changes by the same verb, so the plan year picks among them", () => {
    expect(parseTarget("giảm 15% số vụ tai nạn giao thông năm 2025 và 30% vào năm 2030", { period: periodFromText("2030") ?? undefined })).toMatchObject({
      ok: true,
      rule: { kind: "change", direction: "decrease", amount: 0.3 },
    });
  });
});

describe("an indicator naming a price set by rule", () => {
  // "Giá thuê chỗ ở" was not read as a set amount (only "lệ phí", "học phí", "mức thu", "phí" were, in a list of its
  // own), so "… là 205.000 đồng/sinh viên/tháng" read "≥" and a rent of 215.000 was "Vượt".
  it("reads a bare amount as exactly that, from the lexicon's one list of set amounts", () => {
    expect(parseTarget("Giá áp dụng là 150.000 đồng/tháng", { indicator: "Giá thuê phòng ký túc xá" })).toMatchObject({ ok: true, rule: { kind: "compare", op: "=", value: 150000 } });
    expect(parseTarget("Giá áp dụng là 150.000 đồng/tháng", { indicator: "Học phí THCS" })).toMatchObject({ ok: true, rule: { kind: "compare", op: "=" } });
  });
});

describe("a top of either of two sizes", () => {
  // "lọt vào nhóm 20-50 trường tốt nhất thế giới" was one reading "top 50" (with 20 as a best place), so place 35 was
  // "Đạt" although a top 20 was as much meant.
  it("reads both sizes, so a place between them is asked about", () => {
    const r = parseTarget("phấn đấu xếp trong nhóm 3–6 tỉnh dẫn đầu cả nước", { unit: "hạng" });
    expect(r).toMatchObject({ ok: true, rule: { kind: "rank", rank: 3, top: true }, runnerUp: { kind: "rank", rank: 6, top: true } });
    expect(r.ok && r.rule.kind === "rank" && r.rule.field).toBe("tỉnh dẫn đầu cả nước");
  });
});

describe("one of N leaders", () => {
  // "trở thành 1 trong 3 đầu tàu phát triển kinh tế của vùng" read "≥ 1" and place 4 was "Vượt".
  it("reads '1 trong N … dẫn đầu' and 'một trong N …' as a top N", () => {
    expect(parseTarget("phấn đấu là 1 trong 5 huyện dẫn đầu toàn tỉnh", { unit: "hạng" })).toMatchObject({ ok: true, rule: { kind: "rank", rank: 5, top: true } });
    expect(parseTarget("trở thành một trong 10 trường dẫn đầu thành phố")).toMatchObject({ ok: true, rule: { kind: "rank", rank: 10, top: true } });
  });
});

describe("a list of ceilings written with different operators", () => {
  // "… xuống 8‰, … xuống dưới 10‰, … xuống dưới 15‰": the farthest ceiling was looked for only among "≤" bounds, so
  // "< 10‰" stayed the runner-up and 14,2‰ for the third part was "Chưa đạt" by both readings.
  it("keeps the farthest bound on the same side as the runner-up", () => {
    const r = parseTarget("giảm tỷ lệ tai nạn loại A xuống 8%, loại B xuống dưới 10%, loại C xuống dưới 15%", { unit: "%" });
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare", value: 0.08 }, runnerUp: { kind: "compare", op: "<", value: 0.15 } });
  });
});

describe("harmed people a service reaches", () => {
  // "Tỷ lệ hộ nghèo, cận nghèo có nhu cầu và đủ điều kiện được vay vốn" read as something to bring down, so "100% hộ
  // nghèo … vay vốn" was "≤ 100%" and 96% was "Đạt".
  it("reads a harm followed by 'được' in the indicator as the people helped, more being better", () => {
    expect(isReduceSubject("Tỷ lệ trẻ suy dinh dưỡng được can thiệp dinh dưỡng")).toBe(false);
    expect(parseTarget("100% hộ nghèo có nhu cầu vay vốn", { indicator: "Tỷ lệ hộ nghèo có nhu cầu được vay vốn", unit: "%" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 1 } });
  });
  it("leaves a harm with no 'được' after it a harm", () => {
    expect(isReduceSubject("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi")).toBe(true);
    expect(isReduceSubject("Tỷ lệ hộ nghèo; hộ được vay vốn")).toBe(true);
  });
});

describe("'vạn' (ten thousand) after a figure", () => {
  // "xuất khẩu lao động 7,5 vạn người" read "≥ 7,5 vạn", so 60.000 typed was "Vượt".
  it("scales the figure, as 'nghìn' and 'triệu' do", () => {
    expect(parseTarget("xuất khẩu lao động 7,5 vạn người", { unit: "người" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 75000 } });
  });
});

describe("a level reported with how far it passed the plan's target", () => {
  // "đạt 14.504/18.600 hộ (tỷ lệ 77,97%), vượt 2,97% so với chỉ tiêu" read "> 2,97%", so 72,6% was "Đạt".
  it("reads the target as the level less the excess", () => {
    expect(parseTarget("Tỷ lệ lao động qua đào tạo đạt 72,5%, vượt 2,5% so với chỉ tiêu", { unit: "%" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 0.7 } });
    expect(parseTarget("Doanh thu tăng 12,4% (vượt mục tiêu Nghị quyết 0,4%)", { indicator: "Tốc độ tăng trưởng doanh thu" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 0.12 } });
  });
  it("leaves an excess over something not the plan alone", () => {
    expect(parseTarget("Tỷ lệ đạt 72,5%, vượt 2,5% so với năm trước", { unit: "%" })).not.toMatchObject({ ok: true, rule: { kind: "compare", value: 0.7 } });
  });
});

describe("'đạt và vượt' before a figure", () => {
  // "đạt và vượt tỷ lệ 60%" took the strict ">" of "vượt", so 60% was "Chưa đạt".
  it("reads reaching as enough: at least", () => {
    expect(parseTarget("đạt và vượt tỷ lệ 60%")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 0.6 } });
    expect(parseTarget("vượt 60%")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">" } });
  });
});

describe("a share written as a fraction with an operator", () => {
  // "trên 3/4 học sinh tham gia …" read as the fraction 3/4 (at least), so 75% was "Đạt".
  it("reads the operator as the bound on the share", () => {
    expect(parseTarget("trên 3/4 học sinh tham gia câu lạc bộ")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">", value: 0.75, unit: { kind: "percent" } } });
    expect(parseTarget("không quá 1/4 số tiết")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 0.25 } });
    expect(parseTarget("ít nhất 30/40 trường")).toMatchObject({ ok: true, rule: { kind: "fraction", numerator: 30, denominator: 40 } });
  });
});

describe("a multiple of another amount under a unit column of money or time", () => {
  // "tối thiểu bằng ba lần mức học phí hiện hành" under ĐVT "đồng/tháng" read "= 3 lần", so 900.000 was "Chưa đạt".
  it("is refused as a share of another amount is, saying the unit", () => {
    const r = parseTarget("mức hỗ trợ tối thiểu bằng hai lần mức lương cơ sở", { unit: "đồng/tháng" });
    expect(r).toMatchObject({ ok: false, error: { code: "unit_mismatch" } });
  });
  it("still reads times as a count under a column of times", () => {
    expect(parseTarget("ít nhất 2 lần", { unit: "lần" })).toMatchObject({ ok: true, rule: { kind: "compare", value: 2 } });
  });
});

describe("a due day that repeats each month", () => {
  // "Trước ngày 03 hàng tháng, … phải gửi Thông báo" read "≥ 3 hàng": a blank was no data, "5" typed was "Đạt".
  it.each([
    ["Trước ngày 03 hàng tháng, người sử dụng lao động phải gửi thông báo tình hình biến động lao động", "ngày 03 hàng tháng"],
    ["Các trường gửi báo cáo số liệu trước ngày 25 hằng tháng", "ngày 25 hằng tháng"],
    ["chi trả lương vào ngày 10 hàng tháng", "ngày 10 hàng tháng"],
    ["Tổ trưởng nộp kế hoạch vào ngày 5 hằng tuần", "ngày 5 hằng tuần"],
    // The repeat said first: "Hằng tháng, trước ngày 25" read "≤ 25".
    ["Hằng tháng, trước ngày 25", "Hằng tháng, trước ngày 25"],
    ["Mỗi quý gửi báo cáo vào ngày 15", "Mỗi quý gửi báo cáo vào ngày 15"],
  ])("is refused, naming the day: %s", (text, fragment) => {
    expect(parseTarget(text)).toMatchObject({ ok: false, error: { code: "recurring_date", fragment } });
  });
  it("leaves a dated day and a count each month alone", () => {
    expect(parseTarget("gửi báo cáo trước ngày 25/11/2025")).toMatchObject({ ok: true, rule: { kind: "deadline", due: "2025-11-24" } });
    expect(parseTarget("mỗi tháng tổ chức 2 buổi sinh hoạt chuyên môn")).toMatchObject({ ok: true, rule: { kind: "frequency", count: 2 } });
    expect(parseTarget("Hằng năm, trước ngày 15/10", { period: periodFromText("2024") ?? undefined })).toMatchObject({ ok: true, rule: { kind: "deadline" } });
  });
});

describe("a condition alone", () => {
  // "Khi có yêu cầu" (when asked) read as the yes/no "có yêu cầu": a blank beside it was "no data".
  it.each(["Khi có yêu cầu", "Khi có thay đổi", "Nếu có phát sinh"])("says when, not what: %s is refused", (text) => {
    expect(parseTarget(text).ok).toBe(false);
  });
  it("leaves a yes/no target alone", () => {
    expect(parseTarget("Có kế hoạch")).toMatchObject({ ok: true, rule: { kind: "boolean" } });
  });
});

describe("a span of time before or after an event named in words", () => {
  // "nộp chứng chỉ trước thời điểm xét tốt nghiệp 1 tháng" read "≥ 1 tháng", so "1 tháng" typed was "Đạt".
  it("is refused, naming the event whose day is missing", () => {
    expect(parseTarget("Tổ chức tập huấn trước ngày khai giảng 2 tuần")).toMatchObject({ ok: false, error: { code: "relative_date", fragment: "ngày khai giảng" } });
  });
  it("leaves a time allowed for a task alone", () => {
    expect(parseTarget("trả kết quả sau khi nhận hồ sơ 3 ngày làm việc")).toMatchObject({ ok: true, rule: { kind: "compare", value: 3 } });
    expect(parseTarget("Sau khi nhận đủ hồ sơ hợp lệ trong thời hạn 05 ngày")).toMatchObject({ ok: true, rule: { kind: "compare", value: 5 } });
  });
});

describe("a bound word before 'bằng'", () => {
  // "tối thiểu bằng 12,67 điểm" took the "=" of "bằng", so 13,5 điểm was "Chưa đạt".
  it("decides the operator", () => {
    expect(parseTarget("điểm xét tuyển tối thiểu bằng 15 điểm")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 15 } });
    expect(parseTarget("sĩ số tối đa bằng 35 học sinh")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 35 } });
    expect(parseTarget("bằng 35 học sinh")).toMatchObject({ ok: true, rule: { kind: "compare", op: "=" } });
  });
});

describe("a span of time set by rule", () => {
  // "Nhiệm kỳ của hội đồng trường là 5 năm" read "≥ 5 năm", so a term of 6 years was "Vượt"; "Thời hạn công nhận … là 5
  // năm (60 tháng)" read "≤ 60 tháng", so 48 months was "Đạt".
  it("reads a bare duration named by a term of office, teachers' working time or a recognition's validity as exact", () => {
    expect(parseTarget("Nhiệm kỳ của ban đại diện là 3 năm")).toMatchObject({ ok: true, rule: { kind: "compare", op: "=", value: 3 } });
    expect(parseTarget("là 37 tuần", { indicator: "Thời gian làm việc của giáo viên trong năm học" })).toMatchObject({ ok: true, rule: { kind: "compare", op: "=" } });
  });
  it("leaves a time allowed for a task at most", () => {
    expect(parseTarget("Thời hạn giải quyết: 15 ngày")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=" } });
  });
});

describe("learners for each container named before them", () => {
  // "mỗi phòng rộng 56.9m2 cho 8 sinh viên" read "≥ 8 sinh viên", so 10 students in a room was "Vượt".
  it("reads a bare count as a size norm, at most", () => {
    expect(parseTarget("mỗi phòng học bố trí 35 học sinh")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 35 } });
  });
  it("leaves staff for each container a floor", () => {
    expect(parseTarget("mỗi lớp 2 giáo viên")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 2 } });
  });
});

describe("a figure bounding a condition to avoid", () => {
  // "nếu cơ sở đạt từ 7 tiêu chí trở xuống sẽ bị đánh giá là … không an toàn" read "≤ 7 tiêu chí", so 8 was "Chưa đạt";
  // "đạt dưới 2,50 …" under "Điểm … để không bị cảnh báo" read "< 2,5", so 3,1 was "Chưa đạt".
  it("reads the target as the other side, and says so", () => {
    const r = parseTarget("nếu trường đạt từ 5 tiêu chí trở xuống sẽ bị đánh giá là chưa đạt chuẩn");
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare", op: ">", value: 5 } });
    expect(r.ok && r.warnings.some((w) => w.message.vi.includes("điều kiện bị xử lý"))).toBe(true);
    expect(parseTarget("điểm trung bình đạt dưới 2,0", { indicator: "Điểm trung bình để không bị cảnh báo học vụ" })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 2 } });
  });
  it("leaves a condition with no sanction after it as written", () => {
    expect(parseTarget("nếu trường đạt từ 5 tiêu chí trở xuống")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 5 } });
  });
});

describe("a bare figure for a population measure steered from either side", () => {
  // "Tổng tỷ suất sinh: 2,1 con/phụ nữ" read "≥ 2,1", so 1,9 was "Chưa đạt" and 2,3 "Vượt", though a plan may hold
  // fertility up to replacement or down to it.
  it("keeps the other side as the runner-up", () => {
    expect(parseTarget("Tổng tỷ suất sinh: 2,0 con/phụ nữ")).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 2 }, runnerUp: { kind: "compare", op: "<=", value: 2 } });
  });
  it("leaves a figure with its own operator alone", () => {
    const r = parseTarget("Tổng tỷ suất sinh không dưới 2,0 con/phụ nữ");
    expect(r.ok && r.runnerUp).toBeFalsy();
  });
});

describe("parseTarget: an indicator naming several parts keeps the part a figure would be judged differently by", () => {
  const ind = "Chỉ tiêu cấp mầm non (trẻ 5 tuổi đi học; trẻ học 2 buổi/ngày; trường đạt chuẩn quốc gia)";
  const text = "Đến năm 2020, cấp mầm non tỷ lệ trẻ 5 tuổi đi học mẫu giáo đạt 99,9% và 100% trẻ 5 tuổi học 2 buổi/ngày; 20% trường mầm non đạt chuẩn quốc gia";
  it("takes another clause's farther bound on the same side as the runner-up, not the near one", () => {
    const r = parseTarget(text, { indicator: ind, unit: "%" });
    expect(r.ok && r.runnerUp).toMatchObject({ kind: "compare", op: ">=", value: 0.2 });
  });
  it("takes a count of the same noun as the runner-up of a count per period", () => {
    const r = parseTarget("số tín chỉ đăng ký mới trong năm học phải >=30 TC và số tín chỉ đăng ký mới mỗi học kỳ >=10 TC", {
      indicator: "Số tín chỉ đăng ký mới (cả năm học; mỗi học kỳ)",
      unit: "tín chỉ",
    });
    expect(r).toMatchObject({ ok: true, rule: { kind: "frequency", count: 10 }, runnerUp: { kind: "compare", op: ">=", value: 30 } });
  });
});

describe("a bare figure under ĐVT %", () => {
  // ">80" under ĐVT "%" refused "80%" as a share against a count.
  it.each([[">80", ">", 0.8], ["≥ 95", ">=", 0.95], ["tối thiểu 70", ">=", 0.7], ["không quá 5", "<=", 0.05]])("reads %j as a percent", (text, op, value) => {
    expect(parseTarget(text, { unit: "%" })).toMatchObject({ ok: true, rule: { kind: "compare", op, value, unit: { kind: "percent" } } });
  });
  it("judges a share against it", () => {
    expect(evaluate(">80", "80%", { unit: "%" }).status).toBe("not_met");
    expect(evaluate(">80", "85%", { unit: "%" }).status).toBe("met");
  });
  it("keeps a count when the sentence writes its own percent signs ('con thứ 3' beside '2,83%')", () => {
    const r = parseTarget("Tỷ lệ sinh con thứ 3 trở lên là 2,83% (Giảm so với năm trước 0,05%)", { unit: "%" });
    expect(r.ok && r.runnerUp).not.toMatchObject({ value: 0.03 });
  });
  it("leaves a figure above 100 alone", () => {
    expect(parseTarget(">120", { unit: "%" })).toMatchObject({ ok: true, rule: { unit: { kind: "count" } } });
  });
});

describe("a harm that says who is counted, not what", () => {
  // "tỷ lệ trẻ em thuộc hộ nghèo … đi học đúng độ tuổi đạt 90%" was read as at most 90%: the poor households are who.
  it.each([
    ["tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi đạt 90%", "Tỷ lệ trẻ em thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi"],
    ["Tỷ lệ người thuộc hộ cận nghèo tham gia BHYT đạt 95%", "Tỷ lệ người thuộc hộ cận nghèo tham gia BHYT"],
    ["học sinh thuộc diện hộ nghèo và cận nghèo đến trường đạt 98%", ""],
  ])("reads %j as at least", (text, indicator) => {
    expect(parseTarget(text, { unit: "%", indicator })).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=" } });
    if (indicator) expect(isReduceSubject(indicator)).toBe(false);
  });
  it("keeps the harm what is counted when households are counted, or a harm follows the qualifier", () => {
    expect(isReduceSubject("Số hộ thuộc diện hộ nghèo")).toBe(true);
    expect(isReduceSubject("Tỷ lệ học sinh thuộc hộ nghèo bỏ học")).toBe(true);
    expect(parseTarget("tỷ lệ học sinh thuộc hộ nghèo bỏ học 1%", { unit: "%" })).toMatchObject({ ok: true, rule: { op: "<=" } });
    expect(parseTarget("số hộ thuộc diện hộ nghèo còn 200 hộ")).toMatchObject({ ok: true, rule: { op: "<=" } });
  });
});

describe("a stated range is a band, never one of its ends (issue 10)", () => {
  it("reads the upper end that closes a bracket, not a heading number", () => {
    expect(parseTarget("(điểm trung bình chung tích luỹ đạt từ 7.0 đến 7.9)")).toMatchObject({ ok: true, rule: { kind: "range", min: 7, max: 7.9 } });
  });
  it("reads a range after 'sĩ số' as figures, not a document number", () => {
    expect(parseTarget("trường học đảm bảo sĩ số 30 - 35 học sinh/lớp")).toMatchObject({ ok: true, rule: { kind: "range", min: 30, max: 35 } });
    expect(parseTarget("Quyết định số 30 của UBND, đạt 90%")).toMatchObject({ ok: true, rule: { value: 0.9 } });
  });
  it("reads digits glued after kg or m as decimals ('11kg1' = 11,1 kg, '1m75' = 1,75 m)", () => {
    expect(parseTarget("Cân nặng từ 11kg1 đến 14kg7")).toMatchObject({ ok: true, rule: { kind: "range", min: 11.1, max: 14.7, unit: { kind: "measure", unit: "kg" } } });
    expect(parseTarget("chiều cao từ 1m55 đến 1m70")).toMatchObject({ ok: true, rule: { kind: "range", min: 1.55, max: 1.7 } });
    expect(parseTarget("diện tích tối thiểu 10m2/trẻ")).toMatchObject({ ok: true, rule: { value: 10, unit: { unit: "m2/trẻ" } } });
    expect(evaluate("Cân nặng từ 11kg1 đến 14kg7", "12kg5", { unit: "kg" }).status).toBe("met");
    expect(evaluate("Cân nặng từ 11kg1 đến 14kg7", "15,2 kg", { unit: "kg" }).status).toBe("not_met");
  });
  it("reads 'từ X đến Y', 'X ÷ Y' and 'lên X - Y' as a band, not one end", () => {
    expect(parseTarget("Đoàn đặt mục tiêu giành từ 90 đến 110 huy chương vàng")).toMatchObject({ ok: true, rule: { kind: "range", min: 90, max: 110 } });
    expect(parseTarget("độ dốc 22 ÷ 24 độ")).toMatchObject({ ok: true, rule: { kind: "range", min: 22, max: 24 } });
    expect(parseTarget("tăng tỷ lệ cây xanh lên 10 - 12m2/người")).toMatchObject({ ok: true, rule: { kind: "range", min: 10, max: 12 } });
    expect(evaluate("Đoàn đặt mục tiêu giành từ 90 đến 110 huy chương vàng", "87 HCV", { unit: "HCV" }).status).toBe("not_met");
  });
  it("keeps the band beside a bound word before a span in words ('tối thiểu 12 đến 18 tín chỉ'): above it is a question", () => {
    const r = parseTarget("đăng ký tối thiểu 12 đến 18 tín chỉ");
    expect(r).toMatchObject({ ok: true, rule: { kind: "compare", op: ">=", value: 12 }, runnerUp: { kind: "range", min: 12, max: 18 } });
    expect(evaluate("đăng ký tối thiểu 12 đến 18 tín chỉ", "20").status).toBe("review");
    expect(["met", "exceeded"]).toContain(evaluate("đăng ký tối thiểu 12 đến 18 tín chỉ", "15").status);
    // A dashed span after a bound is one floor or the other, as before.
    expect(parseTarget("diện tích đất xây trường bình quân tối thiểu là 10-12 m2 với một trẻ")).toMatchObject({ ok: true, runnerUp: { kind: "compare", value: 12 } });
  });
});
