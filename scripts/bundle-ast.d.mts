import type ts from "typescript";
export function iifeBody(sf: ts.SourceFile): ts.Block | null;
export function freeNames(used: Set<string>, taken?: (name: string) => boolean): { peek: () => string; next: () => string };
