/** Types of scripts/share-shapes.mjs for the tests. */
export function shareShapes(code: string, options?: { minUses?: number }): string;
