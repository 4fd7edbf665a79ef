// Third-party notices for a bundle: which npm packages esbuild put into it (from its metafile), with each package's licence text.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Licence file names, in the order a package's own licence text is looked for. */
const LICENCE_FILES = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * The package folder an input path of a metafile belongs to ("node_modules/zod/v4/core/x.js" → "node_modules/zod"),
 * scoped names included; null for the project's own files.
 * @example packageDirOf("node_modules/@scope/pkg/lib/a.js") → "node_modules/@scope/pkg"
 */
export function packageDirOf(input) {
  const parts = input.split(/[\\/]/);
  const i = parts.lastIndexOf("node_modules");
  if (i < 0 || i + 1 >= parts.length) return null;
  const n = parts[i + 1].startsWith("@") ? 3 : 2;
  return parts.slice(0, i + n).join("/");
}

/**
 * Every npm package with code in a bundle, from esbuild's metafile (`metafile: true`): name, version, licence field and
 * the text of its licence file. Throws when a bundled package has neither a licence field nor a licence file, so a
 * bundle can never ship code whose terms nobody looked at.
 * @example bundledPackages(result.metafile, ROOT) → [{ name: "zod", version: "4.6.7", license: "MIT", text: "MIT License…" }]
 */
export function bundledPackages(metafile, root) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, use] of Object.entries(output.inputs ?? {})) {
      if (use.bytesInOutput === 0) continue;
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  }
  const out = [];
  for (const dir of [...dirs].sort()) {
    const abs = join(root, ...dir.split("/"));
    const pkg = JSON.parse(readFileSync(join(abs, "package.json"), "utf8"));
    const file = readdirSync(abs).find((f) => LICENCE_FILES.test(f));
    const text = file ? readFileSync(join(abs, file), "utf8").trim() : "";
    const license = typeof pkg.license === "string" ? pkg.license : pkg.license?.type ?? "";
    if (!license && !text) throw new Error(`${dir}: no licence field or file; cannot bundle it without knowing its terms`);
    out.push({ name: pkg.name, version: pkg.version, license, text });
  }
  return out;
}

/**
 * The notice file's text: a header naming the bundle, then one section per bundled package. An empty list still gives
 * a file saying so, so every shipped folder answers "what third-party code is in here?".
 * @example renderNotices("Chỉ tiêu for Excel (functions.js, taskpane.js)", [zod]) starts with "Third-party software in …"
 */
export function renderNotices(title, packages) {
  const head = [
    `Third-party software in ${title}`,
    `Phần mềm của bên thứ ba trong ${title}`,
    "",
    packages.length === 0 ? "None: this bundle holds only Chỉ tiêu's own code. / Không có: gói này chỉ chứa mã của Chỉ tiêu." : `${packages.length} package(s), each with its licence as shipped by its authors.`,
  ];
  const sections = packages.map((p) => ["", "=".repeat(78), `${p.name} ${p.version} (${p.license || "see licence text"})`, "=".repeat(78), p.text || `Licence: ${p.license}`].join("\n"));
  return [...head, ...sections, ""].join("\n");
}
