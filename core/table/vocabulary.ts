// The one vocabulary of tables clerks keep: column headings, row words (targets, totals, signatures, notes), yes/no and completion words.
// Every reader of a grid (sheet checks, plan grids, templates, consolidation, spreadsheet formulas) takes its words from here.
// Patterns run on folded text (core/sheet/text.ts `fold`: no diacritics, lower case, "tỷ"/"tỉ" → "ti"), one row per wording.
import type { ColumnRole } from "../sheet/types";

/**
 * What a column of a table holds: the roles a sheet check uses (core/sheet/types.ts `ColumnRole`), and the ones only
 * read to be left alone or used by plan grids and task tables.
 */
export type Role =
  | ColumnRole
  /** The actual as a share of the target ("Tỷ lệ % so với KH", "% hoàn thành"): derived, never judged as the figure. */
  | "ratio"
  /** A task's schedule written as text ("Thời gian thực hiện: Tháng 9/2024 - 5/2025", "Tiến độ"). */
  | "timing"
  | "start"
  /** Who leads / takes part in a task ("Đơn vị chủ trì", "Đơn vị phối hợp"). */
  | "lead"
  | "partners"
  /** The clerk's own verdict ("Đánh giá", "Tự đánh giá"): read, never judged as the figure. */
  | "assessment"
  /** The unit-name column of a unit matrix ("Tên trường", "Phường", "Đơn vị"). */
  | "unitName"
  /** Columns of the plan grid this tool writes (core/plan/grid.ts). */
  | "scope"
  | "direction"
  | "distribution"
  | "quote"
  | "section";

/** One wording of a column heading: the folded core of the heading (modifiers removed, see header.ts) and what it means. */
export interface HeaderWord {
  re: RegExp;
  role: Role;
  /** The other meaning of an ambiguous heading, chosen by the table reader from the columns around it. */
  alt?: Role;
}

/**
 * Column headings, tried in order on the folded heading with its year, term, "ước" and "%" modifiers removed
 * ("Ước thực hiện HK I năm 2024 (%)" → "thuc hien"). Order matters where one wording contains another: noted per row.
 */
