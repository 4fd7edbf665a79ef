// Progress lines: silent on a quick run or a pipe, one line per step in the run's language once the run is slow.
import { afterEach, describe, expect, it, vi } from "vitest";
import { progress } from "./progress";

/** A stand-in for stderr that records what is written. */
function stream(tty: boolean) {
  const lines: string[] = [];
  return { lines, s: { isTTY: tty, write: (t: string) => (lines.push(t), true) } as unknown as NodeJS.WriteStream };
}

const STEP = { vi: "đang kiểm tra a.xlsx", en: "checking a.xlsx" };

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("progress", () => {
  // [what, terminal?, forced?, ms the step lasts, lang, lines printed]
  it.each([
    ["a quick run on a terminal", true, false, 500, "vi", []],
    ["a slow run on a terminal", true, false, 2500, "vi", ["chitieu check: đang kiểm tra a.xlsx…\n"]],
    ["a slow run in English", true, false, 2500, "en", ["chitieu check: checking a.xlsx…\n"]],
    ["a slow run into a pipe", false, false, 2500, "vi", []],
    ["a slow run into a pipe, forced on", false, true, 2500, "vi", ["chitieu check: đang kiểm tra a.xlsx…\n"]],
  ] as const)("%s", (_what, tty, forced, ms, lang, want) => {
    vi.useFakeTimers();
    if (forced) vi.stubEnv("CHITIEU_PROGRESS", "1");
    const { lines, s } = stream(tty);
    const p = progress("check", lang, s);
    p.step(STEP);
    vi.advanceTimersByTime(ms);
    p.done();
    vi.advanceTimersByTime(5000);
    expect(lines).toEqual(want);
  });

  it("prints each later step at once when the run is already slow, and nothing after done", () => {
    vi.useFakeTimers();
    const { lines, s } = stream(true);
    const p = progress("demo", "vi", s);
    p.step({ vi: "bước 1", en: "step 1" });
    vi.advanceTimersByTime(2100);
    p.step({ vi: "bước 2", en: "step 2" });
    p.done();
    p.step({ vi: "bước 3", en: "step 3" });
    expect(lines).toEqual(["chitieu demo: bước 1…\n", "chitieu demo: bước 2…\n"]);
  });
});
