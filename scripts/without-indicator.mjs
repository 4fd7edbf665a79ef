// The spreadsheet functions' bundles (Code.js, functions.js) read no indicator's name: their functions take a target
// phrase, a unit and a period. core/rule/parse/indicator-mode.ts is put in their place as `READS_INDICATOR = false`, so
// the steps that weigh an indicator's name are dead code there and terser drops them (core/rule/parse.ts refuses a
// name passed in anyway, so such a bundle cannot judge one silently without it).
/** esbuild plugin: core/rule/parse/indicator-mode.ts as `export const READS_INDICATOR = false`. */
export function withoutIndicator() {
  return {
    name: "without-indicator",
    setup(b) {
      b.onResolve({ filter: /[\\/]indicator-mode$/ }, () => ({ path: "indicator-mode", namespace: "without-indicator" }));
      b.onLoad({ filter: /.*/, namespace: "without-indicator" }, () => ({ contents: "export const READS_INDICATOR = false;", loader: "js" }));
    },
  };
}