export const HEADER_WORDS: readonly HeaderWord[] = [
  { re: /^(stt|tt|so tt|so thu tu)$/, role: "stt" },
  { re: /^(ma|ma so|ma chi tieu|ma ct|ma tieu chi|id)$/, role: "id" },
  // "Đơn vị tính" before the bare "Đơn vị" (a unit-name column in a matrix, the ĐVT beside an indicator name).
  { re: /^(dvt|don vi tinh|don vi do|dv tinh|dv)$/, role: "unit" },
  { re: /^(ghi chu|chu thich|ghi chu nguyen nhan|nguyen nhan|ghi chu ?\/ ?nguyen nhan)\b/, role: "note" },
  { re: /^(cap hoc|bac hoc|cap)$/, role: "level" },
  // Task tables: a deadline is a date to meet; "Thời gian (thực hiện)" and "Tiến độ" are schedules written as text.
  { re: /^(thoi gian hoan thanh|thoi han|thoi han hoan thanh|han hoan thanh|han|han chot|ket thuc|den ngay|hoan thanh truoc|ngay het han|ngay nhan( bao cao)?|(thoi )?han (nop|gui|bao cao)(?!.* (thuc te|tre|qua han|cham(?! nhat)|thuc hien)\b)( [a-z]+){0,4}|ngay phai (nop|gui))$/, role: "deadline" },
  { re: /^(thoi gian|thoi gian thuc hien|tien do|tien do thuc hien|lo trinh|thoi diem)$/, role: "timing" },
  { re: /^(bat dau|tu ngay|ngay bat dau|thoi gian bat dau)$/, role: "start" },
  { re: /^(tinh hinh thuc hien|tinh trang|tinh trang thuc hien|ket qua thuc hien nhiem vu|muc do hoan thanh|ngay hoan thanh|thuc hien nhiem vu|ket qua trien khai|ngay (gui|nop)( bao cao)?|ngay thuc hien|thoi gian (gui|nop))$/, role: "completion" },
  { re: /^(chu tri|don vi chu tri|don vi thuc hien|bo phan thuc hien|nguoi thuc hien|nguoi phu trach|phu trach|bo phan chu tri|don vi phu trach|ca nhan phu trach|bo phan phu trach|(giao vien|gv|can bo|nguoi) (phu trach|chu nhiem|thuc hien|day|phu trach lop))$/, role: "lead" },
  { re: /^(phoi hop|don vi phoi hop|bo phan phoi hop)$/, role: "partners" },
  // A figure compared with another, whatever it is compared with ("Tỷ lệ thực hiện so với kế hoạch", "Lũy kế so với
  // cùng kỳ", "Thực hiện tháng 9 so với tháng trước", "So sánh với năm 2017 (%)"), and a change from an earlier figure
  // ("Tăng (+), giảm (-)", "Chênh lệch"): derived from two columns, never judged itself; before "tỷ lệ" (the figure
  // itself). A plan compared ("Kế hoạch 2024 (tăng so với 2023)") is still the plan: only a figure's word may open it.
  { re: /^(ti le )?(hoan thanh |thuc hien |th |dat |luy ke |ket qua |tang giam |chenh lech )?(thang \d+ )?so (voi|sanh)\b|^(tang giam|chenh lech)$/, role: "ratio" },
  { re: /^(ti le hoan thanh|% hoan thanh|ti le hoan thanh ke hoach|muc do hoan thanh ke hoach|ti le thuc hien ke hoach|ti le dat ke hoach|% ke hoach)$/, role: "ratio" },
  // Targets: "Kế hoạch", "KH", "Chỉ tiêu giao", "Chỉ tiêu đến năm …", norms ("Mức quy định", "Định mức", "Chuẩn").
  {
    // "Đăng ký" (a unit's or teacher's registered target, beside its "Kết quả") is a target heading too; so is a
    // published commitment ("Cam kết", Mẫu 9 of the quality-commitment notice) beside the year's "Thực hiện", and a
    // plan named by what set it ("Kế hoạch Đại hội", "Chỉ tiêu Nghị quyết", "Mục tiêu Đề án", "Chỉ tiêu theo Nghị quyết năm học"), and a month's own
    // ("Chỉ tiêu tháng 12"), and a crop season's ("KH vụ", "Kế hoạch vụ Đông Xuân"), and one named by the body that set it ("Chỉ tiêu PGD giao", "Kế hoạch UBND huyện giao"). A column headed by the resolution alone ("Nghị quyết HĐND huyện năm 2022", "NQ Đại hội")
    // holds what the resolution set: the targets, the council's or congress's, whichever body and level is named; so
    // does the committee's own plan beside it ("Kế hoạch UBND xã"); so does a budget ("Dự toán HĐND thị xã giao"),
    // but not what is left of it, spent of it or last year's ("Dự toán còn lại", "… đã thực hiện", "… chưa giao", "… năm trước").
    // A cap is a plan too ("Chỉ tiêu khống chế", "Mức khống chế", "Chỉ tiêu tối đa"): its direction is the heading's (siblings.ts headingBound).
    re: /^(ke hoach|kh|(theo )?(nghi quyet|nq)( (hdnd|hoi dong nhan dan|dai hoi|dh|dang bo))?( (tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran))?( (duoc )?giao)?|(ke hoach|kh) (cua )?(ubnd|uy ban nhan dan)( (tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran))?|chi tieu (giao|duoc giao|ke hoach|kh|dat ra|de ra|phan dau|can dat|den nam|nam|nam hoc|ke hoach giao|dang ki)|ke hoach (giao|duoc giao|de ra)|(ke hoach|chi tieu|muc tieu) (theo )?(dai hoi|nghi quyet|nq|nghi quyet dai hoi|nq dh|de an|chuong trinh)( .+)?|kh giao|du toan(?!( [a-z]+)*? (chua|khong|con lai|thuc hien|giai ngan|su dung|da chi|truoc|cu)( |$))( [a-z]+){0,4}( (duoc )?giao)?|dang ki|dang ki chi tieu|muc dang ki|muc do dang ki|so dang ki|chi tieu dang ki|muc tieu (cua|de ra|phan dau)( .+)?|cam ket|muc cam ket|chi tieu cam ket|cam ket chat luong|muc phan dau|muc tieu phan dau|muc (can )?dat|muc (quy dinh|chuan|toi thieu|toi da|yeu cau|phan dau)|(chi tieu|muc|ke hoach|kh) (khong che|toi da)|muc do \d|muc \d|dinh muc|tieu chuan|chuan|yeu cau|chi tieu theo ke hoach|(chi tieu|ke hoach|kh) thang \d{1,2}|(chi tieu|ke hoach|kh) (vu|mua vu)( .+)?|(chi tieu|ke hoach|kh)(?! (nhiem vu|cong viec|hoat dong)\b)(?!.* (chua|khong|con lai)( [a-z]+)? giao$)( [a-z]+){1,4} (duoc )?giao|(chi tieu|ke hoach|kh) (do )?(pgd|pgddt|phong|phong gd|phong gddt|so|so gddt|bo|ubnd|uy ban|hdnd|cap tren|tren|huyen|tinh|thanh pho|tp|quan|thi xa|xa|phuong|nganh)( [a-z]+){0,3} (duoc )?(giao|dat ra|de ra|phe duyet))$/,
    role: "target",
  },
  // A programme's periods a year or a week ("Số tiết/năm học ⟩ Lớp 1", "SỐ TIẾT/1 TUẦN", "Số tiết trong một năm", "Số
  // tiết quy định của Bộ"): the norm each subject must have, a target; periods taught are "Số tiết thực dạy" (no match).
  { re: /^so tiet( (1|mot))?( tuan| trong (1|mot)( tuan)?| quy dinh( .+)?| theo (quy dinh|ppct|chuong trinh))?$/, role: "target" },
  { re: /^(ti le|ti le dat|tl|ti le %)$/, role: "rate" },
  // The clerk's own verdict column: after the task "Mức độ hoàn thành" row, before "kết quả".
  { re: /^(danh gia|tu danh gia|xep loai|xep loai chung|ket qua xep loai|danh gia chung|ket qua danh gia|danh gia ket qua|ket qua tu danh gia)$/, role: "assessment" },
  {
    // "Lũy kế", "Cộng dồn": the figure summed to date, this period's actual. "Kết quả thực hiện của thôn" names whose
    // result it is, as "Thực tế của nhà trường" does (the units it is of may stand under it, one column each); so does
    // "Kết quả thực hiện theo lớp" (by class: the classes stand under it, "Mầm 1 | Chồi 1 | Lá 1").
    re: /^(thuc hien|ket qua|ket qua thuc hien|ket qua dat duoc|dat duoc|so lieu thuc hien|thuc te|th|so lieu|luy ke|cong don|luy ke thuc hien|thuc hien luy ke|so luy ke|muc do dat duoc|muc dat duoc|thuc hien ke hoach|ket qua dat|ket qua (kiem tra|ra soat|khao sat)|so lieu bao cao|bao cao|(hien trang|thuc trang|thuc te)( cua)?( nha truong| don vi| co so| truong)?|(ket qua|ket qua thuc hien|thuc hien) (cua|(phan |chia )?theo) (nha truong|don vi|co so|truong|lop|thon|ban|xom|to dan pho|xa|phuong|thi tran|huyen))$/,
    role: "actual",
  },
  // "Mục tiêu" is the target beside an indicator name, and names the goals beside another target ("Mục tiêu | Chỉ tiêu đến năm 2025").
  { re: /^muc tieu$/, role: "target", alt: "name" },
  // A bare "Chỉ tiêu" names the indicator, unless another column already does ("Nội dung chỉ tiêu | Chỉ tiêu"): then it is the target.
  { re: /^chi tieu$/, role: "name", alt: "target" },
  // "Nội dung …" names the rows whatever follows ("Nội dung kiểm tra", "Nội dung công việc").
  { re: /^noi dung\b/, role: "name" },
  {
    // "Các …" / "Những …" before a name word lists the rows all the same ("Các hoạt động", "Những công việc").
    re: /^((cac|nhung) )?(noi dung|noi dung chi tieu|cac chi tieu|tieu chi|ten chi tieu|ten tieu chi|noi dung tieu chi|danh muc|chi tieu nhiem vu|noi dung nhiem vu|nhiem vu|ten nhiem vu|cac nhiem vu|cong viec|noi dung cong viec|hoat dong|noi dung hoat dong|chi so|ten chi so|noi dung danh gia|tieu chi danh gia|noi dung tieu chuan|ten tieu chuan|noi dung cong tac|chi tieu co ban|cac chi tieu chu yeu|chi tieu chu yeu|nhiem vu giai phap|nhiem vu trong tam|tieu chuan tieu chi|noi dung tieu chuan tieu chi|ki bao cao|loai bao cao|indicator|name|content)$/,
    role: "name",
  },
  // "Đơn vị" names the units of a matrix, unless an indicator-name column sits beside it: then it is the ĐVT.
  { re: /^don vi$/, role: "unitName", alt: "unit" },
  // Unit names: one or more kinds of unit, as headings list them ("Quận, huyện, thị xã", "Xã, thị trấn", "Phường/xã").
  // A school's level may follow in the short form schools write ("Trường THCS", "Trường MN", "Tên trường THPT"): the
  // schools of that level are the units.
  {
    re: /^(ten |cac )?(truong|truong hoc|nha truong|co so( giao duc)?|don vi( truong| hanh chinh| co so)?|phuong|xa|thi tran|thi xa|quan|huyen|thanh pho|tinh|to dan pho|khu pho|to|thon|lop|nhom lop|khoi|mam non|tieu hoc|trung hoc co so)( (truong|truong hoc|co so|don vi|phuong|xa|thi tran|thi xa|quan|huyen|thanh pho|tinh|to dan pho|khu pho|thon|lop|nhom lop|khoi))*( (mn|th|thcs|thpt|mg))?$/,
    role: "unitName",
  },
  // Agencies reporting to the table's owner are its units ("Cơ quan cung cấp", "Cơ quan báo cáo", "Sở, ban, ngành").
  { re: /^(ten |cac )?(co quan( don vi)?|so ban nganh|so nganh)( (cung cap|bao cao|gui))?$/, role: "unitName" },
  // People are a matrix's units too: one row per teacher or pupil ("Họ và tên | Tiết dạy tốt | Sáng kiến …").
  { re: /^(ho va ten|ho ten|ho ten giao vien|ten giao vien|ten can bo|ten hoc sinh|ho va ten giao vien|ho va ten hoc sinh)$/, role: "unitName" },
  // "Tên …" names the rows ("Tên biểu", "Tên chỉ tiêu"), after the unit-name wordings ("Tên trường") above.
  { re: /^ten (bieu|bieu mau|bao cao|chi tieu|tieu chi|nhiem vu|hoat dong|cong viec|van ban|de tai|chuong trinh|du an)\b/, role: "name" },
  { re: /^(so luong|sl)$/, role: "actual" },
  // "Số … đạt | Tổng số …": the part that meets beside the whole (before the bare "số …" rule below).
  { re: /^(mau so|tong so|tong|so phai dat|tong so .+|dan so .+|so .+ (trong )?do tuoi|so .+ phai .+)$/, role: "actualDenominator" },
  { re: /^(tu so|so dat|so dat chuan|so hoan thanh|so .+ (dat|dat chuan|hoan thanh|duoc .+|co .+|ra lop|tot nghiep|xep loai .+|len lop))$/, role: "actualNumerator" },
  { re: /^(pham vi|ap dung|scope)$/, role: "scope" },
  { re: /^(huong|chieu|direction)$/, role: "direction" },
  { re: /^(nhom|nhom phan bo|distribution)$/, role: "distribution" },
  { re: /^(trich dan|nguyen van|quote)$/, role: "quote" },
  { re: /^(muc|phan|section)$/, role: "section" },
];

