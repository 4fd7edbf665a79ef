// The cheap looks that now guard whole-phrase patterns (perf24p) must let through every phrase the pattern reads,
// in any case: invented phrases, upper case and mixed, on each guarded path.
import { describe, expect, it } from "vitest";
import { parseTarget } from "../parse";
import { prepare } from "./text";

describe("guarded whole-phrase patterns read as before", () => {
  it("times of day are still refused, however written (CLOCK behind a digit-then-h/g/: look)", () => {
    for (const s of ["Từ 7G15 ĐẾN 8G00 đón trẻ", "lúc 6g30 sáng", "TRƯỚC 8 GIỜ", "14 : 30 - 16h Họp tổ"]) {
      const r = parseTarget(s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) expect(r.error.code, s).toBe("unreadable");
    }
    // A digit before a word starting with "h" or "g" is no time: read as ever.
    expect(parseTarget("5 học sinh đạt giải")).toMatchObject({ ok: true, rule: { kind: "compare", value: 5 } });
  });

  it("a same-day turnaround is read in capitals too (SAME_DAY behind 'trong ')", () => {
    expect(parseTarget("Giải quyết NGAY TRONG NGÀY TIẾP NHẬN hồ sơ")).toMatchObject({ ok: true, rule: { kind: "compare", op: "<=", value: 0 } });
  });

  it("a whole stated in capitals still stands beside a lesser share (allRunner behind 'tất cả'/'toàn bộ')", () => {
    const r = parseTarget("TOÀN BỘ các lớp được kiểm tra, trong đó 85% lớp đạt yêu cầu");
    expect(r).toMatchObject({ ok: true, rule: { value: 0.85 }, runnerUp: { kind: "compare", op: ">=", value: 1 } });
  });

  it("'all of them' under a '%' column is still the whole (everyone's patterns after its cheap tests)", () => {
    expect(parseTarget("Tất cả học viên đều được học 3 buổi/tuần", { unit: "%" })).toMatchObject({ ok: true, rule: { kind: "compare", value: 1 } });
    // (Without the column nothing is said of a share: the phrase stays a statement.)
    expect(parseTarget("Tất cả học viên đều được học 3 buổi/tuần")).toMatchObject({ ok: true, rule: { kind: "boolean" } });
  });

  it("prepare rewrites what it rewrote and leaves '≥', '…', '“' alone", () => {
    expect(prepare("≥ 95% trẻ – đạt “chuẩn”…\u2003\u2003x").low).toBe("≥ 95% trẻ - đạt “chuẩn”… x");
    expect(prepare("≧ 3\u00a0lớp ⩽ 5 m²").src).toBe("≥ 3 lớp ≤ 5 m2");
    expect(prepare("≤ 2%").src).toBe("≤ 2%");
  });
});
