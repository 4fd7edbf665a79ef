// Black-box tests for `chitieu eval`: the real CLI entry (node cli/bin.mjs) in a child process.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SEED_STATEMENTS } from "./seed-statements.table";

const BIN = fileURLToPath(new URL("../cli/bin.mjs", import.meta.url));

function chitieu(args: string[], stdin = ""): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const lines = (s: string) => s.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);

// Each case is its own process (tsx start-up dominates), so they run side by side.
describe.concurrent("chitieu eval (one target)", () => {
  it.each([
    [["ít nhất 65%", "64,9%"], "✗ Chưa đạt: 64,9%, chỉ tiêu ít nhất 65%, thiếu 0,1 điểm %"],
    [["ít nhất 65%", "64,9%", "--lang", "en"], "✗ Not met: 64.9%, target at least 65%, 0.1 percentage points short"],
    [["ít nhất 65%", "64,9%", "--tolerance", "0.05", "--scale=points"], "≈ Gần đạt: 64,9%, chỉ tiêu ít nhất 65%, thiếu 0,1 điểm %"],
    [["28/28 trường", "26/28"], "✗ Chưa đạt: 26/28 trường, chỉ tiêu 28/28 trường, cần thêm 2 trường"],
    [["chậm nhất tháng 6/2025", "", "--as-of", "2025-06-20"], "… Chưa đến hạn: chưa hoàn thành, hạn 30/06/2025, còn 10 ngày"],
    [["chậm nhất tháng 6/2025", "", "--as-of", "20/6/2025"], "… Chưa đến hạn: chưa hoàn thành, hạn 30/06/2025, còn 10 ngày"],
    [["ít nhất 65%", "—"], "– Chưa có số liệu: ô ghi \"—\""],
  ])("prints one readable line for %j", async (args, expected) => {
    const r = await chitieu(["eval", ...args]);
    expect(r.stdout).toBe(`${expected}\n`);
    expect(r.code).toBe(0);
  });

  it("reads the target with --unit and dates a day/month with --period", async () => {
    const byUnit = await chitieu(["eval", "12 trường (7,1%)", "10", "--unit", "%"]);
    expect(byUnit.stdout).toMatch(/^▲ Vượt: 10%, chỉ tiêu ít nhất 7,1%/);
    const byPeriod = await chitieu(["eval", "trước 30/4", "2/5/2025", "--period", "2024-2025"]);
    expect(byPeriod.stdout).toContain("hạn 29/04/2025");
    expect(byPeriod.stdout).toMatch(/^✗ Chưa đạt/);
    const legacy = await chitieu(["eval", "trước 30/4", "", "--year", "2026", "--as-of", "2026-05-01"]);
    expect(legacy.stdout).toMatch(/^! Quá hạn: .*hạn 29\/04\/2026/);
    const bad = await chitieu(["eval", "trước 30/4", "1", "--period", "sớm"]);
    expect(bad.code).toBe(2);
  });

  it("uses --baseline for change targets", async () => {
    const r = await chitieu(["eval", "giảm 1,5 điểm % so với đầu năm", "3%", "--baseline", "5%"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(▲ Vượt|✓ Đạt): /);
  });

  it("uses --reference for comparison targets", async () => {
    const r = await chitieu(["eval", "cao hơn trung bình chung Thành phố", "92%", "--reference", "90%"]);
    expect(r.stdout).toContain("92%, chỉ tiêu cao hơn trung bình chung Thành phố (90%)");
  });

  it("exits 2 with a bilingual message when the target cannot be read", async () => {
    const r = await chitieu(["eval", "không hiểu gì cả", "5"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^\? /);
  });

  it.each([
    [[]],
    [["a", "b", "c"]],
    [["ít nhất 65%", "1", "--bogus"]],
    [["ít nhất 65%", "1", "--as-of", "06/30/2025"]],
    [["ít nhất 65%", "1", "--as-of", "6/2025"]],
  ])("exits 2 on bad usage %j", async (args) => {
    const r = await chitieu(["eval", ...args]);
    expect(r.code).toBe(2);
    // One line in Vietnamese (the default language), naming what to do.
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toContain(" / ");
  });

  it("refuses an --as-of day as the panes do, saying why in one line, English with --lang en", async () => {
    const vi = await chitieu(["eval", "ít nhất 65%", "1", "--as-of", "06/30/2025"]);
    expect(vi.stderr).toContain("--as-of: không có tháng 30: ghi ngày trước tháng, ví dụ 30/6/2025.");
    const en = await chitieu(["eval", "ít nhất 65%", "1", "--as-of", "3/6/25", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("--as-of: type the year in four digits, e.g. 3/6/2025.");
  });

  it("prints help", async () => {
    const r = await chitieu(["eval", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--jsonl");
  });
});

describe.concurrent("chitieu eval --jsonl", () => {
  it("answers each JSON line with one JSON line, errors included, and goes on", async () => {
    const input = [
      JSON.stringify({ target: "ít nhất 65%", actual: "64,9%", id: "a" }),
      "this is not json",
      JSON.stringify({ actual: 1 }),
      "",
      JSON.stringify({ target: "ít nhất 65%", actual: 0.5, percentScale: "points" }),
      "[1,2]",
      JSON.stringify({ target: "chậm nhất tháng 6/2025", actual: null, asOf: "2025-07-02" }),
      JSON.stringify({ target: "giảm 1,5 điểm % so với đầu năm", actual: "3%" }),
      JSON.stringify({ target: { kind: "compare", op: ">=", value: 0.65, unit: { kind: "percent" } }, actual: { error: "#N/A" } }),
      JSON.stringify({ target: "≤ 1,2%", actual: 0.5 }),
    ].join("\n");
    const r = await chitieu(["eval", "--jsonl"], `${input}\n`);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(9);
    expect(out[0]).toMatchObject({ id: "a", status: "not_met", label: "Chưa đạt", canonical: "≥ 65%", ratio: 0.998461538462, warnings: [] });
    expect(out[0].gap).toBeCloseTo(-0.001, 12);
    expect(out[0].explanation).toBe("Chưa đạt: 64,9%, chỉ tiêu ít nhất 65%, thiếu 0,1 điểm %");
    expect(out[1]).toMatchObject({ line: 2, error: "bad_json" });
    expect(out[2]).toMatchObject({ line: 3, error: "missing_target" });
    expect(out[3]).toMatchObject({ status: "not_met" });
    expect(out[4]).toMatchObject({ line: 6, error: "not_an_object" });
    expect(out[5]).toMatchObject({ status: "overdue", gap: 2 });
    expect(out[6]).toMatchObject({ status: "review", warnings: ["missing_baseline"] });
    expect(out[7]).toMatchObject({ status: "no_data" });
    // A plain 0,5 against ≤ 1,2% is 50% or 0,5%: the two readings disagree, so the answer is "Cần xác nhận".
    expect(out[8]).toMatchObject({ status: "review", warnings: ["percent_scale_ambiguous"] });
    expect(out[8].explanation).toContain("0,5%");
  });

  it("takes the unit and period fields of a line", async () => {
    const input = [
      JSON.stringify({ target: "12 trường (7,1%)", actual: 10, unit: "trường" }),
      JSON.stringify({ target: "trước 30/4", actual: "2/5/2025", period: "2024-2025" }),
      JSON.stringify({ target: "trước 30/4", actual: "2/5/2025", period: "bao giờ" }),
      JSON.stringify({ target: "chậm nhất tháng 6/2025", actual: null, asOf: "2/7/2025" }),
      JSON.stringify({ target: "chậm nhất tháng 6/2025", actual: null, asOf: "07/02/2025" }),
      JSON.stringify({ target: "chậm nhất tháng 6/2025", actual: null, asOf: "31/06/2025", id: "x" }),
    ].join("\n");
    const out = lines((await chitieu(["eval", "--jsonl"], `${input}\n`)).stdout);
    expect(out[0]).toMatchObject({ status: "not_met" });
    expect(out[1]).toMatchObject({ status: "not_met" });
    expect(out[2]).toMatchObject({ error: "bad_period" });
    // "asOf" is read day first as --as-of is; a day that does not exist is the line's error, saying why.
    expect(out[3]).toMatchObject({ status: "overdue", gap: 2 });
    expect(out[4]).toMatchObject({ status: "pending" });
    expect(out[5]).toEqual({ id: "x", line: 6, error: "bad_as_of", message: { vi: '"asOf" dòng 6: không có ngày 31 tháng 6 năm 2025: tháng này có 30 ngày.', en: '"asOf" on line 6: there is no day 31 in month 6 of 2025: that month has 30 days.' } });
  });

  it("takes command-line options as defaults for every line", async () => {
    const r = await chitieu(["eval", "--jsonl", "--lang", "en"], `${JSON.stringify({ target: "ít nhất 65%", actual: "70%" })}\n`);
    expect(lines(r.stdout)[0]).toMatchObject({ status: "exceeded", label: "Exceeded" });
  });

  it("streams a large input to the end, one answer per line", async () => {
    const n = 10_000;
    const targets = ["ít nhất 65%", "28/28 trường", "55-60%", "không quá 45 lớp", "chậm nhất tháng 6/2025"];
    const rows: string[] = [];
    for (let i = 0; i < n; i++) {
      rows.push(JSON.stringify({ target: targets[i % targets.length], actual: (i % 100) / 100, asOf: "2025-01-01", id: i }));
    }
    const r = await chitieu(["eval", "--jsonl"], `${rows.join("\n")}\n`);
    const out = lines(r.stdout);
    expect(out).toHaveLength(n);
    expect(out[n - 1].id).toBe(n - 1);
    expect(out.every((o) => typeof o.status === "string")).toBe(true);
  }, 180_000);

  it("survives a huge line", async () => {
    const huge = JSON.stringify({ target: "ít nhất 65%", actual: "9".repeat(5_000_000) });
    const r = await chitieu(["eval", "--jsonl"], `${huge}\n${JSON.stringify({ target: "ít nhất 65%", actual: "70%" })}\n`);
    const out = lines(r.stdout);
    expect(out.map((o) => o.status)).toEqual(["invalid", "exceeded"]);
  });

  it("answers every seed statement's meeting and missing actual as the table expects", async () => {
    const input: string[] = [];
    const expected: string[] = [];
    for (const r of SEED_STATEMENTS) {
      for (const [actual, status] of [r.meets, r.misses]) {
        input.push(JSON.stringify({ ...r.opts, ...r.context, target: r.quote, actual, indicator: r.indicator, asOf: r.context?.asOf ?? "2024-09-15" }));
        expected.push(`${r.quote} | ${JSON.stringify(actual)} → ${status}`);
      }
    }
    const r = await chitieu(["eval", "--jsonl"], `${input.join("\n")}\n`);
    const out = lines(r.stdout);
    expect(out).toHaveLength(input.length);
    const got = out.map((o, i) => `${expected[i].split(" → ")[0]} → ${String(o.status)}`);
    expect(got).toEqual(expected);
  });
});