/**
 * A bare "năm học" / "năm" ("Năm 2014", "Năm học 2023-2024"): the whole year only when no part of it is named, in the
 * same heading or in a heading above or below ("Năm 2014 / Ước TH 6 tháng" is the half-year). Folded text.
 */
export const BARE_YEAR = /\b((?<!thang dau )nam hoc|(?<!thang dau )nam)\b/;

// The parts of the year, one row each (folded): how a heading, a title or a target row writes it, the term its figure
// covers (TERM_WORDS, for a heading) and which part it is (yearPartKey: a title's part and a target row's match by it).
// A term is "học kỳ", "HK" or "kỳ", never the "ký" of "đăng ký" / "thư ký" nor "nhiệm kỳ". Literal rows, so a bundle that reads none drops them.
type YearPart = readonly [RegExp, Term, string];
// "HK II", "HKII", "Học kỳ 2", "Kỳ II": the second term closes the year
const HK2: YearPart = [/\b(?:hk ?|hoc ki |(?<!(?:dang|nhiem|thu) )ki )(?:ii|2)\b/, "year", "hk2"];
// "9 tháng đầu năm", "09 tháng"
const NINE: YearPart = [/\b0?9 thang( dau( nam)?)?\b/, "nine", "9"];
// "HKI", "HK I", "Học kỳ 1", "Sơ kết học kỳ I"
const HK1: YearPart = [/\b(?:hk ?|hoc ki |(?<!(?:dang|nhiem|thu) )ki )(?:i|1)\b/, "half", "hk1"];
// "6 tháng cuối năm": the second half ("cuối năm" in TERM_WORDS makes its figure the year's)
const SIX_LAST: YearPart = [/\b0?6 thang cuoi( nam)?\b/, "half", "6c"];
// "6 tháng đầu năm", "06 tháng"
const SIX: YearPart = [/\b0?6 thang( dau( nam)?)?\b/, "half", "6"];
// "Quý I" … "Quý IV", "Quý 1" … "Quý 4"
const Q1: YearPart = [/\bquy (i|1)\b/, "quarter", "q1"];
const Q2: YearPart = [/\bquy (ii|2)\b/, "quarter", "q2"];
const Q3: YearPart = [/\bquy (iii|3)\b/, "quarter", "q3"];
const Q4: YearPart = [/\bquy (iv|4)\b/, "quarter", "q4"];
export const YEAR_PARTS: readonly YearPart[] = [HK2, NINE, HK1, SIX_LAST, SIX, Q1, Q2, Q3, Q4];

/**
 * Heading modifiers, removed before the heading's core is matched and kept on the reading. Folded text.
 * Terms: which part of the year a figure covers; the final figure wins when a table has several. The "năm" of
 * "6 tháng đầu năm" belongs to the half-year, not to a whole-year figure.
 */
export const TERM_WORDS: ReadonlyArray<readonly [RegExp, Term, string?]> = [
  [/\b(ca nam( hoc)?|tong ket( nam hoc)?|12 thang|cuoi nam( hoc)?)\b/, "year"],
  HK2,
  NINE,
  HK1,
  SIX_LAST,
  SIX,
  [/\b(so ket|giua nam( hoc)?)\b/, "half"],
  Q1,
  Q2,
  Q3,
  Q4,
  // Other counts of months to date ("Lũy kế 10 tháng", "11 tháng năm 2019"): not a date's "ngày 10 tháng 10", an age
  // ("3 tháng tuổi", "trẻ từ 3 tháng đến 36 tháng tuổi": "tuổi" right after it — headings arrive folded, without the
  // commas and brackets that would end a look further on — or an age word before), a span's end ("1-3
  // tháng"), a length ("dưới 3 tháng", "tối thiểu 04 tháng") nor "3 tháng cuối năm".
  [/(?<!(?:ngay|tre|em|be|tuoi|tu|duoi|tren|thieu) |\d )\b(?:0?[1-578]|1[01]) thang(?! cuoi| ?\d| tuoi)/, "todate"],
  // A bare "năm học" / "năm" is the whole year only when no part of it is named: in "học kỳ I năm học 2020-2021" or
  // "Quý I năm 2022" it labels which year the part belongs to.
  [BARE_YEAR, "year"],
];
/** "todate": a figure to a day within the period ("Thực hiện đến 31/12/2017"), read by header.ts. */
export type Term = "quarter" | "todate" | "half" | "nine" | "year";
/** Later terms win: a figure for the whole year over one for the first half. */
export const TERM_ORDER: Record<Term, number> = { quarter: 1, todate: 2, half: 2, nine: 3, year: 4 };

