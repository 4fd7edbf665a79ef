// Whether the reader weighs an indicator's name (ParseOptions.indicator) at all. The spreadsheet functions never have
// one (they take a target phrase, a unit and a period), so the builds of Code.js and functions.js put a module saying
// false in this one's place (scripts/without-indicator.mjs) and terser drops the code only an indicator's name reaches.
/** True here; false in the spreadsheet functions' bundles, whose parse refuses an indicator's name outright. */
export const READS_INDICATOR: boolean = true;
