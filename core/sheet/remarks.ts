// A remark on a unit's row that excuses a shortfall (someone who left, is taught apart, or is on leave), and the age or
// grade a row or an indicator names: read by the list and the matrix readers alike (its own module, so neither imports
// the other for it).
import type { CellValue } from "../types";
import { LEARNERS, LEFT_OUT, LEFT_UNIT, ON_LEAVE, PRESENCE } from "../table/vocabulary";
import { fold } from "./text";

// An age or a grade a row or an indicator names: "Lớp 3 tuổi A", "Trẻ 5 tuổi …", "Nhóm trẻ 24-36 tháng", "Học sinh lớp
// 9 …", "Khối 6". Folded text; an age is looked for first ("Lớp 5 tuổi" is an age, not grade 5).
const AGE = /\b(\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*(tuoi|thang)\b/;
const GRADE = /\b(?:lop|khoi)\s*(\d{1,2})\b/;

function cohortOf(text: string): string | null {
  // Asked per figure of a matrix (its unit's name, its indicator): each distinct text is read once.
  let c = cohorts.get(text);
  if (c === undefined) {
    if (cohorts.size >= 5000) cohorts.clear();
    cohorts.set(text, (c = cohortRead(text)));
  }
  return c;
}
const cohorts = new Map<string, string | null>();

function cohortRead(text: string): string | null {
  const f = fold(text);
  const a = AGE.exec(f);
  if (a) return `${a[2]} ${a[1].replace(/\s+/g, "").replace("–", "-")}`;
  const g = GRADE.exec(f);
  return g ? `lop ${g[1]}` : null;
}

/**
 * A blank figure of a unit whose name names another age or grade than the indicator's ("Lớp 3 tuổi A" or "Nhóm trẻ
 * 24-36 tháng" under "Trẻ 5 tuổi hoàn thành chương trình", "Khối 6" under "Học sinh lớp 9 tốt nghiệp"): the indicator
 * is not the unit's, so nothing is missing. A figure there is still judged; an age is never compared with a grade.
 */
export function otherCohort(unitName: string, indicator: string): boolean {
  const u = cohortOf(unitName);
  const i = cohortOf(indicator);
  if (!u || !i || u === i) return false;
  return u.startsWith("lop") === i.startsWith("lop");
}

/**
 * A remark on the row (a text cell beside the unit's name) giving a reason a shortfall may not count: someone who left
 * or is taught apart, for a figure of who is there (PRESENCE); someone on leave, for any figure. Not when the remark says
 * the case was left out already. A remark naming an age or a grade ("01 trẻ 5 tuổi học tại trường ngoài huyện") is
 * about that cohort's columns only.
 * @example excusedRemark(["6B", 47, 46, "01 HS chuyển trường"], 0, "Tỷ lệ duy trì sĩ số") → "01 HS chuyển trường"
 */
export function excusedRemark(row: readonly CellValue[] | undefined, unitColumn: number, indicator: string, parts = ""): string | null {
  // Asked per short figure: the indicator is read only when the row has a text long enough to be a remark.
  let fi: string | undefined;
  let presence = false;
  let learners = false;
  for (let c = 0; c < (row?.length ?? 0); c++) {
    const v = row![c];
    if (c === unitColumn || typeof v !== "string" || v.length < 8 || v.length > 300) continue;
    if (fi === undefined) {
      fi = fold(indicator);
      // The figure's part heading may say what it counts ("Số trẻ ra lớp" under "Mẫu giáo – Tổng số").
      presence = PRESENCE.test(fi) || (parts !== "" && PRESENCE.test(fold(parts)));
      learners = LEARNERS.test(fi);
    }
    const f = fold(v);
    if (!((!learners && ON_LEAVE.test(f)) || (presence && LEFT_UNIT.test(f) && LEARNERS.test(f))) || LEFT_OUT.test(f)) continue;
    const cohort = cohortOf(v);
    if (cohort && cohort !== cohortOf(indicator)) continue;
    return v.trim();
  }
  return null;
}
