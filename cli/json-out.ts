// `--json` output written in pieces: a 1M-cell check's result (686,565 items) is over V8's longest string, so one
// JSON.stringify of it failed with "Invalid string length". The text is the same as JSON.stringify(value, null, 2).
import type { Writable } from "node:stream";

type Json = unknown;

const isPlain = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function";

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: Json): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/** What JSON.stringify writes for a value that is neither an array nor a plain object, indented to `pad`. */
const leaf = (v: Json, pad: string): string | undefined => JSON.stringify(v, null, 2)?.replace(/\n/g, `\n${pad}`);

/**
 * The pieces of JSON.stringify(value, null, 2), each element of an array or member of an object its own piece, so no
 * piece holds more than one element whole.
 * @example [...jsonPieces({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] }, null, 2) → true
 */
export function* jsonPieces(value: Json, pad = ""): Generator<string> {
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v = value[i];
      if (Array.isArray(v) || isPlain(v)) yield* jsonPieces(v, inner);
      else yield leaf(v, inner) ?? "null";
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    return yield `${pad}]`;
  }
  if (isPlain(value)) {
    const keys = Object.keys(value).filter((k) => !omitted(value[k]));
    if (keys.length === 0) return yield "{}";
    yield "{\n";
    for (let i = 0; i < keys.length; i++) {
      const v = value[keys[i]];
      yield `${inner}${JSON.stringify(keys[i])}: `;
      if (Array.isArray(v) || isPlain(v)) yield* jsonPieces(v, inner);
      else yield leaf(v, inner) ?? "null";
      yield i < keys.length - 1 ? ",\n" : "\n";
    }
    return yield `${pad}}`;
  }
  yield leaf(value, pad) ?? "null";
}

/** Writes JSON.stringify(value, null, 2) and a newline to `out` in pieces of about 1 MB, waiting when the pipe is full. */
export async function writeJson(out: Writable, value: Json): Promise<void> {
  let buf = "";
  const flush = async () => {
    if (buf === "") return;
    const ok = out.write(buf);
    buf = "";
    if (!ok) await new Promise<void>((resolve) => out.once("drain", resolve));
  };
  for (const piece of jsonPieces(value)) {
    buf += piece;
    if (buf.length >= 1 << 20) await flush();
  }
  buf += "\n";
  await flush();
}
