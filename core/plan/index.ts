// Plans as data, one import: schema, validation, bundled templates, sheet grids and the plan linter.
export * from "./schema";
export * from "./validate";
export * from "./bundled";
export * from "./grid";
export * from "./sheet";
export * from "./lint";
