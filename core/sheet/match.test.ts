// Matching sheet rows to plan indicators: ids, abbreviations, diacritics, school levels, one-to-one assignment.
import { describe, expect, it } from "vitest";
import { getBundledPlan } from "../plan/bundled";
import { samplePlan } from "./fixtures";
import { levelOf, matchIndicators, nameScore } from "./match";

const plan = samplePlan();
const ids = (names: string[], extra: { id?: string; level?: string }[] = []) => {
  const m = matchIndicators(
    names.map((name, key) => ({ key, name, ...extra[key] })),
    plan.indicators,
  );
  return names.map((_, k) => m.get(k)?.indicatorId ?? null);
};

describe("nameScore", () => {
  it.each([
    ["Tỷ lệ GV đạt chuẩn", "tỉ lệ giáo viên đạt chuẩn", 1],
    ["TỶ LỆ TRẺ RA LỚP", "Tỷ lệ trẻ ra lớp", 1],
    ["Tỷ lệ CBQL, GV, NV", "tỷ lệ cán bộ quản lý giáo viên nhân viên", 1],
  ])("scores '%s' against '%s' as %d", (a, b, s) => {
    expect(nameScore(a, b)).toBe(s);
  });
  it("scores unrelated names low", () => {
    expect(nameScore("Số trường mầm non", "Tỷ lệ học sinh bỏ học")).toBeLessThan(0.3);
  });
});

describe("levelOf", () => {
  it.each([
    ["Tỷ lệ GV THCS đạt chuẩn", "THCS"],
    ["Tỷ lệ trẻ nhà trẻ ra lớp", "MN"],
    ["Học sinh tiểu học hoàn thành chương trình", "TH"],
    ["Tỷ lệ giáo viên đạt chuẩn", undefined],
    ["Trẻ mầm non và học sinh tiểu học", undefined],
  ])("finds the level of '%s' as %s", (name, level) => {
    expect(levelOf(name)).toBe(level);
  });
});

describe("matchIndicators", () => {
  it("matches names written with abbreviations, without diacritics or in upper case", () => {
    expect(ids(["Tỉ lệ GV THCS đạt chuẩn", "TY LE TRE DO TUOI NHA TRE RA LOP", "SỐ TRƯỜNG MN"])).toEqual([
      "thcs.gv.dat-chuan",
      "mn.huy-dong.nha-tre",
      "mn.truong",
    ]);
  });

  it("matches by an id column or a bracketed id before names", () => {
    expect(ids(["Chỉ tiêu 1", "Trẻ 5 tuổi [mn.huy-dong.nha-tre]"], [{ id: "MN.TRUONG" }, {}])).toEqual(["mn.truong", "mn.huy-dong.nha-tre"]);
  });

  it("never ties names of different school levels", () => {
    expect(ids(["Tỷ lệ giáo viên mầm non đạt chuẩn"])).toEqual([null]);
    expect(ids(["Tỷ lệ giáo viên đạt chuẩn"], [{ level: "MN" }])).toEqual([null]);
    expect(ids(["Tỷ lệ giáo viên đạt chuẩn"], [{ level: "THCS" }])).toEqual(["thcs.gv.dat-chuan"]);
  });

  it("gives each indicator to one row only, the best-scoring one", () => {
    expect(ids(["Số trường", "Số trường mầm non"])).toEqual([null, "mn.truong"]);
  });

  it.each([
    // A part under its heading whose own telling word the indicator lacks is only offered, never taken on its own.
    [{ key: 0, name: "Cấp huyện", context: "Số học sinh đạt giải các kỳ thi học sinh giỏi" }, "Số giải học sinh giỏi các cấp", "offered"],
    // Numbering and "Trong đó:" are no words of a name.
    [{ key: 0, name: "2. Số nhóm, lớp mầm non" }, "Số nhóm, lớp mầm non", "taken"],
    [{ key: 0, name: "Trong đó: - Số nhóm, lớp mầm non" }, "Số nhóm, lớp mầm non", "taken"],
  ] as const)("scores %j against '%s': %s", (row, indicator, how) => {
    const m = matchIndicators([{ ...row }], [{ id: "x", section: [], name: indicator, level: "all", scope: "district", target: "10" }])!.get(0)!;
    expect(m.indicatorId).toBe("x");
    expect(m.score >= 0.75).toBe(how === "taken");
  });

  it("leaves rows with nothing in common unmatched", () => {
    const m = matchIndicators([{ key: 0, name: "Kinh phí mua sắm thiết bị" }], plan.indicators);
    expect(m.get(0)).toEqual({ by: "none", score: 0 });
  });

  it.each(["hai-an-2024-2025", "long-bien-2024-2025-nhiem-vu", "long-bien-2021-2025-qd2559"])(
    "ties every indicator of the bundled plan %s to its own row, names abbreviated or upper-cased",
    (id) => {
      const p = getBundledPlan(id);
      expect(p).toBeDefined();
      if (!p) return;
      const abbr = (s: string) => s.replace(/giáo viên/gi, "GV").replace(/trung học cơ sở/gi, "THCS").replace(/mầm non/gi, "MN").replace(/cán bộ quản lý/gi, "CBQL");
      const cands = p.indicators.map((ind, key) => ({ key, name: key % 2 ? abbr(ind.name) : ind.name.toUpperCase() }));
      const m = matchIndicators(cands, p.indicators);
      const wrong = p.indicators.filter((ind, k) => m.get(k)?.indicatorId !== ind.id).map((i) => i.id);
      expect(wrong).toEqual([]);
    },
  );

  it("scores rows alike whose names differ only in a number no indicator uses, one scoring for all (issue 15)", () => {
    // Each school's rows are parts of its own heading row ("Trường số 7 – Quy mô"): the school's number weighs as any
    // unknown number and matches nothing, so the block of school 7 and that of school 12 are matched alike, and a
    // sheet holding both scores each wording once.
    const p = getBundledPlan("hai-an-2024-2025")!;
    const names = p.indicators.slice(0, 8).map((ind) => ind.name);
    const block = (school: number) => names.map((name, key) => ({ key, name, partOf: `Trường số ${school} – Quy mô` }));
    const a = matchIndicators(block(7), p.indicators);
    const b = matchIndicators(block(12), p.indicators);
    expect([...b]).toEqual([...a]);
    const both = matchIndicators([...block(7), ...block(12).map((c) => ({ ...c, key: c.key + 100 }))], p.indicators);
    for (const [k, m] of a) expect({ id: both.get(k)!.indicatorId, score: both.get(k)!.score }).toEqual({ id: m.indicatorId, score: m.score });
  });
});