/**
 * The figure of an earlier period: a column with one of these is a baseline, never this term's actual. "Đầu năm" after
 * a count of months ("6 tháng đầu năm", "9 tháng đầu năm") is the first part of this year, a term, not the baseline.
 */
export const PRIOR_WORDS = /\b(nam truoc|nam hoc truoc|cung ki( nam truoc)?|ki truoc|(?<!\bthang )dau nam( hoc)?|dau ki|nam hoc cu|nam cu)\b/;
/**
 * A time the plan set, said so in the heading ("Thời điểm công khai (theo kế hoạch)", "Thời gian hoàn thành theo KH",
 * "Ngày nộp theo lịch"): the tasks' deadline, before any other dated column (a "Từ ngày | Đến ngày" record of when
 * something was done is no plan). Folded heading, after the year and term words are taken off.
 */
export const PLANNED_TIME = /^(thoi gian|thoi diem|thoi han|han|ngay|han chot)( [a-z ]+?)? (theo|trong) (ke hoach|kh|lich)$/;
/**
 * A clause after the first of a result cell saying part of the task is not done ("Đã cân đo ngày 18/9; khám sức khỏe
 * chưa thực hiện"): the task is not done, whatever the first clause says. Folded text of that clause.
 */
export const PART_NOT_DONE = /\b(chua|khong) (thuc hien|hoan thanh|xong|lam|to chuc|nop|gui|trien khai|kiem tra|duoc)\b/;
/** A duty that recurs ("Kiểm tra bếp ăn hằng ngày", "… thường xuyên"): no one day falls due. Folded text. */
export const RECURRING = /\b(hang|moi) (ngay|tuan|thang)\b|\bthuong xuyen\b/;
/**
 * A result heading naming the kind of unit it is broken into ("Kết quả thực hiện của thôn", "Kết quả thực hiện theo lớp
 * (%)"): the columns under it are units, whatever each is called ("Mầm 1", "Lá 2", "Thôn 3"). Folded text.
 */
export const RESULT_BY_UNIT = /^(ket qua|ket qua thuc hien|thuc hien) (cua|(phan |chia )?theo) (nha truong|don vi|co so|truong|lop|thon|ban|xom|to dan pho|xa|phuong|thi tran|huyen)\b/;
/**
 * A breakdown's parent heading ("Chia ra ⟩ Công lập | Ngoài công lập", "Phân theo giới tính ⟩ Nam | Nữ"): the columns
 * under it are parts of the whole beside them, no figure of their own; as a row without figures, a section heading
 * over its parts. Folded, at the heading's start.
 */
export const PART_WORDS = /^(chia|phan) (ra|theo)\b/;
/** An estimate ("Ước thực hiện", "Dự kiến"): a real figure still, ranked after a reported one of the same term. */
/** Words before a day a task or target falls due ("trước ngày", "chậm nhất", "hạn chót", "không muộn hơn"). Folded. */
export const DUE_WORDS = "truoc|cham nhat|han|han chot|khong muon hon";
export const ESTIMATE_WORDS = /\b(uoc tinh|uoc|du kien|du bao)\b/;
/**
 * Figures settled when the school year opens: enrolment ("huy động trẻ ra lớp", "tuyển sinh", "vào lớp 1"). A term's
 * report holds the year's own figure for them, so a shortfall there is one, not a figure still building up.
 */
export const SETTLED_AT_OPENING = /\b(huy dong|ra lop|tuyen sinh|vao lop 1|nhap hoc)\b/;
/** Pupils kept in class over the year ("duy trì sĩ số"; folded): known only at the year's end, never settled at its opening. */
export const KEPT_OVER_YEAR = /\bduy tri si so\b/;
/**
 * A crop season harvested by the middle of the year ("vụ Đông Xuân 2020-2021", "vụ Chiêm xuân"; folded): in a report on
 * six or nine months of that year its figure is the season's final one, not a share of the year still building up.
 */
export const SEASON_BY_MIDYEAR = /\bvu (dong xuan|chiem xuan|chiem|xuan(?! (?:he|thu)\b))\b/;
/**
 * Figures a part of the period cannot settle either way (folded): a growth rate ("Tốc độ tăng trưởng kinh tế") over
 * half a year is not the year's, above the bar or below it. Not yet due until the period ends.
 */
export const PERIOD_RATE = /\b(tang truong|toc do tang)\b/;
/**
 * Counts of events that only grow over the period (folded): "Số trường hợp sinh con thứ 3", "số vụ tai nạn", "số ca".
 * A cap on one already passed is missed for good, never "not yet due".
 */
export const EVENT_COUNT = /\bso (truong hop|vu|ca|lan|luot)\b|\bsinh con\b/;
/**
 * What only builds up until the period ends (folded): drop-outs ("bỏ học"), accidents, drownings, violations, and the
 * counts of events (EVENT_COUNT). Under a cap on part of the period such a figure is not final: it may still pass the
 * cap. Not repeaters ("lưu ban", decided at the year's end), nor states such as malnutrition or short sight.
 */
export const GROWS_OVER_PERIOD = /\b(bo hoc|tai nan|duoi nuoc|vi pham|so (truong hop|vu|ca|lan|luot)|sinh con)\b/;
/** Births and counts of events (folded): a bare plan figure for one ("Số trẻ sinh ra" 300) is no floor nor ceiling. */
export const NO_DIRECTION = /\b(sinh ra|sinh con|so (truong hop|vu|ca))\b/;
/**
 * A cell that opens with a forecast ("Dự kiến khoảng 158.000 trẻ", "Dự báo …", "Ước tính …") states what is expected
 * to happen, not what must be reached: never a target, even in a target or timing column. Folded text.
 */
export const FORECAST_TARGET = /^(du kien|du bao|uoc tinh)\b/;
/**
 * "đến năm 2025", "tới năm học 2025-2026", "Giai đoạn 2010-2015", "Tầm nhìn 2020": a horizon, read as part of a
 * target heading (targets due at the end of the horizon's last year, not every year).
 */
export const HORIZON_WORDS = /\b((den|toi) nam( hoc)?|giai doan|tam nhin( den)?( nam)?)\b/;

