// Builds dist/cli, the installed `chitieu` command: the TypeScript CLI bundled by esbuild, so nothing compiles at run time.
import { build } from "esbuild";
import { builtinModules } from "node:module";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledPackages, renderNotices } from "./notices.mjs";
import { checkedPlans } from "./plans-source.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Node 20 is the oldest release package.json's engines field accepts. */
const NODE_TARGET = "node20";

/** The package name of a bare import ("exceljs", "@scope/pkg/sub" → "@scope/pkg"). */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * An esbuild plugin that leaves every runtime dependency (package.json `dependencies`) to be imported from
 * node_modules at run time and refuses any other package: code the CLI imports from a devDependency would work in
 * the checkout and fail after `npm install -g`, so that is a build error naming the import, not a surprise later.
 */
function dependenciesOnly(dependencies, used) {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  return {
    name: "dependencies-only",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (builtins.has(args.path) || args.path.startsWith("node:")) return { path: args.path, external: true };
        const name = packageName(args.path);
        if (dependencies.has(name)) {
          used.add(name);
          return { path: args.path, external: true };
        }
        return { errors: [{ text: `${args.importer} imports "${args.path}", which is not in package.json "dependencies": move it there, or the installed CLI cannot find it` }] };
      });
    },
  };
}

/** The plan validator as its own CommonJS file beside the chunk that loads it (lazyValidator). */
const VALIDATOR_FILE = "validate-plan.cjs";
/** The namespace of the stand-in for core/plan/validate.ts, found again in the metafile to place VALIDATOR_FILE. */
const LAZY_NS = "lazy-validator";

/**
 * Stands in for core/plan/validate.ts (a plan file or sheet the user gives) with a `validatePlan` that loads the real
 * one on its first call, synchronously, from VALIDATOR_FILE. The validator needs zod and the plan schema, whose loading
 * and construction cost every start of the command about 80 ms of CPU (more than Node's own start-up) though
 * `chitieu check` with a bundled plan never validates: only `--plan x.json` and a plan sheet do. An import of any other
 * name of validate.ts fails the build (the stand-in exports only validatePlan). bundled.ts's import is taken by
 * checkedPlans before this plugin sees it.
 */
function lazyValidator() {
  return {
    name: "lazy-validator",
    setup(b) {
      b.onResolve({ filter: /[\\/]validate$/ }, (a) => (/[\\/]core[\\/]plan[\\/][^\\/]+\.ts$|[\\/]core[\\/]session[\\/]plan\.ts$/.test(a.importer) ? { path: "validate", namespace: LAZY_NS } : undefined));
      b.onLoad({ filter: /.*/, namespace: LAZY_NS }, () => ({
        loader: "js",
        contents: `import { createRequire } from "node:module";
let real = null;
export function validatePlan(json) {
  real ??= createRequire(import.meta.url)("./${VALIDATOR_FILE}");
  return real.validatePlan(json);
}`,
      }));
    },
  };
}

/**
 * Bundles cli/entry.ts and everything it reaches in the repository (core, the bundled plans as JSON) into
 * `outDir` (default dist/cli): chitieu.mjs with a shebang, one chunk per lazily loaded command (so `chitieu eval` and
 * `--version` load no workbook code), and THIRD-PARTY-NOTICES.txt. Returns the files written, the bundle's bytes and
 * the runtime dependencies it imports. Throws when a runtime dependency is declared but never imported (the package
 * would install it for nothing).
 * @example await buildCli() → { dir: "dist/cli", entry: "dist/cli/chitieu.mjs", imports: ["exceljs", "zod"], bytes: 420000 }
 */
export async function buildCli({ outDir = join(ROOT, "dist", "cli") } = {}) {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8"));
  const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
  const used = new Set();
  // The bundled plans are validated here, once, not on every start of the command (checkedPlans).
  const { importTs, GEN_DIR } = await import("./build.mjs");
  await mkdir(GEN_DIR, { recursive: true });
  const plans = (await importTs("scripts/plans-checked.ts", "plans-checked")).checkedPlanJson();
  if (!plans.ok) throw new Error(plans.reason);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // Options both bundles share. Whitespace and syntax only: names stay readable in the rare stack trace a user is asked to send.
  // esbuild's table marks \p{…} in a regular expression as unsupported by every Node release (Node has had it since 10),
  // so for target node20 it rewrote each such literal (about a hundred: "(?!\p{L})" after a word) as `new RegExp("…")`,
  // which builds the object from a string on every evaluation: a regex inside a function called per cell or per row cost
  // a string parse and a cache lookup each call. Said supported, the literals stay literals, as tsx runs them.
  const shared = { absWorkingDir: ROOT, bundle: true, platform: "node", target: NODE_TARGET, supported: { "regexp-unicode-property-escapes": true }, minifyWhitespace: true, minifySyntax: true, legalComments: "eof", charset: "utf8", metafile: true, logLevel: "error" };
  const result = await build({
    ...shared,
    entryPoints: { chitieu: join(ROOT, "cli", "entry.ts") },
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    format: "esm",
    banner: { js: "#!/usr/bin/env node" },
    plugins: [dependenciesOnly(dependencies, used), checkedPlans(), lazyValidator()],
  });
  // The real validator, as CommonJS (loaded with require on first use), next to the chunk holding its stand-in.
  const holder = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).some((k) => k.startsWith(`${LAZY_NS}:`)));
  if (!holder) throw new Error("no chunk holds the plan validator's stand-in (lazyValidator)");
  const validator = await build({
    ...shared,
    entryPoints: [join(ROOT, "core", "plan", "validate.ts")],
    outfile: join(ROOT, dirname(holder[0]), VALIDATOR_FILE),
    format: "cjs",
    plugins: [dependenciesOnly(dependencies, used)],
  });
  for (const [k, o] of Object.entries(validator.metafile.outputs)) result.metafile.outputs[k] = o;
  const unused = [...dependencies].filter((d) => !used.has(d));
  if (unused.length > 0) throw new Error(`package.json "dependencies" lists ${unused.join(", ")}, which the CLI never imports: move to devDependencies`);
  const entry = join(outDir, "chitieu.mjs");
  await chmod(entry, 0o755);
  const notices = renderNotices("the chitieu command (dist/cli)", bundledPackages(result.metafile, ROOT));
  const runtime = [...used].sort().map((d) => `  ${d} ${pkg.dependencies[d]}`);
  await writeFile(
    join(outDir, "THIRD-PARTY-NOTICES.txt"),
    `${notices}\nInstalled beside it by npm, each with its own licence in node_modules / cài kèm bởi npm, mỗi gói có giấy phép riêng:\n${runtime.join("\n")}\n`,
  );
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  return { dir: outDir, entry, imports: [...used].sort(), bytes, files: Object.keys(result.metafile.outputs) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().then(
    (r) => console.log(`✓ cli: ${r.entry} (${Math.round(r.bytes / 1024)} KB, runtime dependencies: ${r.imports.join(", ") || "none"})`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
