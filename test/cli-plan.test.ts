// `chitieu plan list|show|lint` as a user runs it: the real bin, real bundled plans, exit codes and one-line errors.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBundledPlans } from "../core/plan/bundled";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(path.join(tmpdir(), "chitieu-plan-"));

function chitieu(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "cli/bin.mjs"), "plan", ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const CLEAN = { id: "kh", title: "Kế hoạch", issuer: "UBND QUẬN MẪU", period: "2024-2025", indicators: [{ id: "a", name: "Tỷ lệ", target: "ít nhất 65%" }] };

describe("chitieu plan", () => {
  it("list shows every bundled plan with its indicator and task counts", () => {
    const r = chitieu("list");
    expect(r.code).toBe(0);
    for (const p of loadBundledPlans()) expect(r.out).toMatch(new RegExp(`${p.id.replace(/\./g, "\\.")}\\s+${p.indicators.length}\\s+${p.tasks.length}\\s`));
  });

  it("show prints each indicator with its target and canonical rule", () => {
    const r = chitieu("show", "long-bien-2024-2025-nhiem-vu");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/thcs\.vao-10\.thu-hang\s+THCS\s+.*thứ hạng 6\/30 quận huyện/);
    expect(r.out).toMatch(/mn\.huy-dong\.nha-tre\s+MN\s+.*65%\s+≥ 65%/);
    expect(r.out).toContain("71 chỉ tiêu");
  });

  it("show --lang en labels the table in English", () => {
    const r = chitieu("show", "long-bien-2021-2025-qd2559", "--lang", "en");
    expect(r.out).toMatch(/^Id\s+Level\s+Indicator\s+Target\s+Rule/m);
  });

  it("show --json prints a plan that validates again", () => {
    const r = chitieu("show", "long-bien-2021-2025-qd2559", "--json");
    expect(JSON.parse(r.out)).toMatchObject({ id: "long-bien-2021-2025-qd2559", number: "157/KH-UBND" });
  });

  it("lint reports seed 001's inconsistencies and exits 0, or 1 with --strict", () => {
    const r = chitieu("lint", "long-bien-2021-2025-qd2559");
    expect(r.code).toBe(0);
    expect(r.out).toContain("8/28 = 28,6%, nhưng văn bản ghi 25%");
    expect(r.out).toContain("6/22 = 27,3%");
    expect(r.out).toContain("nhiệm vụ số 10.2");
    expect(chitieu("lint", "long-bien-2021-2025-qd2559", "--strict").code).toBe(1);
  });

  it("lint of a clean plan file says so and exits 0 even with --strict", () => {
    const r = chitieu("lint", file("clean.json", JSON.stringify(CLEAN)), "--strict");
    expect(r.code).toBe(0);
    expect(r.out).toContain("không thấy chỗ nào không nhất quán");
  });

  it("lint --json prints the findings as data", () => {
    const r = chitieu("lint", "long-bien-2021-2025-qd2559", "--json");
    expect(JSON.parse(r.out).map((f: { code: string }) => f.code)).toContain("fraction-percent");
  });

  it("names the file, line and column of bad JSON in one line and exits 2", () => {
    const p = file("bad.json", '{\n  "id": "x",,\n}');
    const r = chitieu("lint", p);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(`${p}:2:13: JSON không hợp lệ`);
  });

  it("lists schema problems by JSON path and exits 2", () => {
    const r = chitieu("show", file("invalid.json", JSON.stringify({ ...CLEAN, indicators: [{ id: "A", name: "x", target: "" }] })));
    expect(r.code).toBe(2);
    expect(r.err).toContain("indicators[0].id");
    expect(r.err).toContain("indicators[0].target");
  });

  it.each([
    [["show", "khong-co"], "không có kế hoạch \"khong-co\""],
    [["lint", "/khong/co/tep.json"], "tệp kế hoạch: không tìm thấy tệp /khong/co/tep.json"],
    [["xoa"], "không có lệnh con"],
    [["show"], "thiếu mã kế hoạch"],
  ])("refuses %j with exit 2", (args, words) => {
    const r = chitieu(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
  });
});
