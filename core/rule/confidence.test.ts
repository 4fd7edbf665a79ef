// The confidence gate (core/rule/parse/confidence.ts): what it keeps as a runner-up, what it marks unsure, and how an
// unsure rule flows through the judge, the canonical printer, the reader and the formula compiler.
import { describe, expect, it } from "vitest";
import { canonical } from "./canonical";
import { evaluate, judge } from "./evaluate";
import { compileFormula } from "./formula";
import { parseTarget } from "./parse";
import { alike, doubtOf, measureKey, rivalOf, type Signal } from "./parse/confidence";

const TWO_PARTS = "đạt 90% ở thành thị, 70% ở nông thôn";

describe("an unread threshold measured alike", () => {
  it("is kept as the runner-up when nothing in the context rules it out, so a figure between the two is asked about", () => {
    const v = evaluate(TWO_PARTS, "80%", { indicator: "Tỷ lệ hộ dùng nước sạch" });
    expect(v.status).toBe("review");
    expect(v.warnings.map((w) => w.code)).toContain("ambiguous_target");
    expect(v.explanation).toContain("70%");
  });

  it("still gives a verdict where both readings agree", () => {
    expect(evaluate(TWO_PARTS, "95%", { indicator: "Tỷ lệ hộ dùng nước sạch" }).status).toBe("exceeded");
    expect(evaluate(TWO_PARTS, "60%", { indicator: "Tỷ lệ hộ dùng nước sạch" }).status).toBe("not_met");
  });

  it("is left aside when an indicator word only its part has decides", () => {
    const v = evaluate(TWO_PARTS, "80%", { indicator: "Tỷ lệ hộ dùng nước sạch ở nông thôn" });
    expect(v.status).toBe("exceeded");
    expect(v.canonical).toBe("≥ 70%");
  });

  it("in another clause, with no context at all, is the runner-up too", () => {
    const phrase = "Xét hoàn thành chương trình tiểu học trước ngày 05/6/2023; xét tốt nghiệp trung học cơ sở trước ngày 20/5/2023.";
    expect(evaluate(phrase, "25/5/2023").status).toBe("review");
    expect(evaluate(phrase, "15/5/2023").status).toBe("met");
  });
});

describe("a figure read as a change and as a level", () => {
  it("keeps the other reading when the wording alone tells them apart, so a plain level is asked about", () => {
    expect(evaluate("giảm 20 tiết/năm học", "35").status).toBe("review");
    // A change typed is read by the change.
    expect(evaluate("giảm 20 tiết/năm học", "giảm 25 tiết").status).toBe("exceeded");
  });

  it("does not when an operator binds the verb to its figure", () => {
    const r = parseTarget("tăng ít nhất 5 trường");
    expect(r.ok && r.rule.kind).toBe("change");
    expect(r.ok && r.rule.alternative).toBeUndefined();
  });
});

describe("a rough figure whose lower-is-better side no operator states", () => {
  it("marks the rule unsure, naming the figure", () => {
    const r = parseTarget("tỷ lệ hộ nghèo khoảng 3%");
    expect(r.ok && r.rule.unsure).toEqual({ code: "direction_guessed", part: "3%" });
    // Stated plainly, or with its operator, it is no guess to ask about.
    const plain = parseTarget("tỷ lệ hộ nghèo 3%");
    expect(plain.ok && plain.rule.unsure).toBeUndefined();
  });

  it("turns a verdict into review, saying what was not understood, in both languages", () => {
    const v = evaluate("tỷ lệ hộ nghèo khoảng 3%", "2%");
    expect(v.status).toBe("review");
    const w = v.warnings.find((x) => x.code === "ambiguous_target");
    expect(w?.message.vi).toContain('"3%"');
    expect(w?.message.vi).toMatch(/^Cần xem lại chỉ tiêu/u);
    expect(v.explanations.vi).toContain("cao hơn hay thấp hơn");
    expect(v.explanations.en).toContain("higher or lower");
    expect(v.explanation).not.toContain("(cần xem lại:");
    // The fast path agrees.
    const r = r3();
    if (!r.ok) throw new Error("not read");
    expect(judge(r.rule, "2%").status).toBe("review");
  });

  it("asks about a figure the doubtful reading would call invalid, and keeps invalid for one bad whatever the reading", () => {
    // "12 giờ" is no rate; but the reading is the part in doubt, so the tool asks rather than calling the figure bad.
    expect(evaluate("tỷ lệ hộ nghèo khoảng 3%", "12 giờ").status).toBe("review");
    expect(evaluate("tỷ lệ hộ nghèo khoảng 3%", "-3%").status).toBe("invalid");
  });

  it("leaves no data and a figure stated with its operator alone", () => {
    expect(evaluate("tỷ lệ hộ nghèo 3%", "2%").status).toBe("met");
    expect(evaluate("tỷ lệ hộ nghèo khoảng 3%", null).status).toBe("no_data");
    expect(evaluate("tỷ lệ hộ nghèo dưới 3%", "2%").status).toBe("met");
    expect(evaluate("tỷ lệ hộ nghèo dưới 3%", "4%").status).toBe("not_met");
  });

  it("is printed by the canonical printer and read back unsure", () => {
    const r = r3();
    if (!r.ok) throw new Error("not read");
    const text = canonical(r.rule);
    expect(text).toBe("≤ 3% (khoảng) (cần xem lại: 3%)");
    expect(canonical(r.rule, "en")).toBe("≤ 3% (about) (check: 3%)");
    const back = parseTarget(text);
    expect(back.ok && back.rule.unsure?.part).toBe("3%");
    expect(back.ok && back.rule.kind === "compare" && back.rule.value).toBe(0.03);
    expect(evaluate(text, "2%").status).toBe("review");
  });

  it("gets no formula: the engine's verdict is written instead", () => {
    const r = r3();
    if (!r.ok) throw new Error("not read");
    const f = compileFormula(r.rule, { actual: "B2" });
    expect(f.ok).toBe(false);
    expect(!f.ok && f.reason.vi).toContain("cần xác nhận");
  });
});