describe("rating columns under a 'Kết quả' heading", () => {
  const ind = (id: string, name: string) => ({ id, section: [], name, unit: "giáo viên", target: "Không có" }) as never;
  const indicators = [
    ind("a.kha", "Tỷ lệ giáo viên được đánh giá đạt chuẩn nghề nghiệp mức Khá trở lên"),
    ind("a.chua-dat", "Số giáo viên xếp loại Chưa đạt chuẩn nghề nghiệp"),
  ];
  const best = (name: string) => matchIndicators([{ key: 0, name }], indicators, 0.3).get(0);

  it("'Kết quả' says where a figure stands, not which: the level under it matches with confidence", () => {
    const m = best("Kết quả xếp loại – Chưa đạt");
    expect(m?.indicatorId).toBe("a.chua-dat");
    expect(m!.score).toBeGreaterThanOrEqual(0.75);
  });

  it("'Đạt' is never taken as 'Chưa đạt' by containment: the negation must be on both sides", () => {
    const m = best("Kết quả xếp loại – Đạt");
    expect(m === undefined || m.score < 0.75).toBe(true);
    const k = best("Không đạt");
    expect(k === undefined || k.indicatorId !== "a.kha" || k.score < 0.75).toBe(true);
  });
});

describe("a period in a plan's name (sheet18b)", () => {
  const ind = (id: string, name: string) => ({ id, name, level: "all", unit: "%", target: "100%" }) as unknown as (typeof plan.indicators)[number];
  const inds = [
    ind("a", "Quận, huyện, thị xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015"),
    ind("b", "Đơn vị cấp xã đạt chuẩn chống mù chữ giai đoạn 2013 - 2015"),
    ind("c", "Tỷ lệ người biết chữ độ tuổi 15 - 60 tuổi"),
    ind("d", "Tỷ lệ trẻ 5 tuổi ra lớp đến năm 2020"),
    ind("e", "Tỷ lệ trẻ 5 tuổi ra lớp đến năm 2025"),
  ];
  it("says when, not what, against a column that names no year: taken with confidence", () => {
    const m = matchIndicators([{ key: 0, name: "Quận, huyện đạt chuẩn chống mù chữ" }], inds).get(0);
    expect(m?.indicatorId).toBe("a");
    expect(m!.score).toBeGreaterThanOrEqual(0.75);
  });
  it("leaves the same indicator at two periods tied (asked, never chosen)", () => {
    const m = matchIndicators([{ key: 0, name: "Tỷ lệ trẻ 5 tuổi ra lớp" }], inds).get(0);
    expect(m?.runnerUp?.score).toBe(m?.score);
  });
  it("still tells periods apart by the year a column names", () => {
    const m = matchIndicators([{ key: 0, name: "Tỷ lệ trẻ 5 tuổi ra lớp năm 2025" }], inds).get(0);
    expect(m?.indicatorId).toBe("e");
    expect(m!.score).toBeGreaterThan(m!.runnerUp?.score ?? 0);
  });
});