/**
 * Row words of a unit matrix's name column: a row of targets (excluded from units, read as each column's target).
 * Folded, whole cell; a period may follow ("Chỉ tiêu năm 2025", "Mục tiêu năm 2023", "Kế hoạch giao năm học
 * 2023-2024", "Chỉ tiêu giai đoạn 2021-2025"), or a part of the year (YEAR_PARTS: "Chỉ tiêu HKI", "Chỉ tiêu học kỳ II năm
 * học 2023-2024"). Built when first asked, so a bundle that reads no target row drops it.
 */
let targetRow: RegExp | undefined;
export const isTargetRow = (f: string): boolean =>
  (targetRow ??= RegExp(
    String.raw`^(chi tieu|ke hoach|kh|muc tieu|muc phan dau|dinh muc|muc quy dinh|muc dang ki|dang ki)( (giao|ke hoach|phan dau|de ra|dat ra|can dat|cua (tinh|thanh pho|huyen|quan|nganh|so|phong)))?( (nam|nam hoc|den nam|giai doan|ki|hoc ki|thang))?( (?:${YEAR_PARTS.map(([re]) => re.source.slice(2, -2)).join("|")})( nam( hoc)?)?)?( \d{4}( \d{4})?)?$`,
  )).test(f);

/** The part of the year a text names, as YEAR_PARTS' key ("6 tháng đầu năm" → "6", "HK II" → "hk2"), or null. Folded. */
export function yearPartKey(f: string): string | null {
  for (const [re, , key] of YEAR_PARTS) if (re.test(f)) return key;
  return null;
}

/**
 * A target row's label naming the whole as its scope ("Chỉ tiêu năm học 2020-2021 (toàn trường)", "Chỉ tiêu chung
 * toàn huyện", "Mục tiêu cả trường"): the targets are the whole's, judged on its total row only; the units' rows under
 * them are breakdowns with no target of their own. "Chỉ tiêu của huyện" is not one: it says who set the target.
 * Folded, anywhere in the label.
 */
export const WHOLE_SCOPE = /\b((chung )?toan (truong|quan|huyen|phuong|xa|thi xa|thanh pho|tinh|nganh|cum)|ca (truong|quan|huyen|phuong|xa|thi xa|thanh pho|tinh|nganh|cum))\b/;
/**
 * Words naming each unit as well ("Chỉ tiêu (mỗi tổ và toàn trường)", "giao cho từng độ tuổi và toàn trường"): a
 * target of every unit, not of the whole alone. Any unit named by "mỗi/mọi/từng" before "và toàn/cả …" counts, so a
 * unit noun not listed (độ tuổi, chi đoàn) still says "each".
 * Read on the text as written (NFC, lower case), never folded: folded, "môi trường" (environment) is "mỗi trường".
 */
const EACH_SCOPE = /(?<!\p{L})(mỗi|mọi|từng) (tổ|lớp|khối|trường|xã|phường|thị trấn|huyện|quận|đơn vị|cơ sở|điểm trường|thôn|bản|nhóm|độ tuổi|lứa tuổi|khu|cụm|cấp học|bậc học)(?!\p{L})|(?<!\p{L})(mỗi|mọi|từng)(?!\p{L})[^()]{1,30}(?<!\p{L})(và|lẫn|cùng) (toàn|cả)(?!\p{L})/u;
/** Whether text as written names each unit ("từng lớp và toàn trường"). @example eachScope("bảo vệ môi trường") → false */
export const eachScope = (text: string): boolean => EACH_SCOPE.test(text.normalize("NFC").toLowerCase().replace(/\s+/g, " "));

/**
 * Row words of a pair of norm rows, lower then upper bound ("Mức tối thiểu" / "Mức tối đa", "Cận dưới" / "Cận
 * trên"): each column's target is the band between the two rows. Folded, whole cell.
 */
export const LOWER_BOUND_ROW = /^(muc |nhu cau )?(toi thieu|thap nhat|can duoi)( (khuyen nghi|quy dinh))?$/;
export const UPPER_BOUND_ROW = /^(muc |nhu cau )?(toi da|cao nhat|can tren)( (khuyen nghi|quy dinh))?$/;

/**
 * Words that make a cell a target rather than a figure ("Từ 45% trở lên", "Ít nhất 15 giải", "Không quá 420 nhóm",
 * "Duy trì cấp độ 3", "Hơn 90%"): folded text (signs such as "≥ 95%" are tested on the raw text). A figure is never written with them, so a column or row of such cells
 * holds targets whatever its heading says. "Đạt" alone is not one: clerks write "Đạt" as the result. A cell opening
 * with a due day's word ("Trước ngày 15/10/2015", "Chậm nhất ngày 08/01/2016", "Hạn chót 30/9") is a target too: a
 * result is written as the day alone or "Đã nộp (trước) ngày …".
 */
export const TARGET_PHRASE = /(^(truoc ngay|cham nhat( ngay| la ngay)?|han chot)\b|\b(tu .{1,20} tro (len|xuong)|tro len|tro xuong|it nhat|toi thieu|toi da|khong qua|khong duoi|khong vuot qua|khong thap hon|khong cao hon|duoi|(tren|hon) \d+|duy tri|phan dau|giam (con|xuong)|tang (len|them))\b)/;

/**
 * Marks a clerk puts in the column of the answer or level reached ("x" under "Mức 2", "✓" under "Đạt"), lower case
 * and trimmed. A column of these holds no value: its heading is the value.
 */
export const MARKS: ReadonlySet<string> = new Set(["x", "✓", "✔", "☑", "☒", "●", "■", "v", "×"]);

/**
 * Row labels saying which row of a unit is its target and which its result, in a column of their own ("Khối 6 |
 * Đăng ký | 12% …" over "| Thực hiện | 12,6% …"). Folded, whole cell.
 */
export const TARGET_ROW_LABEL = /^(dang ki|dang ki dau nam|chi tieu|chi tieu giao|chi tieu dang ki|ke hoach|kh|muc tieu|ke hoach giao|phan dau)$/;
export const ACTUAL_ROW_LABEL = /^(thuc hien|ket qua|th|thuc hien cuoi nam|ket qua cuoi nam|ket qua thuc hien|dat duoc|uoc thuc hien)$/;

/**
 * Total rows of a unit matrix or list ("Tổng cộng", "Cộng", "Toàn quận", "Chung toàn huyện", "Cộng khối MN", "Cộng hệ THPT", a count of
 * the units that passed: "Tổng số đỗ", "Cộng đạt"):
 * a check on the roll-up, never a unit. Folded, whole cell, at most a few words after the opening one.
 */
