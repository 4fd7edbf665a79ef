import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { jsonPieces, writeJson } from "./json-out";

const same = (v: unknown) => expect([...jsonPieces(v)].join("")).toBe(JSON.stringify(v, null, 2));

describe("--json written in pieces", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes", () => {
    same({ a: 1, b: "x\ny", c: null, d: undefined, e: () => 1, f: [], g: {}, h: [1, undefined, () => 2, { i: [[], [{}]] }] });
    same({ when: new Date(Date.UTC(2025, 4, 31)), nested: { list: [{ cell: { row: 1, col: 2 }, name: "Tỷ lệ \"trẻ\" ra lớp", v: 0.5 }] } });
    same([]);
    same("chuỗi");
    same(12.5);
    same(null);
  });

  it("never holds more than one element of a long list in one piece (a 1M-cell result is over V8's longest string)", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ row: i, status: "met", name: `Chỉ tiêu ${i}` }));
    let longest = 0;
    for (const p of jsonPieces({ result: { items } })) longest = Math.max(longest, p.length);
    expect(longest).toBeLessThan(200);
  });

  it("writes the whole text and a newline to a stream, waiting when it is full", async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const v = { items: Array.from({ length: 50_000 }, (_, i) => ({ i, s: "Đạt" })) };
    await writeJson(out, v);
    out.end();
    await new Promise((r) => out.on("end", r));
    expect(Buffer.concat(chunks).toString("utf8")).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });
});
