// The due day of targets that never fall due, apart from the rule schema so code that needs only this value does not pull zod into the add-in bundles.

/**
 * The due day of a target that only says "not before" ("không được tổ chức trước ngày 22/8", "sớm nhất ngày 1/8"): the
 * last day a calendar has, so every date from `start` on counts and nothing is ever overdue.
 * @example { kind: "deadline", start: "2025-08-22", due: OPEN_END }
 */
export const OPEN_END = "9999-12-31";
