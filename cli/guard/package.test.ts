// What an output lost against its input is read from both packages and named in one line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xlsx } from "../../test/hostile/build";
import { droppedParts, readPackagePart, summarize } from "./package";

const dir = mkdtempSync(join(tmpdir(), "chitieu-package-"));
const write = (name: string, data: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const chart = { name: "xl/charts/chart1.xml", type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", data: "<c:chartSpace/>" };

describe("summarize and droppedParts", () => {
  it("names lost sheets and counts lost parts; says nothing when all is kept", async () => {
    const before = (await summarize(write("in.xlsx", xlsx({ creator: "Kế toán", sheets: [{ name: "Chỉ tiêu & số", rows: [["a"]] }, { name: "Ghi chép", rows: [] }], extraParts: [chart] }))))!;
    expect(before.sheets).toEqual(["Chỉ tiêu & số", "Ghi chép"]);
    expect(before.parts.chart).toBe(1);
    expect(before.creator).toBe("Kế toán");
    const after = (await summarize(write("out.xlsx", xlsx({ sheets: [{ name: "Chỉ tiêu & số", rows: [["a"]] }] }))))!;
    expect(droppedParts(before, after)).toEqual({
      vi: 'tệp kết quả không giữ được: 1 trang tính ("Ghi chép"), 1 biểu đồ; chúng vẫn còn nguyên trong tệp gốc',
      en: 'the output lacks: 1 sheet(s) ("Ghi chép"), 1 chart(s); they are still in the original file',
    });
    expect(droppedParts(before, before)).toBeNull();
  });

  it("reads nothing from a file that is not a zip, and one part from one that is", async () => {
    expect(await summarize(write("txt.xlsx", "STT;Chỉ tiêu"))).toBeNull();
    expect(await summarize(join(dir, "khong-co.xlsx"))).toBeNull();
    expect(await readPackagePart(join(dir, "in.xlsx"), "xl/workbook.xml")).toMatch(/<sheet name="Ghi chép"/);
    expect(await readPackagePart(join(dir, "in.xlsx"), "xl/khong-co.xml")).toBeNull();
  });
});
