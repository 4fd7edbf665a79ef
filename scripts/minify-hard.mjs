// A second, slower minification for the bundles whose raw size costs at run time: Apps Script parses Code.js before every
// call, Excel parses functions.js before the first calculation.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

/** Where results are kept by the input's hash: terser takes seconds, and the test suite builds Code.js several times. */
const CACHE = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "node_modules", ".cache", "chitieu-minify");

/** terser's options (see minifyHard); part of the cache key, so a change to them is never served an old result. */
const OPTIONS = {
  ecma: 2019,
  compress: { passes: 3, unsafe_arrows: true, unsafe: true },
  mangle: true,
  format: { comments: false, ascii_only: false },
};

/**
 * Minifies an esbuild bundle (already minified) again with terser: three compress passes (the third takes 161 B more off Code.js, 104 off functions.js; a fourth 22) and name mangling inside the
 * IIFE. Top-level names are kept (the global object the footer's stubs call), and comments are dropped (the caller adds
 * the banner). Of terser's `unsafe` transforms only `unsafe_arrows` is asked for: a function expression that reads no
 * `this` or `arguments` is written as an arrow (about 1 KB of Code.js, most of them the single-use helpers terser
 * inlines as `function(t){…}(x)`). It would break code that calls such a function with `new` or reads its `prototype`;
 * core writes constructors as classes, which it leaves alone, and neither bundle has `new` on a function expression.
 * `unsafe` is asked for too (0.3 KB of each bundle): in both bundles all it does is write a template that only joins a
 * value and text as `+` (`\`${a} \`` → `a+" "`), which makes the same string for every value but an object whose
 * `valueOf` differs from its `toString` or a symbol, and core puts neither in a template. Its other rewrites (`Array(1,2)`
 * → `[1,2]`, `String(x)` → `""+x`, `new` dropped before Object/RegExp/Error …) are alike for the same values.
 * The result is cached under node_modules/.cache by the SHA-256 of the options and the input, written atomically. Throws when terser cannot parse the input.
 * @example await minifyHard('"use strict";var G=(()=>{function longName(a){return a+1}return{f:longName}})();')
 *   → '"use strict";var G={f:function(n){return n+1}};' (or a form as short)
 */
export async function minifyHard(code) {
  const key = createHash("sha256").update(JSON.stringify(OPTIONS)).update(code).digest("hex");
  const file = join(CACHE, `${key}.js`);
  try {
    return await readFile(file, "utf8");
  } catch {
    // not cached yet
  }
  const out = await minify(code, OPTIONS);
  if (typeof out.code !== "string") throw new Error("minifyHard: terser returned no code");
  await mkdir(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, out.code);
  await rename(tmp, file);
  return out.code;
}
