// Cold load of the two bundles whose size costs at every call: a fresh Node process compiles and runs the bundle in a vm
// context, then makes one call (V8 compiles a function when first called, so the first call pays for what it reaches).
//   node scripts/cold-load.mjs DIR_A DIR_B [runs]   (each DIR holds sheets/Code.js and excel/functions.js, as dist/ does)
// Runs alternate between A and B so load on a shared machine falls on both alike; prints each one's median and minimum,
// in CPU time of the child (user + system, all its threads), which a busy machine's waiting does not inflate as it does
// wall time.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** In the child: milliseconds to load `file` and make one call, as JSON. */
function child(kind, file) {
  const vm = require("node:vm");
  const code = require("node:fs").readFileSync(file, "utf8");
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = cpu();
  if (kind === "sheets") {
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx, { filename: "Code.js" });
    const t1 = cpu();
    ctx.ChiTieu.runForSheets("TARGET_EXPLAIN", [[["63,2%"]], [["ít nhất 65%"]], "", "2025-06-01", "vi"]);
    return JSON.stringify({ load: t1 - t0, first: cpu() - t1 });
  }
  const fns = new Map();
  const ctx = vm.createContext({ CustomFunctions: { associate: (id, f) => fns.set(id, f), Error: class {}, ErrorCode: {} }, Office: { context: { displayLanguage: "vi-VN" } } });
  vm.runInContext(code, ctx, { filename: "functions.js" });
  const t1 = cpu();
  fns.get("TARGET_EXPLAIN")([["63,2%"]], [["ít nhất 65%"]], null, [["2025-06-01"]]);
  return JSON.stringify({ load: t1 - t0, first: cpu() - t1 });
}

const [a, b, runs = "15"] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node scripts/cold-load.mjs DIR_A DIR_B [runs]");
  process.exit(2);
}
const script = `${child.toString()};process.stdout.write(child(process.argv[1], process.argv[2]))`;
for (const [kind, rel] of [["sheets", "sheets/Code.js"], ["excel", "excel/functions.js"]]) {
  const times = { [a]: [], [b]: [] };
  for (let i = 0; i < Number(runs); i++) for (const dir of i % 2 ? [b, a] : [a, b]) times[dir].push(JSON.parse(execFileSync(process.execPath, ["-e", script, kind, join(dir, rel)], { encoding: "utf8" })));
  const stat = (xs, k) => {
    const v = xs.map((x) => x[k]).sort((p, q) => p - q);
    return `median ${v[v.length >> 1].toFixed(1)} min ${v[0].toFixed(1)}`;
  };
  for (const dir of [a, b]) {
    const xs = times[dir].map((x) => ({ ...x, total: x.load + x.first }));
    console.log(`${rel} ${dir} (${readFileSync(join(dir, rel)).length} B), CPU ms: load ${stat(xs, "load")}, first call ${stat(xs, "first")}, both ${stat(xs, "total")}`);
  }
}
