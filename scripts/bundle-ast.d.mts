import type ts from "typescript";
export function iifeBody(sf: ts.SourceFile): ts.Block | null;
export function freeNames(used: Set<string>, taken?: (name: string) => boolean): { peek: () => string; next: () => string };
export function applyEdits(code: string, edits: ReadonlyArray<readonly [number, number, string]>): string;
