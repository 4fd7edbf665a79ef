// PLAN_TARGET's fetch of plans.json ends: a stalled request times out with a reason, and the next call tries again.
import { afterEach, describe, expect, it, vi } from "vitest";

type Page = { location?: { href: string }; fetch?: unknown; CHITIEU_PLANS?: unknown };
const page = globalThis as Page;

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
  delete page.location;
  delete page.CHITIEU_PLANS;
});

describe("plansReady", () => {
  it("gives up on a request that never answers, says so, and asks again on the next recalculation", async () => {
    vi.useFakeTimers();
    page.location = { href: "https://addin.example/taskpane.html" };
    const stalled = vi.fn(() => new Promise(() => undefined));
    vi.stubGlobal("fetch", stalled);
    const { plansReady, FETCH_TIMEOUT_MS } = await import("./run");
    const first = plansReady();
    expect(plansReady()).toBe(first); // concurrent calls share one request
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS + 1);
    await expect(first).resolves.toMatch(/no answer within 10 s/);
    const answered = vi.fn(async () => ({ ok: true, status: 200, json: async () => ({ plans: [] }) }));
    vi.stubGlobal("fetch", answered);
    await expect(plansReady()).resolves.toBeNull();
    expect(stalled).toHaveBeenCalledTimes(1);
    expect(answered).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it("reports a server's refusal by its status", async () => {
    page.location = { href: "https://addin.example/taskpane.html" };
    vi.stubGlobal("fetch", async () => ({ ok: false, status: 404, json: async () => null }));
    const { plansReady } = await import("./run");
    await expect(plansReady()).resolves.toBe("HTTP 404");
    vi.unstubAllGlobals();
  });
});