function r3() {
  return parseTarget("tỷ lệ hộ nghèo khoảng 3%");
}

describe("the gate's own rules", () => {
  const sig = (s: Partial<Signal>): Signal => ({ code: "figure_unread", fragment: "x", ...s });

  it("keeps as runner-up only an unread figure the context leads by less than it decides", () => {
    const reading = {} as never;
    expect(rivalOf([sig({ gap: 1.5, reading })])).toBe(reading);
    expect(rivalOf([sig({ gap: 8, reading })])).toBeNull();
    expect(rivalOf([sig({ gap: 0 })])).toBeNull();
    expect(rivalOf([sig({ code: "operator_unread", gap: 0, reading })])).toBeNull();
  });

  it("doubts only a rough figure whose side was guessed", () => {
    expect(doubtOf([sig({ code: "direction_guessed", source: "lexicon", rough: true })])?.code).toBe("direction_guessed");
    expect(doubtOf([sig({ code: "direction_guessed", source: "indicator", rough: true })])?.code).toBe("direction_guessed");
    expect(doubtOf([sig({ code: "direction_guessed", source: "option", rough: true })])).toBeNull();
    expect(doubtOf([sig({ code: "direction_guessed", source: "lexicon" })])).toBeNull();
    expect(doubtOf([sig({ gap: 0 })])).toBeNull();
  });

  it("measures readings alike by rate, counted noun, measure or date", () => {
    const pct = { kind: "compare", op: ">=", value: 0.5, unit: { kind: "percent" }, intent: "plain" } as const;
    const schools = { kind: "compare", op: ">=", value: 5, unit: { kind: "count", noun: "trường" }, intent: "plain" } as const;
    const bare = { kind: "compare", op: ">=", value: 5, unit: { kind: "count" }, intent: "plain" } as const;
    const classes = { kind: "compare", op: ">=", value: 5, unit: { kind: "count", noun: "lớp" }, intent: "plain" } as const;
    expect(measureKey(pct)).toBe("%");
    expect(alike(measureKey(schools)!, measureKey(bare)!)).toBe(true);
    expect(alike(measureKey(schools)!, measureKey(classes)!)).toBe(false);
    expect(alike(measureKey(schools)!, measureKey(pct)!)).toBe(false);
    expect(measureKey({ kind: "deadline", due: "2025-06-30" })).toBe("date");
    expect(measureKey({ kind: "boolean" })).toBeNull();
  });
});

// Round 12b (issue 10): every part measured alike that nothing but position chose between is a rival, not only the first.
const THREE_PARTS = "đạt 60% ở thành thị; 50% ở đồng bằng; 30% ở miền núi";

describe("parts of a compound target chosen between by position alone (rule.rivals)", () => {
  it("are all kept, the first as the runner-up, and a figure one of them judges otherwise is asked about, naming it", () => {
    const p = parseTarget(THREE_PARTS, { indicator: "Tỷ lệ hộ dùng nước sạch" });
    expect(p.ok && canonical(p.rule)).toBe("≥ 60% (hay: ≥ 50% hay ≥ 30%)");
    expect(p.ok && canonical(p.rule, "en")).toBe("≥ 60% (or: ≥ 50% or ≥ 30%)");
    // 40%: short of 60% and 50% alike, enough for 30%: the runner-up agrees, the third part does not.
    const v = evaluate(THREE_PARTS, "40%", { indicator: "Tỷ lệ hộ dùng nước sạch" });
    expect(v.status).toBe("review");
    const w = v.warnings.find((x) => x.code === "ambiguous_target");
    expect(w?.message.vi).toBe("Cần xem lại chỉ tiêu: hiểu là ≥ 60% hay ≥ 30%?");
    expect(w?.message.en).toBe("Check the target: ≥ 60% or ≥ 30%?");
    expect(evaluate(THREE_PARTS, "20%", { indicator: "Tỷ lệ hộ dùng nước sạch" }).status).toBe("not_met");
    expect(evaluate(THREE_PARTS, "70%", { indicator: "Tỷ lệ hộ dùng nước sạch" }).status).toBe("exceeded");
  });

  it("are none when an indicator word only one part has chose it", () => {
    const p = parseTarget(TWO_PARTS, { indicator: "Tỷ lệ hộ dùng nước sạch ở nông thôn" });
    expect(p.ok && p.rule.rivals).toBeUndefined();
    expect(p.ok && p.rule.alternative).toBeUndefined();
  });

  it("are no rivals when measured otherwise than the figure (a rate beside a count)", () => {
    const v = evaluate("có 12 trường đạt chuẩn, 30% trường có thư viện, 20% trường có bể bơi", "5 trường", { unit: "trường" });
    expect(v.status).toBe("not_met");
  });

  it("read back from the canonical text, and compile to no formula", () => {
    const p = parseTarget(THREE_PARTS, { indicator: "Tỷ lệ hộ dùng nước sạch" });
    if (!p.ok) throw new Error("unread");
    const back = parseTarget(canonical(p.rule));
    expect(back.ok && back.rule.rivals?.length).toBe(1);
    expect(back.ok && canonical(back.rule)).toBe(canonical(p.rule));
    expect(evaluate(canonical(p.rule), "40%").status).toBe("review");
    expect(compileFormula(p.rule, { actual: "B2" }).ok).toBe(false);
  });
});