export const TOTAL_ROW = /^(tong|tong cong|tong so|cong|cong chung|tong chung|chung|tinh chung|toan (quan|huyen|phuong|xa|thi xa|thanh pho|tinh|nganh|truong|khoi|cap|cum)|(tong|cong|chung|tong cong) (toan )?(quan|huyen|phuong|xa|thi xa|thanh pho|tinh|nganh|truong|khoi|cap|cum)|(cong|tong|tong cong) (khoi|cap|nganh|bac|he|khu vuc|vung|loai hinh) .{1,30}|(tong so|tong cong|tong|cong) (do|dat|dat chuan|hoan thanh|len lop|tot nghiep|truot|hong|khong dat|chua dat)|ti le (chung|toan (quan|huyen))?|(binh quan|trung binh)( (chung|ca )?(tuan|thang|quy|nam|ki|hoc ki|nam hoc|toan (truong|huyen|quan|tinh)))?)$/;

/**
 * Lines below a table that end it: signature and date blocks, "Nơi nhận", "(Ký, ghi rõ họ tên)". Matched on raw
 * text with or without diacritics, so a footer is found without folding every cell of a big sheet.
 */
export const FOOTER_LINE =
  /^\s*(ng[uư][oờ]i (l[aậ]p|t[oổ]ng h[oợ]p|b[aá]o c[aá]o|k[yý]|theo d[oõ]i)|th[uủ] tr[uư][oở]ng|hi[eệ]u tr[uư][oở]ng|tm\.|t\/m|kt\.|k\/t|x[aá]c nh[aậ]n|n[oơ]i nh[aậ]n|tr[uư][oở]ng (ph[oò]ng|ban)|ph[oó] (tr[uư][oở]ng|gi[aá]m [dđ][oố]c|ch[uủ] t[iị]ch|hi[eệ]u tr[uư][oở]ng)|ch[uủ] t[iị]ch|th[uư] k[yý]( h[oộ]i [dđ][oồ]ng)?\s*$|gi[aá]m [dđ][oố]c|k[eế] to[aá]n tr[uư][oở]ng|\((k[yý]|k[yý] t[eê]n|k[yý],? ghi r[oõ])|l[aã]nh [dđ]\w+ [dđ][oơ]n v[iị])/i;
/** "Hải An, ngày 20 tháng 5 năm 2025": the place-and-date line of a signature block. */
export const PLACE_DATE_LINE = /\bng[aà]y\b.*\bth[aá]ng\b.*\bn[aă]m\b/i;
/** How a place-and-date line opens: its place and a comma, or "Ngày" itself ("Hòa An, ngày 08 tháng 01 năm 2020"). */
export const PLACE_DATE_START = /^\s*(?:[^\d,;:()]{2,40},\s*)?ng[aà]y\b/iu;
/**
 * Note lines under a table ("Ghi chú: …", "Lưu ý: …", "Số liệu tính đến …"): text, not rows to judge. Folded; the
 * table reader also wants a colon or a row of its own, since "Ghi chú" heads a column too. A bare "*" is not
 * enough: clerks also mark sub-sections with it ("* Mầm non").
 */
export const NOTE_LINE = /^(ghi chu|chu thich|luu y|chu y|nguon so lieu|nguon|so lieu tinh den)\b/;

/**
 * Blocks that end a statistical table's figures: the index block of a yearbook ("Chỉ số phát triển (Năm trước = 100)
 * - %"), whose percentages look like figures but are ratios to last year. Folded.
 */
export const INDEX_BLOCK = /\b(chi so phat trien|nam truoc = 100|nam truoc 100)\b/;

/** A statistical table's title names its subject, then how it is broken down ("… phân theo huyện"): raw text. */
export const BREAKDOWN = /\s+(ph[âa]n theo|chia theo|theo)\s.*$/iu;

/** A folded heading led by a unit's kind ("Thôn Tân Thành", "Xã An Phú", "Điểm trường Bản Mới"): a unit's own column. */
export const UNIT_KIND_WORD = /^(thon|ban|xom|ap|to dan pho|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh|truong|lop|khoi|diem truong)\b/;

/** A column heading (folded) for the average per pupil, class or school beside a count: "Số lượng | Bình quân" (the facilities disclosure forms). */
export const AVERAGE_HEADING = /^binh quan\b/;

// An indicator no one sums over units: a ratio, a rate, a yield, a mean, a density ("Tỷ số giới tính", "Năng suất lúa",
// "Bình quân …", "… /người"), so a total row's number under it is no plan of the whole. Folded heading.
export const NOT_SUMMED = /\b(ti so|ti le|nang suat|binh quan|trung binh|mat do|chi so|he so|thu nhap|\/ ?(nguoi|ha|km2|ho|lop|truong))\b|%/;

// A remark saying a row's figures were not sent yet: "chưa cung cấp số liệu", "chưa có số liệu", "số liệu chưa được
// gửi" (folded). A unit's "-" on such a row is a figure still to come, not "nothing applies".
export const NOT_SENT = /\bchua (?:duoc )?(?:cung cap|bao cao|gui|tong hop|cap nhat|co)\b.{0,20}\bso lieu\b|\bso lieu chua\b/;

// A remark on a unit's row giving a reason its shortfall may not count against it (folded). Whether the target counts
// such a case the sheet does not say, so a short figure there has two readings. A drop-out, an illness or a task not
// done are no such reason: the shortfall stands.
// Someone who left or is taught apart (moved school, studies elsewhere, a child with a disability on an individual
// plan): counted where the figure is who is there against who should be (enrolment kept, children mobilised or entering
// grade 1, 6 or 10, programme completed), never in a rate over those present (attendance, the share rated good).
// Also a school outside the area named by its kind ("học trường tư thục ngoài xã") and a child gone with the family to
// work elsewhere ("theo bố mẹ đi làm ăn tại Bình Dương"): not on the area's roll, or on it and not there.
export const LEFT_UNIT = /\b(chuyen (truong|di)|hoc (tai|o) (truong|noi|co so) (khac|ngoai)|hoc ngoai (dia ban|huyen|tinh|xa)|hoc (tai |o )?truong (\S+ ){0,3}ngoai (dia ban|huyen|tinh|xa|phuong)|theo (bo me|cha me|gia dinh) (di|vao|ra|len)\b|khuyet tat|hoa nhap|giao duc ca nhan)\b/;
// Graduation over the candidates ("Được công nhận tốt nghiệp", "Tỷ lệ tốt nghiệp") is such a figure; the rating of
// the graduates ("tốt nghiệp loại giỏi") is not.
export const PRESENCE = /\b(si so|duy tri|ra lop|vao lop (1|6|10)|huy dong|hoan thanh chuong trinh|tuyen sinh|pho cap|(cong nhan|xet|ty le) tot nghiep(?! (loai|xep loai)))\b/;
// Someone on leave for part of the period (maternity leave, moved post): their own quota may be pro-rated or waived.
// Or a part awaiting appraisal ("Tiêu chí 14: chờ Sở GD&ĐT thẩm định"): left out of the count, not yet failed.
export const ON_LEAVE = /\b(thai san|nghi sinh|chuyen cong tac|cho (\S+ ){0,4}tham dinh)\b/;
// The remark says the case was left out already ("không đánh giá", "chưa xếp loại"): the figure has counted it; or
// that there is no such case ("Không có HS khuyết tật", "Khuyết tật: không có", "chưa tổ chức dạy học hòa nhập"); or
// moves both ways ("chuyển đi 2, chuyển đến 5"): no gap explained.
export const LEFT_OUT = /\b(khong|chua) (danh gia|tinh|xep loai|co|to chuc|phat sinh)\b|: ?(khong|chua)\b|\bchuyen den\b/;
// Who a leaver remark (LEFT_UNIT) speaks of: people, never papers ("Đã chuyển đi hồ sơ"); and learners, whose figures a
// staff member's leave (ON_LEAVE) does not excuse.
export const LEARNERS = /\b(hs|hoc sinh|tre|chau|em|hoc vien|sinh vien)\b/;

/**
 * Whole-cell yes/no words, lower case (cells are lower-cased, trimmed and space-collapsed before matching). The
 * cell reader (core/number/cell.ts) and the spreadsheet formulas (core/rule/formula.ts) test cells against these
 * same lists. Taken from real sheets: "Đạt chuẩn", "Được công nhận", "x", "✓", "Hoàn thành".
 */
export const YES_WORDS: readonly string[] = [
  "đạt", "có", "x", "✓", "✔", "☑", "yes", "true", "đúng", "rồi", "đã đạt", "hoàn thành", "đã hoàn thành",
  "được công nhận", "đã được công nhận", "công nhận", "đạt chuẩn", "đã đạt chuẩn", "đạt yêu cầu", "đạt kế hoạch",
  "hoàn thành tốt", "hoàn thành xuất sắc", "đã thực hiện", "đã có", "done", "met",
];
// "không" is also the number word for 0; as a whole cell it answers a yes/no question, and the zero rule
// reads "no" as zero anyway, so both readings agree where it matters.
export const NO_WORDS: readonly string[] = [
  "chưa đạt", "không đạt", "không", "chưa", "no", "false", "sai", "chưa hoàn thành", "không hoàn thành",
  "chưa được công nhận", "chưa đạt chuẩn", "không đạt chuẩn", "chưa đạt yêu cầu", "không đạt yêu cầu",
  "chưa thực hiện", "not met",
  // "Nothing happened" answers to a zero-tolerance target ("không để xảy ra ngộ độc": "Không có").
  "không có", "không còn", "không xảy ra",
];

/**
 * A whole cell saying nothing applies to this unit: a dash ("-", "–", "—") or "không áp dụng" / "KAD". In a unit's own
 * target cell it means the unit was given no target for the indicator (an urban district registers no clans), so the
 * unit is left out of that indicator, not judged nor counted in its roll-up. Tested on the trimmed, lower-cased cell
 * with diacritics removed but punctuation kept (folding drops the dash).
 */
export const NOT_APPLICABLE = /^([-–—]+|\/|kad|k\.a\.d\.?|khong ap dung|khong co chi tieu|khong giao)$/;

/**
 * Words of a task's completion cell, folded, at the start of the cell ("Đã hoàn thành ngày 12/3/2025",
 * "Hoàn thành tháng 4/2025", "Đã kiểm tra ngày …", "Chưa hoàn thành", "Đang thực hiện", "Sẽ tổ chức"). "Đã" before
 * any verb says it was done; a date after a "done" word is the day it was done.
 */
export const DONE_WORDS = /^(da|hoan thanh|thuc hien xong|xong|hoan tat|dat|trung tuyen)\b/;
/**
 * A column giving each row's own as-of day ("Số liệu đến ngày", "Thời điểm số liệu", "Ngày cập nhật số liệu"), folded
 * heading. Never a bare "Đến ngày", which heads a deadline column.
 */
export const AS_OF_COLUMN = /^(so lieu (tinh )?den( ngay)?|(so lieu )?tinh den( ngay)?|thoi diem (so lieu|bao cao)|ngay (so lieu|cap nhat( so lieu)?)|so lieu cap nhat den( ngay)?)$/;
/**
 * A row's note saying what it counts is over ("Cuộc thi đã kết thúc", "Hội thi đã tổ chức xong", "Đợt tuyển sinh đã
 * hoàn tất"): its figure is final before the period ends, so a short one is short, not "not yet due". Folded, anywhere.
 */
export const OVER_SAID = /\b(da (ket thuc|be mac|hoan tat)|(da )?(to chuc|thi|xet) xong)\b/;
/**
 * What an OVER_SAID note may not be about for the row's figure to be final: a part of the event or of the year ("Vòng 1
 * đã kết thúc", "Đợt 1 đã xét xong", "Học kỳ I đã kết thúc", "Đã thi xong giữa kỳ"). Folded.
 */
export const OVER_PART = /\b(vong|dot|(hoc|giua|cuoi) k[iy]|hk ?(i|ii|1|2)|giai doan|buoc|phan thi|so khao|lan \d)\b/;
/** What may follow an OVER_SAID verb in its clause: nothing, or when ("Đã tổ chức xong tháng 11", "… vào ngày 20/11"). Folded. */
export const OVER_WHEN = /^(|(vao |tu |trong )?(ngay|thang|tuan|nam|luc|hom|dip)\b.*|\d.*)$/;
/**
 * A cell saying nothing has been done yet ("Chưa thu", "Chưa thực hiện", "Chưa giải ngân"): none so far, which a sum
 * rightly leaves out; never one saying the figure is not in yet ("Chưa báo cáo", "Đang tổng hợp"). Folded, whole cell.
 */
export const NOTHING_YET = /^chua (thu|thuc hien|trien khai|to chuc|khoi cong|giai ngan|phat sinh|tuyen sinh|xay dung|lam)$/;
export const NOT_DONE_WORDS = /^(chua|dang|se|tiep tuc|khong hoan thanh|tre han|cham|lui|du kien|ke hoach|hoan lai|tam dung)\b/;

/**
 * Keys of `--map` and of the panes' role picker: what a user calls a role. The brief's own example reads
 * "chỉ tiêu=D, thực hiện=F": here "chỉ tiêu" is the target, as clerks say "cột chỉ tiêu".
 */
export const MAP_KEYS: ReadonlyArray<[RegExp, Role]> = [
  [/^(chi tieu|ke hoach|kh|target|muc tieu)$/, "target"],
  [/^(thuc hien|ket qua|th|actual|so lieu)$/, "actual"],
  [/^(ten|ten chi tieu|noi dung|name|nhiem vu)$/, "name"],
  [/^(dvt|don vi tinh|unit)$/, "unit"],
  [/^(ti le|rate)$/, "rate"],
  [/^(tu so|so dat|numerator)$/, "actualNumerator"],
  [/^(mau so|tong so|denominator)$/, "actualDenominator"],
  [/^(nam truoc|cung ki|dau nam|baseline)$/, "baseline"],
  [/^(han|thoi han|thoi gian hoan thanh|deadline)$/, "deadline"],
  [/^(hoan thanh|tinh hinh thuc hien|completion)$/, "completion"],
  [/^(ghi chu|note)$/, "note"],
  [/^(stt|tt)$/, "stt"],
  [/^(ma|id)$/, "id"],
  [/^(don vi|truong|phuong|unit name|units)$/, "unitName"],
];

// Prize levels, best first (folded): Nhất, Nhì, Ba, Khuyến khích (the one list; the target and figure patterns are
// built from it). A target naming one ("Giải Ba trở lên", "Có giải Nhất") over a column of best prizes is a level to
// reach, never a count of three prizes.
export const PRIZE_LEVELS: ReadonlyArray<string> = ["nhat", "nhi", "ba", "khuyen khich|kk"];
// (Built by a call marked pure, with literal arguments: a bundle that never judges a sheet's prizes, Code.js, drops them.)
const prizeRe = (before: string, after: string) => new RegExp(`${before}(${PRIZE_LEVELS.join("|")})${after}`);
export const PRIZE_TARGET = /* @__PURE__ */ prizeRe("^(?:(?:co|dat|co hoc sinh dat|dat duoc) )?giai ", "( tro len)?$");
export const PRIZE_FIGURE = /* @__PURE__ */ prizeRe("^(?:giai )?", "$");
// A standard's level, higher better ("Mức 1" < "Mức 2"): a target naming one ("Đăng ký: Mức 1", "Duy trì mức 1",
// "Đạt chuẩn quốc gia mức 2 trở lên") over a result naming the level reached ("Đạt mức 1", "Công nhận mức 2").
export const LEVEL_TARGET = /^(?:(?:dang ki|duy tri|giu vung|phan dau|xay dung|dat|cong nhan|chuan|quoc gia) )*muc (\d)( tro len)?$/;
export const LEVEL_FIGURE = /^(?:(?:da|dat|duoc|cong nhan|chuan|quoc gia) )*muc (\d)$/;
// A result awaiting someone else's check or decision ("Chờ Sở kiểm tra", "Đang chờ công nhận"), or put forward for it
// ("Đang đề nghị huyện công nhận", "Đã đề nghị, chờ Quyết định"): nothing known yet.
export const AWAITING = /^(?:(?:dang|da) )?(?:cho|de nghi) (?:.* )?(?:kiem tra|cong nhan|tham dinh|danh gia|quyet dinh|phe duyet|xet|cham|ket qua)\b/;
// "chờ Quyết định của UBND tỉnh", "đang chờ công nhận": a case waiting on another's decision. "chờ" is told from
// "cho" (for) by its mark, so the raw text is read; the decision named within three words after it.
// A case still to be checked ("Chờ kiểm tra công nhận lại", "chờ thẩm định") or re-recognised ("công nhận lại") may
// change nothing: only a decision awaited on what passed counts.
// Exam papers being re-marked ("06 bài thi … đang phúc khảo", "Đang chờ kết quả phúc khảo 04 bài thi"): the marks that
// failed may yet pass, so the count waits on the re-marking's result as on a decision.
export const AWAITS = /(?<!\p{L})chờ(?:\s+\p{L}+){0,3}?\s+(?:quyết định|công nhận|phê duyệt|xét duyệt)(?!\p{L})(?!\s+lại(?!\p{L}))|(?<!\p{L})(?:đang|chờ)(?:\s+kết quả)?\s+phúc khảo(?!\p{L})/iu;
const STILL_CHECKED = /(?<!\p{L})(?:kiểm tra|thẩm định|đánh giá|xét)(?!\p{L})/iu;
/**
 * Whether a text says a case waits on another's decision on what passed ("chờ Quyết định công nhận"), not on a check
 * still to come ("chờ kiểm tra công nhận lại").
 * @example awaitsDecision("TH Điện Biên 2 đã kiểm tra, chờ Quyết định công nhận") → true
 */
export function awaitsDecision(text: string): boolean {
  const m = AWAITS.exec(text);
  return m !== null && !STILL_CHECKED.test(m[0]);
}
// An answer saying when the figure will be known, not what it is ("Bình xét cuối năm", "Đánh giá cuối năm", "Rà soát
// vào quý IV", "Sẽ tổng hợp vào tháng 12"): the count or rating is made later, so nothing is known yet, as when awaiting.
export const MEASURED_LATER = /^(?:se )?(?:binh xet|danh gia|ra soat|tong hop|dieu tra|xet|cham diem|tham dinh)(?: lai)? (?:vao )?(?:cuoi|quy [ivx\d]+|thang \d{1,2}|hoc ki|dip)\b/;
// Words beside it that decide the result or the work ("kết luận chưa đạt", "chưa triển khai", "đã đạt"): not awaiting.
export const DECIDED = /\b(?:(?:chua|khong|da) (?:dat|trien khai|thuc hien|hoan thanh|duoc)|ket luan|tra lai)\b/;

/**
 * A part of a count that is a kind of what it counts, a group of people by sex, people, faith, need or age ("Trong đó: Nữ |
 * Dân tộc thiểu số | Tôn giáo", "Hộ nghèo", "Dưới 6 tuổi"), not a stage of the work ("Được cấp", "Số đã tiêm", "Nhập học",
 * "Khỏi bệnh", "Có việc làm"), which no list of done words closes (rereview42e NB1). Folded.
 */
export const SUBGROUP = /^(nu|nam|dan toc( thieu so)?|dtts|dt|ton giao|khuyet tat|(ho )?(can )?ngheo|tre em gai|nguoi cao tuoi|thanh nien|doan vien|dang vien|con (thuong binh|liet si)|dien chinh sach|((tu|duoi|tren) )?\d+( - \d+)? tuoi)( |$)/;

/** Words that open a part of the row or heading above ("Trong đó: …", "Trđ: …", "- …", "+ …", "Trong số …"), raw text. */
export const PART_START = /^\s*(trong (đó|do|số|so)(?=[\s:,]|$)|tr[đd](?=[\s:,.]|$)|[-–—+•]\s)/iu;
