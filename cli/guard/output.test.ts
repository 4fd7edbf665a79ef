// The output guard decides before any work: inputs, devices and folders refused; the tool's unchanged output replaced; anything else kept and a numbered name used.
import { linkSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError } from "../errors";
import { fitName, INPUT, MAX_NAME_BYTES, PLAN_FILE, planOutput, readTextInput, writeOutput } from "./output";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chitieu-guard-"));
  process.env.CHITIEU_STATE_DIR = join(dir, ".state");
});

const put = (name: string, data = "x") => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof CliError) return e.vi;
    throw e;
  }
  return "not refused";
};

describe("planOutput", () => {
  it("refuses the input under any name: itself, a hard link, a symbolic link, ./ and the plan file", async () => {
    const a = put("a.xlsx");
    linkSync(a, join(dir, "cung.xlsx"));
    symlinkSync(a, join(dir, "mem.xlsx"));
    for (const o of [a, join(dir, "cung.xlsx"), join(dir, "mem.xlsx"), join(dir, ".", "a.xlsx")]) {
      expect(await refusal(planOutput({ path: o, kind: "check", inputs: [{ path: a, what: INPUT }] }))).toMatch(/^không ghi đè tệp đầu vào a\.xlsx/);
    }
    const p = put("kh.json", "{}");
    expect(await refusal(planOutput({ path: p, kind: "check", inputs: [{ path: a, what: INPUT }, { path: p, what: PLAN_FILE }] }))).toMatch(/tệp kế hoạch kh\.json/);
  });

  it.each([
    ["a folder", () => (mkdirSync(join(dir, "d.xlsx"), { recursive: true }), join(dir, "d.xlsx")), /là thư mục/],
    ["a device", () => "/dev/null", /là thiết bị/],
    ["a broken link", () => (symlinkSync(join(dir, "khong-co"), join(dir, "hong.xlsx")), join(dir, "hong.xlsx")), /liên kết tới tệp không còn/],
    ["a missing folder", () => join(dir, "khong-co", "a.xlsx"), /không có thư mục/],
    ["a name ending in a slash", () => `${dir}/`, /không hợp lệ/],
    ["a typed name past 255 bytes", () => join(dir, `${"ệ".repeat(90)}.xlsx`), /quá dài/],
  ])("refuses %s", async (_, path, says) => {
    expect(await refusal(planOutput({ path: path(), kind: "check", inputs: [] }))).toMatch(says);
  });

  it("writes new files, replaces its own unchanged ones, keeps edited ones and uses the next number", async () => {
    const o = join(dir, "kq.chitieu.xlsx");
    const first = await planOutput({ path: o, kind: "check", inputs: [] });
    expect(first).toMatchObject({ path: o, mode: "new" });
    await writeOutput(first, async (tmp) => writeFileSync(tmp, "lần 1"));
    const again = await planOutput({ path: o, kind: "check", inputs: [] });
    expect(again).toMatchObject({ path: o, mode: "replace" });
    await writeOutput(again, async (tmp) => writeFileSync(tmp, "lần 2"));
    expect(readFileSync(o, "utf8")).toBe("lần 2");
    writeFileSync(o, "người dùng sửa");
    const kept = await planOutput({ path: o, kind: "check", inputs: [] });
    expect(kept.path).toBe(join(dir, "kq.chitieu (2).xlsx"));
    expect(kept.notice?.vi).toMatch(/giữ nguyên/);
    expect((await planOutput({ path: o, kind: "check", inputs: [], overwrite: true })).mode).toBe("replace");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("shortens a default name past 255 bytes, keeping .chitieu and the extension", async () => {
    const p = await planOutput({ path: join(dir, `${"ệ".repeat(84)}.chitieu.xlsx`), kind: "check", inputs: [], defaulted: true });
    const name = p.path.split("/").pop()!;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/…\.chitieu\.xlsx$/);
    expect(p.notice?.vi).toMatch(/rút gọn/);
  });

  it("fits names on a character boundary", () => {
    expect(fitName("truong", ".chitieu", ".xlsx")).toBe("truong.chitieu.xlsx");
    const long = fitName("ệ".repeat(100), " (2)", ".xlsx");
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^ệ+… \(2\)\.xlsx$/);
  });

  it("does not leave the temporary file when the writer fails", async () => {
    const p = await planOutput({ path: join(dir, "loi.xlsx"), kind: "check", inputs: [] });
    await expect(writeOutput(p, async (tmp) => (writeFileSync(tmp, "nửa"), Promise.reject(Object.assign(new Error("x"), { code: "ENOSPC", syscall: "write" }))))).rejects.toThrow(/ổ đĩa đầy, không ghi được .*loi\.xlsx/);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("readTextInput", () => {
  it("reads a small file and refuses folders and devices before opening them", async () => {
    expect(await readTextInput(put("u.txt", "Trường A\n"), INPUT)).toBe("Trường A\n");
    expect(await refusal(readTextInput(dir, PLAN_FILE))).toMatch(/tệp kế hoạch .* là thư mục/);
    expect(await refusal(readTextInput("/dev/zero", PLAN_FILE))).toMatch(/là thiết bị/);
    expect(await refusal(readTextInput(join(dir, "khong-co.json"), PLAN_FILE))).toMatch(/^tệp kế hoạch: không tìm thấy/);
  });
});
