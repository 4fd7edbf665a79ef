// The real-phrase corpus stays well-formed: every row parses, ids are unique, checks are enough, the sets share no document.
import { describe, expect, it } from "vitest";
import { loadCorpus, parseCheck, parseCorpus, PHRASE_CLASSES, validExpected, type CorpusRow } from "./corpus";

const corpus = loadCorpus("all");
const holdout2 = loadCorpus("holdout2");
const holdout3 = loadCorpus("holdout3");
const holdout4 = loadCorpus("holdout4");
const holdout5 = loadCorpus("holdout5");
const holdout6 = loadCorpus("holdout6");
const holdout7 = loadCorpus("holdout7");
const holdout8 = loadCorpus("holdout8");
const holdout9 = loadCorpus("holdout9");
const holdout10 = loadCorpus("holdout10");
const holdout11 = loadCorpus("holdout11");
const holdout12 = loadCorpus("holdout12");
const holdout13 = loadCorpus("holdout13");
const holdout14 = loadCorpus("holdout14");
const holdout15 = loadCorpus("holdout15");
const holdout16 = loadCorpus("holdout16");
const holdout17 = loadCorpus("holdout17");
const holdout18 = loadCorpus("holdout18");
const holdout19 = loadCorpus("holdout19");
const holdout20 = loadCorpus("holdout20");
const holdout21 = loadCorpus("holdout21");
const holdout22 = loadCorpus("holdout22");
const holdout23 = loadCorpus("holdout23");
const holdout24 = loadCorpus("holdout24");
const holdout25 = loadCorpus("holdout25");
const holdout26 = loadCorpus("holdout26");
const holdout27 = loadCorpus("holdout27");
const holdout28 = loadCorpus("holdout28");
const holdout29 = loadCorpus("holdout29");
const holdout30 = loadCorpus("holdout30");
const holdout31 = loadCorpus("holdout31");
const holdout32 = loadCorpus("holdout32");
const holdout33 = loadCorpus("holdout33");

/** Compare targets whose checks all sit on one side of the threshold, so a reader that flips direction passes them. */
function oneSided(rows: CorpusRow[]): string[] {
  return rows
    .filter((r) => {
      if (!/^(?:>=|>|<=|<) /.test(r.expected)) return false;
      const good = r.checks.some((c) => c.status === "met" || c.status === "exceeded");
      const bad = r.checks.some((c) => c.status === "not_met");
      return !(good && bad);
    })
    .map((r) => r.id);
}

/** A source address without scheme, "www."/"m."/"amp." or a trailing slash, so http and https copies compare equal. */
function sourceKey(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/^(?:www|m|amp)\./, "").replace(/\/$/, "");
}

describe("the corpus tables", () => {
  it("parse with no malformed row", () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.rows.length).toBeGreaterThan(0);
  });

  it("give every row a unique id and a unique number", () => {
    const ids = corpus.rows.map((r) => r.id);
    const nums = corpus.rows.map((r) => r.num);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("give every row at least two judged figures", () => {
    expect(corpus.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
  });

  it("keep every source document in one set only", () => {
    const dev = new Set(corpus.rows.filter((r) => r.set === "dev").map((r) => r.url));
    const shared = corpus.rows.filter((r) => r.set === "holdout" && dev.has(r.url)).map((r) => r.id);
    expect(shared).toEqual([]);
  });

  it("judge lower-or-upper bound targets with a figure on each side", () => {
    // A compare target with checks all on one side could not catch a reader that flips the direction.
    expect(oneSided(corpus.rows)).toEqual([]);
  });
});

describe("the second held-out table", () => {
  it("parses with no malformed row and holds at least 300 phrases from at least 100 documents", () => {
    expect(holdout2.problems).toEqual([]);
    expect(holdout2.rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(holdout2.rows.map((r) => r.url)).size).toBeGreaterThanOrEqual(100);
  });

  it("numbers its ids after the other two tables, each id and number once", () => {
    const before = Math.max(...corpus.rows.map((r) => r.num));
    expect(holdout2.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout2.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other two tables", () => {
    const seen = new Set(corpus.rows.map((r) => sourceKey(r.url)));
    expect(holdout2.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 8 phrases from one document and at least 8 of every class", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout2.rows) perDoc.set(r.url, (perDoc.get(r.url) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 8)).toEqual([]);
    const thin = PHRASE_CLASSES.filter((c) => holdout2.rows.filter((r) => r.cls === c).length < 8);
    expect(thin).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout2.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout2.rows)).toEqual([]);
  });
});

describe("the third held-out table", () => {
  it("parses with no malformed row and holds at least 190 phrases from at least 70 documents", () => {
    expect(holdout3.problems).toEqual([]);
    expect(holdout3.rows.length).toBeGreaterThanOrEqual(190);
    expect(new Set(holdout3.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(70);
  });

  it("represents every class of the other tables at least three times", () => {
    // Rank and frequency targets were the scarcest in the documents found; every other class has five or more.
    const thin = PHRASE_CLASSES.filter((c) => holdout3.rows.filter((r) => r.cls === c).length < 3);
    expect(thin).toEqual([]);
  });

  it("numbers its ids after the other three tables, each id and number once", () => {
    const before = Math.max(...[...corpus.rows, ...holdout2.rows].map((r) => r.num));
    expect(holdout3.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout3.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other three tables", () => {
    const seen = new Set([...corpus.rows, ...holdout2.rows].map((r) => sourceKey(r.url)));
    expect(holdout3.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 6 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout3.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 6)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout3.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout3.rows)).toEqual([]);
  });
});

describe("the fourth held-out table", () => {
  it("parses with no malformed row and holds at least 100 phrases from at least 45 documents", () => {
    expect(holdout4.problems).toEqual([]);
    expect(holdout4.rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(holdout4.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(45);
  });

  it("represents at least 24 of the classes of the other tables", () => {
    // Fraction targets ("28/28 trường") were not found in any document not already used; the set says so in its header.
    const present = PHRASE_CLASSES.filter((c) => holdout4.rows.some((r) => r.cls === c));
    expect(present.length).toBeGreaterThanOrEqual(24);
  });

  it("numbers its ids after the other four tables, each id and number once", () => {
    const before = Math.max(...[...corpus.rows, ...holdout2.rows, ...holdout3.rows].map((r) => r.num));
    expect(holdout4.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout4.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other four tables", () => {
    const seen = new Set([...corpus.rows, ...holdout2.rows, ...holdout3.rows].map((r) => sourceKey(r.url)));
    expect(holdout4.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout4.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout4.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout4.rows)).toEqual([]);
  });
});

describe("the fifth held-out table", () => {
  it("parses with no malformed row and holds at least 100 phrases from at least 50 documents", () => {
    expect(holdout5.problems).toEqual([]);
    expect(holdout5.rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(holdout5.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("represents every class of the other tables", () => {
    // Rank, level, ratio, fraction, restated and a few others are thin (one to three rows each); the header says so.
    expect(PHRASE_CLASSES.filter((c) => !holdout5.rows.some((r) => r.cls === c))).toEqual([]);
  });

  it("numbers its ids after the other five tables, each id and number once", () => {
    const before = Math.max(...[...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows].map((r) => r.num));
    expect(holdout5.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout5.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other five tables", () => {
    const seen = new Set([...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows].map((r) => sourceKey(r.url)));
    expect(holdout5.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout5.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout5.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout5.rows)).toEqual([]);
  });
});

describe("the sixth held-out table", () => {
  it("parses with no malformed row and holds at least 180 phrases from at least 70 documents", () => {
    expect(holdout6.problems).toEqual([]);
    expect(holdout6.rows.length).toBeGreaterThanOrEqual(180);
    expect(new Set(holdout6.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(70);
  });

  it("represents every class of the other tables", () => {
    expect(PHRASE_CLASSES.filter((c) => !holdout6.rows.some((r) => r.cls === c))).toEqual([]);
  });

  it("numbers its ids after the other six tables, each id and number once", () => {
    const before = Math.max(...[...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows].map((r) => r.num));
    expect(holdout6.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout6.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other six tables", () => {
    const seen = new Set([...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows].map((r) => sourceKey(r.url)));
    expect(holdout6.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout6.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout6.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout6.rows)).toEqual([]);
  });
});

describe("the seventh held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows];

  it("parses with no malformed row and holds at least 100 phrases from at least 45 documents", () => {
    expect(holdout7.problems).toEqual([]);
    expect(holdout7.rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(holdout7.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(45);
  });

  it("numbers its ids after the other seven tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout7.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout7.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other seven tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout7.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout7.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout7.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout7.rows)).toEqual([]);
  });
});

describe("the eighth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows];

  it("parses with no malformed row and holds at least 150 phrases from at least 80 documents", () => {
    expect(holdout8.problems).toEqual([]);
    expect(holdout8.rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(holdout8.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(80);
  });

  it("numbers its ids after the other eight tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout8.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout8.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other eight tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout8.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout8.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout8.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout8.rows)).toEqual([]);
  });
});

describe("the ninth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows];

  it("parses with no malformed row and holds at least 180 phrases from at least 95 documents", () => {
    expect(holdout9.problems).toEqual([]);
    expect(holdout9.rows.length).toBeGreaterThanOrEqual(180);
    expect(new Set(holdout9.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(95);
  });

  it("numbers its ids after the other nine tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout9.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout9.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other nine tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout9.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout9.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout9.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout9.rows)).toEqual([]);
  });
});

describe("the tenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows];

  it("parses with no malformed row and holds at least 160 phrases from at least 75 documents", () => {
    expect(holdout10.problems).toEqual([]);
    expect(holdout10.rows.length).toBeGreaterThanOrEqual(170);
    expect(new Set(holdout10.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(85);
  });

  it("numbers its ids after the other ten tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout10.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout10.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other ten tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout10.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout10.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout10.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout10.rows)).toEqual([]);
  });
});

describe("the eleventh held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows];

  it("parses with no malformed row and holds at least 160 phrases from at least 75 documents", () => {
    expect(holdout11.problems).toEqual([]);
    expect(holdout11.rows.length).toBeGreaterThanOrEqual(160);
    expect(new Set(holdout11.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(75);
  });

  it("numbers its ids after the other eleven tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout11.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout11.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other eleven tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout11.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout11.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout11.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout11.rows)).toEqual([]);
  });
});

describe("the twelfth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows];

  it("parses with no malformed row and holds at least 110 phrases from at least 55 documents", () => {
    expect(holdout12.problems).toEqual([]);
    expect(holdout12.rows.length).toBeGreaterThanOrEqual(130);
    expect(new Set(holdout12.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twelve tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout12.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout12.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twelve tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout12.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout12.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout12.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout12.rows)).toEqual([]);
  });
});

describe("the thirteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows];

  it("parses with no malformed row and holds at least 110 phrases from at least 55 documents", () => {
    expect(holdout13.problems).toEqual([]);
    expect(holdout13.rows.length).toBeGreaterThanOrEqual(110);
    expect(new Set(holdout13.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(55);
  });

  it("numbers its ids after the other thirteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout13.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout13.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other thirteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout13.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout13.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout13.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout13.rows)).toEqual([]);
  });
});

describe("the fourteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows];

  it("parses with no malformed row and holds at least 70 phrases from at least 35 documents", () => {
    expect(holdout14.problems).toEqual([]);
    expect(holdout14.rows.length).toBeGreaterThanOrEqual(170);
    expect(new Set(holdout14.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(90);
  });

  it("numbers its ids after the other fourteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout14.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout14.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other fourteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout14.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout14.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout14.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout14.rows)).toEqual([]);
  });
});

describe("the fifteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows];

  it("parses with no malformed row and holds at least 50 phrases from at least 25 documents", () => {
    expect(holdout15.problems).toEqual([]);
    expect(holdout15.rows.length).toBeGreaterThanOrEqual(170);
    expect(new Set(holdout15.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(90);
  });

  it("numbers its ids after the other fifteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout15.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout15.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other fifteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout15.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout15.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout15.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout15.rows)).toEqual([]);
  });
});

describe("the sixteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows];

  it("parses with no malformed row and holds at least 85 phrases from at least 45 documents", () => {
    expect(holdout16.problems).toEqual([]);
    expect(holdout16.rows.length).toBeGreaterThanOrEqual(180);
    expect(new Set(holdout16.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(90);
  });

  it("numbers its ids after the other sixteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout16.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout16.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other sixteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout16.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout16.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout16.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout16.rows)).toEqual([]);
  });
});

describe("the seventeenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows];

  it("parses with no malformed row and holds at least 170 phrases from at least 110 documents", () => {
    expect(holdout17.problems).toEqual([]);
    expect(holdout17.rows.length).toBeGreaterThanOrEqual(170);
    expect(new Set(holdout17.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(110);
  });

  it("numbers its ids after the other seventeen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout17.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout17.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other seventeen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout17.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout17.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout17.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout17.rows)).toEqual([]);
  });
});

describe("the eighteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows];

  it("parses with no malformed row and holds at least 165 phrases from at least 95 documents", () => {
    expect(holdout18.problems).toEqual([]);
    expect(holdout18.rows.length).toBeGreaterThanOrEqual(165);
    expect(new Set(holdout18.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(95);
  });

  it("numbers its ids after the other eighteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout18.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout18.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other eighteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout18.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout18.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout18.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout18.rows)).toEqual([]);
  });
});

describe("the nineteenth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows];

  it("parses with no malformed row and holds at least 170 phrases from at least 95 documents", () => {
    expect(holdout19.problems).toEqual([]);
    expect(holdout19.rows.length).toBeGreaterThanOrEqual(170);
    expect(new Set(holdout19.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(95);
  });

  it("numbers its ids after the other nineteen tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout19.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout19.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other nineteen tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout19.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout19.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout19.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout19.rows)).toEqual([]);
  });
});

describe("the twentieth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows];

  it("parses with no malformed row and holds at least 75 phrases from at least 40 documents", () => {
    expect(holdout20.problems).toEqual([]);
    expect(holdout20.rows.length).toBeGreaterThanOrEqual(160);
    expect(new Set(holdout20.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(110);
  });

  it("numbers its ids after the other twenty tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout20.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout20.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout20.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout20.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout20.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout20.rows)).toEqual([]);
  });
});

describe("the twenty-first held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows];

  it("parses with no malformed row and holds at least 160 phrases from at least 105 documents", () => {
    expect(holdout21.problems).toEqual([]);
    expect(holdout21.rows.length).toBeGreaterThanOrEqual(160);
    expect(new Set(holdout21.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(105);
  });

  it("numbers its ids after the other twenty-one tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout21.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout21.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-one tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout21.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout21.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout21.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout21.rows)).toEqual([]);
  });
});

describe("the twenty-second held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows];

  it("parses with no malformed row and holds at least 160 phrases from at least 105 documents", () => {
    expect(holdout22.problems).toEqual([]);
    expect(holdout22.rows.length).toBeGreaterThanOrEqual(160);
    expect(new Set(holdout22.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(105);
  });

  it("numbers its ids after the other twenty-two tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout22.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout22.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-two tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout22.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout22.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout22.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout22.rows)).toEqual([]);
  });
});

describe("the twenty-third held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows];

  it("parses with no malformed row and holds at least 80 phrases from at least 55 documents", () => {
    expect(holdout23.problems).toEqual([]);
    expect(holdout23.rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(holdout23.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(55);
  });

  it("numbers its ids after the other twenty-three tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout23.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout23.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-three tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout23.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout23.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout23.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout23.rows)).toEqual([]);
  });
});

describe("the twenty-fourth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows];

  it("parses with no malformed row and holds at least 75 phrases from at least 55 documents", () => {
    expect(holdout24.problems).toEqual([]);
    expect(holdout24.rows.length).toBeGreaterThanOrEqual(75);
    expect(new Set(holdout24.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(55);
  });

  it("numbers its ids after the other twenty-four tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout24.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout24.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-four tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout24.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout24.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout24.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout24.rows)).toEqual([]);
  });
});

describe("the twenty-fifth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows];

  it("parses with no malformed row and holds at least 70 phrases from at least 50 documents", () => {
    expect(holdout25.problems).toEqual([]);
    expect(holdout25.rows.length).toBeGreaterThanOrEqual(70);
    expect(new Set(holdout25.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twenty-five tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout25.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout25.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-five tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout25.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout25.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout25.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout25.rows)).toEqual([]);
  });
});

describe("the twenty-sixth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows];

  it("parses with no malformed row and holds at least 70 phrases from at least 50 documents", () => {
    expect(holdout26.problems).toEqual([]);
    expect(holdout26.rows.length).toBeGreaterThanOrEqual(70);
    expect(new Set(holdout26.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twenty-six tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout26.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout26.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-six tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout26.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout26.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout26.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout26.rows)).toEqual([]);
  });
});

describe("the twenty-seventh held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows];

  // Part A alone (69 rows after redecide27a dropped three near copies); part B, appended later, adds to it.
  it("parses with no malformed row and holds at least 65 phrases from at least 50 documents", () => {
    expect(holdout27.problems).toEqual([]);
    expect(holdout27.rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(holdout27.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twenty-seven tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout27.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout27.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-seven tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout27.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout27.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout27.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout27.rows)).toEqual([]);
  });
});

describe("the twenty-eighth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows];

  // Part A alone (69 rows after redecide27a dropped three near copies); part B, appended later, adds to it.
  it("parses with no malformed row and holds at least 70 phrases from at least 50 documents", () => {
    expect(holdout28.problems).toEqual([]);
    expect(holdout28.rows.length).toBeGreaterThanOrEqual(70);
    expect(new Set(holdout28.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twenty-eight tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout28.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout28.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-eight tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout28.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout28.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout28.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout28.rows)).toEqual([]);
  });
});

describe("the twenty-ninth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows, ...holdout28.rows];

  // Part A alone (63 rows from 43 documents); parts gathered apart, appended later, add to it.
  it("parses with no malformed row and holds at least 40 phrases from at least 30 documents", () => {
    expect(holdout29.problems).toEqual([]);
    expect(holdout29.rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(holdout29.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(30);
  });

  it("numbers its ids after the other twenty-nine tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout29.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout29.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-nine tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout29.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 5 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout29.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout29.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout29.rows)).toEqual([]);
  });
});

describe("the thirtieth held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows, ...holdout28.rows, ...holdout29.rows];

  it("parses with no malformed row and holds at least 60 phrases from at least 50 documents", () => {
    expect(holdout30.problems).toEqual([]);
    expect(holdout30.rows.length).toBeGreaterThanOrEqual(60);
    expect(new Set(holdout30.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(50);
  });

  it("numbers its ids after the other twenty-nine tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout30.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout30.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other twenty-nine tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout30.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 4 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout30.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 4)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout30.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout30.rows)).toEqual([]);
  });
});

describe("the thirty-first held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows, ...holdout28.rows, ...holdout29.rows, ...holdout30.rows];

  it("parses with no malformed row and holds at least 50 phrases from at least 40 documents", () => {
    expect(holdout31.problems).toEqual([]);
    expect(holdout31.rows.length).toBeGreaterThanOrEqual(50);
    expect(new Set(holdout31.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(40);
  });

  it("numbers its ids after the other thirty tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout31.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout31.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other thirty tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout31.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 4 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout31.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 4)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout31.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout31.rows)).toEqual([]);
  });
});

describe("the thirty-second held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows, ...holdout28.rows, ...holdout29.rows, ...holdout30.rows, ...holdout31.rows];

  it("parses with no malformed row and holds at least 50 phrases from at least 40 documents", () => {
    expect(holdout32.problems).toEqual([]);
    expect(holdout32.rows.length).toBeGreaterThanOrEqual(50);
    expect(new Set(holdout32.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(45);
  });

  it("numbers its ids after the other thirty-one tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout32.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout32.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other thirty-one tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout32.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 4 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout32.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 4)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout32.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout32.rows)).toEqual([]);
  });
});

describe("the thirty-third held-out table", () => {
  const others = () => [...corpus.rows, ...holdout2.rows, ...holdout3.rows, ...holdout4.rows, ...holdout5.rows, ...holdout6.rows, ...holdout7.rows, ...holdout8.rows, ...holdout9.rows, ...holdout10.rows, ...holdout11.rows, ...holdout12.rows, ...holdout13.rows, ...holdout14.rows, ...holdout15.rows, ...holdout16.rows, ...holdout17.rows, ...holdout18.rows, ...holdout19.rows, ...holdout20.rows, ...holdout21.rows, ...holdout22.rows, ...holdout23.rows, ...holdout24.rows, ...holdout25.rows, ...holdout26.rows, ...holdout27.rows, ...holdout28.rows, ...holdout29.rows, ...holdout30.rows, ...holdout31.rows, ...holdout32.rows];

  it("parses with no malformed row and holds at least 70 phrases from at least 30 documents", () => {
    expect(holdout33.problems).toEqual([]);
    expect(holdout33.rows.length).toBeGreaterThanOrEqual(70);
    expect(new Set(holdout33.rows.map((r) => sourceKey(r.url))).size).toBeGreaterThanOrEqual(30);
  });

  it("numbers its ids after the other thirty-two tables, each id and number once", () => {
    const before = Math.max(...others().map((r) => r.num));
    expect(holdout33.rows.filter((r) => r.num <= before).map((r) => r.id)).toEqual([]);
    const nums = holdout33.rows.map((r) => r.num);
    expect(new Set(nums).size).toBe(nums.length);
  });

  it("shares no source document with the other thirty-two tables", () => {
    const seen = new Set(others().map((r) => sourceKey(r.url)));
    expect(holdout33.rows.filter((r) => seen.has(sourceKey(r.url))).map((r) => r.id)).toEqual([]);
  });

  it("takes at most 3 phrases from one document", () => {
    const perDoc = new Map<string, number>();
    for (const r of holdout33.rows) perDoc.set(sourceKey(r.url), (perDoc.get(sourceKey(r.url)) ?? 0) + 1);
    expect([...perDoc].filter(([, n]) => n > 3)).toEqual([]);
  });

  it("gives every row two judged figures and every bound target a figure on each side", () => {
    expect(holdout33.rows.filter((r) => r.checks.length < 2).map((r) => r.id)).toEqual([]);
    expect(oneSided(holdout33.rows)).toEqual([]);
  });
});

describe("the corpus parser", () => {
  it.each([
    [">= 65 %", true],
    ["<= 20 học sinh/máy tính", true],
    [">= 28/28 trường", true],
    ["in [2000, 3500) m2", true],
    ["rank <= 6 of 30", true],
    ["change -15 % rel since 2020", true],
    ["window 2025-08-01..2025-08-05", true],
    ["review <= 2 % or change -2 pp since 2024", true],
    [">= 450000 đồng; >= 8 kg", true],
    ["review >= 1 giải; >= 2 giải or level >= Nhì", true],
    ["level >= Khá", true],
    ["level >= B2", true],
    ["change x1.5 since 2020", true],
    ["change in [-1.5, -1] pp per year", true],
    ["review >= 1 giải; at least 2 or level >= Nhì", false],
    ["level >= khá", false],
    ["at least 65", false],
    ["by 30/6/2025", false],
    ["", false],
  ])("reads expected %j as valid: %s", (expected, valid) => {
    expect(validExpected(expected)).toBe(valid);
  });

  it("reads a check's context, figure and status", () => {
    expect(parseCheck("[asOf 2025-07-01] [baseline 20%] chưa hoàn thành → overdue")).toEqual({
      actual: "chưa hoàn thành", status: "overdue", asOf: "2025-07-01", baseline: "20%",
    });
    expect(parseCheck("[part 2] 6 kg → not_met")).toEqual({ actual: "6 kg", status: "not_met", part: 2 });
    expect(parseCheck("(blank) → no_data")).toEqual({ actual: "", status: "no_data" });
  });

  it("names the line and id of a malformed row", () => {
    const text = [
      "| p0001-bare | đạt 95% |  | % | 2025 | >= 95 % | 95% → met; 94% → nope | https://a.vn |",
      "| p0002-bare | đạt 95% |  | % | 2025 | at least 95 | 95% → met | https://a.vn |",
      "| p0003-bare | đạt 95% |  | % | 2025 | >= 95 % | 95% → met; 94% → not_met | https://a.vn |",
    ].join("\n");
    const { rows, problems } = parseCorpus(text, "dev");
    expect(rows.map((r) => r.id)).toEqual(["p0003-bare"]);
    expect(problems.map((p) => [p.line, p.id])).toEqual([[1, "p0001-bare"], [2, "p0002-bare"]]);
  });

  it("reads an escaped pipe inside a cell as a pipe", () => {
    const { rows } = parseCorpus("| p0009-count | A \\| B 5 trường |  | trường |  | >= 5 trường | 5 → met; 4 → not_met | https://a.vn |", "dev");
    expect(rows[0].phrase).toBe("A | B 5 trường");
  });
});
